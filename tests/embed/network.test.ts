/**
 * Scenario 5: a page with every element, clicked through by a patient, asks the network for nothing but the
 * page and the library's own files (the module and the chunk it loads for the FAQ's text), and leaves nothing
 * in storage.
 */
import { describe, expect, it } from 'vitest';

import { exerciseAll } from './exercise.js';
import { embedSuite, widgetsReady } from './harness.js';
import { CDN_CLASSIC, CDN_MODULE, classicScript, clinicPage, moduleScript } from './pages.js';

const { server, browser } = embedSuite();

describe('no network but the script itself', () => {
  for (const [name, head, file] of [
    ['ES module', moduleScript(), CDN_MODULE],
    ['classic script', classicScript(), CDN_CLASSIC],
  ] as const) {
    it(`${name}: only the page and the library's own files are requested, while reading and clicking through every element`, async () => {
      const path = `/network-${name.replace(/\W/g, '')}.html`;
      const url = server.page(path, { html: clinicPage({ head }) });
      const { page, record } = await browser.open();
      await page.goto(url);
      await widgetsReady(page);
      await exerciseAll(page);
      // Everything else a patient can press: show all stages, the calendar download, the other steps, print.
      await page.click('#timeline', '.actions .button');
      // The calendar file is made in the page and handed to a download link; keep what it was given.
      await page.evaluate(() => {
        const w = window as unknown as { __saved: string[] };
        w.__saved = [];
        HTMLAnchorElement.prototype.click = function () {
          w.__saved.push(`${this.download} ${this.href.split(':')[0]}`);
        };
      });
      await page.click('#timeline', '.actions .button', 1);
      expect(await page.evaluate(() => (window as unknown as { __saved: string[] }).__saved)).toEqual([
        expect.stringMatching(/\.ics blob$/),
      ]);
      const steps = await page.evaluate(
        () =>
          document.getElementById('diagram')!.shadowRoot!.querySelectorAll('.step-button, .controls .button').length,
      );
      for (let i = 0; i < steps; i++) await page.click('#diagram', '.step-button, .controls .button', i);
      await page.click('#checklist', '[part="reset"]');
      await page.emulatePrint(true);
      await page.emulatePrint(false);
      await page.setViewportSize({ width: 360, height: 800 });
      await page.waitForTimeout(300);

      const requested = [...new Set(record.requests.map((r) => new URL(r).pathname))].filter(
        (p) => p !== '/favicon.ico',
      );
      const library = requested.filter((p) => p !== path);
      expect(library).toContain(file);
      // The module fetches the FAQ's English text beside it; the classic script holds everything.
      const chunks = file.endsWith('.iife.js')
        ? []
        : [expect.stringMatching(/^\/dist\/cdn\/chunks\/en-faq-[\w-]+\.js$/)];
      expect(library.filter((p) => p !== file)).toEqual(chunks);
      expect(record.requests.every((r) => r.startsWith(server.origin))).toBe(true);
      const storage = await page.evaluate(async () => ({
        local: localStorage.length,
        session: sessionStorage.length,
        cookie: document.cookie,
        databases: (await indexedDB.databases()).length,
        caches: (await caches.keys()).length,
        workers: (await navigator.serviceWorker.getRegistrations()).length,
      }));
      expect(storage).toEqual({ local: 0, session: 0, cookie: '', databases: 0, caches: 0, workers: 0 });
      expect(record.errors).toEqual([]);
      await page.close();
    });
  }
});
