import '../../src/components/prp-recovery-timeline/define.js';

import { fixture, html, oneEvent } from '@open-wc/testing';
import { spyOn } from '@vitest/spy';
import { sendKeys } from '@web/test-runner-commands';

import type { PrpRecoveryTimeline } from '../../src/components/prp-recovery-timeline/recovery-timeline.js';
import type { CalendarDownloadDetail, PhaseToggleDetail } from '../../src/components/prp-recovery-timeline/types.js';
import { TIMELINE_ARGS, type TimelineArgs } from '../../stories/recovery-timeline.args.js';
import { expect } from './expect.js';
import {
  $,
  $$,
  captureWarnings,
  expectDarkTheme,
  expectFits320,
  headingsNamed,
  liveLog,
  mount,
  mountStory,
  named,
  NARROW_320,
  settle,
  shadow,
  type StoryFrame,
  textIn,
  textOf,
} from './helpers.js';
import { emulate } from './media.js';

const TODAY = '2026-11-21';
const folded = (node: Element) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();
/** A procedure date `days` before TODAY (negative: after). */
function dateBefore(days: number): string {
  const d = new Date(Date.UTC(2026, 10, 21 - days));
  return d.toISOString().slice(0, 10);
}

const timeline = (attributes: Record<string, string> = {}) =>
  mount<PrpRecoveryTimeline>('prp-recovery-timeline', attributes);

const toggles = (el: Element) => $$<HTMLButtonElement>(el, '.toggle');
const current = (el: Element) => $$(el, 'li[aria-current="step"]');
const openPanels = (el: Element) => $$(el, '.panel').filter((panel) => !panel.hidden);

describe('<prp-recovery-timeline> rendering through `today`', () => {
  it('with no date: every stage, the first one open, preparation steps and a footer', async () => {
    const el = await timeline();
    expect(toggles(el).map((t) => t.querySelector('.phase-title')!.textContent)).toStrictEqual([
      'Injection day',
      'Days 1 to 3',
      'Days 4 to 7',
      'Weeks 2 to 4',
      'Weeks 5 to 8',
      'Months 2 to 6',
    ]);
    expect(toggles(el).map((t) => t.getAttribute('aria-expanded'))).toStrictEqual([
      'true',
      'false',
      'false',
      'false',
      'false',
      'false',
    ]);
    expect(current(el)).toHaveLength(0);
    expect($(el, '.before').textContent).toContain('Before your injection');
    expect($(el, '.summary').textContent).toBe('');
    expect($$(el, '.sources li').length).toBeGreaterThan(5);
    expect(textOf(el)).toContain('not medical advice');
    expect(textOf(el)).toContain('Information updated December 2026');
    expect($$(el, 'button').map((b) => b.textContent.trim())).not.toContain('Add key dates to my calendar');
  });

  it('before the injection: a countdown, the preparation steps, every stage coming up', async () => {
    const el = await timeline({ 'procedure-date': dateBefore(-5), today: TODAY });
    expect($(el, '.summary').textContent).toBe('Your injection is in 5 days.');
    expect($(el, '.before')).not.toBeNull();
    expect($$(el, '.status').map((s) => s.textContent)).toStrictEqual(Array(6).fill('Coming up'));
    const tomorrow = await timeline({ 'procedure-date': dateBefore(-1), today: TODAY });
    expect($(tomorrow, '.summary').textContent).toBe('Your injection is tomorrow.');
  });

  const stages: [number, string, string][] = [
    [0, 'Injection day', 'Today is your injection day.'],
    [2, 'Days 1 to 3', 'Day 2 after your injection.'],
    [7, 'Days 4 to 7', 'Day 7 after your injection.'],
    [9, 'Weeks 2 to 4', 'Day 9 after your injection.'],
    [29, 'Weeks 5 to 8', 'Day 29 after your injection.'],
    [182, 'Months 2 to 6', 'Day 182 after your injection.'],
  ];
  for (const [day, title, summary] of stages) {
    it(`on day ${day}: "${title}" is current, open, announced and marked in text`, async () => {
      const el = await timeline({ 'procedure-date': dateBefore(day), today: TODAY });
      const now = current(el);
      expect(now).toHaveLength(1);
      expect(now[0].querySelector('.phase-title')!.textContent).toBe(title);
      expect(now[0].querySelector('.toggle')!.getAttribute('aria-expanded')).toBe('true');
      expect(now[0].querySelector('.status')!.textContent).toMatch(
        /^Now: (Day \d+ after your injection|Today is your injection day)$/,
      );
      expect($(el, '.summary').textContent).toBe(summary);
      expect($(el, '.summary').getAttribute('role')).toBe('status');
      expect(openPanels(el)).toHaveLength(1);
      const statuses = $$(el, '.status').map((s) => s.textContent.split(':')[0]);
      const index = stages.findIndex(([d]) => d === day);
      expect(statuses).toStrictEqual([
        ...Array<string>(index).fill('Done'),
        'Now',
        ...Array<string>(5 - index).fill('Coming up'),
      ]);
      expect($(el, '.before')).toBe(null);
    });
  }

  it('after 6 months: the complete state, every stage done, the last one open', async () => {
    const el = await timeline({ 'procedure-date': dateBefore(183), today: TODAY });
    expect($(el, '.summary').textContent).toBe('It has been more than 6 months since your injection.');
    expect($(el, '.complete').textContent).toContain('6 months after your injection');
    expect($$(el, '.status').map((s) => s.textContent)).toStrictEqual(Array(6).fill('Done'));
    expect(current(el)).toHaveLength(0);
    expect(toggles(el).at(-1)!.getAttribute('aria-expanded')).toBe('true');
  });

  it("shows each stage's dates in the reader's language", async () => {
    const el = await timeline({ 'procedure-date': '2026-11-12', today: TODAY });
    expect(toggles(el)[0].textContent).toContain('Thu, Nov 12');
    expect(toggles(el)[1].textContent).toContain('Fri, Nov 13 to Sun, Nov 15');
    el.lang = 'es';
    await settle(el);
    expect(toggles(el)[1].textContent).toMatch(/del vie, 13 nov.* al dom, 15 nov/);
  });

  it('renders prolotherapy content', async () => {
    const el = await timeline({ procedure: 'prolotherapy' });
    expect($(el, '.title').textContent).toBe('Your recovery after prolotherapy');
    expect(textOf(el)).toContain('series of injections');
  });
});

