import '../../src/components/prp-doctor-checklist/define.js';

import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

import type { PrpDoctorChecklist } from '../../src/components/prp-doctor-checklist/doctor-checklist.js';
import type { ChecklistChangeDetail } from '../../src/components/prp-doctor-checklist/types.js';
import { $, $$, captureWarnings, expectOneWarning, liveLog, mount, settle } from './helpers.js';
import { emulate } from './media.js';

const CONTEXTS = ['after-injection', 'back-pain', 'before-treatment'] as const;

const checklist = (attributes: Record<string, string> = {}) =>
  mount<PrpDoctorChecklist>('prp-doctor-checklist', attributes);

const folded = (node: Element) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();
const box = (el: Element, id: string) => $<HTMLInputElement>(el, `#check-${id}`);
const statusRegion = (el: Element) => $(el, '[role="status"]');
const alertRegion = (el: Element) => $(el, '[role="alert"]');

async function tick(el: PrpDoctorChecklist, id: string) {
  box(el, id).click();
  await settle(el);
}

const HEADINGS = {
  'after-injection': [
    'Emergency: Call 911 or go to the emergency room now if:',
    'Urgent: Call your clinic today if:',
    'Non-urgent: Tell your clinic at your next visit, or call them, if:',
  ],
  'back-pain': [
    'Emergency: Call 911 or go to the emergency room now if:',
    'Urgent: Get an urgent appointment with a doctor today if:',
    'Non-urgent: See a doctor within 1 to 2 weeks if:',
  ],
} as const;

describe('<prp-doctor-checklist> cards', () => {
  for (const context of ['after-injection', 'back-pain'] as const) {
    it(`${context}: three care cards in reading order, the heading is the action, with a hidden prefix`, async () => {
      const el = await checklist({ context });
      const cards = $$(el, '.care:not(.result)');
      expect(cards.map((card) => card.className.match(/care--(\w+)/)![1])).to.deep.equal([
        'emergency',
        'urgent',
        'routine',
      ]);
      const headings = $$(el, '.care-title');
      expect(headings.map((h) => h.localName)).to.deep.equal(['h3', 'h3', 'h3']);
      expect(headings.map(folded)).to.deep.equal(HEADINGS[context]);
      expect(headings.map((h) => h.querySelector('.sr-only')!.textContent.trim())).to.deep.equal([
        'Emergency:',
        'Urgent:',
        'Non-urgent:',
      ]);
      for (const card of cards) {
        const items = card.querySelectorAll('li').length;
        expect(items).to.be.within(1, 5);
      }
      // Urgency is not colour alone: a different icon shape and border weight per level.
      expect(
        new Set($$(el, '.care-title svg path').map((p) => p.getAttribute('d')!.slice(0, 8))).size,
      ).to.be.greaterThan(2);
      expect(cards.map((card) => getComputedStyle(card).borderTopWidth)).to.deep.equal(['6px', '4px', '2px']);
    });
  }

  it('before-treatment: one list of things to tell the clinic ahead, with no urgency level', async () => {
    const el = await checklist({
      context: 'before-treatment',
      'clinic-name': 'Riverside Spine',
      'clinic-phone': '555 013 2480',
    });
    const cards = $$(el, '.care:not(.result)');
    expect(cards).to.have.length(1);
    expect(cards[0].getAttribute('part')).to.equal('card card-tell');
    expect(folded($(el, '.care-title'))).to.equal('Tell Riverside Spine at least 2 weeks before your injection if:');
    expect($(el, '.care-title .sr-only')).to.equal(null);
    expect($$(el, '.care--emergency, .care--urgent')).to.have.length(0);
    await tick(el, 'blood-thinner');
    expect(folded($(el, '.result-level'))).to.equal('Tell Riverside Spine before your injection');
    expect(folded($(el, '.result-text'))).to.not.contain('today');
    expect(statusRegion(el).textContent).to.contain('Tell Riverside Spine before your injection.');
    expect(alertRegion(el).textContent.trim()).to.equal('');
  });

  it('checklist mode uses native checkboxes in fieldsets whose legend holds the heading', async () => {
    const el = await checklist();
    const fieldsets = $$(el, 'fieldset.care');
    expect(fieldsets).to.have.length(3);
    for (const fieldset of fieldsets) {
      expect(fieldset.querySelector(':scope > legend .care-title')).to.exist;
      for (const input of fieldset.querySelectorAll<HTMLInputElement>('input')) {
        expect(input.type).to.equal('checkbox');
        expect(el.shadowRoot!.querySelector(`label[for="${input.id}"]`)).to.exist;
      }
    }
  });

  it('cards mode shows the same signs as static lists, with no checkboxes or result', async () => {
    const list = await checklist({ mode: 'cards' });
    const ticks = await checklist();
    expect($$(list, 'input')).to.have.length(0);
    expect($$(list, 'fieldset')).to.have.length(0);
    expect($(list, '.result')).to.equal(null);
    expect($$(list, '.care li').map(folded)).to.deep.equal($$(ticks, '.check-text').map(folded));
  });

  it('names the clinic and links its phone and the emergency number', async () => {
    const el = await checklist({
      'clinic-name': 'Riverside Spine',
      'clinic-phone': '(555) 013-2480',
      'emergency-number': '112',
    });
    expect(folded($$(el, '.care-title')[1])).to.equal('Urgent: Call Riverside Spine today if:');
    expect($(el, '.care--emergency .care-title a').getAttribute('href')).to.equal('tel:112');
    expect($(el, '.care--urgent .phone a').getAttribute('href')).to.equal('tel:5550132480');
  });

  it('renders in Spanish', async () => {
    const el = await checklist({ lang: 'es' });
    expect(folded($$(el, '.care-title')[0])).to.equal(
      'Emergencia: Llame al 911 o vaya a la sala de emergencias ahora mismo si:',
    );
    expect(folded($$(el, '.care-title')[2]).startsWith('No urgente:')).to.equal(true);
  });
});

