import '../../src/components/prp-doctor-checklist/define.js';

import { fixture, html, oneEvent } from '@open-wc/testing';
import { type Mock, spyOn } from '@vitest/spy';
import { sendKeys } from '@web/test-runner-commands';

import type { PrpDoctorChecklist } from '../../src/components/prp-doctor-checklist/doctor-checklist.js';
import type { ChecklistChangeDetail } from '../../src/components/prp-doctor-checklist/types.js';
import { CHECKLIST_ARGS, type ChecklistArgs } from '../../stories/doctor-checklist.args.js';
import { expect } from './expect.js';
import {
  $,
  $$,
  captureWarnings,
  expectDarkTheme,
  expectFits320,
  expectOneWarning,
  liveLog,
  mount,
  mountStory,
  NARROW_320,
  settle,
  type StoryFrame,
  textIn,
} from './helpers.js';
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
      expect(cards.map((card) => card.className.match(/care--(\w+)/)![1])).toStrictEqual([
        'emergency',
        'urgent',
        'routine',
      ]);
      const headings = $$(el, '.care-title');
      expect(headings.map((h) => h.localName)).toStrictEqual(['h3', 'h3', 'h3']);
      expect(headings.map(folded)).toStrictEqual(HEADINGS[context]);
      expect(headings.map((h) => h.querySelector('.sr-only')!.textContent.trim())).toStrictEqual([
        'Emergency:',
        'Urgent:',
        'Non-urgent:',
      ]);
      for (const card of cards) {
        const items = card.querySelectorAll('li').length;
        expect(items).toBeGreaterThanOrEqual(1);
        expect(items).toBeLessThanOrEqual(5);
      }
      // Urgency is not colour alone: a different icon shape and border weight per level.
      expect(new Set($$(el, '.care-title svg path').map((p) => p.getAttribute('d')!.slice(0, 8))).size).toBeGreaterThan(
        2,
      );
      expect(cards.map((card) => getComputedStyle(card).borderTopWidth)).toStrictEqual(['6px', '4px', '2px']);
    });
  }

  it('before-treatment: one list of things to tell the clinic ahead, with no urgency level', async () => {
    const el = await checklist({
      context: 'before-treatment',
      'clinic-name': 'Riverside Spine',
      'clinic-phone': '555 013 2480',
    });
    const cards = $$(el, '.care:not(.result)');
    expect(cards).toHaveLength(1);
    expect(cards[0].getAttribute('part')).toBe('card card-tell');
    expect(folded($(el, '.care-title'))).toBe('Tell Riverside Spine at least 2 weeks before your injection if:');
    expect($(el, '.care-title .sr-only')).toBe(null);
    expect($$(el, '.care--emergency, .care--urgent')).toHaveLength(0);
    await tick(el, 'blood-thinner');
    expect(folded($(el, '.result-level'))).toBe('Tell Riverside Spine before your injection');
    expect(folded($(el, '.result-text'))).not.toContain('today');
    expect(statusRegion(el).textContent).toContain('Tell Riverside Spine before your injection.');
    expect(alertRegion(el).textContent.trim()).toBe('');
  });

  it('checklist mode uses native checkboxes in fieldsets whose legend holds the heading', async () => {
    const el = await checklist();
    const fieldsets = $$(el, 'fieldset.care');
    expect(fieldsets).toHaveLength(3);
    for (const fieldset of fieldsets) {
      expect(fieldset.querySelector(':scope > legend .care-title')).not.toBeNull();
      for (const input of fieldset.querySelectorAll<HTMLInputElement>('input')) {
        expect(input.type).toBe('checkbox');
        expect(el.shadowRoot!.querySelector(`label[for="${input.id}"]`)).not.toBeNull();
      }
    }
  });

  it('cards mode shows the same signs as static lists, with no checkboxes or result', async () => {
    const list = await checklist({ mode: 'cards' });
    const ticks = await checklist();
    expect($$(list, 'input')).toHaveLength(0);
    expect($$(list, 'fieldset')).toHaveLength(0);
    expect($(list, '.result')).toBe(null);
    expect($$(list, '.care li').map(folded)).toStrictEqual($$(ticks, '.check-text').map(folded));
  });

  it('names the clinic and links its phone and the emergency number', async () => {
    const el = await checklist({
      'clinic-name': 'Riverside Spine',
      'clinic-phone': '(555) 013-2480',
      'emergency-number': '112',
    });
    expect(folded($$(el, '.care-title')[1])).toBe('Urgent: Call Riverside Spine today if:');
    expect($(el, '.care--emergency .care-title a').getAttribute('href')).toBe('tel:112');
    expect($(el, '.care--urgent .phone a').getAttribute('href')).toBe('tel:5550132480');
  });

  it('renders in Spanish', async () => {
    const el = await checklist({ lang: 'es' });
    expect(folded($$(el, '.care-title')[0])).toBe(
      'Emergencia: Llame al 911 o vaya a la sala de emergencias ahora mismo si:',
    );
    expect(folded($$(el, '.care-title')[2]).startsWith('No urgente:')).toBe(true);
  });
});

