import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const CDN = 'dist/cdn/prp-widgets.js';
const KB = 1024;

describe('size budget (built files; run `npm run build` first)', () => {
  it('dist/cdn/prp-widgets.js is at most 45 KB gzip', () => {
    expect(existsSync(CDN), `${CDN} is missing: run npm run build`).toBe(true);
    const gzip = gzipSync(readFileSync(CDN), { level: 9 }).length;
    console.log(`${CDN}: ${(gzip / KB).toFixed(1)} KB gzip`);
    expect(gzip).toBeLessThanOrEqual(45 * KB);
  });
  it('the npm modules keep lit external', () => {
    const timeline = readFileSync('dist/components/prp-recovery-timeline/recovery-timeline.js', 'utf8');
    expect(timeline).toMatch(/from ["']lit["']/);
    expect(readFileSync(CDN, 'utf8')).not.toMatch(/from ?["']lit/);
  });
});
