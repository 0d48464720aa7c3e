/**
 * The framework and no-build examples, built from the packed tarball by scripts/examples.mjs (part of
 * npm test): each renders all four elements in Chromium and hears the diagram's event.
 */
import { existsSync, readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { faq } from '../../src/content/en/faq.js';
import { embedSuite, widgetsReady } from './harness.js';
import { TAGS } from './pages.js';

const faqTitle = faq.content.title;

const { server, browser } = embedSuite();

const EXAMPLES = [
  ['React 19 (Vite build)', '/examples/react/dist/index.html'],
  ['Vue 3 (Vite build)', '/examples/vue/dist/index.html'],
  ['plain HTML, ES module file', '/examples/html/module.html'],
  ['plain HTML, classic script', '/examples/html/classic.html'],
  ['plain HTML, npm modules through an import map', '/examples/html/import-map.html'],
] as const;

describe('examples', () => {
  it('were built from the packed package (npm test runs scripts/examples.mjs first)', () => {
    expect(existsSync('examples/node_modules/prp-widgets/package.json')).toBe(true);
    expect(existsSync('examples/react/dist/index.html')).toBe(true);
    expect(existsSync('examples/vue/dist/index.html')).toBe(true);
  });

  for (const [name, path] of EXAMPLES) {
    it(`${name}: renders every element and hears prp-step-change`, async () => {
      const { page, record } = await browser.open();
      await page.goto(server.origin + path);
      await page.waitForFunction(
        (tags) => tags.every((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('.title')),
        [...TAGS],
      );
      const titles = await page.evaluate(
        (tags) => tags.map((tag) => document.querySelector(tag)!.shadowRoot!.querySelector('.title')!.textContent),
        [...TAGS],
      );
      expect(titles).toEqual([
        'Your recovery after a PRP injection',
        'When to get help after your injection',
        'How PRP is made and given',
        'PRP and other treatments for back pain',
        faqTitle,
      ]);
      expect(
        await page.evaluate((tags) => tags.map((tag) => document.querySelectorAll(tag).length), [...TAGS]),
      ).toEqual(TAGS.map(() => 1));
      await page.click('prp-process-diagram', '.controls .button', 1);
      await expect
        .poll(() => page.evaluate(() => document.getElementById('step-shown')?.textContent))
        .toBe('Diagram step 2');
      expect(record.errors).toEqual([]);
      await page.close();
    });
  }

  const PRERENDERED = [
    [
      'a plain Node script (prp-widgets/ssr prerender)',
      'examples/ssr-node/dist/index.html',
      'en',
      'Questions our patients ask',
    ],
    [
      'an Eleventy site with a transform',
      'examples/eleventy/dist/index.html',
      'es',
      'Preguntas sobre las inyecciones de PRP para el dolor de espalda',
    ],
  ] as const;

  for (const [name, file, lang, faqHeading] of PRERENDERED) {
    it(`${name}: every element is in the HTML with its shadow root, and the script takes it over`, async () => {
      const html = readFileSync(file, 'utf8');
      expect(html.match(/<template shadowroot="open" shadowrootmode="open">/g)).toHaveLength(TAGS.length);
      const { page, record } = await browser.open();
      await page.goto(`${server.origin}/${file}`);
      await widgetsReady(page);
      const shown = await page.evaluate(
        (tags) =>
          tags.map((tag) => {
            const element = document.querySelector(tag)!;
            // One title: the script renders in place of the server's nodes, never beside them.
            const titles = element.shadowRoot!.querySelectorAll('[part="title"]');
            return [element.getAttribute('lang'), titles[0].textContent.trim(), titles.length] as const;
          }),
        [...TAGS],
      );
      expect(shown.map(([shownLang]) => shownLang)).toStrictEqual(TAGS.map(() => lang));
      expect(shown.at(-1)?.[1]).toBe(faqHeading);
      expect(shown.map(([, , titles]) => titles)).toStrictEqual(TAGS.map(() => 1));
      expect(record.warnings).toStrictEqual([]);
      expect(record.errors).toStrictEqual([]);
      await page.close();
    });
  }
});
