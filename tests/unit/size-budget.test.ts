import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants as zlib } from 'node:zlib';

import { describe, expect, it } from 'vitest';

import { type EntrySizes, kb, measureEntries } from '../../scripts/sizes.mjs';

const CDN = 'dist/cdn/prp-widgets.js';
const KB = 1024;
/**
 * Budgets in brotli bytes (quality 11), set to the sizes reached plus a small margin. Issue 7 set them;
 * issue 13 (the clinical review) raised them by 1.4–2.2 KB an element and 3 KB for the CDN module: the
 * safety wording, the triage registry, UK wording, review dates and publisher in the footer, and eleven
 * new sources; issue 14 added 0.25 KB for drawings that explain each step; issue 16 about 0.5 KB for what
 * screen-reader and keyboard readers need (sources behind one button, citation links, the calendar status,
 * full dates read aloud, the paused search count).
 * Issue 17: an npm entry is now measured with the chunks it imports statically (code it shares with its
 * on-demand chunks), which load with the page too and had gone uncounted (0.7–2.5 KB). Each npm budget was
 * set again from the sizes before that changes, measured this way, rounded up to 0.25 KB. The one
 * element anatomy (controllers, named render parts) then cost 0.05–0.19 KB an element entry (0.37 KB for
 * `.`, all five; 0.22 KB for the classic file) after the smaller decorator helper; `.`, the FAQ, the
 * timeline, the comparison and the classic file went up one 0.25 KB step. The
 * CDN module got smaller (the second compress pass, decision 0006).
 * Issue 18, first part (server rendering and hydration): rendering without a DOM, hydrating a prerendered
 * shadow root (or rendering it again in place), the server state of a first render, and defining elements
 * after Lit's hydration support on a page with prerendered elements cost 0.2–0.3 KB an entry; the classic
 * file also holds Lit's hydration support (2.2 KB), which the module fetches on demand (2 KB) only on such
 * pages. Every budget went up by that, rounded to 0.25 KB.
 * Issue 18, second part: a comparison that writes both views until it has measured (no forced layout; the
 * same markup a server writes) and the version in `prerendered` cost up to 0.1 KB an entry: `.` and the
 * classic file went up one 0.25 KB step.
 * Issue 18, third part: prerendered elements hydrate one per task, those in view first, and render again
 * after hydrating only where the server left something out (0.46 KB in the on-demand hydration chunk, 0.25 KB
 * in the classic file, which holds it, and 14 bytes in the checklist's entry): the classic file and the
 * checklist went up one 0.25 KB step, the on-demand total two. Rendering again in place where hydration
 * fails (the page changed an element first) added 0.15 KB to the classic file and the few bytes that hand
 * Lit to the hydration chunk, which took the comparison and the diagram 1 and 13 bytes over: the three went up
 * one step more.
 * Issue 18, fourth part: first renders in slices, in page order, with far widgets skipping layout while
 * others wait (0.3–0.4 KB an entry, 0.4 KB in the CDN module): every budget went up one 0.25 KB step, the
 * CDN module, the FAQ and the timeline two (the FAQ 4 bytes and the timeline 22 bytes over one step).
 * Fixed after issue 19: the skip rule comes and goes by adopting its sheet, never by editing it (WebKit crashed
 * the page otherwise), which needs the widgets in the page (0.07–0.09 KB an entry): the checklist, the diagram
 * and the comparison, 7–90 bytes over, went up one step.
 * `npm run bench` prints the full table (docs/performance.md).
 */
const BUDGETS: Record<string, number> = {
  // what an English page downloads: the module, Lit inside; Spanish and the override checks come on demand
  './cdn/prp-widgets.js': 36.5 * KB,
  // the classic script holds everything, both languages included
  './cdn/prp-widgets.iife.js': 52.25 * KB,
  // each element alone, as an app's bundler ships it, `lit` external
  './prp-doctor-checklist': 14 * KB,
  './prp-faq': 13 * KB, // with the emergency-number link it shares with the timeline and checklist
  './prp-process-diagram': 15.25 * KB,
  './prp-recovery-timeline': 17 * KB,
  './prp-treatment-comparison': 15.5 * KB,
  '.': 32.25 * KB,
};
/** Everything the module may fetch on demand (Spanish, prolotherapy, override checks), all elements together. */
const CDN_ON_DEMAND_BUDGET = 26.75 * KB;
/** The embed builder's own files, beside the library it reuses (8.5 KB with the wording editor and print preview, issue 19). */
const CONFIGURATOR_BUDGET = 9 * KB;

const brotliSize = (bytes: Buffer) => brotliCompressSync(bytes, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length;

describe('size budget (built files; run `npm run build` first)', () => {
  let sizes: EntrySizes[] = [];
  it('the built files exist', async () => {
    expect(existsSync(CDN), `${CDN} is missing: run npm run build`).toBe(true);
    sizes = await measureEntries();
    for (const row of sizes) console.log(`${row.entry}: ${kb(row.brotli)} brotli (${row.note})`);
  }, 60_000);

  it.each(Object.entries(BUDGETS))('%s is within its budget', (entry, budget) => {
    const row = sizes.find((r) => r.entry === entry);
    expect(row, `${entry} is not in the exports map`).toBeDefined();
    expect(row!.brotli, `${entry}: ${kb(row!.brotli)} brotli, budget ${kb(budget)}`).toBeLessThanOrEqual(budget);
  });

  it('the embed builder’s own files (dist/configurator/: page, script, styles, form data) stay small', () => {
    const files = readdirSync('dist/configurator');
    expect(files).toContain('index.html');
    const brotli = files.reduce((total, file) => total + brotliSize(readFileSync(`dist/configurator/${file}`)), 0);
    expect(brotli, `${kb(brotli)} brotli, budget ${kb(CONFIGURATOR_BUDGET)}`).toBeLessThanOrEqual(CONFIGURATOR_BUDGET);
  });

  it('the module CDN file fetches Spanish, prolotherapy and the override checks on demand, within budget', () => {
    const row = sizes.find((r) => r.entry === './cdn/prp-widgets.js')!;
    expect(row.onDemand?.files).toBeGreaterThanOrEqual(5);
    expect(row.onDemand!.brotli).toBeLessThanOrEqual(CDN_ON_DEMAND_BUDGET);
  });

  it('each element entry keeps Spanish out of what loads with the page', () => {
    for (const entry of [
      './prp-recovery-timeline',
      './prp-doctor-checklist',
      './prp-process-diagram',
      './prp-treatment-comparison',
    ]) {
      const row = sizes.find((r) => r.entry === entry)!;
      expect(row.onDemand?.files, entry).toBeGreaterThanOrEqual(2);
    }
    // Spanish and prolotherapy text must not be in the module a page loads first; the classic script has all.
    for (const text of ['su clínica', 'Your recovery after prolotherapy']) {
      expect(readFileSync(CDN, 'utf8')).not.toContain(text);
      expect(readFileSync('dist/cdn/prp-widgets.iife.js', 'utf8')).toContain(text);
    }
  });

  it('the npm modules keep lit external and the CDN file bundles it', () => {
    for (const file of [
      'recovery-timeline/recovery-timeline.js',
      'doctor-checklist/doctor-checklist.js',
      'process-diagram/process-diagram.js',
      'treatment-comparison/treatment-comparison.js',
    ]) {
      expect(readFileSync(`dist/components/prp-${file}`, 'utf8')).toMatch(/from ["']lit["']/);
    }
    expect(readFileSync(CDN, 'utf8')).not.toMatch(/from ?["']lit/);
  });
});
