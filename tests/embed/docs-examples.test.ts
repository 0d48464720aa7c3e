/**
 * The override examples in docs/content-guide.md, pasted into a page as a clinic would: the element shows
 * the example's title and logs no warning, so the guide never teaches an override the library refuses.
 */
import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { embedSuite, widgetsReady } from './harness.js';
import { clinicPage } from './pages.js';

const { server, browser } = embedSuite();

const guide = readFileSync('docs/content-guide.md', 'utf8');
const snippets = [...guide.matchAll(/```html\n([\s\S]*?)```/g)]
  .map((m) => m[1])
  .filter((html) => /<prp-[\s\S]*application\/json/.test(html));

describe('docs/content-guide.md examples', () => {
  it('has override examples to check', () => {
    expect(snippets.length).toBeGreaterThanOrEqual(2);
  });

  snippets.forEach((snippet, index) => {
    const tag = /<(prp-[a-z-]+)/.exec(snippet)![1];
    const title = (
      JSON.parse(/<script type="application\/json" lang="en">([\s\S]*?)<\/script>/.exec(snippet)![1]) as {
        title: string;
      }
    ).title;
    it(`example ${index + 1} (<${tag}>): shown as written, no warning`, async () => {
      const url = server.page(`/docs-example-${index}.html`, { html: clinicPage({ body: snippet }) });
      const { page, record } = await browser.open();
      await page.goto(url);
      await widgetsReady(page);
      const shown = await page.evaluate(
        (t) => document.querySelector(t)!.shadowRoot!.querySelector('.title')!.textContent,
        tag,
      );
      expect(shown).toBe(title);
      expect(record.warnings).toEqual([]);
      expect(record.errors).toEqual([]);
      await page.close();
    });
  });
});
