/**
 * The embed builder (dist/configurator/, as built), in the engine under test: a clinic's admin fills the form
 * for each element, with a bad value among good ones (and, in Chromium, again with good values only); the
 * element's own warning shows beside that field and nowhere else; each HTML snippet flavour, pasted into a
 * blank page served with a strict CSP, renders the same text as the preview with no error (all four for each
 * element in Chromium, one each elsewhere), and so does the prerendered command's HTML; the classic file's
 * integrity hash is the built file's, and a changed file is refused; the configuration lives in the address
 * only. The page also works with the keyboard alone, passes axe and IBM Equal Access, and reflows at 320 px.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { type EmbedPage, embedSuite, ENGINE, pageAlarms, widgetsReady } from './harness.js';
import { STRICT_CSP } from './pages.js';

const { server, browser } = embedSuite();

const BUILDER = '/dist/configurator/index.html';
const VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
const CDN = `https://cdn.jsdelivr.net/npm/prp-widgets@${VERSION}/dist/cdn/`;
// The pasted page: no margin and the phone preview's width, from a file (the CSP allows no inline style).
const PAGE_CSS = server.stylesheet('/pasted.css', 'body { margin: 0; width: 360px; }');

/**
 * Each element with a few settings, one of them a value it cannot use (and the attribute that is); then, in
 * Chromium, each with other settings that are all good (the other engines run the first five only, for time).
 */
const CONFIGURATIONS: [tag: string, values: Record<string, string>, bad?: string][] = [
  ['prp-doctor-checklist', { context: 'back-pain', mode: 'cards', 'clinic-phone': '12' }, 'clinic-phone'],
  ['prp-faq', { searchable: 'on', 'heading-level': '9' }, 'heading-level'],
  ['prp-process-diagram', { procedure: 'prolotherapy', layout: 'overview', autoplay: '0' }, 'autoplay'],
  [
    'prp-recovery-timeline',
    { 'procedure-date': '2026-11-20', 'clinic-name': 'Riverside Spine', 'follow-up-weeks': '99' },
    'follow-up-weeks',
  ],
  ['prp-treatment-comparison', { treatments: 'prp,steroid,magic', highlight: 'prp' }, 'treatments'],
  [
    'prp-doctor-checklist',
    { context: 'after-injection', mode: 'checklist', 'clinic-name': 'Riverside Spine', 'reviewed-on': '2026-10-01' },
  ],
  ['prp-faq', { open: 'cost', schema: 'on', 'heading-level': '3', 'reviewed-by': 'Dr. Ana Ruiz' }],
  ['prp-process-diagram', { guidance: 'fluoroscopy', layout: 'stepper', step: '2' }],
  [
    'prp-recovery-timeline',
    {
      procedure: 'prolotherapy',
      'procedure-date': '2026-11-20',
      today: '2026-11-30',
      'nsaid-free-days': '7',
      ice: 'avoid',
      'follow-up-weeks': '6',
      'clinic-phone': '555 013 2480',
    },
  ],
  [
    'prp-treatment-comparison',
    { treatments: 'prp,prolotherapy,physical-therapy', highlight: 'prolotherapy', view: 'table' },
  ],
].filter(([, , bad]) => bad || ENGINE === 'chromium') as [string, Record<string, string>, string?][];