describe('<prp-recovery-timeline> emergency notice', () => {
  it('is a heading that says what to do, with a hidden "Emergency:" prefix, a tel: link and the NHS signs', async () => {
    const el = await timeline();
    const heading = $(el, '.care--emergency .care-title');
    expect(heading.localName).toBe('h3');
    expect(heading.textContent.replace(/\s+/g, ' ').trim()).toBe(
      'Emergency: Call 911 or go to the emergency room now if you have back pain and:',
    );
    expect(heading.querySelector('.sr-only')!.textContent.trim()).toBe('Emergency:');
    expect(heading.querySelector('a')!.getAttribute('href')).toBe('tel:911');
    expect($$(el, '.care--emergency li')).toHaveLength(3);
    expect($(el, '.care--emergency').textContent).toContain('you leak pee or poo');
  });

  it('uses emergency-number, for clinics outside the US', async () => {
    const el = await timeline({ 'emergency-number': '999' });
    expect($(el, '.care--emergency .care-title a').getAttribute('href')).toBe('tel:999');
    expect($(el, '.care--emergency .care-title').textContent).toContain('Call 999 or go');
  });
});

describe('<prp-recovery-timeline> clinic settings replace neutral wording', () => {
  it('uses neutral wording by default', async () => {
    const el = await timeline({ 'procedure-date': dateBefore(1), today: TODAY });
    const text = textOf(el);
    expect(text).toContain('Ask your clinic how long to avoid NSAIDs');
    expect(text).toContain('Clinics give different advice about ice');
    expect(text).toContain('Call your clinic today if:');
    expect($$(el, '.phone a[href^="tel:"]')).toHaveLength(0);
  });

  it('uses the clinic protocol when set', async () => {
    const el = await timeline({
      'procedure-date': dateBefore(1),
      today: TODAY,
      'nsaid-free-days': '14',
      ice: 'avoid',
      'follow-up-weeks': '6',
      'clinic-name': 'Riverside Spine',
      'clinic-phone': '(555) 013-2480',
    });
    el.shadowRoot!.querySelectorAll('.panel').forEach((panel) => ((panel as HTMLElement).hidden = false));
    const text = textOf(el);
    expect(text).toContain('Do not take NSAIDs, such as ibuprofen or naproxen, for 14 days after the injection');
    expect(text).toContain('Do not put ice on the injection area');
    expect(text).toContain('Your follow-up visit is about 6 weeks after the injection');
    expect(text).toContain('Call Riverside Spine today if:');
    expect(text).not.toContain('Ask your clinic how long to avoid NSAIDs');
    const phone = $<HTMLAnchorElement>(el, '.phone a[href^="tel:"]');
    expect(phone.getAttribute('href')).toBe('tel:5550132480');
    expect(phone.textContent).toBe('(555) 013-2480');
  });

  it('shows NSAID advice only in stages inside the NSAID-free days', async () => {
    const el = await timeline({ 'nsaid-free-days': '5' });
    const panels = $$(el, '[part="panel"]').map((panel) => panel.textContent ?? '');
    expect(panels.map((text) => text.includes('NSAIDs'))).toStrictEqual([true, true, true, false, false, false]);
  });
});

