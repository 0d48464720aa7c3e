import { fixture, html } from '@open-wc/testing';

import { expect } from './expect.js';
import { captureWarnings, settle, textOf } from './helpers.js';

describe('loading the element module twice', () => {
  it('is a no-op for the same copy and one warning for another copy; the first definition wins', async () => {
    const warnings = captureWarnings();
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    try {
      const first = await import('../../src/components/prp-recovery-timeline/define.js');
      await import('../../src/components/prp-recovery-timeline/define.js'); // same module again
      expect(warnings.messages).toStrictEqual([]);
      // Two more copies, as on a clinic page: the CDN ES module and the classic script (built by npm test).
      const cdnUrl: string = '/dist/cdn/prp-widgets.js'; // built by npm test; a URL, not a source import
      const cdn = (await import(/* @vite-ignore */ cdnUrl)) as typeof import('../../src/index.js');
      expect(cdn.PrpRecoveryTimeline).not.toBe(first.PrpRecoveryTimeline);
      await new Promise<void>((resolve, reject) => {
        const script = document.createElement('script');
        script.src = '/dist/cdn/prp-widgets.iife.js';
        script.onload = () => resolve();
        script.onerror = () => reject(new Error('classic script did not load'));
        document.head.append(script);
      });
      const classic = (window as unknown as { PrpWidgets?: { PrpRecoveryTimeline: unknown } }).PrpWidgets;
      expect(classic?.PrpRecoveryTimeline).toBeTypeOf('function');
      expect(classic?.PrpRecoveryTimeline).not.toBe(first.PrpRecoveryTimeline);
      expect(customElements.get('prp-recovery-timeline')).toBe(first.PrpRecoveryTimeline);
      expect(warnings.messages).toHaveLength(1);
      expect(warnings.messages[0]).toContain('already defined by another copy');
      expect(warnings.messages[0]).toContain('<prp-recovery-timeline>');
      // <prp-doctor-checklist> was first defined by the CDN copy: still defined once, no second warning.
      expect(customElements.get('prp-doctor-checklist')).toBe(cdn.PrpDoctorChecklist);
      expect(warnings.messages).toHaveLength(1);
      const el = await fixture(html`<prp-recovery-timeline></prp-recovery-timeline>`);
      await settle(el as never);
      expect(textOf(el)).toContain('Your recovery after a PRP injection');
      const checklist = await fixture(html`<prp-doctor-checklist></prp-doctor-checklist>`);
      await settle(checklist as never);
      expect(textOf(checklist)).toContain('When to get help after your injection');
      expect(errors).toStrictEqual([]);
    } finally {
      warnings.restore();
      window.removeEventListener('error', onError);
    }
  });
});