describe('<prp-doctor-checklist> result and announcements', () => {
  it('starts with "nothing ticked" and silent live regions of the right roles and politeness', async () => {
    const el = await checklist();
    expect($(el, '.result').classList.contains('result--none')).to.equal(true);
    expect(folded($(el, '.result-level'))).to.equal('Nothing ticked');
    expect(statusRegion(el).getAttribute('aria-live')).to.equal('polite');
    expect(alertRegion(el).getAttribute('aria-live')).to.equal('assertive');
    expect(statusRegion(el).textContent.trim()).to.equal('');
    expect(alertRegion(el).textContent.trim()).to.equal('');
  });

  it('states the highest level ticked and what to do, announced politely for routine and urgent', async () => {
    const el = await checklist({ 'clinic-name': 'Riverside Spine', 'clinic-phone': '555 013 2480' });
    await tick(el, 'lasting-soreness');
    expect(folded($(el, '.result-level'))).to.equal('Not urgent: tell Riverside Spine');
    expect(statusRegion(el).textContent).to.contain('Not urgent');
    expect(alertRegion(el).textContent.trim()).to.equal('');
    await tick(el, 'fever');
    expect(folded($(el, '.result-level'))).to.equal('Urgent: call Riverside Spine today');
    expect($(el, '.result .phone a').getAttribute('href')).to.equal('tel:5550132480');
    expect(statusRegion(el).textContent).to.contain('Urgent: call Riverside Spine today.');
    expect(alertRegion(el).textContent.trim()).to.equal('');
  });

  it('announces an emergency assertively with a tel: link to emergency-number', async () => {
    const el = await checklist({ 'emergency-number': '999' });
    await tick(el, 'fever');
    await tick(el, 'leg-weakness');
    expect($(el, '.result').classList.contains('result--emergency')).to.equal(true);
    expect(folded($(el, '.result-level'))).to.equal('Emergency: call 999 now');
    expect($$(el, '.result a').map((a) => a.getAttribute('href'))).to.include('tel:999');
    expect(alertRegion(el).textContent.trim()).to.equal(
      'Emergency: call 999 now. Or go to A&E now. Do not wait to hear back from your clinic.',
    );
    expect(statusRegion(el).textContent.trim()).to.equal('');
    await tick(el, 'leg-weakness'); // untick: back to urgent
    expect(folded($(el, '.result-level'))).to.equal('Urgent: call your clinic today');
    expect(alertRegion(el).textContent.trim()).to.equal('');
  });

  it('says each change once, in one region, with no clause twice: tick, tick an emergency sign, untick, untick', async () => {
    const el = await checklist({ 'clinic-name': 'Riverside Spine' });
    const polite = liveLog(statusRegion(el));
    const assertive = liveLog(alertRegion(el));
    await tick(el, 'fever');
    await tick(el, 'leg-weakness');
    await tick(el, 'leg-weakness');
    await tick(el, 'fever');
    expect(polite.said).to.deep.equal([
      'Urgent: call Riverside Spine today. If you cannot reach them, get medical care today.',
      'Urgent: call Riverside Spine today. If you cannot reach them, get medical care today.',
      'Nothing ticked. You have not ticked any of these signs. If something else worries you, call Riverside Spine.',
    ]);
    expect(assertive.said).to.deep.equal([
      'Emergency: call 911 now. Or go to the emergency room now. Do not wait to hear back from your clinic.',
    ]);
    // On screen too, the result's action is not repeated in its text.
    await tick(el, 'fever');
    const action = folded($(el, '.result-level strong')).replace(/^Urgent: /, '');
    expect(folded($(el, '.result-text')).toLowerCase()).not.to.contain(action.toLowerCase());
    polite.stop();
    assertive.stop();
  });

  it('has no urgent phone link when clinic-phone is not set', async () => {
    const el = await checklist();
    await tick(el, 'fever');
    expect($$(el, '.result a[href^="tel:"]')).to.have.length(0);
    expect(folded($(el, '.result-text'))).to.equal('If you cannot reach them, get medical care today.');
  });

  it('resets every tick and announces it', async () => {
    const el = await checklist();
    await tick(el, 'chest-pain');
    $<HTMLButtonElement>(el, '[part="reset"]').click();
    await settle(el);
    expect($$<HTMLInputElement>(el, 'input').some((input) => input.checked)).to.equal(false);
    expect(folded($(el, '.result-level'))).to.equal('Nothing ticked');
    expect(statusRegion(el).textContent).to.contain('All ticks cleared.');
    expect(alertRegion(el).textContent.trim()).to.equal('');
  });

  it('clears ticks when the context changes', async () => {
    const el = await checklist();
    await tick(el, 'fever');
    el.context = 'back-pain';
    await settle(el);
    expect($$<HTMLInputElement>(el, 'input').some((input) => input.checked)).to.equal(false);
    expect(folded($(el, '.result-level'))).to.equal('Nothing ticked');
  });
});

