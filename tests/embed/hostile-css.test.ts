/**
 * Scenario 2: hostile host CSS and a right-to-left page. Each widget's size, the position and size of every
 * box inside it, and every computed text size must match the same widget on a clean page.
 */
import { describe, expect, it } from 'vitest';

import { exerciseAll, type MeasuredBox, measureWidgets } from './exercise.js';
import { embedSuite, widgetsReady } from './harness.js';
import { ALL_ELEMENTS, clinicPage, COLUMN_CSS, HOSTILE_CSS, moduleScript, stylesheet } from './pages.js';

const { server, browser } = embedSuite();

/** Geometry may differ by sub-pixel rounding only. */
const TOLERANCE_PX = 1.5;

async function geometry(
  path: string,
  options: { css: string; dir?: 'ltr' | 'rtl'; lang?: string; width: number; exercise?: boolean },
) {
  const css = server.stylesheet(`${path}.css`, `${COLUMN_CSS} .column { width: ${options.width}px; } ${options.css}`);
  const url = server.page(`${path}.html`, {
    html: clinicPage({
      head: stylesheet(css) + moduleScript(),
      dir: options.dir,
      lang: options.lang,
      body: `<div lang="en">${ALL_ELEMENTS}</div>`,
    }),
  });
  const { page, record } = await browser.open(options.width + 100);
  await page.goto(url);
  await widgetsReady(page);
  const measured = await measureWidgets(page);
  if (options.exercise !== false) await exerciseAll(page); // and it still works
  await page.close();
  expect(record.errors).toEqual([]);
  return measured;
}

/** Lists every box that moved, resized or changed text size beyond the tolerance. */
function differences(clean: MeasuredBox[], other: MeasuredBox[]): string[] {
  const found: string[] = [];
  if (clean.length !== other.length) found.push(`${clean.length} boxes on the clean page, ${other.length} here`);
  clean.forEach((box, i) => {
    const o = other[i];
    if (!o) return;
    const off = (['x', 'y', 'width', 'height'] as const).filter((key) => Math.abs(box[key] - o[key]) > TOLERANCE_PX);
    if (off.length)
      found.push(`${box.what}: ${off.map((key) => `${key} ${box[key].toFixed(1)} → ${o[key].toFixed(1)}`).join(', ')}`);
    if (Math.abs(box.fontSize - o.fontSize) > 0.01)
      found.push(`${box.what}: font-size ${box.fontSize} → ${o.fontSize}`);
  });
  return found;
}

describe('hostile host CSS and a right-to-left page', () => {
  for (const width of [340, 720]) {
    it(`${width}px column: a global reset, 62.5% root, content-box, line-height 1 and !important rules change nothing inside`, async () => {
      const clean = await geometry(`/clean-${width}`, { css: '', width });
      const hostile = await geometry(`/hostile-${width}`, { css: HOSTILE_CSS, width });
      for (const id of Object.keys(clean)) {
        expect(clean[id].boxes.length, id).toBeGreaterThan(20);
        expect(Math.abs(clean[id].width - hostile[id].width), `${id} width`).toBeLessThanOrEqual(TOLERANCE_PX);
        expect(Math.abs(clean[id].height - hostile[id].height), `${id} height`).toBeLessThanOrEqual(TOLERANCE_PX);
        expect(differences(clean[id].boxes, hostile[id].boxes).slice(0, 10), id).toEqual([]);
      }
    });

    it(`${width}px column: on a right-to-left page the English widgets keep their left-to-right layout`, async () => {
      const clean = await geometry(`/clean-ltr-${width}`, { css: '', width });
      const rtl = await geometry(`/rtl-${width}`, { css: '', width, dir: 'rtl', lang: 'ar' });
      for (const id of Object.keys(clean)) {
        expect(Math.abs(clean[id].height - rtl[id].height), `${id} height`).toBeLessThanOrEqual(TOLERANCE_PX);
        expect(differences(clean[id].boxes, rtl[id].boxes).slice(0, 10), id).toEqual([]);
      }
    });
  }

  it('the negative control: the measurement notices a real change (a larger --prp-font-size)', async () => {
    const clean = await geometry('/control-clean', { css: '', width: 720 });
    const bigger = await geometry('/control-bigger', {
      css: '.column { --prp-font-size: 18px; }',
      width: 720,
      exercise: false,
    });
    expect(differences(clean.timeline.boxes, bigger.timeline.boxes).length).toBeGreaterThan(5);
  });
});
