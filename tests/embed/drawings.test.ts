/**
 * The drawings as the reader gets them, from every built file: the CDN module, the classic script and the
 * npm modules (through an import map). A minifier once dropped the `/>` of self-closing SVG shapes, so each
 * shape after the first parsed as its child and never painted, while every source-level test passed. Here,
 * in every SVG of every element and state: no shape is a child of another shape, and each illustration
 * paints at least as many shapes as its template draws (counted from the source templates in Node).
 */
import type { TemplateResult } from 'lit';
import { describe, expect, it } from 'vitest';

import { illustration } from '../../src/components/prp-process-diagram/illustrations.js';
import { GUIDANCE } from '../../src/components/prp-process-diagram/types.js';
import { processDiagram } from '../../src/content/en/by-procedure.js';
import { CARE_LEVELS, careIcon } from '../../src/internal/care-card.js';
import { describeLimited, embedSuite, widgetsReady } from './harness.js';
import { CDN_CLASSIC, CDN_MODULE, classicScript, clinicPage, LIT_IMPORT_MAP, moduleScript } from './pages.js';

const SHAPES = ['path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'text'];

/** A Lit template as markup: strings and values joined, nested templates and lists expanded. */
function markup(value: unknown): string {
  if (Array.isArray(value)) return value.map(markup).join('');
  const template = value as Partial<TemplateResult> | null;
  if (template && typeof template === 'object' && Array.isArray(template.strings)) {
    return template.strings
      .map((part, i) => part + (i < template.values!.length ? markup(template.values![i]) : ''))
      .join('');
  }
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

/** Shape elements a template draws. */
const shapesIn = (template: unknown) =>
  (markup(template).match(new RegExp(`<(${SHAPES.join('|')})\\b`, 'g')) ?? []).length;

const { strings, procedures } = processDiagram;
/** What each step of each procedure draws, for each guidance (unset: both). */
const expected = Object.fromEntries(
  (['prp', 'prolotherapy'] as const).flatMap((procedure) =>
    [undefined, ...GUIDANCE].map((guidance) => [
      `${procedure}:${guidance ?? 'both'}`,
      Object.fromEntries(
        procedures[procedure].steps.map((step) => [
          step.id,
          shapesIn(illustration(step.illustration, strings.labels, guidance)),
        ]),
      ),
    ]),
  ),
) as Record<string, Record<string, number>>;
const ICON_SHAPES = Object.fromEntries(CARE_LEVELS.map((level) => [level, shapesIn(careIcon(level))]));

/** Every diagram and care-icon state, each element marked with what it should draw. */
const BODY = [
  ...[undefined, ...GUIDANCE].map(
    (g) =>
      `<prp-process-diagram layout="overview" data-expect="prp:${g ?? 'both'}"${g ? ` guidance="${g}"` : ''}></prp-process-diagram>`,
  ),
  '<prp-process-diagram layout="overview" procedure="prolotherapy" data-expect="prolotherapy:both"></prp-process-diagram>',
  ...[1, 2, 3, 4, 5].map((step) => `<prp-process-diagram step="${step}" data-expect="prp:both"></prp-process-diagram>`),
  ...['after-injection', 'back-pain', 'before-treatment'].map(
    (context) => `<prp-doctor-checklist context="${context}"></prp-doctor-checklist>`,
  ),
  '<prp-recovery-timeline></prp-recovery-timeline>',
].join('\n');

const BUILDS = [
  ['the CDN module', moduleScript(CDN_MODULE)],
  ['the classic script', classicScript(CDN_CLASSIC)],
  ['the npm modules', LIT_IMPORT_MAP + moduleScript('/dist/index.js')],
] as const;

interface Drawn {
  readonly where: string;
  readonly nested: string[];
  readonly painted: number;
  readonly expect?: string;
  readonly step?: string;
  readonly icon?: string;
}

const { server, browser } = embedSuite();

describe('drawings in the built files', () => {
  it('the source templates draw shapes (the counts the checks compare with)', () => {
    expect(expected['prp:both']['blood-draw']).toBeGreaterThanOrEqual(5);
    expect(expected['prp:ultrasound'].injection).toBeLessThan(expected['prp:both'].injection);
    for (const level of CARE_LEVELS) expect(ICON_SHAPES[level]).toBe(3);
  });

  for (const [name, head] of BUILDS) {
    it(`${name}: no shape inside a shape, and every illustration and icon paints what its template draws`, async () => {
      const { page, record } = await browser.open(1280);
      await page.goto(
        server.page(`/drawings-${name.replace(/\W+/g, '-')}.html`, { html: clinicPage({ head, body: BODY }) }),
      );
      await widgetsReady(page);
      const drawn: Drawn[] = await page.evaluate((shapes) => {
        const selector = shapes.join(',');
        const results: Drawn[] = [];
        for (const host of document.querySelectorAll<HTMLElement>('body *')) {
          if (!host.shadowRoot) continue;
          for (const svg of host.shadowRoot.querySelectorAll('svg')) {
            // Only what shows: the stepper hides the other steps.
            if (!svg.getClientRects().length) continue;
            const all = [...svg.querySelectorAll<SVGGraphicsElement>(selector)];
            const nested = all
              .filter((shape) => shape.parentElement?.closest(selector))
              .map((shape) => `<${shape.parentElement!.closest(selector)!.localName}> holds <${shape.localName}>`);
            const painted = all.filter((shape) => {
              const box = shape.getBBox();
              return !shape.parentElement?.closest(selector) && (box.width > 0 || box.height > 0);
            }).length;
            const step = svg.closest('li.step')?.id.replace(/^step-/, '');
            const icon = svg.classList.contains('care-icon')
              ? svg.closest('.care, .result')?.className.match(/care--(\w+)/)?.[1]
              : undefined;
            results.push({
              where: `<${host.localName}${host.dataset.expect ? ` ${host.dataset.expect}` : ''}> ${step ?? icon ?? 'svg'}`,
              nested,
              painted,
              expect: host.dataset.expect,
              step,
              icon,
            });
          }
        }
        return results;
      }, SHAPES);

      const illustrations = drawn.filter((d) => d.step);
      const icons = drawn.filter((d) => d.icon);
      expect(illustrations.length).toBe(4 * 5 + 5);
      expect(icons.length).toBeGreaterThanOrEqual(3 + 3 + 1 + 1);
      expect(drawn.flatMap((d) => d.nested.map((n) => `${d.where}: ${n}`))).toEqual([]);
      const short = [
        ...illustrations
          .filter((d) => d.painted < expected[d.expect!][d.step!])
          .map((d) => `${d.where}: paints ${d.painted} of ${expected[d.expect!][d.step!]}`),
        ...icons
          .filter((d) => d.painted < ICON_SHAPES[d.icon!])
          .map((d) => `${d.where}: paints ${d.painted} of ${ICON_SHAPES[d.icon!]}`),
      ];
      expect(short).toEqual([]);
      expect(record.errors).toEqual([]);
      await page.close();
    });
  }
});

describeLimited('forced colours', 'drawings in forced colours', () => {
  it('forced colours: every part of every drawing is an outline on the background, so no shape hides another', async () => {
    const { page, record } = await browser.open(1280, { forcedColors: 'active' });
    await page.goto(
      server.page('/drawings-forced.html', { html: clinicPage({ head: moduleScript(CDN_MODULE), body: BODY }) }),
    );
    await widgetsReady(page);
    const filled = await page.evaluate(() => {
      const problems: string[] = [];
      for (const host of document.querySelectorAll('prp-process-diagram')) {
        for (const svg of host.shadowRoot!.querySelectorAll<SVGSVGElement>('svg.illustration')) {
          if (!svg.getClientRects().length) continue;
          const background = getComputedStyle(svg).backgroundColor;
          for (const rect of svg.querySelectorAll('rect, circle, path')) {
            const style = getComputedStyle(rect);
            // Solid marks (the centrifuge hub, the X-ray source) may be filled with the text colour.
            if (style.fill !== background && style.fill !== style.stroke)
              problems.push(`${rect.getAttribute('class')}: fill ${style.fill}`);
          }
        }
      }
      return problems;
    });
    expect(filled).toEqual([]);
    expect(record.errors).toEqual([]);
    await page.close();
  });
});

describeLimited('forced colours', "the diagram's step marks in forced colours", () => {
  it('forced colours: the tick on a done step keeps a colour of its own, apart from its disc', async () => {
    const { page, record } = await browser.open(1280, { forcedColors: 'active' });
    await page.goto(
      server.page('/ticks-forced.html', {
        html: clinicPage({
          head: moduleScript(CDN_MODULE),
          body: '<prp-process-diagram step="3"></prp-process-diagram>',
        }),
      }),
    );
    await widgetsReady(page);
    const marks = await page.evaluate(() =>
      [
        ...document
          .querySelector('prp-process-diagram')!
          .shadowRoot!.querySelectorAll('.step-button.done .step-marker'),
      ].map((marker) => ({
        disc: getComputedStyle(marker).backgroundColor,
        tick: getComputedStyle(marker, '::after').borderRightColor,
        tickWidth: getComputedStyle(marker, '::after').borderRightWidth,
      })),
    );
    expect(marks).toHaveLength(2);
    for (const mark of marks) {
      expect(mark.tick, 'the tick takes the colour of its disc').not.toBe(mark.disc);
      expect(parseFloat(mark.tickWidth)).toBeGreaterThan(0);
    }
    expect(record.errors).toEqual([]);
    await page.close();
  });
});