describe('<prp-recovery-timeline> keyboard and events', () => {
  it('opens and closes stages with Enter and Space, in tab order, with a visible focus ring', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><button id="before">before</button>
      <prp-recovery-timeline></prp-recovery-timeline></div>`);
    const el = wrapper.querySelector('prp-recovery-timeline')!;
    await settle(el);
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement!.getAttribute('href')).toBe('tel:911'); // the emergency number comes first
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement!.textContent.trim()).toBe('Show all stages');
    await sendKeys({ press: 'Tab' });
    const first = toggles(el)[0];
    expect(el.shadowRoot!.activeElement).toBe(first);
    expect(getComputedStyle(first).outlineStyle).toBe('solid');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(first.getAttribute('aria-expanded')).toBe('false');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: ' ' });
    await settle(el);
    expect(toggles(el)[1].getAttribute('aria-expanded')).toBe('true');
    expect(openPanels(el).map((p) => p.id)).toStrictEqual(['panel-days-1-3']);
  });

  it('fires prp-phase-toggle, bubbling and composed', async () => {
    const el = await timeline();
    setTimeout(() => toggles(el)[2].click());
    const event = await oneEvent(document, 'prp-phase-toggle');
    expect(event.detail).toStrictEqual({ phase: 'week-1', open: true });
    expect(event.composed).toBe(true);
  });

  it('shows and hides every stage at once', async () => {
    const el = await timeline();
    const all = $$<HTMLButtonElement>(el, '.actions .button')[0];
    const seen: string[] = [];
    el.addEventListener('prp-phase-toggle', (e) => seen.push(e.detail.phase));
    all.click();
    await settle(el);
    expect(openPanels(el)).toHaveLength(6);
    expect(all.textContent.trim()).toBe('Hide all stages');
    expect(seen).toHaveLength(5);
    all.click();
    await settle(el);
    expect(openPanels(el)).toHaveLength(0);
  });

  it('builds the .ics file in the browser with the follow-up milestones', async () => {
    const el = await timeline({
      'procedure-date': '2026-11-12',
      today: TODAY,
      'follow-up-weeks': '6',
      'clinic-name': 'Riverside Spine',
    });
    let saved: HTMLAnchorElement | undefined;
    el.shadowRoot!.addEventListener('click', (event) => {
      const target = event.target as HTMLAnchorElement;
      if (target.download) {
        saved = target;
        event.preventDefault();
      }
    });
    const blobs: Blob[] = [];
    const create = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob) => (blobs.push(blob), create(blob));
    const download = $$<HTMLButtonElement>(el, '.actions .button')[1];
    setTimeout(() => download.click());
    const event = await oneEvent(el, 'prp-calendar-download');
    URL.createObjectURL = create;
    expect(event.detail).toStrictEqual({ fileName: 'recovery-dates.ics', events: 4 });
    expect(saved!.download).toBe('recovery-dates.ics');
    expect(saved!.href).toMatch(/^blob:/);
    const ics = await blobs[0].text();
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(4);
    expect(ics).toContain('DTSTART;VALUE=DATE:20261224'); // 6 weeks after 2026-11-12
    expect(ics).toContain('SUMMARY:Follow-up visit with Riverside Spine');
  });

  it('says on the page, once, that the calendar file was made', async () => {
    const el = await timeline({ 'procedure-date': '2026-11-12', today: TODAY });
    el.shadowRoot!.addEventListener(
      'click',
      (event) => (event.target as HTMLAnchorElement).download && event.preventDefault(),
    );
    const status = $(el, '.download-status');
    expect(status.getAttribute('role')).toBe('status');
    const log = liveLog(status);
    $$<HTMLButtonElement>(el, '.actions .button')[1].click();
    await settle(el);
    expect(log.said).toStrictEqual([
      'Calendar file recovery-dates.ics made. Open it from your downloads to add the dates.',
    ]);
    expect(status.checkVisibility()).toBe(true);
    log.stop();
  });

  it('gives screen readers the full weekday and month of each stage; the short form is only seen', async () => {
    const el = await timeline({ 'procedure-date': '2026-11-22', today: TODAY });
    const dates = $$(el, '.toggle .dates');
    expect(dates).toHaveLength(6);
    expect(folded(dates[0].querySelector('[aria-hidden="true"]')!)).toBe('Sun, Nov 22');
    expect(folded(dates[0].querySelector('.sr-only')!)).toBe('Sunday, November 22');
    expect(folded(dates[1].querySelector('.sr-only')!)).toBe('Monday, November 23 to Wednesday, November 25');
    const es = await timeline({ 'procedure-date': '2026-11-22', today: TODAY, lang: 'es' });
    expect(folded($$(es, '.toggle .dates .sr-only')[0])).toBe('domingo, 22 de noviembre');
  });

  it('does not download when the host cancels prp-calendar-download', async () => {
    const el = await timeline({ 'procedure-date': '2026-11-12', today: TODAY });
    let created = 0;
    const create = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob) => (created++, create(blob));
    el.addEventListener('prp-calendar-download', (event) => event.preventDefault());
    $$<HTMLButtonElement>(el, '.actions .button')[1].click();
    URL.createObjectURL = create;
    expect(created).toBe(0);
  });
});

describe('<prp-recovery-timeline> language', () => {
  it('takes its own lang, then the nearest [lang] ancestor, and re-renders when either changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="es-MX"><section><prp-recovery-timeline></prp-recovery-timeline></section></div>`,
    );
    const el = wrapper.querySelector('prp-recovery-timeline')!;
    await settle(el);
    expect($(el, '.title').textContent).toBe('Su recuperación después de una inyección de PRP');
    expect($(el, '.timeline').getAttribute('lang')).toBe('es');
    wrapper.lang = 'en';
    await new Promise((resolve) => setTimeout(resolve));
    await settle(el);
    expect($(el, '.title').textContent).toBe('Your recovery after a PRP injection');
    el.setAttribute('lang', 'es');
    await settle(el);
    expect($(el, '.title').textContent).toBe('Su recuperación después de una inyección de PRP');
    expect(textOf(el)).toContain('Fuentes');
  });

  it('falls back to English with one warning for an unsupported language', async () => {
    const warnings = captureWarnings();
    const el = await timeline({ lang: 'fr' });
    el.requestUpdate();
    await settle(el);
    warnings.restore();
    expect($(el, '.title').textContent).toBe('Your recovery after a PRP injection');
    expect(warnings.messages).toHaveLength(1);
    expect(warnings.messages[0]).toContain('<prp-recovery-timeline>');
    expect(warnings.messages[0]).toContain('"fr"');
    expect(warnings.messages[0]).toContain('English');
  });
});