describe('<prp-doctor-checklist> result and announcements', () => {
  it('starts with "nothing ticked" and silent live regions of the right roles and politeness', async () => {
    const el = await checklist();
    expect($(el, '.result').classList.contains('result--none')).toBe(true);
    expect(folded($(el, '.result-level'))).toBe('Nothing ticked');
    expect(statusRegion(el).getAttribute('aria-live')).toBe('polite');
    expect(alertRegion(el).getAttribute('aria-live')).toBe('assertive');
    expect(statusRegion(el).textContent.trim()).toBe('');
    expect(alertRegion(el).textContent.trim()).toBe('');
  });

  it('states the highest level ticked and what to do, announced politely for routine and urgent', async () => {
    const el = await checklist({ 'clinic-name': 'Riverside Spine', 'clinic-phone': '555 013 2480' });
    await tick(el, 'lasting-soreness');
    expect(folded($(el, '.result-level'))).toBe('Not urgent: tell Riverside Spine');
    expect(statusRegion(el).textContent).toContain('Not urgent');
    expect(alertRegion(el).textContent.trim()).toBe('');
    await tick(el, 'fever');
    expect(folded($(el, '.result-level'))).toBe('Urgent: call Riverside Spine today');
    expect($(el, '.result .phone a').getAttribute('href')).toBe('tel:5550132480');
    expect(statusRegion(el).textContent).toContain('Urgent: call Riverside Spine today.');
    expect(alertRegion(el).textContent.trim()).toBe('');
  });

  it('announces an emergency assertively with a tel: link to emergency-number', async () => {
    const el = await checklist({ 'emergency-number': '999' });
    await tick(el, 'fever');
    await tick(el, 'leg-weakness');
    expect($(el, '.result').classList.contains('result--emergency')).toBe(true);
    expect(folded($(el, '.result-level'))).toBe('Emergency: call 999 now');
    expect($$(el, '.result a').map((a) => a.getAttribute('href'))).toContain('tel:999');
    expect(alertRegion(el).textContent.trim()).toBe(
      'Emergency: call 999 now. Or go to A&E now. Do not wait to hear back from your clinic.',
    );
    expect(statusRegion(el).textContent.trim()).toBe('');
    await tick(el, 'leg-weakness'); // untick: back to urgent
    expect(folded($(el, '.result-level'))).toBe('Urgent: call your clinic today');
    expect(alertRegion(el).textContent.trim()).toBe('');
  });

  it('says each change once, in one region, with no clause twice: tick, tick an emergency sign, untick, untick', async () => {
    const el = await checklist({ 'clinic-name': 'Riverside Spine' });
    const polite = liveLog(statusRegion(el));
    const assertive = liveLog(alertRegion(el));
    await tick(el, 'fever');
    await tick(el, 'leg-weakness');
    await tick(el, 'leg-weakness');
    await tick(el, 'fever');
    expect(polite.said).toStrictEqual([
      'Urgent: call Riverside Spine today. If you cannot reach them, get medical care today.',
      'Urgent: call Riverside Spine today. If you cannot reach them, get medical care today.',
      'Nothing ticked. You have not ticked any of these signs. If something else worries you, call Riverside Spine.',
    ]);
    expect(assertive.said).toStrictEqual([
      'Emergency: call 911 now. Or go to the emergency room now. Do not wait to hear back from your clinic.',
    ]);
    // On screen too, the result's action is not repeated in its text.
    await tick(el, 'fever');
    const action = folded($(el, '.result-level strong')).replace(/^Urgent: /, '');
    expect(folded($(el, '.result-text')).toLowerCase()).not.toContain(action.toLowerCase());
    polite.stop();
    assertive.stop();
  });

  it('has no urgent phone link when clinic-phone is not set', async () => {
    const el = await checklist();
    await tick(el, 'fever');
    expect($$(el, '.result a[href^="tel:"]')).toHaveLength(0);
    expect(folded($(el, '.result-text'))).toBe('If you cannot reach them, get medical care today.');
  });

  it('resets every tick and announces it', async () => {
    const el = await checklist();
    await tick(el, 'chest-pain');
    $<HTMLButtonElement>(el, '[part="reset"]').click();
    await settle(el);
    expect($$<HTMLInputElement>(el, 'input').some((input) => input.checked)).toBe(false);
    expect(folded($(el, '.result-level'))).toBe('Nothing ticked');
    expect(statusRegion(el).textContent).toContain('All ticks cleared.');
    expect(alertRegion(el).textContent.trim()).toBe('');
  });

  it('clears ticks when the context changes', async () => {
    const el = await checklist();
    await tick(el, 'fever');
    el.context = 'back-pain';
    await settle(el);
    expect($$<HTMLInputElement>(el, 'input').some((input) => input.checked)).toBe(false);
    expect(folded($(el, '.result-level'))).toBe('Nothing ticked');
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
    expect(active().getAttribute('href')).toBe('tel:911');
    await sendKeys({ press: 'Tab' });
    expect(active().id).toBe('check-saddle-numbness');
    expect(getComputedStyle(active()).outlineStyle).toBe('solid');
    await sendKeys({ press: ' ' });
    await settle(el);
    expect(box(el, 'saddle-numbness').checked).toBe(true);
    expect(folded($(el, '.result-level'))).toBe('Emergency: call 911 now');
    // Tab past the other checkboxes to the result's links and the reset button.
    for (let i = 0; i < 30 && active()?.getAttribute('part') !== 'reset'; i++) await sendKeys({ press: 'Tab' });
    expect(active().getAttribute('part')).toBe('reset');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(box(el, 'saddle-numbness').checked).toBe(false);
  });
});

