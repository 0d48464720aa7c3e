import '../../src/components/prp-recovery-timeline/define.js';

import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

import type { PrpRecoveryTimeline } from '../../src/components/prp-recovery-timeline/recovery-timeline.js';
import { $, $$, captureWarnings, liveLog, mount, settle, textOf } from './helpers.js';
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
    expect(toggles(el).map((t) => t.querySelector('.phase-title')!.textContent)).to.deep.equal([
      'Injection day',
      'Days 1 to 3',
      'Days 4 to 7',
      'Weeks 2 to 4',
      'Weeks 5 to 8',
      'Months 2 to 6',
    ]);
    expect(toggles(el).map((t) => t.getAttribute('aria-expanded'))).to.deep.equal([
      'true',
      'false',
      'false',
      'false',
      'false',
      'false',
    ]);
    expect(current(el)).to.have.length(0);
    expect($(el, '.before').textContent).to.contain('Before your injection');
    expect($(el, '.summary').textContent).to.equal('');
    expect($$(el, '.sources li').length).to.be.greaterThan(5);
    expect(textOf(el)).to.contain('not medical advice');
    expect(textOf(el)).to.contain('Information updated December 2026');
    expect($$(el, 'button').map((b) => b.textContent.trim())).not.to.include('Add key dates to my calendar');
  });

  it('before the injection: a countdown, the preparation steps, every stage coming up', async () => {
    const el = await timeline({ 'procedure-date': dateBefore(-5), today: TODAY });
    expect($(el, '.summary').textContent).to.equal('Your injection is in 5 days.');
    expect($(el, '.before')).to.exist;
    expect($$(el, '.status').map((s) => s.textContent)).to.deep.equal(Array(6).fill('Coming up'));
    const tomorrow = await timeline({ 'procedure-date': dateBefore(-1), today: TODAY });
    expect($(tomorrow, '.summary').textContent).to.equal('Your injection is tomorrow.');
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
      expect(now).to.have.length(1);
      expect(now[0].querySelector('.phase-title')!.textContent).to.equal(title);
      expect(now[0].querySelector('.toggle')!.getAttribute('aria-expanded')).to.equal('true');
      expect(now[0].querySelector('.status')!.textContent).to.match(
        /^Now: (Day \d+ after your injection|Today is your injection day)$/,
      );
      expect($(el, '.summary').textContent).to.equal(summary);
      expect($(el, '.summary').getAttribute('role')).to.equal('status');
      expect(openPanels(el)).to.have.length(1);
      const statuses = $$(el, '.status').map((s) => s.textContent.split(':')[0]);
      const index = stages.findIndex(([d]) => d === day);
      expect(statuses).to.deep.equal([
        ...Array<string>(index).fill('Done'),
        'Now',
        ...Array<string>(5 - index).fill('Coming up'),
      ]);
      expect($(el, '.before')).to.equal(null);
    });
  }

  it('after 6 months: the complete state, every stage done, the last one open', async () => {
    const el = await timeline({ 'procedure-date': dateBefore(183), today: TODAY });
    expect($(el, '.summary').textContent).to.equal('It has been more than 6 months since your injection.');
    expect($(el, '.complete').textContent).to.contain('6 months after your injection');
    expect($$(el, '.status').map((s) => s.textContent)).to.deep.equal(Array(6).fill('Done'));
    expect(current(el)).to.have.length(0);
    expect(toggles(el).at(-1)!.getAttribute('aria-expanded')).to.equal('true');
  });

  it("shows each stage's dates in the reader's language", async () => {
    const el = await timeline({ 'procedure-date': '2026-11-12', today: TODAY });
    expect(toggles(el)[0].textContent).to.contain('Thu, Nov 12');
    expect(toggles(el)[1].textContent).to.contain('Fri, Nov 13 to Sun, Nov 15');
    el.lang = 'es';
    await settle(el);
    expect(toggles(el)[1].textContent).to.match(/del vie, 13 nov.* al dom, 15 nov/);
  });

  it('renders prolotherapy content', async () => {
    const el = await timeline({ procedure: 'prolotherapy' });
    expect($(el, '.title').textContent).to.equal('Your recovery after prolotherapy');
    expect(textOf(el)).to.contain('series of injections');
  });
});

describe('<prp-recovery-timeline> emergency notice', () => {
  it('is a heading that says what to do, with a hidden "Emergency:" prefix, a tel: link and the NHS signs', async () => {
    const el = await timeline();
    const heading = $(el, '.care--emergency .care-title');
    expect(heading.localName).to.equal('h3');
    expect(heading.textContent.replace(/\s+/g, ' ').trim()).to.equal(
      'Emergency: Call 911 or go to the emergency room now if you have back pain and:',
    );
    expect(heading.querySelector('.sr-only')!.textContent.trim()).to.equal('Emergency:');
    expect(heading.querySelector('a')!.getAttribute('href')).to.equal('tel:911');
    expect($$(el, '.care--emergency li')).to.have.length(3);
    expect($(el, '.care--emergency').textContent).to.contain('you leak pee or poo');
  });

  it('uses emergency-number, for clinics outside the US', async () => {
    const el = await timeline({ 'emergency-number': '999' });
    expect($(el, '.care--emergency .care-title a').getAttribute('href')).to.equal('tel:999');
    expect($(el, '.care--emergency .care-title').textContent).to.contain('Call 999 or go');
  });
});