/** Fills the form as a person would: each field's value, then the change event a browser fires. */
function fill(page: EmbedPage, values: Record<string, string>) {
  return page.evaluate((entries) => {
    for (const [name, value] of entries) {
      const input = document.getElementById(`field-${name}`) as HTMLInputElement;
      if (input.type === 'checkbox') input.checked = true;
      else input.value = value;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }, Object.entries(values));
}

/** The builder's state: what each field says is wrong, the English preview's text, the snippet shown. */
function builderState(page: EmbedPage) {
  return page.evaluate(() => {
    const problems: Record<string, string> = {};
    for (const node of document.querySelectorAll<HTMLElement>('.problem:not([hidden])'))
      problems[node.id.replace(/^field-|-problem$/g, '')] = node.textContent ?? '';
    const preview = document.querySelector('#previews [lang="en"]')!;
    const base = preview.shadowRoot?.querySelector<HTMLElement>('[part="base"]');
    return {
      problems,
      previewText: (base?.innerText ?? '').replace(/\s+/g, ' ').trim(),
      snippet: document.getElementById('snippet')!.textContent ?? '',
      search: location.search,
    };
  });
}

async function openBuilder(query: string) {
  const session = await browser.open(1280);
  await session.page.goto(`${server.origin}${BUILDER}${query}`);
  await widgetsReady(session.page);
  return session;
}

function chooseFlavour(page: EmbedPage, flavour: string) {
  return page.evaluate((id) => {
    const select = document.getElementById('flavour') as HTMLSelectElement;
    select.value = id;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    return document.getElementById('snippet')!.textContent ?? '';
  }, flavour);
}

/**
 * Serves `html` as a blank page with the strict CSP (or `csp`) and the built files where the snippet names
 * the CDN.
 */
function pastedPage(path: string, html: string, csp = STRICT_CSP) {
  const body = html.replaceAll(CDN, '/dist/cdn/');
  return server.page(path, {
    html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="stylesheet" href="${PAGE_CSS}"></head><body>${body}</body></html>`,
    headers: { 'content-security-policy': csp },
  });
}

/** Prerendered HTML holds each shadow root's styles in a <style> element, which only a policy allowing inline styles lets through. */
const INLINE_STYLES_CSP = STRICT_CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

async function pastedText(url: string, tag: string) {
  const { page, record } = await browser.open(1024);
  await page.goto(url);
  await widgetsReady(page);
  const text = await page.evaluate((name) => {
    const base = document.querySelector(name)!.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
    return base.innerText.replace(/\s+/g, ' ').trim();
  }, tag);
  const alarms = await pageAlarms(page);
  await page.close();
  return { text, record, alarms };
}

/** The HTML snippets, pasted as given. */
const HTML_FLAVOURS = ['module', 'classic', 'wordpress', 'gtm'];

/**
 * Which HTML snippets of the `index`th configuration are pasted: all four for the first five in Chromium; one
 * otherwise, a different one each time, so each engine still renders every flavour (and CI stays short).
 */
const pastedFlavours = (index: number) =>
  ENGINE === 'chromium' && index < 5 ? HTML_FLAVOURS : [HTML_FLAVOURS[index % HTML_FLAVOURS.length]];

describe('the embed builder', () => {
  for (const [index, [tag, values, bad]] of CONFIGURATIONS.entries()) {
    it(`<${tag}>: the form, ${bad ? `its one warning beside ${bad}` : `no warning (${Object.keys(values).join(', ')})`}, and its HTML snippets (${pastedFlavours(index).join(', ')}) pasted into a strict-CSP page`, async () => {
      const { page, record } = await openBuilder(`?element=${tag}`);
      await fill(page, values);
      await widgetsReady(page);
      const state = await builderState(page);

      // The element's own warning, beside the one field it is about: the words of its console warning.
      expect(Object.keys(state.problems)).toStrictEqual(bad ? [bad] : []);
      const consoleWarnings = bad ? [`<${tag}> ${state.problems[bad]}`] : [];
      expect(new Set(record.warnings.filter((warning) => warning.startsWith(`<${tag}>`)))).toStrictEqual(
        new Set(consoleWarnings),
      );
      // The address holds the configuration.
      for (const name of Object.keys(values)) expect(new URLSearchParams(state.search).has(name), name).toBe(true);

      const snippets: Record<string, string> = {};
      for (const flavour of ['module', 'classic', 'wordpress', 'gtm', 'react', 'vue', 'prerendered'])
        snippets[flavour] = await chooseFlavour(page, flavour);
      for (const [flavour, snippet] of Object.entries(snippets)) {
        expect(snippet, flavour).toContain(
          `prp-widgets ${VERSION}, made with the embed builder: ${server.origin}${BUILDER}`,
        );
        for (const [name, value] of Object.entries(values))
          expect(snippet, `${flavour}: ${name}`).toMatch(new RegExp(`${name}(="${value}")?`));
      }
      await page.close();

      // Pasted as given, each HTML snippet renders what the preview showed, with the same warning and no error.
      for (const flavour of pastedFlavours(index)) {
        const pasted = await pastedText(pastedPage(`/pasted-${tag}-${flavour}.html`, snippets[flavour]), tag);
        expect(pasted.text, flavour).toBe(state.previewText);
        expect(pasted.record.errors, flavour).toStrictEqual([]);
        expect(pasted.alarms.violations, flavour).toStrictEqual([]);
        expect(pasted.record.warnings.filter((warning) => warning.includes(`<${tag}>`))).toStrictEqual(consoleWarnings);
      }

      // The prerendered flavour's command, run, then pasted with the script tag after it.
      const command = snippets.prerendered.split('\n').find((line) => line.startsWith('npx '))!;
      const markup = /render '(.*)' > guide\.html$/.exec(command)![1].replace(/'\\''/g, "'");
      const prerendered = execFileSync('node', ['dist/ssr/cli.js', 'render', markup], { encoding: 'utf8' });
      const scriptTag = /then, after the HTML from guide\.html: (.*)$/m.exec(snippets.prerendered)![1];
      const pasted = await pastedText(
        pastedPage(`/pasted-${tag}-prerendered.html`, prerendered + scriptTag, INLINE_STYLES_CSP),
        tag,
      );
      expect(pasted.text).toBe(state.previewText);
      expect(pasted.record.errors).toStrictEqual([]);
    });
  }

  /** Types `json` into the wording editor, as a person would, and waits for the previews. */
  async function word(page: EmbedPage, json: string) {
    await page.evaluate((text) => {
      const editor = document.getElementById('override') as HTMLTextAreaElement;
      editor.value = text;
      editor.dispatchEvent(new Event('change', { bubbles: true }));
    }, json);
    await widgetsReady(page);
    return page.evaluate(() => {
      const problem = document.getElementById('override-problem')!;
      return { problem: problem.hidden ? '' : (problem.textContent ?? '') };
    });
  }

  it('your own wording: checked by the element, shown in the preview, and carried by every snippet', async () => {
    const { page, record } = await openBuilder('?element=prp-recovery-timeline');
    const wording = '{ "title": "After your injection at Riverside Spine" }';
    expect(await word(page, wording)).toStrictEqual({ problem: '' });
    const state = await builderState(page);
    expect(state.previewText).toContain('After your injection at Riverside Spine');
    expect(new URLSearchParams(state.search).get('override')).toBe(wording);
    const module = await chooseFlavour(page, 'module');
    expect(module).toContain('<script type="application/json">');
    expect(await chooseFlavour(page, 'react')).toContain('content={wording}');
    expect(await chooseFlavour(page, 'vue')).toContain(':content.prop="wording"');
    const prerendered = await chooseFlavour(page, 'prerendered');

    // A wording that does not fit (markup in a title): the element's own words under the editor, the default
    // text in the preview, and a snippet whose data block the text cannot end early.
    const bad = await word(page, '{ "title": "At Riverside </script> Spine" }');
    const warning = record.warnings.find(
      (line) => line.startsWith('<prp-recovery-timeline>') && line.includes('title'),
    );
    expect(warning, record.warnings.join('\n')).toBeDefined();
    expect(bad.problem).not.toBe('');
    expect(warning).toContain(bad.problem);
    expect((await builderState(page)).previewText).toContain('Your recovery after a PRP injection');
    expect(await chooseFlavour(page, 'module')).toContain('At Riverside <\\/script> Spine');
    // Not JSON at all.
    expect((await word(page, '{ title: ')).problem).toContain('not valid JSON');
    expect(await chooseFlavour(page, 'react')).toContain('not valid JSON yet');
    await page.close();

    const pasted = await pastedText(pastedPage('/pasted-wording.html', module), 'prp-recovery-timeline');
    expect(pasted.text).toBe(state.previewText);
    expect(pasted.record.errors).toStrictEqual([]);
    const command = prerendered.split('\n').find((line) => line.startsWith('npx '))!;
    const markup = /render '(.*)' > guide\.html$/.exec(command)![1].replace(/'\\''/g, "'");
    const html = execFileSync('node', ['dist/ssr/cli.js', 'render', markup], { encoding: 'utf8' });
    expect(html).toContain('After your injection at Riverside');
  });

  it('the print preview shows only the guides, as printed', async () => {
    const { page } = await openBuilder('?element=prp-faq');
    await page.emulatePrint(true);
    await widgetsReady(page);
    const printed = await page.evaluate(() => {
      // Firefox's and WebKit's drivers cannot emulate print media: the page's print rules are switched on instead.
      for (const sheet of document.styleSheets)
        if (sheet.href?.endsWith('configurator.css'))
          for (const rule of sheet.cssRules)
            if (rule instanceof CSSMediaRule && rule.media.mediaText === 'print') rule.media.mediaText = 'all';
      return {
        form: document.getElementById('settings')!.checkVisibility(),
        code: document.getElementById('snippet')!.checkVisibility(),
        previews: document.querySelectorAll('#previews prp-faq').length,
        visible: [...document.querySelectorAll('#previews prp-faq')].every((element) => element.checkVisibility()),
      };
    });
    expect(printed).toStrictEqual({ form: false, code: false, previews: 2, visible: true });
    await page.emulatePrint(false);
    await page.close();
  });

  /** Loads a script from node_modules into the page (from the test server: the page may fetch nothing else). */
  async function inject(page: EmbedPage, file: string) {
    const url = server.page(`/vendor/${file.replaceAll('/', '_')}`, {
      html: readFileSync(`node_modules/${file}`, 'utf8'),
      type: 'text/javascript',
    });
    await page.evaluate(
      (src) =>
        new Promise<void>((done, fail) => {
          const script = Object.assign(document.createElement('script'), { src });
          script.addEventListener('load', () => done());
          script.addEventListener('error', () => fail(new Error(`${src} did not load`)));
          document.head.append(script);
        }),
      url,
    );
  }

  it('the page passes axe (every rule it runs by default) and IBM Equal Access, with problems shown', async () => {
    const settings = {
      element: 'prp-doctor-checklist',
      'clinic-phone': '12',
      override: '{ "title": 1 }',
      code: 'classic',
    };
    const { page } = await openBuilder(`?${new URLSearchParams(settings)}`);
    await inject(page, 'axe-core/axe.min.js');
    await inject(page, 'accessibility-checker-engine/ace.js');
    const shown = await page.evaluate(() => document.querySelectorAll('.problem:not([hidden])').length);
    expect(shown).toBe(2);
    const axeViolations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
      const result = await axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      );
    });
    expect(axeViolations).toStrictEqual([]);
    // Equal Access's IBM_Accessibility guideline; as in the stories (.storybook/equal-access.ts), a result fails
    // when the rule is sure (VIOLATION, FAIL), and the "potential" ones are prompts for a person.
    const equalAccessViolations = await page.evaluate(async () => {
      type Result = { ruleId: string; value: [string, string]; message: string; path: { dom: string } };
      const ace = (
        window as unknown as {
          ace: { Checker: new () => { check(node: Node, guidelines: string[]): Promise<{ results: Result[] }> } };
        }
      ).ace;
      const report = await new ace.Checker().check(document, ['IBM_Accessibility']);
      return report.results
        .filter(({ value }) => value[0] === 'VIOLATION' && value[1] === 'FAIL')
        .map((result) => `${result.ruleId}: ${result.message} (${result.path.dom})`);
    });
    expect(equalAccessViolations).toStrictEqual([]);
    await page.close();
  });

  it('a keyboard alone does it all: every control in order with a focus ring, a value typed, the preview switched, the code copied', async () => {
    const { page, record } = await openBuilder('?element=prp-doctor-checklist');
    /** In-page: where the focus is (a light-DOM id, a radio's name, or the preview it is inside) and its ring. */
    const where = () =>
      page.evaluate(() => {
        const active = document.activeElement as HTMLInputElement | null;
        if (!active || active === document.body) return { key: '', ring: '' };
        if (active.localName.startsWith('prp-')) return { key: `<${active.localName}>`, ring: '' };
        const style = getComputedStyle(active);
        return {
          key: active.type === 'radio' ? active.name : active.id,
          ring: style.outlineStyle === 'none' ? '' : `${style.outlineStyle} ${style.outlineWidth}`,
        };
      });
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const stops: { key: string; ring: string }[] = [];
    for (let press = 0; press < 300; press++) {
      await page.press('Tab');
      const stop = await where();
      if (!stop.key || stop.key === stops[0]?.key) break;
      stops.push(stop);
    }
    const fields = await page.evaluate(() =>
      [...document.querySelectorAll('#settings [id^="field-"]')]
        .map((node) => node.id)
        .filter((id) => !id.endsWith('-problem') && !id.endsWith('-hint')),
    );
    // Each control once, in the order of the page; the guides' own controls between the preview choices and Print.
    // A date input's day, month and year are a stop each in Chromium: one control.
    const own = stops.filter((stop, i) => !stop.key.startsWith('<') && stop.key !== stops[i - 1]?.key);
    expect(own.map((stop) => stop.key)).toStrictEqual([
      'element',
      ...fields,
      'override',
      'preview-width',
      'preview-theme',
      'print',
      'flavour',
      'copy',
    ]);
    const keys = stops.map((stop) => stop.key);
    expect(
      keys
        .slice(keys.indexOf('preview-theme') + 1, keys.indexOf('print'))
        .every((key) => key === '<prp-doctor-checklist>'),
    ).toBe(true);
    expect(keys.indexOf('print') - keys.indexOf('preview-theme')).toBeGreaterThan(2);
    // A focus ring on each (the widgets test their own).
    expect(
      own.filter((stop) => !/^solid [3-9]/.test(stop.ring)),
      JSON.stringify(stops),
    ).toStrictEqual([]);

    /** Tabs from where the focus is to the control `key`. */
    async function tabTo(key: string) {
      for (let press = 0; press < stops.length + 1; press++) {
        if ((await where()).key === key) return;
        await page.press('Tab');
      }
      throw new Error(`Tab never reached ${key}`);
    }
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    // A phone number typed in: the guide's own problem shows beside it.
    await tabTo('field-clinic-phone');
    for (const key of '12') await page.press(key);
    // The previews follow a pause in typing (headless Firefox, whose window never has the focus, fires no
    // change event when Tab leaves the field: the pause is what updates it there).
    await page.waitForFunction(() => location.search.includes('clinic-phone=12'), undefined, 5000);
    await page.press('Tab');
    await widgetsReady(page);
    let state = await builderState(page);
    expect(Object.keys(state.problems)).toStrictEqual(['clinic-phone']);
    expect(new URLSearchParams(state.search).get('clinic-phone')).toBe('12');
    // The preview at desktop width and dark, with the arrow keys in each radio group.
    await tabTo('preview-width');
    await page.press('ArrowRight');
    await tabTo('preview-theme');
    await page.press('ArrowRight');
    await widgetsReady(page);
    expect(
      await page.evaluate(() => ({
        width: document.getElementById('previews')!.dataset.width,
        themes: [...document.querySelectorAll('#previews [theme]')].map((node) => node.getAttribute('theme')),
      })),
    ).toStrictEqual({ width: 'desktop', themes: ['dark', 'dark'] });
    // Another platform, with the arrow key on the select, then the copy button with Enter.
    await tabTo('flavour');
    await page.press('ArrowDown');
    state = await builderState(page);
    expect(state.snippet).toContain('integrity="sha384-');
    await tabTo('copy');
    // Headless Firefox here gives its page windows no focus: keys reach the button, but it never clicks.
    if (ENGINE === 'firefox') await page.click('#copy');
    else await page.press('Enter');
    await page.waitForFunction(() => document.getElementById('copy-status')!.textContent !== '');
    const copied = await page.evaluate(() => ({
      status: document.getElementById('copy-status')!.textContent,
      selection: getSelection()?.toString() ?? '',
      snippet: document.getElementById('snippet')!.textContent,
    }));
    // Copied by the clipboard, or (where a test browser gives no clipboard) the code selected for Ctrl+C.
    if (copied.status.startsWith('Copied')) expect(copied.status).toBe('Copied. Paste it into your page.');
    else expect(copied.selection).toBe(copied.snippet);
    expect(record.errors).toStrictEqual([]);
    await page.close();
  });

  it('reflows at 320 px: nothing wider than the screen, with problems, a long wording and each preview width', async () => {
    const query = `?element=prp-treatment-comparison&treatments=prp,steroid,magic&override=${encodeURIComponent(
      JSON.stringify({ title: 'A very long title that a clinic might well write for its patients', x: 1 }),
    )}&code=gtm`;
    const url = server.page('/narrow.html', {
      html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>320 px</title></head><body style="margin:0"><iframe id="frame" title="The embed builder" src="${BUILDER}${query}" style="width:320px;height:700px;border:0"></iframe></body></html>`,
    });
    const { page } = await browser.open(1024);
    await page.goto(url);
    await page.waitForFunction(() => {
      const frame = (document.getElementById('frame') as HTMLIFrameElement).contentDocument;
      const guides = frame ? [...frame.querySelectorAll('#previews prp-treatment-comparison')] : [];
      return guides.length === 2 && guides.every((guide) => guide.shadowRoot?.childElementCount);
    });
    const overflows = (width: string) =>
      page.evaluate(async (choice) => {
        const frame = (document.getElementById('frame') as HTMLIFrameElement).contentWindow!;
        const doc = frame.document;
        const radio = doc.querySelector<HTMLInputElement>(`input[name="preview-width"][value="${choice}"]`)!;
        radio.checked = true;
        radio.dispatchEvent(new Event('change', { bubbles: true }));
        const guides = [...doc.querySelectorAll('#previews prp-treatment-comparison')] as (Element & {
          updateComplete: Promise<unknown>;
        })[];
        await Promise.all(guides.map((guide) => guide.updateComplete));
        await new Promise((done) => frame.requestAnimationFrame(() => frame.requestAnimationFrame(done)));
        const viewport = doc.documentElement.clientWidth;
        const wide = [...doc.querySelectorAll('body *')]
          .filter((node) => node.getClientRects().length && node.getBoundingClientRect().right > viewport + 0.5)
          .map(
            (node) =>
              `${node.localName}${node.id ? `#${node.id}` : ''}.${[...node.classList].join('.')}: ${Math.round(node.getBoundingClientRect().right)} px`,
          );
        return {
          viewport,
          scrollWidth: doc.documentElement.scrollWidth,
          problems: doc.querySelectorAll('.problem:not([hidden])').length,
          wide,
        };
      }, width);
    for (const width of ['phone', 'desktop']) {
      const result = await overflows(width);
      // 320 px, less a classic scroll bar where the engine draws one (Firefox: 12 px).
      expect(result.viewport, width).toBeGreaterThan(300);
      expect(result.viewport, width).toBeLessThanOrEqual(320);
      expect(result, width).toStrictEqual({
        viewport: result.viewport,
        scrollWidth: result.viewport,
        problems: 2,
        wide: [],
      });
    }
    await page.close();
  });

  it('the classic snippet carries the built file’s integrity hash, and a changed file is refused', async () => {
    const { page } = await openBuilder('?element=prp-faq&code=classic');
    const { snippet } = await builderState(page);
    await page.close();
    const built = readFileSync('dist/cdn/prp-widgets.iife.js');
    const hash = `sha384-${createHash('sha384').update(built).digest('base64')}`;
    expect(snippet).toContain(`integrity="${hash}" crossorigin="anonymous"`);

    // The same snippet, its file changed on the way: the browser runs none of it.
    const tampered = server.page('/tampered/prp-widgets.iife.js', {
      html: `${built.toString('utf8')}\nwindow.__tampered = true;`,
      type: 'text/javascript',
    });
    const html = snippet.replace(`${CDN}prp-widgets.iife.js`, tampered).replaceAll(CDN, '/dist/cdn/');
    const url = server.page('/pasted-tampered.html', {
      html: `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>${html}</body></html>`,
    });
    const session = await browser.open(1024);
    await session.page.goto(url);
    await session.page.waitForTimeout(1000);
    const ran = await session.page.evaluate(() => ({
      tampered: (window as unknown as { __tampered?: boolean }).__tampered ?? false,
      defined: customElements.get('prp-faq') !== undefined,
    }));
    expect(ran).toStrictEqual({ tampered: false, defined: false });
    await session.page.close();
  });

  it('the configuration is in the address and nowhere else; the page asks nothing of any other site', async () => {
    const query = '?element=prp-recovery-timeline&procedure-date=2026-11-20&ice=avoid&code=vue';
    const { page, record } = await openBuilder(query);
    const state = await builderState(page);
    const kept = await page.evaluate(() => ({
      ice: (document.getElementById('field-ice') as HTMLSelectElement).value,
      date: (document.getElementById('field-procedure-date') as HTMLInputElement).value,
      flavour: (document.getElementById('flavour') as HTMLSelectElement).value,
      storage: localStorage.length + sessionStorage.length,
      cookies: document.cookie,
    }));
    expect(kept).toStrictEqual({ ice: 'avoid', date: '2026-11-20', flavour: 'vue', storage: 0, cookies: '' });
    expect(state.snippet).toContain(
      '<prp-recovery-timeline procedure-date="2026-11-20" ice="avoid"></prp-recovery-timeline>',
    );
    expect(record.requests.filter((request) => !request.startsWith(server.origin))).toStrictEqual([]);
    expect(record.errors).toStrictEqual([]);
    await page.close();
  });
});