describe('<prp-doctor-checklist> events and privacy', () => {
  it('fires prp-checklist-change with the level and ticked ids only, bubbling and composed', async () => {
    const el = await checklist();
    setTimeout(() => box(el, 'lasting-soreness').click());
    let event = await oneEvent(document, 'prp-checklist-change');
    expect(event.detail).toStrictEqual({ level: 'routine', checked: ['lasting-soreness'] });
    expect(event.composed && event.bubbles).toBe(true);
    setTimeout(() => box(el, 'chest-pain').click());
    event = await oneEvent(el, 'prp-checklist-change');
    expect(event.detail).toStrictEqual({ level: 'emergency', checked: ['chest-pain', 'lasting-soreness'] });
    setTimeout(() => $<HTMLButtonElement>(el, '[part="reset"]').click());
    event = await oneEvent(el, 'prp-checklist-change');
    expect(event.detail as ChecklistChangeDetail).toStrictEqual({ level: 'none', checked: [] });
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
      expect(calls).toStrictEqual([]);
      expect({ local: localStorage.length, session: sessionStorage.length, cookie: document.cookie }).toStrictEqual(
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
      expect(getComputedStyle($(el, '.result')).display).toBe('none');
      expect(getComputedStyle($(el, 'input')).display).toBe('none');
      expect($$(el, '.care:not(.result)').map((card) => getComputedStyle(card).borderTopWidth)).toStrictEqual([
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
      (el) => expect($(el, '.care--emergency .care-title a').getAttribute('href')).toBe('tel:911'),
    ],
    [
      'emergency-number',
      '12',
      '911',
      (el) => expect($(el, '.care--emergency .care-title a').getAttribute('href')).toBe('tel:911'),
    ],
    [
      'emergency-number',
      '1234567890123456',
      '911',
      (el) => expect(folded($(el, '.care--emergency .care-title'))).toContain('Call 911'),
    ],
    ['clinic-phone', 'call-us', 'no phone link', (el) => expect($$(el, '.phone a')).toHaveLength(0)],
    ['clinic-phone', '12', 'no phone link', (el) => expect($$(el, '.phone a')).toHaveLength(0)],
    ['clinic-phone', '1234567890123456', 'no phone link', (el) => expect($$(el, '.phone a')).toHaveLength(0)],
    [
      'context',
      'after-surgery',
      'after-injection',
      (el) => expect($(el, '.title').textContent).toBe('When to get help after your injection'),
    ],
    ['mode', 'quiz', 'checklist', (el) => expect($$(el, 'input[type="checkbox"]').length).toBeGreaterThan(5)],
    ['heading-level', '0', '2', (el) => expect($(el, '.title').localName).toBe('h2')],
    ['theme', 'neon', 'light', (el) => expect(getComputedStyle(el).backgroundColor).toBe('rgb(255, 255, 255)')],
  ];
  for (const [attribute, value, fallback, check] of cases) {
    it(`${attribute}="${value}" → one warning, ${fallback}, still rendered`, async () => {
      const el = await expectOneWarning(async () => {
        const mounted = await checklist({ [attribute]: value, 'clinic-name': 'Riverside Spine' });
        if (attribute !== 'mode')
          await tick(mounted, $$<HTMLInputElement>(mounted, 'input')[0].id.replace('check-', ''));
        return mounted;
      }, ['prp-doctor-checklist', attribute, value, fallback]);
      expect($$(el, '.care-title')).toHaveLength(3);
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
    expect(warnings.messages).toHaveLength(1);
    expect(warnings.messages[0]).toContain('routine[1].id');
    expect(warnings.messages[0]).toContain('used twice');
    expect($$(el, '.care--routine li')).toHaveLength(3);
  });

  it('uses a valid clinic override', async () => {
    const el = await checklist();
    el.content = { routine: [{ id: 'diary', text: 'You want to share your pain diary.' }] };
    await settle(el);
    expect($$(el, '.care--routine label').map(folded)).toStrictEqual(['You want to share your pain diary.']);
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
        ).toBeAccessible();
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
          expect($(el, '.result').classList.contains(`result--${level === 'tell' ? 'routine' : level}`), level).toBe(
            true,
          );
          await expect(el).toBeAccessible();
        }
      });
    }
  }
});

