/**
 * Scenario 3: the library loaded twice or three times on one page, as happens when a plugin adds its own
 * copy: the first definition wins, the page gets exactly one warning and no error, and every element works.
 */
import { describe, expect, it } from 'vitest';

import { exerciseAll } from './exercise.js';
import { embedSuite, widgetsReady } from './harness.js';
import { CDN_MODULE, classicScript, clinicPage, LIT_IMPORT_MAP, moduleScript } from './pages.js';

const { server, browser } = embedSuite();

const DUPLICATE = /already defined by another copy of prp-widgets/;

describe('loaded twice', () => {
  for (const [name, head, firstCopy] of [
    // The classic script runs while the page parses, before any module: it defines the elements.
    ['the ES module and the classic script', moduleScript() + classicScript(), 'classic'],
    // Deferred scripts and modules run in document order: the npm copy (lit external) defines first.
    [
      'an npm-style copy first, then the ES module and the classic script',
      LIT_IMPORT_MAP + moduleScript('/dist/index.js') + moduleScript(CDN_MODULE) + classicScript(undefined, true),
      'npm',
    ],
  ] as const) {
    it(`${name}: one warning, no error, every element works`, async () => {
      const url = server.page(`/twice-${firstCopy}.html`, { html: clinicPage({ head }) });
      const { page, record } = await browser.open();
      await page.goto(url);
      await widgetsReady(page);
      await exerciseAll(page);
      // A string, so Vitest leaves this page-side dynamic import alone.
      const loaded =
        await page.evaluate(`Promise.all([import('/dist/cdn/prp-widgets.js'), ${firstCopy === 'npm' ? "import('/dist/index.js')" : '{}'}]).then(([module, npm]) => {
        const classic = window.PrpWidgets;
        const defined = customElements.get('prp-recovery-timeline');
        return {
          classicLoaded: typeof classic?.PrpRecoveryTimeline === 'function',
          moduleLoaded: typeof module.PrpRecoveryTimeline === 'function',
          winner: [['classic', classic?.PrpRecoveryTimeline], ['module', module.PrpRecoveryTimeline], ['npm', npm.PrpRecoveryTimeline]]
            .find(([, copy]) => copy === defined)?.[0],
        };
      })`);
      expect(loaded).toEqual({ classicLoaded: true, moduleLoaded: true, winner: firstCopy });
      expect(record.warnings.filter((w) => DUPLICATE.test(w))).toHaveLength(1);
      expect(record.warnings).toHaveLength(1);
      expect(record.errors).toEqual([]);
      await page.close();
    });
  }
});
