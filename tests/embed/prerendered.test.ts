/**
 * Prerendered widgets (`prp-widgets/ssr`, as built) on a page, in the engine under test: without any
 * script each element shows its whole text, styled, from its declarative shadow root; with the script tag
 * after them the elements upgrade in place with the same text, the same size and no console noise. Node's
 * side (attributes, overrides, bad input): tests/unit/ssr.test.ts.
 */
import { describe, expect, it } from 'vitest';

import type * as Ssr from '../../src/ssr/index.js';
import { type EmbedPage, embedSuite, widgetsReady } from './harness.js';
import { CDN_MODULE, clinicPage, moduleScript, RESERVE_CSS, stylesheet, TAGS } from './pages.js';

// What ships: the built module (typed by its source, so lint needs no build).
const DIST_SSR: string = '../../dist/ssr/index.js';
const { render } = (await import(DIST_SSR)) as typeof Ssr;

const { server, browser } = embedSuite();

/** What each element's reader sees, per element: its shadow root's text and its box. */
function shown(page: EmbedPage) {
  return page.evaluate(
    (tags) =>
      tags.map((tag) => {
        const element = document.querySelector(tag)!;
        const root = element.shadowRoot;
        const title = root?.querySelector('[part="title"]');
        const base = root?.querySelector<HTMLElement>('[part="base"]');
        const box = element.getBoundingClientRect();
        return {
          tag,
          // What a reader sees: a prerendered comparison also holds the view its width does not show.
          text: (base?.innerText ?? '').replace(/\s+/g, ' ').trim(),
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

/** Marks each element's server nodes (its title and footer), so a later look can tell kept nodes from new ones. */
function markServerNodes(page: EmbedPage, tags: readonly string[] = TAGS) {
  return page.evaluate(
    (names) => {
      for (const tag of names) {
        const root = document.querySelector(tag)!.shadowRoot!;
        for (const node of root.querySelectorAll('[part="title"], [part="footer"]'))
          (node as Element & { fromServer?: boolean }).fromServer = true;
      }
    },
    [...tags],
  );
}

/** Per element: whether its title and footer are still the server's nodes, and how many titles it has. */
function serverNodesKept(page: EmbedPage, tags: readonly string[] = TAGS) {
  return page.evaluate(
    (names) =>
      names.map((tag) => {
        const root = document.querySelector(tag)!.shadowRoot!;
        const nodes = [...root.querySelectorAll('[part="title"], [part="footer"]')];
        return {
          tag,
          kept: nodes.length === 2 && nodes.every((node) => (node as Element & { fromServer?: boolean }).fromServer),
          titles: root.querySelectorAll('[part="title"]').length,
        };
      }),
    [...tags],
  );
}

/** Loads the module file into a page that is already showing: the script tag arriving after the HTML. */
function loadScript(page: EmbedPage) {
  return page.evaluate((src) => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = src;
    document.body.append(script);
  }, CDN_MODULE);
}

/**
 * Shows `body` on a `lang` page, marks the server's nodes of `tags` (the elements on it), then loads the script
 * and waits for every element.
 */
async function hydratedPage(
  name: string,
  body: string,
  lang: 'en' | 'es',
  width: number,
  tags: readonly string[] = TAGS,
) {
  const url = server.page(`/prerendered-${name}.html`, { html: clinicPage({ lang, head: '', body }) });
  const opened = await browser.open(width);
  await opened.page.goto(url);
  await markServerNodes(opened.page, tags);
  await loadScript(opened.page);
  await widgetsReady(opened.page);
  return opened;
}

/** Ten days ago on this machine's clock, which the browser shares: a timeline stage is "now" for the reader. */
const tenDaysAgo = () => new Date(Date.now() - 10 * 86_400_000).toLocaleDateString('en-CA');

describe('hydration', () => {
  // Spanish at desktop width too: its text loads on demand, so the page has laid out (and the comparison
  // measured a table's width) before the elements hydrate; the first render must still be the server's.
  it.each([
    ['en', WIDTH],
    ['es', 1280],
  ] as const)(
    '%s at %i px: the script keeps the server nodes of every element and binds them, then clicks work',
    async (lang, width) => {
      const body = await prerenderedElements(lang);
      const { page, record } = await hydratedPage(`hydrate-${lang}`, body, lang, width);
      expect(await serverNodesKept(page)).toStrictEqual(TAGS.map((tag) => ({ tag, kept: true, titles: 1 })));
      // Bound, not only shown: the diagram's Next button moves to step 2.
      await page.click('prp-process-diagram', '.controls .button', 1);
      await expect
        .poll(() => page.evaluate(() => document.querySelector('prp-process-diagram')!.getAttribute('step')))
        .toBe('2');
      expect(record.warnings).toStrictEqual([]);
      expect(record.errors).toStrictEqual([]);
    },
  );

  /** Loads `body` on a `lang` page, then the script: every element is rendered again in place, once, saying `said`. */
  async function expectRenderedAgain(name: string, body: string, lang: 'en' | 'es', said: string) {
    const { page, record } = await hydratedPage(name, body, lang, WIDTH);
    expect(await serverNodesKept(page)).toStrictEqual(TAGS.map((tag) => ({ tag, kept: false, titles: 1 })));
    for (const state of await shown(page)) expect(state.text, state.tag).toContain(said);
    expect(record.errors).toStrictEqual([]);
  }

  it('a page whose own lang differs from what the server saw: rendered again in its language, never doubled', async () => {
    // Prerendered without `lang` (the server shows English); the page is Spanish.
    const body = (await Promise.all(TAGS.map((tag) => render(tag)))).join('\n');
    await expectRenderedAgain('page-lang', body, 'es', 'no un consejo médico');
  });

  it('HTML prerendered by another version of the library: rendered again in place by this one, no error', async () => {
    // A clinic updates the script tag and keeps old prerendered HTML: its templates may differ.
    const body = (await prerenderedElements('en')).replace(/ prerendered="en [^"]+"/g, ' prerendered="en 0.0.1"');
    await expectRenderedAgain('old-version', body, 'en', 'not medical advice');
  });

  it('the reader\'s date arrives with the script: the timeline shows its "now" stage after hydrating', async () => {
    const body = await render('prp-recovery-timeline', { lang: 'en', 'procedure-date': tenDaysAgo() });
    const url = server.page('/prerendered-clock.html', { html: clinicPage({ head: '', body }) });
    const { page, record } = await browser.open(WIDTH);
    await page.goto(url);
    const current = () =>
      page.evaluate(
        () => document.querySelector('prp-recovery-timeline')!.shadowRoot!.querySelectorAll('[aria-current]').length,
      );
    expect(await current()).toBe(0);
    await markServerNodes(page, ['prp-recovery-timeline']);
    await loadScript(page);
    await widgetsReady(page);
    expect(await current()).toBe(1);
    expect(await serverNodesKept(page, ['prp-recovery-timeline'])).toStrictEqual([
      { tag: 'prp-recovery-timeline', kept: true, titles: 1 },
    ]);
    expect(record.errors).toStrictEqual([]);
  });

  it('a page script that changes an element before it hydrates: rendered again in place, one warning, no error', async () => {
    // Prerendered without a date; the page then gives it one, so the server's HTML no longer fits.
    const body = `${await render('prp-recovery-timeline', { lang: 'en' })}
      <script>document.querySelector('prp-recovery-timeline').setAttribute('procedure-date', '${tenDaysAgo()}');</script>`;
    const { page, record } = await hydratedPage('changed-before', body, 'en', WIDTH, ['prp-recovery-timeline']);
    const state = await page.evaluate(() => {
      const root = document.querySelector('prp-recovery-timeline')!.shadowRoot!;
      return {
        titles: root.querySelectorAll('[part="title"]').length,
        current: root.querySelectorAll('[aria-current]').length,
      };
    });
    expect(state).toStrictEqual({ titles: 1, current: 1 });
    expect(await serverNodesKept(page, ['prp-recovery-timeline'])).toStrictEqual([
      { tag: 'prp-recovery-timeline', kept: false, titles: 1 },
    ]);
    expect(record.warnings).toHaveLength(1);
    expect(record.warnings[0]).toContain('did not match its prerendered HTML');
    expect(record.errors).toStrictEqual([]);
  });
});

describe('hydrating in turn', () => {
  it('one element per task, those in view first, and each renders once more only where the reader changes it', async () => {
    // The timeline first in the page but far below the fold; the FAQ in view at the bottom.
    const timeline = await render('prp-recovery-timeline', { lang: 'en', 'procedure-date': '2026-11-20' });
    const others = await Promise.all(
      (['prp-doctor-checklist', 'prp-treatment-comparison', 'prp-faq'] as const).map((tag) => render(tag)),
    );
    const body = `${timeline}<div style="height: 6000px"></div>${others.join('\n')}`;
    const url = server.page('/prerendered-in-turn.html', { html: clinicPage({ head: '', body }) });
    const { page, record } = await browser.open(WIDTH);
    await page.goto(url);
    const tags = ['prp-recovery-timeline', 'prp-doctor-checklist', 'prp-treatment-comparison', 'prp-faq'];
    await page.evaluate((names) => {
      document.querySelector('prp-faq')!.scrollIntoView();
      type Hydrating = HTMLElement & { createRenderRoot(): unknown; update(changed: unknown): void };
      const started: { tag: string; alone: boolean }[] = [];
      const renders: Record<string, number> = {};
      let inTask: string | undefined;
      Object.assign(window, { started, renders });
      for (const tag of names) {
        void customElements.whenDefined(tag).then(() => {
          const element = document.querySelector<Hydrating>(tag)!;
          // Lit makes an element's render root when it starts it (in its turn, for a prerendered one).
          const createRenderRoot = element.createRenderRoot.bind(element);
          element.createRenderRoot = () => {
            // Alone in its task: no other element started since the last microtask checkpoint.
            started.push({ tag, alone: inTask === undefined });
            inTask = tag;
            queueMicrotask(() => (inTask = undefined));
            return createRenderRoot();
          };
          const update = element.update.bind(element);
          element.update = (changed) => {
            renders[tag] = (renders[tag] ?? 0) + 1;
            update(changed);
          };
        });
      }
    }, tags);
    await loadScript(page);
    await widgetsReady(page);
    const { started, renders } = await page.evaluate(() => {
      const { started, renders } = window as unknown as {
        started: { tag: string; alone: boolean }[];
        renders: Record<string, number>;
      };
      return { started, renders };
    });
    // Those near the view (the FAQ, and the comparison that ends where it starts) first, then the others; each
    // group in document order.
    expect(started).toStrictEqual([
      { tag: 'prp-treatment-comparison', alone: true },
      { tag: 'prp-faq', alone: true },
      { tag: 'prp-recovery-timeline', alone: true },
      { tag: 'prp-doctor-checklist', alone: true },
    ]);
    // The timeline adds the reader's date; the comparison picks its view once measured; the others stay as hydrated.
    expect(renders).toStrictEqual({
      'prp-recovery-timeline': 2,
      'prp-doctor-checklist': 1,
      'prp-treatment-comparison': 2,
      'prp-faq': 1,
    });
    expect(record.errors).toStrictEqual([]);
  });

  it('a click before an element has hydrated is not lost: held, then given to the bound element once', async () => {
    const body = (await Promise.all(TAGS.map((tag) => render(tag)))).join('\n');
    const url = server.page('/prerendered-early-click.html', { html: clinicPage({ head: '', body }) });
    const { page, record } = await browser.open(WIDTH);
    await page.goto(url);
    // As assistive technology may: a click with no touch or focus before it, right as each element is defined.
    await page.evaluate((names) => {
      const early: Record<string, boolean> = {};
      Object.assign(window, { early });
      for (const tag of names) {
        void customElements.whenDefined(tag).then(() => {
          const element = document.querySelector(tag) as HTMLElement & { hasUpdated: boolean };
          early[tag] = !element.hasUpdated;
          element.shadowRoot!.querySelector<HTMLElement>('[part="sources-toggle"]')!.click();
        });
      }
    }, TAGS);
    await loadScript(page);
    await widgetsReady(page);
    const state = await page.evaluate(
      (names) =>
        names.map((tag) => {
          const root = document.querySelector(tag)!.shadowRoot!;
          return {
            tag,
            early: (window as unknown as { early: Record<string, boolean> }).early[tag],
            expanded: root.querySelector('[part="sources-toggle"]')!.getAttribute('aria-expanded'),
            listShown: !root.querySelector<HTMLElement>('[part="sources"]')!.hidden,
          };
        }),
      TAGS,
    );
    expect(state).toStrictEqual(TAGS.map((tag) => ({ tag, early: true, expanded: 'true', listShown: true })));
    expect(record.errors).toStrictEqual([]);
  });
});
