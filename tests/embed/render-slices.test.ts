/**
 * A page with many widgets (the script-tag module, as built): their first renders share the main thread in
 * slices, in the page's order, rather than block the reader in one long task; `updateComplete` still means
 * rendered. Prerendered pages hydrate in turns of their own (prerendered.test.ts).
 */
import { describe, expect, it } from 'vitest';

import { embedSuite, widgetsReady } from './harness.js';
import { CDN_MODULE, clinicPage, TAGS } from './pages.js';

const { server, browser } = embedSuite();

const COPIES = 20;

describe('first renders in slices', () => {
  it('a page of 20 of each element renders them over several tasks, in document order', async () => {
    const body = Array.from({ length: COPIES }, () => TAGS.map((tag) => `<${tag}></${tag}>`).join('')).join('\n');
    const url = server.page('/render-slices.html', { html: clinicPage({ head: '', body }) });
    const { page, record } = await browser.open(1024);
    await page.goto(url);
    const total = await page.evaluate(
      ({ tags, src }) =>
        new Promise<number>((resolve) => {
          const elements = [...document.querySelectorAll<HTMLElement & { updateComplete: Promise<boolean> }>(tags)];
          const rendered = () => elements.filter((element) => element.shadowRoot?.querySelector('[part="base"]'));
          // Between two of the library's tasks runs one of these: each notes which elements have rendered so far.
          const seen: boolean[][] = [];
          // And how the last element (far below the view) is laid out meanwhile.
          const skipped: string[] = [];
          // And the sheet that holds the skip rule, while it applies.
          const skipRule = (sheet: CSSStyleSheet) =>
            [...sheet.cssRules].some((rule) => /content-visibility/.test(rule.cssText));
          let skipSheet: CSSStyleSheet | undefined;
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            seen.push(elements.map((element) => rendered().includes(element)));
            skipped.push(getComputedStyle(elements.at(-1)!).getPropertyValue('content-visibility'));
            skipSheet ??= elements.flatMap((element) => element.shadowRoot?.adoptedStyleSheets ?? []).find(skipRule);
            Object.assign(window, { skipSheet });
            if (rendered().length < elements.length) channel.port2.postMessage(0);
          };
          channel.port2.postMessage(0);
          Object.assign(window, { seen, skipped, skipRule });
          const script = document.createElement('script');
          script.type = 'module';
          script.src = src;
          document.body.append(script);
          // The last element's updateComplete means rendered, however late its turn.
          void customElements.whenDefined(tags.split(',').at(-1)!).then(async () => {
            await elements.at(-1)!.updateComplete;
            resolve(elements.at(-1)!.shadowRoot!.querySelectorAll('[part="base"]').length);
          });
        }),
      { tags: TAGS.join(','), src: CDN_MODULE },
    );
    expect(total, 'the last element is rendered when its updateComplete resolves').toBe(1);
    await widgetsReady(page);
    const { seen, skipped, supported } = await page.evaluate(() => {
      const { seen, skipped } = window as unknown as { seen: boolean[][]; skipped: string[] };
      return { seen, skipped, supported: CSS.supports('content-visibility', 'auto') };
    });
    // The FAQs join once their text has loaded (a chunk of its own), so the notes are read without them.
    const pageTags = Array.from({ length: COPIES }, () => TAGS).flat();
    const ready = pageTags.map((tag, index) => (tag === 'prp-faq' ? -1 : index)).filter((index) => index >= 0);
    const notes = seen.map((flags) => ready.map((index) => flags[index]));
    // In each note the rendered elements are the first ones in the page (not, say, every timeline first, as
    // they are defined).
    for (const note of notes) {
      const firstWaiting = note.indexOf(false);
      expect(firstWaiting >= 0 && note.slice(firstWaiting).includes(true), note.map(Number).join('')).toBe(false);
    }
    // Some task rendered part of them and left the rest for later ones.
    const counts = notes.map((note) => note.filter(Boolean).length);
    const partial = counts.filter((count) => count > 0 && count < ready.length);
    expect(partial.length, `rendered so far, per task: ${counts.join(' ')}`).toBeGreaterThan(0);
    // While elements wait, one far from the view skips layout and paint; once all are rendered, it no longer does.
    if (supported) {
      const whileWaiting = counts.flatMap((count, tick) => (count > 0 && count < ready.length ? [skipped[tick]] : []));
      expect(whileWaiting, 'while waiting').toContain('auto');
      expect(
        await page.evaluate(() =>
          getComputedStyle(document.querySelector('prp-faq:last-of-type')!).getPropertyValue('content-visibility'),
        ),
      ).toBe('visible');
      // The rule went by leaving the widgets' shadow roots, not by editing its sheet: WebKit crashes the tab when
      // a sheet changes while a shadow root whose element was removed and collected still adopts it.
      const after = await page.evaluate((tags) => {
        const { skipSheet, skipRule } = window as unknown as {
          skipSheet?: CSSStyleSheet;
          skipRule(sheet: CSSStyleSheet): boolean;
        };
        const roots = [...document.querySelectorAll(tags)].map((element) => element.shadowRoot!);
        return {
          seen: skipSheet !== undefined,
          unchanged: skipSheet !== undefined && skipRule(skipSheet),
          adoptedBy: roots.filter((root) => root.adoptedStyleSheets.includes(skipSheet!)).length,
        };
      }, TAGS.join(','));
      expect(after).toStrictEqual({ seen: true, unchanged: true, adoptedBy: 0 });
    }
    expect(record.errors).toStrictEqual([]);
    await page.close();
  });
});
