/**
 * `prp-widgets/ssr` and the `prp-widgets render` command, as built (`dist/ssr/`; run `npm run build` first):
 * every element renders in Node into a declarative shadow root with its styles and its whole text, in
 * both languages, with a clinic's override, and bad input gets what it gets in the browser: the fallback
 * and one warning, never a throw. What the browser does with the result: tests/embed/prerendered.test.ts.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';

import type * as Ssr from '../../src/ssr/index.js';
import { ELEMENTS } from '../shared/elements.js';

// What ships: the built module (typed by its source, so lint needs no build).
const DIST_SSR: string = '../../dist/ssr/index.js';
const { prerender, render, TAGS } = (await import(DIST_SSR)) as typeof Ssr;
/** The version the build stamps into `prerendered`: the package's. */
const { version: VERSION } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

/** The text a reader would see: the shadow root's markup without tags, comments and styles. */
function visibleText(html: string): string {
  return html
    .replace(/<style>[^]*?<\/style>/g, '')
    .replace(/<script[^]*?<\/script>/g, '')
    .replace(/<!--[^]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ')
    .trim();
}

const heading = (html: string) => visibleText(/<h2[^]*?<\/h2>/.exec(html)?.[0] ?? '');

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => warn.mockRestore());

const warnings = () => warn.mock.calls.map((call) => call.map(String).join(' '));

describe('render(tag, attributes, options)', () => {
  it('knows every element of the library', () => {
    expect([...TAGS].sort()).toStrictEqual(ELEMENTS.map((element) => element.tag).sort());
  });

  for (const tag of TAGS) {
    for (const lang of ['en', 'es'] as const) {
      it(`<${tag} lang="${lang}">: a declarative shadow root with its styles, title, text and footer`, async () => {
        const html = await render(tag, { lang });
        expect(html).toMatch(
          new RegExp(`^<${tag} [^>]*lang="${lang}"[^>]*><template shadowroot="open" shadowrootmode="open"><style>`),
        );
        // `prerendered` keeps the optional stylesheet from hiding it, and names the `lang` the server saw and
        // the version that rendered it (the package's).
        expect(/^<[^>]*>/.exec(html)?.[0]).toContain(` prerendered="${lang} ${VERSION}"`);
        expect(html.endsWith(`</template></${tag}>`)).toBe(true);
        expect(html).toContain('--prp-color-accent');
        const text = visibleText(html);
        const disclaimer = lang === 'en' ? 'not medical advice' : 'no un consejo médico';
        expect(text).toContain(disclaimer);
        expect(heading(html).length).toBeGreaterThan(10);
        expect(text.length).toBeGreaterThan(1000);
        expect(warnings()).toStrictEqual([]);
      });
    }
  }

  it('the Spanish render is in Spanish: none of the English title', async () => {
    const [en, es] = await Promise.all([render('prp-faq', { lang: 'en' }), render('prp-faq', { lang: 'es-MX' })]);
    expect(heading(es)).not.toBe(heading(en));
    expect(visibleText(es)).toContain('Preguntas');
  });

  it('en-GB gets UK words, as in the browser', async () => {
    const html = visibleText(await render('prp-doctor-checklist', { lang: 'en-GB', context: 'back-pain' }));
    expect(html).toContain('999');
    expect(html).not.toContain('911');
  });

  it('bad attribute values: the fallbacks and one warning each, with the browser’s words; no throw', async () => {
    const html = await render('prp-recovery-timeline', {
      'procedure-date': '2026-13-45',
      'heading-level': '9',
      theme: 'pink',
      lang: 'xx',
    });
    expect(heading(html)).toBe('Your recovery after a PRP injection');
    expect(html).toMatch(/<h2 /);
    expect(warnings().sort()).toStrictEqual(
      [
        '<prp-recovery-timeline> ignored heading-level="9": expected a whole number from 1 to 6. Using 2.',
        '<prp-recovery-timeline> ignored lang="xx": expected a supported language (en, es; regions such as es-MX are fine). Using English (en).',
        '<prp-recovery-timeline> ignored procedure-date="2026-13-45": expected a date as YYYY-MM-DD. Using no date.',
        '<prp-recovery-timeline> ignored theme="pink": expected one of light, dark, auto. Using light.',
      ].sort(),
    );
  });

  it('the reader’s date is not known on a server: no stage is "now" unless `today` is given', async () => {
    const undated = await render('prp-recovery-timeline', { 'procedure-date': '2026-11-01' });
    expect(undated).not.toContain('aria-current');
    expect(visibleText(undated)).toContain('Sunday, November 1');
    const dated = await render('prp-recovery-timeline', { 'procedure-date': '2026-11-01', today: '2026-11-20' });
    expect(dated).toMatch(/aria-current="step"/);
  });

  it('a content override: shown, and written as the JSON child so the browser shows the same', async () => {
    const content = { title: 'Questions our patients ask (Riverside)' };
    const html = await render('prp-faq', {}, { content });
    expect(heading(html)).toBe('Questions our patients ask (Riverside)');
    expect(html).toContain(`<script type="application/json">${JSON.stringify(content)}</script></prp-faq>`);
    expect(warnings()).toStrictEqual([]);
  });

  it('JSON in the child cannot end the script: < is written as \\u003c', async () => {
    const html = await render('prp-faq', {}, { content: { title: 'A </script><img src=x onerror=alert(1)>' } });
    expect(html).toContain('"A \\u003c/script>\\u003cimg src=x onerror=alert(1)>"');
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    // The override itself is refused (markup in a title), as in the browser: the default title, one warning.
    expect(heading(html)).toBe('Questions about PRP injections for back pain');
    expect(warnings()).toHaveLength(1);
  });

  it('attribute values are escaped', async () => {
    const html = await render('prp-doctor-checklist', { 'clinic-name': 'A "quoted" <clinic> & co' });
    expect(html).toContain('clinic-name="A &quot;quoted&quot; &lt;clinic&gt; &amp; co"');
  });

  it('throws for what only calling code gets wrong: an unknown tag, a bad attribute name', async () => {
    await expect(render('prp-nothing' as never)).rejects.toThrow(/unknown element <prp-nothing>/);
    await expect(render('prp-faq', { 'on"click': 'x' })).rejects.toThrow(/is not an attribute name/);
  });
});

