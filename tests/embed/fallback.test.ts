/**
 * Scenario 7: the script fails to load. The fallback content a clinic puts inside each element shows when
 * the script never arrives and disappears once the element upgrades; the optional dist/cdn/prp-widgets.css
 * holds space and hides the fallback only while the script may still come.
 */
import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { type EmbedPage, embedSuite, widgetsReady } from './harness.js';
import { clinicPage, moduleScript, RESERVE_CSS, stylesheet, TAGS } from './pages.js';

const { server, browser } = embedSuite();

const VIEWPORT_HEIGHT = 900;
const MISSING = '/dist/cdn/prp-widgets-missing.js'; // a 404
const NEVER = '/never/prp-widgets.js'; // a request that never answers

/** Per element: its height, whether its fallback link is visible, and whether it is defined. */
function fallbackState(page: EmbedPage) {
  return page.evaluate(
    (tags) =>
      tags.map((tag) => {
        const element = document.querySelector(tag)!;
        const link = element.querySelector('.fallback a')!;
        return {
          tag,
          height: element.getBoundingClientRect().height,
          fallbackVisible: link.getClientRects().length > 0 && link.checkVisibility({ visibilityProperty: true }),
          defined: customElements.get(tag) !== undefined,
        };
      }),
    [...TAGS],
  );
}

async function open(path: string, head: string) {
  const url = server.page(path, { html: clinicPage({ head }) });
  const session = await browser.open(1024);
  await session.page.setViewportSize({ width: 1024, height: VIEWPORT_HEIGHT });
  await session.page.goto(url, { waitUntil: 'commit' });
  await session.page.waitForFunction(() => document.querySelector('prp-treatment-comparison .fallback a'));
  return session;
}

