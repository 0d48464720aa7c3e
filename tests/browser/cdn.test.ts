/**
 * The built script-tag file, alone on a page (built by `npm test` before this runs): every element defines,
 * renders and responds. This checks the shipped, minified code rather than the sources.
 */
import { fixture, html } from '@open-wc/testing';

import { expect } from './expect.js';
import { $, $$, settle } from './helpers.js';

type Rendered = HTMLElement & { updateComplete: Promise<boolean> };

/** The built file as the browser fetches it: a plain string, so TypeScript does not try to resolve it. */
const CDN_MODULE: string = '/dist/cdn/prp-widgets.js';

before(async () => {
  await import(/* @vite-ignore */ CDN_MODULE);
});

async function mounted(markup: ReturnType<typeof html>, tag: string): Promise<Rendered> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px">${markup}</div>`);
  const element = wrapper.querySelector<Rendered>(tag)!;
  await settle(element as never);
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await settle(element as never);
  return element;
}

describe('dist/cdn/prp-widgets.js', () => {
  it('defines every element from the one file', () => {
    for (const tag of [
      'prp-recovery-timeline',
      'prp-doctor-checklist',
      'prp-process-diagram',
      'prp-treatment-comparison',
    ]) {
      expect(customElements.get(tag), tag).toBeTypeOf('function');
    }
  });

  it('timeline: renders the current stage and opens another', async () => {
    const el = await mounted(
      html`<prp-recovery-timeline procedure-date="2026-11-12" today="2026-11-21"></prp-recovery-timeline>`,
      'prp-recovery-timeline',
    );
    expect($(el, 'li[aria-current="step"] .phase-title').textContent).toBe('Weeks 2 to 4');
    $$<HTMLButtonElement>(el, '.toggle')[0].click();
    await settle(el as never);
    expect($$<HTMLButtonElement>(el, '.toggle')[0].getAttribute('aria-expanded')).toBe('true');
  });

  it('checklist: ticking an emergency sign updates the result and the alert region', async () => {
    const el = await mounted(html`<prp-doctor-checklist></prp-doctor-checklist>`, 'prp-doctor-checklist');
    $<HTMLInputElement>(el, '#check-leg-weakness').click();
    await settle(el as never);
    expect($(el, '.result').classList.contains('result--emergency')).toBe(true);
    expect($(el, '[role="alert"]').textContent).toContain('911');
  });

  it('diagram: Next moves to step 2 and reflects it', async () => {
    const el = await mounted(html`<prp-process-diagram></prp-process-diagram>`, 'prp-process-diagram');
    $$<HTMLButtonElement>(el, '.controls .button')[1].click();
    await settle(el as never);
    expect(el.getAttribute('step')).toBe('2');
    expect($$(el, 'svg.illustration').length).toBe(5);
  });

  it('comparison: a table with scoped headers in a wide container', async () => {
    const el = await mounted(
      html`<prp-treatment-comparison highlight="prp"></prp-treatment-comparison>`,
      'prp-treatment-comparison',
    );
    expect($$(el, 'thead th[scope="col"]').length).toBe(4);
    expect($$(el, 'tbody th[scope="row"]').length).toBe(10);
    expect($$(el, 'th.highlighted').length).toBe(1);
  });

  it('keeps its styles: text sizes, the focus ring and the care-card borders survive minification', async () => {
    const el = await mounted(html`<prp-doctor-checklist></prp-doctor-checklist>`, 'prp-doctor-checklist');
    expect(getComputedStyle($(el, '.title')).fontSize).toBe('22px');
    expect($$(el, '.care:not(.result)').map((card) => getComputedStyle(card).borderTopWidth)).toStrictEqual([
      '6px',
      '4px',
      '2px',
    ]);
  });
});