describe('<prp-recovery-timeline> clinic settings replace neutral wording', () => {
  it('uses neutral wording by default', async () => {
    const el = await timeline({ 'procedure-date': dateBefore(1), today: TODAY });
    const text = textOf(el);
    expect(text).to.contain('Ask your clinic how long to avoid NSAIDs');
    expect(text).to.contain('Clinics give different advice about ice');
    expect(text).to.contain('Call your clinic today if:');
    expect($$(el, '.phone a[href^="tel:"]')).to.have.length(0);
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
    expect(text).to.contain('Do not take NSAIDs, such as ibuprofen or naproxen, for 14 days after the injection');
    expect(text).to.contain('Do not put ice on the injection area');
    expect(text).to.contain('Your follow-up visit is about 6 weeks after the injection');
    expect(text).to.contain('Call Riverside Spine today if:');
    expect(text).not.to.contain('Ask your clinic how long to avoid NSAIDs');
    const phone = $<HTMLAnchorElement>(el, '.phone a[href^="tel:"]');
    expect(phone.getAttribute('href')).to.equal('tel:5550132480');
    expect(phone.textContent).to.equal('(555) 013-2480');
  });

  it('shows NSAID advice only in stages inside the NSAID-free days', async () => {
    const el = await timeline({ 'nsaid-free-days': '5' });
    const panels = $$(el, '[part="panel"]').map((panel) => panel.textContent ?? '');
    expect(panels.map((text) => text.includes('NSAIDs'))).to.deep.equal([true, true, true, false, false, false]);
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
    expect(el.shadowRoot!.activeElement!.getAttribute('href')).to.equal('tel:911'); // the emergency number comes first
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement!.textContent.trim()).to.equal('Show all stages');
    await sendKeys({ press: 'Tab' });
    const first = toggles(el)[0];
    expect(el.shadowRoot!.activeElement).to.equal(first);
    expect(getComputedStyle(first).outlineStyle).to.equal('solid');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(first.getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: ' ' });
    await settle(el);
    expect(toggles(el)[1].getAttribute('aria-expanded')).to.equal('true');
    expect(openPanels(el).map((p) => p.id)).to.deep.equal(['panel-days-1-3']);
  });

  it('fires prp-phase-toggle, bubbling and composed', async () => {
    const el = await timeline();
    setTimeout(() => toggles(el)[2].click());
    const event = await oneEvent(document, 'prp-phase-toggle');
    expect(event.detail).to.deep.equal({ phase: 'week-1', open: true });
    expect(event.composed).to.equal(true);
  });

  it('shows and hides every stage at once', async () => {
    const el = await timeline();
    const all = $$<HTMLButtonElement>(el, '.actions .button')[0];
    const seen: string[] = [];
    el.addEventListener('prp-phase-toggle', (e) => seen.push(e.detail.phase));
    all.click();
    await settle(el);
    expect(openPanels(el)).to.have.length(6);
    expect(all.textContent.trim()).to.equal('Hide all stages');
    expect(seen).to.have.length(5);
    all.click();
    await settle(el);
    expect(openPanels(el)).to.have.length(0);
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
    expect(event.detail).to.deep.equal({ fileName: 'recovery-dates.ics', events: 4 });
    expect(saved!.download).to.equal('recovery-dates.ics');
    expect(saved!.href).to.match(/^blob:/);
    const ics = await blobs[0].text();
    expect(ics.match(/BEGIN:VEVENT/g)).to.have.length(4);
    expect(ics).to.contain('DTSTART;VALUE=DATE:20261224'); // 6 weeks after 2026-11-12
    expect(ics).to.contain('SUMMARY:Follow-up visit with Riverside Spine');
  });

  it('says on the page, once, that the calendar file was made', async () => {
    const el = await timeline({ 'procedure-date': '2026-11-12', today: TODAY });
    el.shadowRoot!.addEventListener(
      'click',
      (event) => (event.target as HTMLAnchorElement).download && event.preventDefault(),
    );
    const status = $(el, '.download-status');
    expect(status.getAttribute('role')).to.equal('status');
    const log = liveLog(status);
    $$<HTMLButtonElement>(el, '.actions .button')[1].click();
    await settle(el);
    expect(log.said).to.deep.equal([
      'Calendar file recovery-dates.ics made. Open it from your downloads to add the dates.',
    ]);
    expect(status.checkVisibility()).to.equal(true);
    log.stop();
  });

  it('gives screen readers the full weekday and month of each stage; the short form is only seen', async () => {
    const el = await timeline({ 'procedure-date': '2026-11-22', today: TODAY });
    const dates = $$(el, '.toggle .dates');
    expect(dates).to.have.length(6);
    expect(folded(dates[0].querySelector('[aria-hidden="true"]')!)).to.equal('Sun, Nov 22');
    expect(folded(dates[0].querySelector('.sr-only')!)).to.equal('Sunday, November 22');
    expect(folded(dates[1].querySelector('.sr-only')!)).to.equal('Monday, November 23 to Wednesday, November 25');
    const es = await timeline({ 'procedure-date': '2026-11-22', today: TODAY, lang: 'es' });
    expect(folded($$(es, '.toggle .dates .sr-only')[0])).to.equal('domingo, 22 de noviembre');
  });

  it('does not download when the host cancels prp-calendar-download', async () => {
    const el = await timeline({ 'procedure-date': '2026-11-12', today: TODAY });
    let created = 0;
    const create = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob) => (created++, create(blob));
    el.addEventListener('prp-calendar-download', (event) => event.preventDefault());
    $$<HTMLButtonElement>(el, '.actions .button')[1].click();
    URL.createObjectURL = create;
    expect(created).to.equal(0);
  });
});