describe('the script fails to load', () => {
  it('the reserve-space stylesheet covers every element in the manifest', () => {
    const css = readFileSync(new URL('../../dist/cdn/prp-widgets.css', import.meta.url), 'utf8');
    const manifest = readFileSync(new URL('../../dist/custom-elements.json', import.meta.url), 'utf8');
    const tags = [...manifest.matchAll(/"tagName": "([a-z-]+)"/g)].map((m) => m[1]);
    expect(tags.sort()).toEqual([...TAGS].sort());
    for (const tag of tags) expect(css).toContain(tag);
    expect(Buffer.byteLength(css), 'the README promises under 1 KB').toBeLessThan(1024);
  });

  it('without the stylesheet: the fallback content shows at once when the script never arrives', async () => {
    const { page } = await open('/fallback-plain.html', moduleScript(NEVER));
    await page.waitForTimeout(200);
    for (const state of await fallbackState(page)) {
      expect(state, state.tag).toMatchObject({ fallbackVisible: true, defined: false });
      expect(state.height, state.tag).toBeLessThan(200);
    }
    await page.close();
  });

  it('with the stylesheet: space is held and the fallback hidden during the wait, then the fallback shows and the space is released', async () => {
    const { page } = await open('/fallback-reserve.html', stylesheet(RESERVE_CSS) + moduleScript(MISSING));
    await page.waitForTimeout(300);
    for (const state of await fallbackState(page)) {
      expect(state, state.tag).toMatchObject({ fallbackVisible: false, defined: false });
      expect(state.height, state.tag).toBeGreaterThanOrEqual(VIEWPORT_HEIGHT);
    }
    await page.waitForTimeout(3000); // the default wait is 3 s
    for (const state of await fallbackState(page)) {
      expect(state, state.tag).toMatchObject({ fallbackVisible: true, defined: false });
      expect(state.height, state.tag).toBeLessThan(200);
    }
    await page.close();
  });

  it('with the stylesheet: --prp-fallback-delay shortens the wait; a theme without animations hides nothing', async () => {
    const shorter = server.stylesheet('/shorter.css', ':root { --prp-fallback-delay: 400ms; }');
    const first = await open(
      '/fallback-short.html',
      stylesheet(RESERVE_CSS) + stylesheet(shorter) + moduleScript(MISSING),
    );
    await first.page.waitForTimeout(700);
    expect((await fallbackState(first.page)).every((s) => s.fallbackVisible)).toBe(true);
    await first.page.close();

    const noAnimations = server.stylesheet('/no-animations.css', '* { animation: none !important; }');
    const second = await open(
      '/fallback-no-animations.html',
      stylesheet(RESERVE_CSS) + stylesheet(noAnimations) + moduleScript(MISSING),
    );
    await second.page.waitForTimeout(200);
    expect((await fallbackState(second.page)).every((s) => s.fallbackVisible && s.height < 200)).toBe(true);
    await second.page.close();
  });

  it('when the script arrives: the fallback disappears and the widgets take their own size, with or without the stylesheet', async () => {
    const heights: number[][] = [];
    for (const [path, head] of [
      ['/upgrade-plain.html', moduleScript()],
      ['/upgrade-reserve.html', stylesheet(RESERVE_CSS) + moduleScript()],
    ] as const) {
      const { page, record } = await open(path, head);
      await widgetsReady(page);
      const states = await fallbackState(page);
      for (const state of states) expect(state, state.tag).toMatchObject({ fallbackVisible: false, defined: true });
      const visible = await page.evaluate(
        (tags) => tags.map((tag) => getComputedStyle(document.querySelector(tag)!).visibility),
        [...TAGS],
      );
      expect(visible).toEqual(TAGS.map(() => 'visible'));
      heights.push(states.map((s) => s.height));
      expect(record.errors).toEqual([]);
      await page.close();
    }
    expect(heights[1]).toEqual(heights[0]);
  });

  it('a rendered widget is visible and takes taps at once, even where the wait animation outlives :not(:defined) (WebKit)', async () => {
    // WebKit keeps prp-widgets-wait running on a defined element that has a shadow root. This page makes every
    // engine do the same, by giving the defined elements the animation too; the elements must end it themselves.
    const stuck = server.stylesheet(
      '/stuck-wait.css',
      `${TAGS.join(', ')} { animation: prp-widgets-wait 3s step-end; }`,
    );
    const { page, record } = await open(
      '/upgrade-stuck.html',
      stylesheet(RESERVE_CSS) + stylesheet(stuck) + moduleScript(),
    );
    await widgetsReady(page);
    const state = await page.evaluate(
      (tags) =>
        tags.map((tag) => {
          const element = document.querySelector(tag)!;
          const box = element.getBoundingClientRect();
          element.scrollIntoView({ block: 'start' });
          const top = element.getBoundingClientRect();
          const hit = document.elementFromPoint(top.left + 20, top.top + 10);
          return {
            tag,
            visibility: getComputedStyle(element).visibility,
            height: Math.round(box.height),
            tapped: hit === element,
          };
        }),
      [...TAGS],
    );
    for (const entry of state) expect(entry, entry.tag).toMatchObject({ visibility: 'visible', tapped: true });
    expect(record.errors).toEqual([]);
    await page.close();
  });

  it('a widget a script makes after the definition is never held by the wait, and skips the animation check', async () => {
    // Defined from birth (createElement), it never matched :not(:defined): the elements skip reading
    // animations for it, which would bring the page's style up to date once per element.
    const { page, record } = await open('/made-by-script.html', stylesheet(RESERVE_CSS) + moduleScript());
    await widgetsReady(page);
    const state = await page.evaluate(
      async (tags) => {
        let reads = 0;
        const read = Element.prototype.getAnimations;
        Element.prototype.getAnimations = function (this: Element, ...options) {
          reads += 1;
          return read.apply(this, options);
        };
        const made = tags.map((tag) => document.body.appendChild(document.createElement(tag)));
        await Promise.all(
          made.map((element) => (element as Element & { updateComplete: Promise<unknown> }).updateComplete),
        );
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        return {
          reads,
          shown: made.map((element) => {
            element.scrollIntoView({ block: 'start' });
            const top = element.getBoundingClientRect();
            return `${element.localName} ${getComputedStyle(element).visibility} ${element.getAnimations().length} ${document.elementFromPoint(top.left + 20, top.top + 10) === element}`;
          }),
        };
      },
      [...TAGS],
    );
    expect(state).toStrictEqual({ reads: 0, shown: TAGS.map((tag) => `${tag} visible 0 true`) });
    expect(record.errors).toEqual([]);
    await page.close();
  });
});