/** Each story of stories/doctor-checklist.stories.ts, mounted as it renders; the story itself is a smoke and visual test. */
describe('<prp-doctor-checklist> as each story shows it', () => {
  /** The story `name` as it renders: its args from stories/doctor-checklist.args.ts, `content` as the property. */
  function story(name: keyof typeof CHECKLIST_ARGS, frame: StoryFrame = {}) {
    const { content, ...attributes }: ChecklistArgs = CHECKLIST_ARGS[name];
    return mountStory<PrpDoctorChecklist>('prp-doctor-checklist', attributes, {
      events: ['prp-checklist-change'],
      content,
      ...frame,
    });
  }
  const LEVELS = ['emergency', 'urgent', 'routine'] as const;
  const resultOf = (el: Element) => $(el, '.result');
  const detailsOf = (spy: Mock) =>
    spy.mock.calls.map(([event]) => (event as CustomEvent<ChecklistChangeDetail>).detail);

  /** Checklist mode: the title, three care fieldsets in order of urgency with checkboxes, and the result box. */
  function expectChecklist(el: Element, title: string) {
    expect(textIn($(el, '[part="title"]'))).toContain(title);
    const cards = $$(el, 'fieldset.care');
    expect(cards.map((card) => card.className)).toStrictEqual(LEVELS.map((level) => `care care--${level}`));
    for (const card of cards) expect(card.querySelectorAll('input[type="checkbox"]').length).toBeGreaterThan(0);
    expect(resultOf(el)).not.toBeNull();
  }

  /** Cards mode: the title, three care sections in order of urgency, and nothing to tick. */
  function expectCards(el: Element, title: string) {
    expect(textIn($(el, '[part="title"]'))).toContain(title);
    const cards = $$(el, '.care');
    expect(cards).toHaveLength(3);
    expect(cards.map((card) => card.localName)).toStrictEqual(['div', 'div', 'div']);
    for (const [index, level] of LEVELS.entries()) expect(cards[index].classList).toContain(`care--${level}`);
    expect($$(el, 'input[type="checkbox"]')).toHaveLength(0);
    expect(resultOf(el)).toBeNull();
    expect($(el, '[part="reset"]')).toBeNull();
  }

  /** Ticks the sign `id` by clicking its checkbox, as the reader does, and checks it is ticked. */
  async function tickChecked(el: PrpDoctorChecklist, id: string) {
    await tick(el, id);
    expect(box(el, id).checked).toBe(true);
  }

  it('AfterInjectionChecklist: the default, three cards of checkboxes and the result box', async () => {
    const { element } = await story('AfterInjectionChecklist');
    expectChecklist(element, 'When to get help after your injection');
    expect(textIn($(element, '.help'))).toContain('Tick any sign you have now.');
    expect($(element, 'input#check-fever')).not.toBeNull();
    expect($(element, 'input#check-lasting-soreness')).not.toBeNull();
  });

  it('AfterInjectionCards: the same signs as cards to read', async () => {
    const { element } = await story('AfterInjectionCards');
    expectCards(element, 'When to get help after your injection');
    expect(textIn($(element, '.care--urgent'))).toContain('You have a fever.');
  });

  it('BackPainChecklist: the back-pain red flags as a checklist', async () => {
    const { element } = await story('BackPainChecklist');
    expectChecklist(element, 'When to get help for back pain');
    expect($(element, '.care--emergency input#check-accident')).not.toBeNull();
    expect($(element, '.care--urgent input#check-weight-loss')).not.toBeNull();
  });

  it('BackPainCards: the back-pain red flags as cards', async () => {
    const { element } = await story('BackPainCards');
    expectCards(element, 'When to get help for back pain');
    expect(textIn($(element, '.care--emergency'))).toContain('serious accident');
  });

  it('BeforeTreatmentChecklist: one list of things to tell the clinic; a tick says before the injection, never today', async () => {
    const { element } = await story('BeforeTreatmentChecklist');
    expect(textIn($(element, '[part="title"]'))).toContain('What to tell your clinic before your injection');
    expect($$(element, 'fieldset.care').map((card) => card.getAttribute('part'))).toStrictEqual(['card card-tell']);
    expect(textIn($(element, '.care-title'))).toContain('Tell your clinic at least 2 weeks before your injection if:');
    await tickChecked(element, 'blood-thinner');
    expect(textIn(resultOf(element).querySelector('.result-level'))).toContain(
      'Tell your clinic before your injection',
    );
    expect(textIn(resultOf(element))).not.toContain('today');
  });

  it('BeforeTreatmentCards: the same list to read', async () => {
    const { element } = await story('BeforeTreatmentCards');
    expect($$(element, 'div.care')).toHaveLength(1);
    expect(textIn($(element, 'div.care'))).toContain('ibuprofen or naproxen');
    expect($$(element, 'input[type="checkbox"]')).toHaveLength(0);
  });

  it('ResultNone: nothing ticked, and both live regions silent', async () => {
    const { element } = await story('ResultNone');
    expectChecklist(element, 'When to get help after your injection');
    const result = resultOf(element);
    expect([...result.classList]).toEqual(expect.arrayContaining(['result', 'result--none']));
    expect(result.classList).not.toContain('care');
    expect(textIn(result.querySelector('.result-level'))).toContain('Nothing ticked');
    expect(textIn(result.querySelector('.result-text'))).toContain('If something else worries you, call your clinic.');
    expect($$(element, 'input[type="checkbox"]:checked')).toHaveLength(0);
    expect(textIn(statusRegion(element))).toBe('');
    expect(textIn(alertRegion(element))).toBe('');
  });

  it('ResultRoutine: one routine sign ticked, announced politely', async () => {
    const { element } = await story('ResultRoutine');
    expectChecklist(element, 'When to get help after your injection');
    await tickChecked(element, 'lasting-soreness');
    const result = resultOf(element);
    expect([...result.classList]).toEqual(expect.arrayContaining(['result', 'result--routine']));
    expect(textIn(result.querySelector('.result-level'))).toContain('Not urgent: tell your clinic');
    expect(textIn(statusRegion(element))).toContain('Not urgent: tell your clinic.');
    expect(textIn(alertRegion(element))).toBe('');
  });

  it('ResultUrgent: fever ticked: call the clinic today, its number a tel: link; one prp-checklist-change', async () => {
    const { element, spies } = await story('ResultUrgent');
    expectChecklist(element, 'When to get help after your injection');
    const spy = spies['prp-checklist-change'];
    spy.mockClear();
    await tickChecked(element, 'fever');
    const result = resultOf(element);
    expect([...result.classList]).toEqual(expect.arrayContaining(['result', 'result--urgent']));
    expect(textIn(result.querySelector('.result-level'))).toContain('Urgent: call Riverside Spine Center today');
    expect(textIn(result.querySelector('a[href="tel:+15415550123"]'))).toContain('+1 (541) 555-0123');
    expect(textIn(statusRegion(element))).toContain('Urgent: call Riverside Spine Center today.');
    expect(textIn(alertRegion(element))).toBe('');
    expect(spy).toHaveBeenCalledTimes(1);
    expect(detailsOf(spy)[0]).toStrictEqual({ level: 'urgent', checked: ['fever'] });
  });

  it('ResultEmergency: an urgent and an emergency sign: call 911 now, announced assertively; two events', async () => {
    const { element, spies } = await story('ResultEmergency');
    expectChecklist(element, 'When to get help after your injection');
    const spy = spies['prp-checklist-change'];
    spy.mockClear();
    await tickChecked(element, 'fever');
    await tickChecked(element, 'leg-weakness');
    const result = resultOf(element);
    expect([...result.classList]).toEqual(expect.arrayContaining(['result', 'result--emergency']));
    expect(textIn(result.querySelector('.result-level'))).toContain('Emergency: call 911 now');
    expect(textIn(result.querySelector('a[href="tel:911"]'))).toContain('911');
    expect(textIn(alertRegion(element))).toContain('Emergency: call 911 now.');
    expect(textIn(statusRegion(element))).toBe('');
    expect(spy).toHaveBeenCalledTimes(2);
    expect(detailsOf(spy)).toStrictEqual([
      { level: 'urgent', checked: ['fever'] },
      { level: 'emergency', checked: ['leg-weakness', 'fever'] }, // reading order: most urgent card first
    ]);
  });

  it('Spanish: Spanish content; an emergency sign ticked, then every tick cleared with the reset button', async () => {
    const { element, spies } = await story('Spanish');
    expectChecklist(element, 'Cuándo pedir ayuda después de su inyección');
    expect($(element, '[part="base"]').getAttribute('lang')).toBe('es');
    expect(textIn($(element, '.help'))).toContain('Marque cualquier señal que tenga ahora.');
    expect(textIn($(element, '.result-level'))).toContain('No marcó nada');
    expect(textIn($(element, '[part="reset"]'))).toContain('Borrar todas las marcas');
    await tickChecked(element, 'leg-weakness');
    expect(resultOf(element).classList).toContain('result--emergency');
    expect(textIn(alertRegion(element))).toContain('Emergencia: llame al 911 ahora.');

    const spy = spies['prp-checklist-change'];
    spy.mockClear();
    $<HTMLButtonElement>(element, '[part="reset"]').click();
    await settle(element);
    expect(resultOf(element).classList).toContain('result--none');
    expect($$(element, 'input[type="checkbox"]:checked')).toHaveLength(0);
    expect(textIn(statusRegion(element))).toContain('Se borraron todas las marcas. No marcó nada.');
    expect(textIn(alertRegion(element))).toBe('');
    expect(spy).toHaveBeenCalledTimes(1);
    expect(detailsOf(spy)[0]).toStrictEqual({ level: 'none', checked: [] });
  });

  it('Dark: the dark theme', async () => {
    const { element } = await story('Dark');
    expectDarkTheme(element);
  });

  it('Narrow320: fits 320 px', async () => {
    const { element } = await story('Narrow320', NARROW_320);
    expectChecklist(element, 'When to get help after your injection');
    expectFits320(element);
  });

  it("ClinicSettings: the clinic's name, phone and emergency number, and who reviewed it", async () => {
    const { element } = await story('ClinicSettings');
    expectChecklist(element, 'When to get help after your injection');
    const emergency = $(element, '.care--emergency .care-title');
    expect(textIn(emergency)).toContain('Call 999 or go to A&E now if:');
    expect(emergency.querySelector('a')!.getAttribute('href')).toBe('tel:999');
    const urgent = $(element, 'fieldset.care--urgent');
    expect(textIn(urgent.querySelector('.care-title'))).toContain('Call Riverside Spine (London) today if:');
    expect(textIn(urgent.querySelector('.phone'))).toContain('Phone Riverside Spine (London):');
    expect(urgent.querySelector('.phone a')!.getAttribute('href')).toBe('tel:02079460123');
    expect(textIn($(element, '.result-text'))).toContain('call Riverside Spine (London).');
    expect(textIn($(element, '[part="footer"]'))).toContain('Reviewed by Dr. Ana Ortiz, MD on December 2, 2026.');
    expect(textIn($(element, '[part="footer"]'))).toContain('Published by Riverside Spine (London).');
  });

  it('UnitedKingdom: en-GB wording on each card', async () => {
    const { element } = await story('UnitedKingdom');
    expectChecklist(element, 'When to get help for back pain');
    expect($$(element, '.care-title').map((title) => folded(title))).toStrictEqual([
      'Emergency: Call 999 or go to A&E now if:',
      'Urgent: Ask for an urgent GP appointment or call 111 if:',
      'Non-urgent: See a GP within 1 to 2 weeks if:',
    ]);
    expect($(element, '.care--emergency .care-title a').getAttribute('href')).toBe('tel:999');
  });

  it('BadInput: the fallbacks, and a warning for each bad value', async () => {
    const warn = spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const { element } = await story('BadInput');
      expectChecklist(element, 'When to get help after your injection');
      expect($$(element, 'fieldset.care')).toHaveLength(3);
      expect($(element, 'input#check-fever')).not.toBeNull();
      expect($(element, '.care--emergency .care-title a').getAttribute('href')).toBe('tel:911');
      expect($(element, '.phone a[href^="tel:"]')).toBeNull();
      for (const attribute of ['context', 'mode', 'emergency-number', 'clinic-phone']) {
        expect(warn).toHaveBeenCalledWith(expect.stringContaining(`ignored ${attribute}=`));
      }
    } finally {
      warn.mockRestore();
    }
  });
});
