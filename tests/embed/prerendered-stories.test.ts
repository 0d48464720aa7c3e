/**
 * Every story's configuration (stories/<element>.args.ts), prerendered by `prp-widgets/ssr` as built, one page
 * per element, at phone and desktop width, in the engine under test. Without a script each element shows its
 * text, styled, from its declarative shadow root. Then the module script arrives: every element keeps the
 * server's nodes, shows the same text in the same box (no layout shift), warns nothing the server did not
 * warn (the bad-input stories), and answers the keyboard (its sources toggle opens with Enter).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import type * as Ssr from '../../src/ssr/index.js';
import { CHECKLIST_ARGS } from '../../stories/doctor-checklist.args.js';
import { FAQ_ARGS } from '../../stories/faq.args.js';
import { DIAGRAM_ARGS } from '../../stories/process-diagram.args.js';
import { TIMELINE_ARGS } from '../../stories/recovery-timeline.args.js';
import { COMPARISON_ARGS } from '../../stories/treatment-comparison.args.js';
import { embedSuite, widgetsReady } from './harness.js';
import { CDN_MODULE, clinicPage, RESERVE_CSS, stylesheet, TAGS } from './pages.js';

// What ships: the built module (typed by its source, so lint needs no build).
const DIST_SSR: string = '../../dist/ssr/index.js';
const { render } = (await import(DIST_SSR)) as typeof Ssr;

const STORIES: Record<(typeof TAGS)[number], Record<string, object>> = {
  'prp-recovery-timeline': TIMELINE_ARGS,
  'prp-doctor-checklist': CHECKLIST_ARGS,
  'prp-process-diagram': DIAGRAM_ARGS,
  'prp-treatment-comparison': COMPARISON_ARGS,
  'prp-faq': FAQ_ARGS,
};

const { server, browser } = embedSuite();

/** A story's attributes as its story sets them (stories/helpers.ts `renderElement`): `true` is present, `false` absent. */
function attributesOf(args: object): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [name, value] of Object.entries(args))
    if (name !== 'content' && value !== undefined && value !== false && value !== '')
      attributes[name] = value === true ? '' : String(value);
  return attributes;
}

/** Per element tag: the page body with every story prerendered, and what the server warned while rendering it. */
const prerendered = new Map<string, { body: string; warnings: string[] }>();

beforeAll(async () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  try {
    for (const tag of TAGS) {
      const stories = STORIES[tag];
      warn.mockClear();
      const parts: string[] = [];
      for (const [name, args] of Object.entries(stories)) {
        const { content } = args as { content?: object };
        const html = await render(tag, attributesOf(args), content ? { content } : {});
        parts.push(`<div class="story" data-story="${name}">${html}</div>`);
      }
      prerendered.set(tag, { body: parts.join('\n'), warnings: warn.mock.calls.map((call) => String(call[0])) });
    }
  } finally {
    warn.mockRestore();
  }
});

afterAll(() => prerendered.clear());

/** In the page: per story, the element's visible text (its rendered text, which `innerText` gives), box and state. */
function look(page: Awaited<ReturnType<typeof browser.open>>['page'], tag: string) {
  return page.evaluate(
    (tag) =>
      [...document.querySelectorAll<HTMLElement>('.story')].map((story) => {
        const element = story.querySelector(tag)!;
        const root = element.shadowRoot;
        const base = root?.querySelector<HTMLElement>('[part="base"]');
        // The one word that may change, by design: a server never plays, so the diagram's autoplay button
        // says "Play" until the script starts it (or keeps it still, for a reader who asks for less motion).
        const autoplay = root?.querySelector<HTMLElement>('[part~="autoplay"]');
        const title = root?.querySelector('[part="title"]');
        const box = element.getBoundingClientRect();
        const kept = [...(root?.querySelectorAll('[part="title"], [part="footer"]') ?? [])];
        return {
          story: story.dataset.story!,
          text: (base?.innerText ?? '')
            .replace(autoplay?.innerText ?? '\0', '')
            .replace(/\s+/g, ' ')
            .trim(),
          box: [box.x, box.y, box.width, box.height].map(Math.round),
          titleWeight: title ? getComputedStyle(title).fontWeight : '',
          defined: customElements.get(tag) !== undefined,
          serverNodes: kept.length === 2 && kept.every((node) => (node as Element & { fromServer?: true }).fromServer),
        };
      }),
    tag,
  );
}

describe.each(TAGS.map((tag) => [tag, Object.keys(STORIES[tag]).length] as const))(
  '%s: its %i stories prerendered',
  (tag) => {
    it.each([360, 1280])(
      'at %i px: whole and styled without a script; with it, the same nodes, text and boxes, the same warnings, keyboard bound',
      async (width) => {
        const { body, warnings } = prerendered.get(tag)!;
        const url = server.page(`/stories-${tag}-${width}.html`, {
          html: clinicPage({ head: stylesheet(RESERVE_CSS), body }),
        });
        const { page, record } = await browser.open(width);
        await page.goto(url);

        const before = await look(page, tag);
        for (const story of before) {
          expect(story.defined, story.story).toBe(false);
          expect(story.text.length, story.story).toBeGreaterThan(200);
          expect(story.text, story.story).toMatch(/not medical advice|no un consejo médico/);
          expect(story.titleWeight, story.story).toBe('700');
        }

        // Mark the server's nodes, note any layout shift from here on, then load the script.
        await page.evaluate((tag) => {
          for (const element of document.querySelectorAll(tag))
            for (const node of element.shadowRoot!.querySelectorAll('[part="title"], [part="footer"]'))
              (node as Element & { fromServer?: true }).fromServer = true;
          const shifts: number[] = ((window as unknown as { shifts: number[] }).shifts = []);
          if (PerformanceObserver.supportedEntryTypes?.includes('layout-shift'))
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
            }).observe({ type: 'layout-shift' });
        }, tag);
        await page.evaluate((src) => {
          const script = document.createElement('script');
          script.type = 'module';
          script.src = src;
          document.body.append(script);
        }, CDN_MODULE);
        await widgetsReady(page);

        const after = await look(page, tag);
        for (const [index, story] of after.entries()) {
          expect(story.defined, story.story).toBe(true);
          expect(story.serverNodes, `${story.story}: the server's title and footer kept`).toBe(true);
          expect(story.text, story.story).toBe(before[index].text);
          expect(story.box, `${story.story}: its box`).toStrictEqual(before[index].box);
        }
        expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toStrictEqual([]);
        // Nothing the server did not warn about. (Less is fine: where the server wrote a fallback back to its
        // attribute, as the diagram does for a bad `step`, the browser finds the attribute good.)
        for (const warning of record.warnings) expect(warnings, 'a warning the server did not give').toContain(warning);
        expect(record.warnings.length).toBe(new Set(record.warnings).size);
        expect(record.errors).toStrictEqual([]);

        // Bound to the keyboard: each story's sources toggle opens with Enter.
        for (const [index] of after.entries()) {
          const host = `.story:nth-of-type(${index + 1}) ${tag}`;
          await page.focus(host, '[part="sources-toggle"]');
          await page.press('Enter');
        }
        const expanded = await page.evaluate(
          (tag) =>
            [...document.querySelectorAll(tag)].map(
              (element) =>
                element.shadowRoot!.querySelector('[part="sources-toggle"]')?.getAttribute('aria-expanded') ?? 'none',
            ),
          tag,
        );
        expect(expanded).toStrictEqual(after.map(() => 'true'));
        await page.close();
      },
    );
  },
);