describe('prerender(html)', () => {
  it('replaces each element and leaves every other character as it was', async () => {
    const page =
      '<!doctype html>\n<html lang="es"><body>\n<h1>Clínica</h1>\n<prp-faq lang="es"></prp-faq>\n<p>Between</p>\n' +
      '<div><prp-process-diagram procedure="prolotherapy"><p class="fallback">See the steps</p></prp-process-diagram></div>\n</body></html>\n';
    const html = await prerender(page);
    expect(
      html.startsWith(
        `<!doctype html>\n<html lang="es"><body>\n<h1>Clínica</h1>\n<prp-faq lang="es" prerendered="es ${VERSION}"><template`,
      ),
    ).toBe(true);
    expect(html).toContain('</template></prp-faq>\n<p>Between</p>\n<div><prp-process-diagram procedure="prolotherapy"');
    expect(html.endsWith('</template></prp-process-diagram></div>\n</body></html>\n')).toBe(true);
    expect(html.match(/shadowrootmode/g)).toHaveLength(2);
  });

  it('reads the JSON child for the element’s language, as the browser does', async () => {
    const html = await prerender(
      '<prp-faq lang="es"><script type="application/json">{"title":"English"}</script>' +
        '<script type="application/json" lang="es">{"title":"Preguntas de Riverside"}</script></prp-faq>',
    );
    expect(heading(html)).toBe('Preguntas de Riverside');
  });

  it('a JSON child that is not JSON: the defaults and the browser’s warning', async () => {
    const html = await prerender('<prp-faq><script type="application/json">{title:</script></prp-faq>');
    expect(heading(html)).toBe('Questions about PRP injections for back pain');
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]).toMatch(/^<prp-faq> ignored its <script type="application\/json"> child: not valid JSON/);
  });

  it('leaves an element that is already prerendered as it is', async () => {
    const once = await prerender('<prp-faq></prp-faq>');
    expect(await prerender(once)).toBe(once);
  });
});

describe('npx prp-widgets render', () => {
  const cli = (args: string[], input?: string) =>
    spawnSync('node', ['dist/ssr/cli.js', ...args], { encoding: 'utf8', input });

  it('is the package’s bin, and prints the prerendered element', () => {
    const pkg = JSON.parse(execFileSync('npm', ['pkg', 'get', 'bin'], { encoding: 'utf8' })) as Record<string, string>;
    expect(pkg).toStrictEqual({ 'prp-widgets': './dist/ssr/cli.js' });
    const result = cli(['render', '<prp-doctor-checklist context="back-pain" lang="es"></prp-doctor-checklist>']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /^<prp-doctor-checklist context="back-pain" lang="es"[^>]*><template shadowroot="open" shadowrootmode/,
    );
    expect(visibleText(result.stdout)).toContain('no un consejo médico');
  });

  it('reads standard input when given no HTML', () => {
    const result = cli(['render'], '<main><prp-faq></prp-faq></main>\n');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      new RegExp(`^<main><prp-faq prerendered="en ${VERSION}"><template shadowroot="open" shadowrootmode="open"`),
    );
  });

  it('says how to use it, and fails, when there is nothing to render', () => {
    const nothing = cli(['render', '<p>no widget</p>']);
    expect(nothing.status).toBe(1);
    expect(nothing.stderr).toMatch(/no prp-widgets element found/);
    const wrong = cli(['draw']);
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toMatch(/^usage: prp-widgets render/);
  });
});