describe('<prp-recovery-timeline> headings, print and motion', () => {
  it('uses heading-level for its outline', async () => {
    const el = await timeline({ 'heading-level': '4' });
    expect($(el, '.title').localName).toBe('h4');
    expect($(el, '.phase-heading').localName).toBe('h5');
    expect($(el, '.section-title').localName).toBe('h6');
    const deep = await timeline({ 'heading-level': '6' });
    expect($(deep, '.phase-heading').localName).toBe('h6');
    const standard = await timeline();
    expect($(standard, '.title').localName).toBe('h2');
  });

  it('prints every stage open and hides the buttons row', async () => {
    const el = await timeline();
    await emulate({ media: 'print' });
    try {
      expect($$(el, '.panel').every((panel) => getComputedStyle(panel).display !== 'none')).toBe(true);
      expect(getComputedStyle($(el, '.actions')).display).toBe('none');
    } finally {
      await emulate({ media: 'screen' });
    }
  });

  it('turns transitions off under prefers-reduced-motion', async () => {
    const el = await timeline();
    expect(getComputedStyle($(el, '.chevron')).transitionDuration).toBe('0.16s');
    await emulate({ reducedMotion: 'reduce' });
    try {
      expect(getComputedStyle($(el, '.chevron')).transitionDuration).toBe('0s');
    } finally {
      await emulate({ reducedMotion: 'no-preference' });
    }
  });

  it('switches colours with theme, and follows the system for theme="auto"', async () => {
    const light = await timeline();
    const dark = await timeline({ theme: 'dark' });
    const auto = await timeline({ theme: 'auto' });
    const background = (el: Element) => getComputedStyle(el).backgroundColor;
    expect(background(light)).toBe('rgb(255, 255, 255)');
    expect(background(dark)).toBe('rgb(21, 25, 30)');
    expect(background(auto)).toBe('rgb(255, 255, 255)');
    await emulate({ colorScheme: 'dark' });
    try {
      expect(background(auto)).toBe('rgb(21, 25, 30)');
      expect(background(light)).toBe('rgb(255, 255, 255)');
    } finally {
      await emulate({ colorScheme: 'light' });
    }
  });

  it('sizes text in px/em so a host html font-size does not shrink it', async () => {
    document.documentElement.style.fontSize = '62.5%';
    try {
      const el = await timeline();
      expect(getComputedStyle($(el, '.intro')).fontSize).toBe('16px');
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });
});

describe('<prp-recovery-timeline> accessibility (axe)', () => {
  const states: [string, Record<string, string>][] = [
    ['no date', {}],
    ['before', { 'procedure-date': dateBefore(-5), today: TODAY }],
    ['injection day', { 'procedure-date': dateBefore(0), today: TODAY }],
    [
      'weeks 2 to 4 with clinic settings',
      {
        'procedure-date': dateBefore(9),
        today: TODAY,
        'clinic-phone': '555 013 2480',
        'nsaid-free-days': '14',
        'reviewed-by': 'Dr. Ortiz',
        'reviewed-on': '2026-11-01',
      },
    ],
    ['complete', { 'procedure-date': dateBefore(200), today: TODAY }],
    ['prolotherapy in Spanish', { procedure: 'prolotherapy', lang: 'es' }],
  ];
  for (const theme of ['light', 'dark']) {
    for (const [name, attributes] of states) {
      it(`has no violations: ${name}, ${theme}`, async () => {
        const el = await timeline({ ...attributes, theme });
        await expect(el).toBeAccessible();
        $$<HTMLButtonElement>(el, '.actions .button')[0].click(); // every stage open
        await settle(el);
        await expect(el).toBeAccessible();
      });
    }
  }
});

/** Each story of stories/recovery-timeline.stories.ts, mounted as it renders; the story itself is a smoke and visual test. */
describe('<prp-recovery-timeline> as each story shows it', () => {
  /** The story `name` as it renders: its args from stories/recovery-timeline.args.ts, `content` as the property. */
  function story(name: keyof typeof TIMELINE_ARGS, frame: StoryFrame = {}) {
    const { content, ...attributes }: TimelineArgs = TIMELINE_ARGS[name];
    return mountStory<PrpRecoveryTimeline>('prp-recovery-timeline', attributes, {
      events: ['prp-phase-toggle', 'prp-calendar-download'],
      content,
      ...frame,
    });
  }
  const summaryOf = (el: Element) => $(el, '[part="summary"]');

  /** The one current stage (`aria-current="step"`): its title, and that it starts open. */
  function expectCurrentStage(el: Element, title: string) {
    const now = current(el);
    expect(now).toHaveLength(1);
    const stage = now[0];
    expect(textIn(stage.querySelector('.phase-title'))).toContain(title);
    const toggle = stage.querySelector('button.toggle')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(el.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)!.hasAttribute('hidden')).toBe(false);
    return stage;
  }

  it('Default: no date, every stage without status, the "before your injection" steps', async () => {
    const { element } = await story('Default');
    expect(headingsNamed(shadow(element), 2, 'Your recovery after a PRP injection')).toHaveLength(1);
    expect(headingsNamed(shadow(element), 3, 'Before your injection')).toHaveLength(1);
    expect($(element, '[aria-current]')).toBeNull();
    expect(textIn(summaryOf(element))).toBe('');
    expect($$(element, 'li.phase')).toHaveLength(6);
  });

  it('BeforeInjection: 5 days ahead, a countdown and every stage coming up', async () => {
    const { element } = await story('BeforeInjection');
    expect(textIn(summaryOf(element))).toContain('Your injection is in 5 days.');
    expect($$(element, 'li.phase.upcoming')).toHaveLength(6);
    expect($(element, '.before')).not.toBeNull();
  });

  it('InjectionDay: day 0, the first stage current and open', async () => {
    const { element } = await story('InjectionDay');
    expectCurrentStage(element, 'Injection day');
    expect(textIn(summaryOf(element))).toContain('Today is your injection day.');
  });

  it('Days1To3: day 2, "Days 1 to 3" current', async () => {
    const { element } = await story('Days1To3');
    expectCurrentStage(element, 'Days 1 to 3');
    expect(textIn(summaryOf(element))).toContain('Day 2 after your injection.');
    expect($$(element, 'li.phase.done')).toHaveLength(1);
  });

  it('Days4To7: day 5; opening and closing the next stage fires prp-phase-toggle each time', async () => {
    const { element, spies } = await story('Days4To7');
    expectCurrentStage(element, 'Days 4 to 7');
    const spy = spies['prp-phase-toggle'];
    spy.mockClear();
    const next = $<HTMLButtonElement>(element, '#toggle-weeks-2-4');
    expect(next.getAttribute('aria-expanded')).toBe('false');
    next.click();
    await settle(element);
    expect(next.getAttribute('aria-expanded')).toBe('true');
    expect(shadow(element).getElementById('panel-weeks-2-4')!.hasAttribute('hidden')).toBe(false);
    expect(spy).toHaveBeenCalledTimes(1);
    expect((spy.mock.calls[0][0] as CustomEvent<PhaseToggleDetail>).detail).toStrictEqual({
      phase: 'weeks-2-4',
      open: true,
    });
    next.click();
    await settle(element);
    expect(next.getAttribute('aria-expanded')).toBe('false');
    expect((spy.mock.calls[1][0] as CustomEvent<PhaseToggleDetail>).detail).toStrictEqual({
      phase: 'weeks-2-4',
      open: false,
    });
  });

  it('Weeks2To4: day 15, the three earlier stages done', async () => {
    const { element } = await story('Weeks2To4');
    const stage = expectCurrentStage(element, 'Weeks 2 to 4');
    expect(textIn(stage)).toContain('Weeks 2 to 4');
    expect(textIn(summaryOf(element))).toContain('Day 15 after your injection.');
    expect($$(element, 'li.phase.done')).toHaveLength(3);
  });

  it('Weeks5To8: day 40, "Weeks 5 to 8" current', async () => {
    const { element } = await story('Weeks5To8');
    expectCurrentStage(element, 'Weeks 5 to 8');
  });

  it('Months2To6: day 100, the last stage current', async () => {
    const { element } = await story('Months2To6');
    expectCurrentStage(element, 'Months 2 to 6');
  });

  it('Complete: day 200, every stage done and the closing section', async () => {
    const { element } = await story('Complete');
    expect(textIn(summaryOf(element))).toContain('It has been more than 6 months since your injection.');
    expect($$(element, 'li.phase.done')).toHaveLength(6);
    expect($(element, '[aria-current]')).toBeNull();
    expect(headingsNamed(shadow(element), 3, '6 months after your injection')).toHaveLength(1);
  });

  it("ClinicProtocol: the clinic's protocol, and the calendar event (cancelled, so no file)", async () => {
    const { element, spies } = await story('ClinicProtocol');
    const stage = expectCurrentStage(element, 'Days 1 to 3');
    expect(textIn(stage)).toContain('for 14 days after the injection');
    expect(textIn(stage)).toContain('Do not put ice on the injection area.');
    expect(textIn(stage)).toContain('Call Riverside Spine Center today if:');
    expect(textIn(stage.querySelector('a[href="tel:+15415550123"]'))).toContain('+1 (541) 555-0123');
    expect(textIn($(element, '[part="footer"]'))).toContain('Reviewed by Dr. Ana Ortiz, MD on December 2, 2026.');
    const followUp = element.calendarEvents().find((event) => event.uid.startsWith('follow-up-'));
    expect(followUp?.summary).toBe('Follow-up visit with Riverside Spine Center');
    expect(followUp?.date).toStrictEqual({ year: 2026, month: 12, day: 31 }); // 6 weeks after Nov 19

    const spy = spies['prp-calendar-download'];
    spy.mockClear();
    element.addEventListener('prp-calendar-download', (event) => event.preventDefault(), { once: true });
    const buttons = named(shadow(element), 'button, [role="button"]', 'Add key dates to my calendar');
    expect(buttons).toHaveLength(1);
    (buttons[0] as HTMLButtonElement).click();
    expect(spy).toHaveBeenCalledTimes(1);
    expect((spy.mock.calls[0][0] as CustomEvent<CalendarDownloadDetail>).detail).toStrictEqual({
      fileName: 'recovery-dates.ics',
      events: 4,
    });
  });

  it('Prolotherapy: the prolotherapy content, day 15', async () => {
    const { element } = await story('Prolotherapy');
    expectCurrentStage(element, 'Weeks 2 to 4');
    expect(textIn($(element, '[part="title"]'))).toContain('Your recovery after prolotherapy');
  });

  it('Spanish: Spanish content, labels and dates, day 15', async () => {
    const { element } = await story('Spanish');
    expectCurrentStage(element, 'Semanas 2 a 4');
    expect(textIn($(element, '[part="title"]'))).toContain('Su recuperación después de una inyección de PRP');
    expect($(element, '[part="base"]').getAttribute('lang')).toBe('es');
    expect(textIn(summaryOf(element))).toContain('Día 15 después de su inyección.');
  });

  it('Dark: the dark theme, day 15', async () => {
    const { element } = await story('Dark');
    expectDarkTheme(element);
  });

  it('Narrow320: fits 320 px, day 15', async () => {
    const { element } = await story('Narrow320', NARROW_320);
    expectCurrentStage(element, 'Weeks 2 to 4');
    expectFits320(element);
  });

  it('HeadingLevel3: the title an h3, the stages h4', async () => {
    const { element } = await story('HeadingLevel3');
    expect($(element, '[part="title"]').localName).toBe('h3');
    expect(new Set($$(element, '.phase-heading').map((heading) => heading.localName))).toStrictEqual(new Set(['h4']));
  });

  it('ContentOverride: the content property replaces the title and intro and adds a clinic source', async () => {
    const { element } = await story('ContentOverride');
    expect(textIn($(element, '[part="title"]'))).toContain('After your PRP injection at Riverside');
    const intro = $$(element, '.intro');
    expect(intro).toHaveLength(1);
    expect(textIn(intro[0])).toContain('This is our own aftercare plan.');
    expect(textIn($(element, '[part="sources"]'))).toContain('PRP aftercare instructions');
  });

  it('BadInput: the fallbacks, and a warning for each bad value', async () => {
    const warn = spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const { element } = await story('BadInput');
      expect(headingsNamed(shadow(element), 2, 'Your recovery after a PRP injection')).toHaveLength(1);
      expect($$(element, 'li.phase')).toHaveLength(6);
      expect($(element, '[aria-current]')).toBeNull();
      expect($(element, '.phone a[href^="tel:"]')).toBeNull();
      expect(textIn($(element, '#panel-injection-day'))).toContain('Ask yours before you use an ice pack.');
      for (const attribute of [
        'procedure',
        'procedure-date',
        'heading-level',
        'ice',
        'nsaid-free-days',
        'clinic-phone',
      ]) {
        expect(warn).toHaveBeenCalledWith(expect.stringContaining(`ignored ${attribute}=`));
      }
    } finally {
      warn.mockRestore();
    }
  });

  it('EmergencyNumberUK: en-GB, "Call 999 or go to A&E now" with a tel:999 link, UK medicine names', async () => {
    const { element } = await story('EmergencyNumberUK');
    expect($(element, '.care--emergency .care-title a').getAttribute('href')).toBe('tel:999');
    expect(textIn($(element, '.care--emergency .care-title'))).toContain('Call 999 or go to A&E now');
    expect(textIn($(element, '.before'))).toContain('Paracetamol does not affect platelets');
    expect(textIn($(element, '[part="base"]'))).not.toContain('Tylenol');
  });
});
