/**
 * The reader's own settings reach the built widgets: their browser's default font size (and not a host's
 * root size), a text-spacing style sheet (WCAG 1.4.12), and a deep link that must not land under a clinic's
 * sticky header (WCAG 2.4.11).
 */
import { describe, expect, it } from 'vitest';

import { describeLimited, type EmbedPage, embedSuite, widgetsReady } from './harness.js';
import { ALL_ELEMENTS, clinicPage, COLUMN_CSS, moduleScript, stylesheet, TAGS } from './pages.js';

const { server, browser } = embedSuite();

/** Text sizes in px: the page's own paragraph, and in each widget its body text, footer and first citation. */
function textSizes(page: EmbedPage) {
  return page.evaluate(() => {
    const size = (element: Element | null | undefined) =>
      element ? parseFloat(getComputedStyle(element).fontSize) : NaN;
    const widgets = [...document.querySelectorAll('main > *')].filter((element) =>
      element.localName.startsWith('prp-'),
    );
    return {
      page: size(document.querySelector('p.host')),
      widgets: widgets.map((element) => {
        const root = element.shadowRoot!;
        return {
          id: element.id,
          body: size(root.querySelector('.widget')),
          footer: size(root.querySelector('.footer')),
          cite: size(root.querySelector('sup.cite')),
        };
      }),
    };
  });
}

describeLimited('default font size', "the reader's default font size", () => {
  const pages = [
    ['a plain page', ''],
    ['a page with html { font-size: 62.5% }', 'html { font-size: 62.5% !important; } body { font-size: 1.6rem; }'],
  ] as const;
  for (const [name, css] of pages) {
    it(`${name}: at a 32 px default font size the widgets' text is 32 px, footer and citations in proportion`, async () => {
      const path = `/font-${css ? 'root' : 'plain'}`;
      const sheet = server.stylesheet(`${path}.css`, `${COLUMN_CSS} ${css}`);
      const url = server.page(`${path}.html`, {
        html: clinicPage({
          head: stylesheet(sheet) + moduleScript(),
          body: `<p class="host">Clinic text</p>${ALL_ELEMENTS}`,
        }),
      });
      for (const [defaultFontSize, expected] of [
        [undefined, 16],
        [32, 32],
      ] as const) {
        const { page, record } = await browser.open(1280, { defaultFontSize });
        await page.goto(url);
        await widgetsReady(page);
        const sizes = await textSizes(page);
        // The setting took effect where the page lets it (a 62.5 % root overrides it for the page's own text).
        if (!css) expect(sizes.page, 'the browser setting applies to the page').toBe(expected);
        expect(sizes.widgets).toHaveLength(TAGS.length);
        for (const widget of sizes.widgets) {
          expect(widget.body, `${widget.id} body`).toBeCloseTo(expected, 1);
          expect(widget.footer, `${widget.id} footer`).toBeCloseTo(expected * 0.875, 1);
          expect(widget.cite, `${widget.id} citation`).toBeCloseTo(expected * 0.7, 0);
        }
        expect(record.errors).toEqual([]);
        await page.close();
      }
    });
  }
});

/** A text-spacing bookmarklet's rules (WCAG 1.4.12's minimums). */
const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;

describe('text spacing', () => {
  it('320 px column: letter and word spacing are inherited from the page, and the full WCAG spacing clips nothing', async () => {
    const sheet = server.stylesheet('/spacing.css', `${COLUMN_CSS} .column { width: 320px; } ${TEXT_SPACING}`);
    const url = server.page('/spacing.html', { html: clinicPage({ head: stylesheet(sheet) + moduleScript() }) });
    const { page, record } = await browser.open(640);
    await page.goto(url);
    await widgetsReady(page);
    const inherited = await page.evaluate(() =>
      [...document.querySelectorAll('main > *')].map((host) => {
        const text = getComputedStyle(host.shadowRoot!.querySelector('.widget p')!);
        const em = parseFloat(text.fontSize);
        return { id: host.id, letter: parseFloat(text.letterSpacing) / em, word: parseFloat(text.wordSpacing) / em };
      }),
    );
    for (const { id, letter, word } of inherited) {
      expect(letter, `${id} letter-spacing`).toBeCloseTo(0.12, 2);
      expect(word, `${id} word-spacing`).toBeCloseTo(0.16, 2);
    }
    const clipped = await page.evaluate(async (spacing) => {
      const hosts = [...document.querySelectorAll('main > *')] as (HTMLElement & {
        updateComplete: Promise<unknown>;
      })[];
      for (const host of hosts) {
        const root = host.shadowRoot!;
        // As a reader's style sheet would if it reached inside: paragraph spacing too.
        const style = document.createElement('style');
        style.textContent = spacing;
        root.append(style);
        // Everything that can be opened, opened: stages, answers, sources.
        for (const button of root.querySelectorAll<HTMLButtonElement>('button[aria-expanded="false"]')) button.click();
        await host.updateComplete;
      }
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      const problems: string[] = [];
      for (const host of hosts) {
        if (host.getBoundingClientRect().width > 320.5)
          problems.push(`${host.id}: ${host.getBoundingClientRect().width} px wide`);
        for (const element of host.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
          if (element.closest('.sr-only') || !element.getClientRects().length) continue;
          const style = getComputedStyle(element);
          const clips = (value: string) => value !== 'visible';
          const what = `${host.id} ${element.localName}.${element.className}`;
          if (clips(style.overflowX) && element.scrollWidth > element.clientWidth + 1)
            problems.push(`${what}: ${element.scrollWidth - element.clientWidth} px cut off at the side`);
          if (clips(style.overflowY) && element.scrollHeight > element.clientHeight + 1)
            problems.push(`${what}: ${element.scrollHeight - element.clientHeight} px cut off below`);
        }
        const widget = host.shadowRoot!.querySelector<HTMLElement>('.widget')!;
        if (widget.scrollWidth > widget.clientWidth + 1)
          problems.push(`${host.id}: content ${widget.scrollWidth - widget.clientWidth} px wider than the widget`);
      }
      return problems;
    }, TEXT_SPACING);
    expect(clipped).toEqual([]);
    expect(record.errors).toEqual([]);
    await page.close();
  });
});

describe('deep links under a sticky header', () => {
  it("#faq-… brings the question into the middle of the view, clear of the clinic's sticky header", async () => {
    const sheet = server.stylesheet(
      '/sticky.css',
      `${COLUMN_CSS} .sticky { position: sticky; top: 0; height: 120px; background: #123; z-index: 1; } .filler { height: 2400px; }`,
    );
    const body = `<header class="sticky"></header><div class="filler"></div><prp-faq id="faq"></prp-faq><div class="filler"></div>`;
    const url = server.page('/sticky.html', { html: clinicPage({ head: stylesheet(sheet) + moduleScript(), body }) });
    const { page, record } = await browser.open(1024);
    await page.goto(`${url}#faq-cost`);
    await widgetsReady(page);
    await page.waitForFunction(() => document.getElementById('faq')!.shadowRoot!.activeElement?.id === 'faq-cost');
    const place = await page.evaluate(() => {
      const rect = document.getElementById('faq')!.shadowRoot!.getElementById('faq-cost')!.getBoundingClientRect();
      return { top: rect.top, bottom: rect.bottom, height: innerHeight };
    });
    expect(place.top, 'below the sticky header').toBeGreaterThanOrEqual(120);
    expect(place.bottom).toBeLessThanOrEqual(place.height);
    expect(record.errors).toEqual([]);
    await page.close();
  });
});
