/**
 * Scenario 6: mount and remove every element 1,000 times (single-page apps and page builders do this). After
 * a forced garbage collection, the DOM node count, event listeners and JS heap return to within a small
 * margin of the start, measured through the Chrome DevTools Protocol.
 */
import type { CDPSession } from 'playwright-core';
import { expect, it } from 'vitest';

import { describeLimited, type EmbedPage, embedSuite } from './harness.js';
import { clinicPage, TAGS } from './pages.js';

const { server, browser } = embedSuite();

/** Each element as a clinic configures it, with the features that hold timers and observers switched on. */
const CONFIGS: Record<string, Record<string, string>> = {
  'prp-recovery-timeline': {
    'procedure-date': '2026-11-12',
    today: '2026-11-21',
    'clinic-phone': '555 013 2480',
    'follow-up-weeks': '6',
  },
  'prp-doctor-checklist': { mode: 'checklist', 'clinic-phone': '555 013 2480' },
  'prp-process-diagram': { autoplay: '5', guidance: 'ultrasound' },
  'prp-treatment-comparison': { treatments: 'prp,steroid,rfa,surgery', highlight: 'prp' },
  'prp-faq': { searchable: '', schema: '', open: 'cost' },
};

async function metrics(cdp: CDPSession) {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => list.find((m) => m.name === name)?.value ?? NaN;
  return { nodes: get('Nodes'), listeners: get('JSEventListeners'), heap: get('JSHeapUsedSize') };
}

/** Mounts and removes every element `rounds` times; `keep` retains the removed elements (a leak, for the control). */
function churn(page: EmbedPage, rounds: number, keep = false) {
  return page.evaluate(
    async ({ rounds, configs, keep }) => {
      const stage = document.getElementById('stage')!;
      const kept: Element[] = ((window as unknown as { __kept: Element[] }).__kept ??= []);
      for (let round = 0; round < rounds; round++) {
        for (const [tag, attributes] of Object.entries(configs)) {
          const element = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
          for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
          stage.append(element);
          await element.updateComplete;
          element.remove();
          if (keep) kept.push(element);
        }
      }
      await new Promise((done) => setTimeout(done, 50));
      return stage.childElementCount;
    },
    { rounds, configs: CONFIGS, keep },
  );
}

async function session() {
  const url = server.page('/memory.html', { html: clinicPage({ body: '<div id="stage"></div>' }) });
  const { page, record } = await browser.open();
  await page.goto(url);
  await page.evaluate((tags) => Promise.all(tags.map((tag) => customElements.whenDefined(tag))), [...TAGS]);
  const cdp = await page.cdp!();
  await cdp.send('Performance.enable');
  await churn(page, 20); // warm up: compiled code, template caches, style sheets
  return { page, record, cdp, start: await metrics(cdp) };
}

describeLimited('heap metrics', 'memory: mount and remove every element 1,000 times', () => {
  // 1,000 rounds take 20–40 s alone; the suite's 60 s was too close when the machine is busy.
  it('DOM nodes, listeners and the JS heap return to their starting level', { timeout: 180_000 }, async () => {
    const { page, record, cdp, start } = await session();
    expect(Object.keys(CONFIGS).sort()).toEqual([...TAGS].sort());
    expect(await churn(page, 500)).toBe(0);
    const half = await metrics(cdp);
    expect(await churn(page, 500)).toBe(0);
    const end = await metrics(cdp);
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
    console.log(
      `memory, start → 500 → 1,000 rounds of 4 elements: nodes ${start.nodes} → ${half.nodes} → ${end.nodes}, ` +
        `listeners ${start.listeners} → ${half.listeners} → ${end.listeners}, heap ${kb(start.heap)} → ${kb(half.heap)} → ${kb(end.heap)}`,
    );
    expect(end.nodes - start.nodes).toBeLessThanOrEqual(50);
    expect(end.listeners - start.listeners).toBeLessThanOrEqual(5);
    // A leak grows with every round; caches settle. The second 500 rounds may add almost nothing.
    expect(end.heap - start.heap).toBeLessThanOrEqual(300 * 1024);
    expect(end.heap - half.heap).toBeLessThanOrEqual(64 * 1024);
    expect(record.errors).toEqual([]);
    await page.close();
  });

  it('the negative control: retaining only 50 removed elements of each kind shows as growth', async () => {
    const { page, cdp, start } = await session();
    await churn(page, 50, true);
    const end = await metrics(cdp);
    expect(end.nodes - start.nodes).toBeGreaterThan(1000);
    expect(end.heap - start.heap).toBeGreaterThan(300 * 1024);
    await page.close();
  });
});
