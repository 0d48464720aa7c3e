/** The footer every element shares: publishing details as the NHS standard for health content asks. */
import '../../src/index.js';

import type { LitElement } from 'lit';
import sinon from 'sinon';

import { TAGS } from '../embed/pages.js';
import { expect } from './expect.js';
import { $, $$, captureWarnings, mount, settle } from './helpers.js';

const meta = (element: Element) => $$(element, '.footer .meta').map((p) => p.textContent.replace(/\s+/g, ' ').trim());

describe('footer: review dates, reviewer, publisher', () => {
  for (const tag of TAGS) {
    it(`<${tag}>: next review due a year after the update; not reviewed at this clinic unless reviewed-by says who`, async () => {
      const plain = await mount<LitElement>(tag);
      const [dates, review, publisher] = meta(plain);
      expect(dates).toBe('Information updated December 2026. Next review due December 2027.');
      expect(review).toBe('A clinician at this clinic has not reviewed this information.');
      expect(publisher).toBe('Written by the prp-widgets project from the sources above.');
      const reviewed = await mount<LitElement>(tag, {
        'reviewed-by': 'Dr. Ana Ruiz',
        'reviewed-on': '2026-11-20',
        publisher: 'Riverside Spine Clinic',
      });
      expect(meta(reviewed)[1]).toBe('Reviewed by Dr. Ana Ruiz on November 20, 2026.');
      expect(meta(reviewed)[2]).toBe(
        'Written by the prp-widgets project from the sources above. Published by Riverside Spine Clinic.',
      );
    });
  }

  it('an element with a clinic name names it as the publisher when publisher is unset', async () => {
    const el = await mount<LitElement>('prp-doctor-checklist', { 'clinic-name': 'Riverside Spine Clinic' });
    expect(meta(el)[2]).toContain('Published by Riverside Spine Clinic.');
  });

  it('once the review date has passed, one warning tells the site admin; before it, none', async () => {
    const clock = sinon.useFakeTimers({ now: Date.UTC(2027, 11, 2, 12), toFake: ['Date'] });
    const warnings = captureWarnings();
    try {
      const el = await mount<LitElement>('prp-faq');
      el.requestUpdate();
      await settle(el);
      expect(warnings.messages).toHaveLength(1);
      expect(warnings.messages[0]).toContain('<prp-faq>');
      expect(warnings.messages[0]).toContain('review was due on 2027-12-01');
      clock.setSystemTime(Date.UTC(2027, 10, 30, 12));
      warnings.messages.length = 0;
      await mount<LitElement>('prp-faq');
      expect(warnings.messages).toStrictEqual([]);
    } finally {
      warnings.restore();
      clock.restore();
    }
  });

  it('Spanish: English source titles carry lang="en" under "Fuentes en inglés (13)"; English widgets add no lang', async () => {
    const es = await mount<LitElement>('prp-doctor-checklist', { lang: 'es' });
    expect($(es, '.footer h3').textContent.trim()).toBe('Fuentes en inglés (13)');
    const links = $$(es, '.sources a');
    expect(links.length).toBeGreaterThan(3);
    for (const link of links) expect(link.getAttribute('lang')).toBe('en');
    const en = await mount<LitElement>('prp-doctor-checklist');
    for (const link of $$(en, '.sources a')) expect(link.hasAttribute('lang')).toBe(false);
  });
});
