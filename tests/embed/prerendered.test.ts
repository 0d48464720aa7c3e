/**
 * Prerendered widgets (`prp-widgets/ssr`, as built) on a page, in the engine under test: without any
 * script each element shows its whole text, styled, from its declarative shadow root; with the script tag
 * after them the elements upgrade in place with the same text, the same size and no console noise. Node's
 * side (attributes, overrides, bad input): tests/unit/ssr.test.ts.
 */
import { describe, expect, it } from 'vitest';

import { render } from '../../dist/ssr/index.js';
import { type EmbedPage, embedSuite, widgetsReady } from './harness.js';
import { clinicPage, moduleScript, RESERVE_CSS, stylesheet, TAGS } from './pages.js';

const { server, browser } = embedSuite();

/** What each element's reader sees, per element: its shadow root's text and its box. */
function shown(page: EmbedPage) {
  return page.evaluate(
    (tags) =>
      tags.map((tag) => {
        const element = document.querySelector(tag)!;
        const root = element.shadowRoot;
        const title = root?.querySelector('[part="title"]');
        const clone = root ? document.createElement('div') : undefined;
        // The text without what <style> holds (inside the declarative root the styles are elements).
        if (root && clone)
          for (const node of root.childNodes) if (node.nodeName !== 'STYLE') clone.append(node.cloneNode(true));
        const box = element.getBoundingClientRect();
        return {
          tag,
          text: (clone?.textContent ?? '').replace(/\s+/g, ' ').trim(),
          height: Math.round(box.height),
          width: Math.round(box.width),
          // Styled: the title is bold and larger than the text, the host a block.
          titleWeight: title ? getComputedStyle(title).fontWeight : '',
          titleLarger: title
            ? parseFloat(getComputedStyle(title).fontSize) > parseFloat(getComputedStyle(element).fontSize)
            : false,
          display: getComputedStyle(element).display,
          defined: customElements.get(tag) !== undefined,
        };
      }),
    [...TAGS],
  );
}

/** Every element, prerendered, in `lang`; the timeline with a fixed `today`, so its stage is the same on both sides. */
async function prerenderedElements(lang: 'en' | 'es'): Promise<string> {
  // Elements not named here (a new one) render with `lang` alone.
  const attributes: Partial<Record<(typeof TAGS)[number], Record<string, string>>> = {
    'prp-recovery-timeline': {
      lang,
      'procedure-date': '2026-11-20',
      today: '2026-11-29',
      'clinic-name': 'Riverside Spine',
    },
    'prp-doctor-checklist': { lang, context: 'after-injection', 'clinic-phone': '(555) 013-2480' },
  };
  const parts = await Promise.all(TAGS.map((tag) => render(tag, attributes[tag] ?? { lang })));
  return parts.join('\n');
}

// At phone width, where the comparison shows cards on both sides (see the README for wider pages).
const WIDTH = 360;

describe.each(['en', 'es'] as const)('prerendered widgets (%s)', (lang) => {
  it('without any script: every widget shows its whole text, styled, and nothing is hidden by the stylesheet', async () => {
    const body = await prerenderedElements(lang);
    const url = server.page(`/prerendered-${lang}-no-script.html`, {
      html: clinicPage({ lang, head: stylesheet(RESERVE_CSS), body }),
    });
    const { page, record } = await browser.open(WIDTH);
    await page.goto(url);
    for (const state of await shown(page)) {
      expect(state.defined, state.tag).toBe(false);
      expect(state.text.length, state.tag).toBeGreaterThan(400);
      expect(state.text, state.tag).toContain(lang === 'en' ? 'not medical advice' : 'no un consejo médico');
      expect(state, state.tag).toMatchObject({ titleWeight: '700', titleLarger: true, display: 'block' });
      expect(state.height, state.tag).toBeGreaterThan(200);
    }
    // The reserve stylesheet's wait never hides a prerendered element.
    const hidden = await page.evaluate(
      (tags) => tags.filter((tag) => getComputedStyle(document.querySelector(tag)!).visibility === 'hidden'),
      [...TAGS],
    );
    expect(hidden).toStrictEqual([]);
    expect(record.errors).toStrictEqual([]);
  });

  it('with the script tag after it: each element upgrades in place with the same text and size, and no warning', async () => {
    const body = await prerenderedElements(lang);
    const before = server.page(`/prerendered-${lang}-before.html`, { html: clinicPage({ lang, head: '', body }) });
    const after = server.page(`/prerendered-${lang}-after.html`, {
      html: clinicPage({ lang, head: '', body: `${body}\n${moduleScript()}` }),
    });
    const { page: staticPage } = await browser.open(WIDTH);
    await staticPage.goto(before);
    const prerendered = await shown(staticPage);
    const { page, record } = await browser.open(WIDTH);
    await page.goto(after);
    await widgetsReady(page);
    const upgraded = await shown(page);
    for (const [index, state] of upgraded.entries()) {
      const server = prerendered[index];
      expect(state.defined, state.tag).toBe(true);
      expect(state.text, state.tag).toBe(server.text);
      expect({ height: state.height, width: state.width }, state.tag).toStrictEqual({
        height: server.height,
        width: server.width,
      });
    }
    expect(record.warnings).toStrictEqual([]);
    expect(record.errors).toStrictEqual([]);
  });
});