describe('<prp-doctor-checklist> keyboard only', () => {
  it('ticks with Space, moves with Tab, and resets with Enter', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><button id="before">before</button><prp-doctor-checklist></prp-doctor-checklist></div>`,
    );
    const el = wrapper.querySelector('prp-doctor-checklist')!;
    await settle(el);
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    const active = () => el.shadowRoot!.activeElement as HTMLElement;
    await sendKeys({ press: 'Tab' });
    expect(active().getAttribute('href')).to.equal('tel:911');
    await sendKeys({ press: 'Tab' });
    expect(active().id).to.equal('check-saddle-numbness');
    expect(getComputedStyle(active()).outlineStyle).to.equal('solid');
    await sendKeys({ press: ' ' });
    await settle(el);
    expect(box(el, 'saddle-numbness').checked).to.equal(true);
    expect(folded($(el, '.result-level'))).to.equal('Emergency: call 911 now');
    // Tab past the other checkboxes to the result's links and the reset button.
    for (let i = 0; i < 30 && active()?.getAttribute('part') !== 'reset'; i++) await sendKeys({ press: 'Tab' });
    expect(active().getAttribute('part')).to.equal('reset');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(box(el, 'saddle-numbness').checked).to.equal(false);
  });
});

describe('<prp-doctor-checklist> events and privacy', () => {
  it('fires prp-checklist-change with the level and ticked ids only, bubbling and composed', async () => {
    const el = await checklist();
    setTimeout(() => box(el, 'lasting-soreness').click());
    let event = await oneEvent(document, 'prp-checklist-change');
    expect(event.detail).to.deep.equal({ level: 'routine', checked: ['lasting-soreness'] });
    expect(event.composed && event.bubbles).to.equal(true);
    setTimeout(() => box(el, 'chest-pain').click());
    event = await oneEvent(el, 'prp-checklist-change');
    expect(event.detail).to.deep.equal({ level: 'emergency', checked: ['chest-pain', 'lasting-soreness'] });
    setTimeout(() => $<HTMLButtonElement>(el, '[part="reset"]').click());
    event = await oneEvent(el, 'prp-checklist-change');
    expect(event.detail as ChecklistChangeDetail).to.deep.equal({ level: 'none', checked: [] });
  });

  it('stores nothing and sends nothing while a patient ticks', async () => {
    const calls: string[] = [];
    const originals = { fetch: window.fetch, open: XMLHttpRequest.prototype.open, beacon: navigator.sendBeacon };
    window.fetch = (...args) => (calls.push('fetch'), originals.fetch(...args));
    XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: Parameters<XMLHttpRequest['open']>) {
      calls.push('xhr');
      return originals.open.apply(this, args);
    } as XMLHttpRequest['open'];
    navigator.sendBeacon = () => (calls.push('beacon'), true);
    const before = { local: localStorage.length, session: sessionStorage.length, cookie: document.cookie };
    try {
      const el = await checklist({ context: 'back-pain' });
      for (const input of $$<HTMLInputElement>(el, 'input')) input.click();
      await settle(el);
      $<HTMLButtonElement>(el, '[part="reset"]').click();
      await settle(el);
      expect(calls).to.deep.equal([]);
      expect({ local: localStorage.length, session: sessionStorage.length, cookie: document.cookie }).to.deep.equal(
        before,
      );
    } finally {
      window.fetch = originals.fetch;
      XMLHttpRequest.prototype.open = originals.open;
      navigator.sendBeacon = originals.beacon;
    }
  });
});

describe('<prp-doctor-checklist> print', () => {
  it('prints the cards as lists, without checkboxes or the result box', async () => {
    const el = await checklist();
    await emulate({ media: 'print' });
    try {
      expect(getComputedStyle($(el, '.result')).display).to.equal('none');
      expect(getComputedStyle($(el, 'input')).display).to.equal('none');
      expect($$(el, '.care:not(.result)').map((card) => getComputedStyle(card).borderTopWidth)).to.deep.equal([
        '8px',
        '5px',
        '2px',
      ]);
    } finally {
      await emulate({ media: 'screen' });
    }
  });
});

describe('<prp-doctor-checklist> bad input', () => {
  const cases: [string, string, string, (el: PrpDoctorChecklist) => void][] = [
    [
      'emergency-number',
      'call-help',
      '911',
      (el) => expect($(el, '.care--emergency .care-title a').getAttribute('href')).to.equal('tel:911'),
    ],
    [
      'emergency-number',
      '12',
      '911',
      (el) => expect($(el, '.care--emergency .care-title a').getAttribute('href')).to.equal('tel:911'),
    ],
    [
      'emergency-number',
      '1234567890123456',
      '911',
      (el) => expect(folded($(el, '.care--emergency .care-title'))).to.contain('Call 911'),
    ],
    ['clinic-phone', 'call-us', 'no phone link', (el) => expect($$(el, '.phone a')).to.have.length(0)],
    ['clinic-phone', '12', 'no phone link', (el) => expect($$(el, '.phone a')).to.have.length(0)],
    ['clinic-phone', '1234567890123456', 'no phone link', (el) => expect($$(el, '.phone a')).to.have.length(0)],
    [
      'context',
      'after-surgery',
      'after-injection',
      (el) => expect($(el, '.title').textContent).to.equal('When to get help after your injection'),
    ],
    ['mode', 'quiz', 'checklist', (el) => expect($$(el, 'input[type="checkbox"]').length).to.be.greaterThan(5)],
    ['heading-level', '0', '2', (el) => expect($(el, '.title').localName).to.equal('h2')],
    ['theme', 'neon', 'light', (el) => expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)')],
  ];
  for (const [attribute, value, fallback, check] of cases) {
    it(`${attribute}="${value}" → one warning, ${fallback}, still rendered`, async () => {
      const el = await expectOneWarning(async () => {
        const mounted = await checklist({ [attribute]: value, 'clinic-name': 'Riverside Spine' });
        if (attribute !== 'mode')
          await tick(mounted, $$<HTMLInputElement>(mounted, 'input')[0].id.replace('check-', ''));
        return mounted;
      }, ['prp-doctor-checklist', attribute, value, fallback]);
      expect($$(el, '.care-title')).to.have.length(3);
      check(el);
    });
  }

  it('ignores an override with a duplicate id, naming the path, and keeps the defaults', async () => {
    const warnings = captureWarnings();
    const el = document.createElement('prp-doctor-checklist');
    el.innerHTML =
      '<script type="application/json">{"routine": [{"id": "diary", "text": "Once."}, {"id": "diary", "text": "Again."}]}</script>';
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    await settle(el);
    warnings.restore();
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('routine[1].id').and.contain('used twice');
    expect($$(el, '.care--routine li')).to.have.length(3);
  });

  it('uses a valid clinic override', async () => {
    const el = await checklist();
    el.content = { routine: [{ id: 'diary', text: 'You want to share your pain diary.' }] };
    await settle(el);
    expect($$(el, '.care--routine label').map(folded)).to.deep.equal(['You want to share your pain diary.']);
  });
});

describe('<prp-doctor-checklist> accessibility (axe)', () => {
  const levels: Record<(typeof CONTEXTS)[number], [string, string | undefined][]> = {
    'after-injection': [
      ['none', undefined],
      ['routine', 'routine'],
      ['urgent', 'urgent'],
      ['emergency', 'emergency'],
    ],
    'back-pain': [
      ['none', undefined],
      ['routine', 'routine'],
      ['urgent', 'urgent'],
      ['emergency', 'emergency'],
    ],
    'before-treatment': [
      ['none', undefined],
      ['tell', 'routine'],
    ],
  };
  for (const theme of ['light', 'dark']) {
    for (const context of CONTEXTS) {
      it(`has no violations: ${context}, cards, ${theme}`, async () => {
        await expect(
          await checklist({ context, mode: 'cards', theme, 'clinic-phone': '555 013 2480' }),
        ).to.be.accessible();
      });
      it(`has no violations: ${context}, checklist, every result level, ${theme}`, async () => {
        const el = await checklist({
          context,
          theme,
          'clinic-phone': '555 013 2480',
          'clinic-name': 'Riverside Spine',
        });
        for (const [level, card] of levels[context]) {
          if (card) await tick(el, $(el, `.care--${card} input`).id.replace('check-', ''));
          expect(
            $(el, '.result').classList.contains(`result--${level === 'tell' ? 'routine' : level}`),
            level,
          ).to.equal(true);
          await expect(el).to.be.accessible();
        }
      });
    }
  }
});
