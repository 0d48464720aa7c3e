import { expect, fixture, html } from '@open-wc/testing';

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
      expect(warnings.messages).to.deep.equal([]);
      // Two more copies, as on a clinic page: the CDN ES module and the classic script (built by npm test).
      const cdnUrl: string = '/dist/cdn/prp-widgets.js'; // built by npm test; a URL, not a source import
      const cdn = (await import(/* @vite-ignore */ cdnUrl)) as typeof import('../../src/index.js');
      expect(cdn.PrpRecoveryTimeline).not.to.equal(first.PrpRecoveryTimeline);
      await new Promise<void>((resolve, reject) => {
        const script = document.createElement('script');
        script.src = '/dist/cdn/prp-widgets.iife.js';
        script.onload = () => resolve();
        script.onerror = () => reject(new Error('classic script did not load'));
        document.head.append(script);
      });
      const classic = (window as unknown as { PrpWidgets?: { PrpRecoveryTimeline: unknown } }).PrpWidgets;
      expect(classic?.PrpRecoveryTimeline).to.be.a('function');
      expect(classic?.PrpRecoveryTimeline).not.to.equal(first.PrpRecoveryTimeline);
      expect(customElements.get('prp-recovery-timeline')).to.equal(first.PrpRecoveryTimeline);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('already defined by another copy').and.contain('<prp-recovery-timeline>');
      // <prp-doctor-checklist> was first defined by the CDN copy: still defined once, no second warning.
      expect(customElements.get('prp-doctor-checklist')).to.equal(cdn.PrpDoctorChecklist);
      expect(warnings.messages).to.have.length(1);
      const el = await fixture(html`<prp-recovery-timeline></prp-recovery-timeline>`);
      await settle(el as never);
      expect(textOf(el)).to.contain('Your recovery after a PRP injection');
      const checklist = await fixture(html`<prp-doctor-checklist></prp-doctor-checklist>`);
      await settle(checklist as never);
      expect(textOf(checklist)).to.contain('When to get help after your injection');
      expect(errors).to.deep.equal([]);
    } finally {
      warnings.restore();
      window.removeEventListener('error', onError);
    }
  });
});