describe('<prp-recovery-timeline> language', () => {
  it('takes its own lang, then the nearest [lang] ancestor, and re-renders when either changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="es-MX"><section><prp-recovery-timeline></prp-recovery-timeline></section></div>`,
    );
    const el = wrapper.querySelector('prp-recovery-timeline')!;
    await settle(el);
    expect($(el, '.title').textContent).to.equal('Su recuperación después de una inyección de PRP');
    expect($(el, '.timeline').getAttribute('lang')).to.equal('es');
    wrapper.lang = 'en';
    await new Promise((resolve) => setTimeout(resolve));
    await settle(el);
    expect($(el, '.title').textContent).to.equal('Your recovery after a PRP injection');
    el.setAttribute('lang', 'es');
    await settle(el);
    expect($(el, '.title').textContent).to.equal('Su recuperación después de una inyección de PRP');
    expect(textOf(el)).to.contain('Fuentes');
  });

  it('falls back to English with one warning for an unsupported language', async () => {
    const warnings = captureWarnings();
    const el = await timeline({ lang: 'fr' });
    el.requestUpdate();
    await settle(el);
    warnings.restore();
    expect($(el, '.title').textContent).to.equal('Your recovery after a PRP injection');
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('<prp-recovery-timeline>').and.contain('"fr"').and.contain('English');
  });
});

describe('<prp-recovery-timeline> headings, print and motion', () => {
  it('uses heading-level for its outline', async () => {
    const el = await timeline({ 'heading-level': '4' });
    expect($(el, '.title').localName).to.equal('h4');
    expect($(el, '.phase-heading').localName).to.equal('h5');
    expect($(el, '.section-title').localName).to.equal('h6');
    const deep = await timeline({ 'heading-level': '6' });
    expect($(deep, '.phase-heading').localName).to.equal('h6');
    const standard = await timeline();
    expect($(standard, '.title').localName).to.equal('h2');
  });

  it('prints every stage open and hides the buttons row', async () => {
    const el = await timeline();
    await emulate({ media: 'print' });
    try {
      expect($$(el, '.panel').every((panel) => getComputedStyle(panel).display !== 'none')).to.equal(true);
      expect(getComputedStyle($(el, '.actions')).display).to.equal('none');
    } finally {
      await emulate({ media: 'screen' });
    }
  });

  it('turns transitions off under prefers-reduced-motion', async () => {
    const el = await timeline();
    expect(getComputedStyle($(el, '.chevron')).transitionDuration).to.equal('0.16s');
    await emulate({ reducedMotion: 'reduce' });
    try {
      expect(getComputedStyle($(el, '.chevron')).transitionDuration).to.equal('0s');
    } finally {
      await emulate({ reducedMotion: 'no-preference' });
    }
  });

  it('switches colours with theme, and follows the system for theme="auto"', async () => {
    const light = await timeline();
    const dark = await timeline({ theme: 'dark' });
    const auto = await timeline({ theme: 'auto' });
    const background = (el: Element) => getComputedStyle(el).backgroundColor;
    expect(background(light)).to.equal('rgb(255, 255, 255)');
    expect(background(dark)).to.equal('rgb(21, 25, 30)');
    expect(background(auto)).to.equal('rgb(255, 255, 255)');
    await emulate({ colorScheme: 'dark' });
    try {
      expect(background(auto)).to.equal('rgb(21, 25, 30)');
      expect(background(light)).to.equal('rgb(255, 255, 255)');
    } finally {
      await emulate({ colorScheme: 'light' });
    }
  });

  it('sizes text in px/em so a host html font-size does not shrink it', async () => {
    document.documentElement.style.fontSize = '62.5%';
    try {
      const el = await timeline();
      expect(getComputedStyle($(el, '.intro')).fontSize).to.equal('16px');
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
        await expect(el).to.be.accessible();
        $$<HTMLButtonElement>(el, '.actions .button')[0].click(); // every stage open
        await settle(el);
        await expect(el).to.be.accessible();
      });
    }
  }
});
