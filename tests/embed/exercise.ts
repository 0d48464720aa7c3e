/**
 * Uses every element of `ALL_ELEMENTS` the way a patient would, with real clicks and keys, and checks the
 * result: if any element is unstyled, inert or half-rendered, one of these expectations fails.
 */
import { expect } from 'vitest';

import type { EmbedPage } from './harness.js';

/** What each widget shows and how it is styled, read from inside its shadow root. */
export async function widgetState(page: EmbedPage) {
  return page.evaluate(() => {
    const shadowOf = (id: string) => document.getElementById(id)!.shadowRoot!;
    const style = (root: ShadowRoot, selector: string) => getComputedStyle(root.querySelector(selector)!);
    const timeline = shadowOf('timeline');
    const checklist = shadowOf('checklist');
    const diagram = shadowOf('diagram');
    const comparison = shadowOf('comparison');
    const faq = shadowOf('faq');
    const all = [timeline, checklist, diagram, comparison, faq];
    return {
      styleSheets: all.map((root) => root.adoptedStyleSheets.length + root.querySelectorAll('style').length),
      titleSizes: all.map((root) => style(root, '.title').fontSize),
      disclaimers: all.map((root) => root.querySelector('.disclaimer')?.textContent?.trim() ?? ''),
      currentStage: timeline.querySelector('li[aria-current="step"] .phase-title')?.textContent?.trim(),
      openToggles: [...timeline.querySelectorAll('.toggle')].filter((b) => b.getAttribute('aria-expanded') === 'true')
        .length,
      cardBorders: [...checklist.querySelectorAll('.care:not(.result)')].map(
        (card) => getComputedStyle(card).borderTopWidth,
      ),
      result: checklist.querySelector('.result')?.className ?? '',
      alert: checklist.querySelector('[role="alert"]')?.textContent?.trim() ?? '',
      step: document.getElementById('diagram')!.getAttribute('step'),
      illustrations: diagram.querySelectorAll('svg.illustration').length,
      // a table when the column is wide enough, cards otherwise: the same treatments either way
      treatments: comparison.querySelector('table')
        ? comparison.querySelectorAll('thead th[scope="col"]').length - 1
        : comparison.querySelectorAll('.cards > li').length,
      buttonMinHeight: style(diagram, '.controls .button').minHeight,
      faqOpen: [...faq.querySelectorAll('.question[aria-expanded="true"]')].map((b) => b.id),
    };
  });
}

/** Clicks through all four widgets and expects each to respond. */
export async function exerciseAll(page: EmbedPage): Promise<void> {
  const before = await widgetState(page);
  expect(
    before.styleSheets.every((count) => count > 0),
    'every shadow root has its styles',
  ).toBe(true);
  expect(before.titleSizes).toEqual(['22px', '22px', '22px', '22px', '22px']);
  for (const line of before.disclaimers) expect(line).toContain('not medical advice');
  expect(before.currentStage).toBe('Weeks 2 to 4');
  expect(before.cardBorders).toEqual(['6px', '4px', '2px']);
  expect(before.buttonMinHeight).toBe('44px');
  expect(before.treatments).toBe(3); // the default set: PRP, steroid, physical therapy

  await page.click('#timeline', '.toggle');
  await page.click('#checklist', '#check-leg-weakness');
  await page.click('#diagram', '.controls .button', 1);
  await page.focus('#diagram', '.controls .button', 1);
  await page.press('Enter');
  await page.click('#faq', '#faq-cost');

  await expect.poll(() => widgetState(page).then((s) => s.step)).toBe('3');
  const after = await widgetState(page);
  expect(after.openToggles).toBe(before.openToggles + 1);
  expect(after.result).toContain('result--emergency');
  expect(after.alert).toContain('911');
  expect(after.illustrations).toBe(5);
  expect(before.faqOpen).toEqual([]);
  expect(after.faqOpen).toEqual(['faq-cost']);
}

/** A box inside a widget, relative to the widget's own top-left corner, with its computed text size. */
export interface MeasuredBox {
  readonly what: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
}

/** The host size and every visible box inside each element's shadow root, keyed by element id. */
export async function measureWidgets(
  page: EmbedPage,
): Promise<Record<string, { width: number; height: number; boxes: MeasuredBox[] }>> {
  return page.evaluate(() => {
    const result: Record<string, { width: number; height: number; boxes: MeasuredBox[] }> = {};
    for (const host of document.querySelectorAll<HTMLElement>('#timeline, #checklist, #diagram, #comparison, #faq')) {
      const origin = host.getBoundingClientRect();
      const boxes = [...host.shadowRoot!.querySelectorAll('*')]
        .map((element) => ({ element, rect: element.getBoundingClientRect() }))
        // What a reader sees: text for screen readers only (clipped to nothing) has no place on screen.
        .filter(({ element, rect }) => (rect.width > 0 || rect.height > 0) && !element.closest('.sr-only'))
        .map(({ element, rect }) => ({
          what: `${element.localName}${element.classList.length ? `.${[...element.classList].join('.')}` : ''} “${(element.textContent ?? '').trim().slice(0, 30)}”`,
          x: rect.left - origin.left,
          y: rect.top - origin.top,
          width: rect.width,
          height: rect.height,
          fontSize: parseFloat(getComputedStyle(element).fontSize),
        }));
      result[host.id] = { width: origin.width, height: origin.height, boxes };
    }
    return result;
  });
}
