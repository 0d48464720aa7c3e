import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { measureEntries, type EntrySizes } from '../../scripts/sizes.mjs';

const CDN = 'dist/cdn/prp-widgets.js';
const KB = 1024;
/** Budgets in gzip bytes; tightened as issue 7's size work lands. */
const CDN_BUDGET = 45 * KB;
const ELEMENT_BUDGET = 25 * KB;
const ELEMENTS = ['./prp-recovery-timeline', './prp-doctor-checklist', './prp-process-diagram', './prp-treatment-comparison'];

describe('size budget (built files; run `npm run build` first)', () => {
  let sizes: EntrySizes[] = [];
  it('the built files exist', async () => {
    expect(existsSync(CDN), `${CDN} is missing: run npm run build`).toBe(true);
    sizes = await measureEntries();
    for (const row of sizes) console.log(`${row.entry}: ${(row.gzip / KB).toFixed(1)} KB gzip (${row.note})`);
  }, 30_000);
  it('dist/cdn/prp-widgets.js and the classic script are at most 45 KB gzip', () => {
    const cdn = sizes.filter((row) => row.isCdn);
    expect(cdn).toHaveLength(2);
    for (const row of cdn) expect(row.gzip, row.entry).toBeLessThanOrEqual(CDN_BUDGET);
  });
  it.each(ELEMENTS)('%s alone, lit external, is at most 25 KB gzip', (entry) => {
    const row = sizes.find((r) => r.entry === entry);
    expect(row, `${entry} is not in the exports map`).toBeDefined();
    expect(row!.gzip).toBeLessThanOrEqual(ELEMENT_BUDGET);
  });
  it('the npm modules keep lit external and the CDN file bundles it', () => {
    for (const file of ['recovery-timeline/recovery-timeline.js', 'doctor-checklist/doctor-checklist.js', 'process-diagram/process-diagram.js', 'treatment-comparison/treatment-comparison.js']) {
      expect(readFileSync(`dist/components/prp-${file}`, 'utf8')).toMatch(/from ["']lit["']/);
    }
    expect(readFileSync(CDN, 'utf8')).not.toMatch(/from ?["']lit/);
  });
});
