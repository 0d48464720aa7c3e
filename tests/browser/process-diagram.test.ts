import '../../src/components/prp-process-diagram/define.js';

import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';

import type { PrpProcessDiagram } from '../../src/components/prp-process-diagram/process-diagram.js';
import { $, $$, expectOneWarning, liveLog, mount, settle } from './helpers.js';
import { emulate } from './media.js';

const diagram = (attributes: Record<string, string> = {}) =>
  mount<PrpProcessDiagram>('prp-process-diagram', attributes);
const folded = (node: Element) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();
const visibleSteps = (el: Element) => $$(el, 'li.step').filter((li) => !li.hidden);
const shownTitle = (el: Element) => folded(visibleSteps(el)[0].querySelector('.step-heading')!);
const buttons = (el: Element) => $$<HTMLButtonElement>(el, '.step-button');
const control = (el: Element, text: string) =>
  $$<HTMLButtonElement>(el, '.controls .button').find((b) => b.textContent.trim() === text)!;

const PRP_TITLES = [
  'Blood draw',
  'Spinning the blood',
  'Separating the layers',
  'Guided injection',
  'After the injection',
];

describe('<prp-process-diagram> steps', () => {
  it('stepper: five list items, one shown, each heading says "Step n of 5"', async () => {
    const el = await diagram();
    const steps = $$(el, 'ol.steps > li.step');
    expect(steps).to.have.length(5);
    expect(steps.map((li) => folded(li.querySelector('.step-heading')!))).to.deep.equal(
      PRP_TITLES.map((t, i) => `Step ${i + 1} of 5: ${t}`),
    );
    expect(steps.map((li) => li.querySelector('.step-heading')!.localName)).to.deep.equal(Array(5).fill('h3'));
    expect(visibleSteps(el)).to.have.length(1);
    expect(shownTitle(el)).to.equal('Step 1 of 5: Blood draw');
    expect(buttons(el).map((b) => b.getAttribute('aria-current'))).to.deep.equal(['step', null, null, null, null]);
  });

  it('overview: every step at once, no step buttons or controls', async () => {
    const el = await diagram({ layout: 'overview' });
    expect(visibleSteps(el)).to.have.length(5);
    expect($$(el, '.step-nav, .controls')).to.have.length(0);
  });

  it('is understandable with the drawings hidden: they are decorative and every step has text', async () => {
    const el = await diagram({ layout: 'overview' });
    for (const svg of $$(el, 'svg.illustration')) expect(svg.getAttribute('aria-hidden')).to.equal('true');
    for (const li of $$(el, 'li.step')) {
      const text = folded(li.querySelector('.step-text')!);
      expect(text.length, li.id).to.be.greaterThan(40);
    }
  });

  it('draws localized labels as real text in the layers step', async () => {
    const el = await diagram({ step: '3', lang: 'es' });
    const labels = $$(el, 'li.step:not([hidden]) svg text').map((t) => t.textContent);
    expect(labels).to.deep.equal(['Plasma', 'Capa blanca', 'Glóbulos rojos']);
    for (const text of $$<SVGTextElement>(el, 'li.step:not([hidden]) svg text')) {
      const box = text.getBBox();
      expect(box.x).to.be.at.least(0);
      expect(box.x + box.width, text.textContent).to.be.at.most(240); // inside the viewBox: never clipped
    }
  });

  it('words the injection step by guidance, and mentions both when unset', async () => {
    const text = async (guidance?: string) => {
      const el = await diagram({ layout: 'overview', ...(guidance ? { guidance } : {}) });
      return {
        text: folded($(el, '#step-injection .step-text')),
        labels: $$(el, '#step-injection svg text').map((t) => t.textContent),
      };
    };
    const ultrasound = await text('ultrasound');
    expect(ultrasound.text).to.contain('ultrasound').and.not.contain('fluoroscopy');
    expect(ultrasound.labels).to.include('Probe').and.not.include('X-ray');
    const fluoroscopy = await text('fluoroscopy');
    expect(fluoroscopy.text).to.contain('fluoroscopy').and.not.contain('ultrasound');
    expect(fluoroscopy.labels).to.include('X-ray').and.not.include('Probe');
    const both = await text();
    expect(both.text).to.contain('ultrasound').and.contain('fluoroscopy');
  });

  it('shows prolotherapy steps, with no guidance claims for its injections', async () => {
    const el = await diagram({ procedure: 'prolotherapy', layout: 'overview', guidance: 'ultrasound' });
    expect(folded($(el, '#step-injection .step-text'))).not.to.contain('ultrasound');
    expect($$(el, '#step-injection svg text').map((t) => t.textContent)).to.deep.equal(['Needle']);
    expect($$(el, '.step-title').map(folded)).to.deep.equal([
      'Check-up',
      'Preparing the solution',
      'Injections',
      'A short irritation',
      'Repeat visits',
    ]);
  });
});

describe('<prp-process-diagram> the step attribute, both ways', () => {
  it('shows the step set from outside, without an event', async () => {
    const el = await diagram({ step: '3' });
    expect(shownTitle(el)).to.equal('Step 3 of 5: Separating the layers');
    let fired = 0;
    el.addEventListener('prp-step-change', () => fired++);
    el.setAttribute('step', '5');
    await settle(el);
    expect(shownTitle(el)).to.equal('Step 5 of 5: After the injection');
    expect(fired).to.equal(0);
  });

  it("reflects the reader's moves to the attribute, with prp-step-change", async () => {
    const el = await diagram();
    setTimeout(() => control(el, 'Next').click());
    const event = await oneEvent(document, 'prp-step-change');
    expect(event.detail).to.deep.equal({ step: 2, id: 'centrifuge' });
    expect(event.bubbles && event.composed).to.equal(true);
    await settle(el);
    expect(el.getAttribute('step')).to.equal('2');
    buttons(el)[4].click();
    await settle(el);
    expect(el.getAttribute('step')).to.equal('5');
    expect(control(el, 'Next').getAttribute('aria-disabled')).to.equal('true');
    control(el, 'Next').click();
    await settle(el);
    expect(el.getAttribute('step')).to.equal('5');
    control(el, 'Previous').click();
    await settle(el);
    expect(el.getAttribute('step')).to.equal('4');
  });

  it('shows position and completion on the step buttons', async () => {
    const el = await diagram({ step: '3' });
    const states = buttons(el).map((b) => [...b.classList].find((c) => ['done', 'current', 'upcoming'].includes(c)));
    expect(states).to.deep.equal(['done', 'done', 'current', 'upcoming', 'upcoming']);
    expect(folded(buttons(el)[0])).to.equal('Step 1 of 5: Blood draw (done)');
    // Ordinary Tab stops, found without knowing that arrow keys also move (no roving tabindex).
    expect(buttons(el).map((b) => b.tabIndex)).to.deep.equal([0, 0, 0, 0, 0]);
  });
});

describe('<prp-process-diagram> keyboard', () => {
  it('moves with arrow keys, Home and End, keeping focus on the current step button', async () => {
    const el = await diagram();
    buttons(el)[0].focus();
    const focusedStep = () => (el.shadowRoot!.activeElement as HTMLElement).textContent.replace(/\s+/g, ' ').trim();
    const steps: number[] = [];
    el.addEventListener('prp-step-change', (e) => steps.push(e.detail.step));
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(el.step).to.equal(2);
    expect(focusedStep()).to.contain('Spinning the blood');
    expect(getComputedStyle(el.shadowRoot!.activeElement!).outlineStyle).to.equal('solid');
    await sendKeys({ press: 'End' });
    await settle(el);
    expect(el.step).to.equal(5);
    expect(focusedStep()).to.contain('After the injection');
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(el.step).to.equal(5);
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    await sendKeys({ press: 'Home' });
    await settle(el);
    expect(el.step).to.equal(1);
    expect(steps).to.deep.equal([2, 5, 4, 1]);
    // Focus is on the new step's button, whose name says the step: nothing is announced besides.
    expect($(el, '[role="status"]').textContent).to.equal('');
  });

  it('activates step buttons and Next with Enter and Space', async () => {
    const el = await diagram();
    control(el, 'Next').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    await sendKeys({ press: ' ' });
    await settle(el);
    expect(el.step).to.equal(3);
  });

  it("announces a step once: by Previous and Next, never when focus already sits on the new step's button", async () => {
    const el = await diagram();
    const log = liveLog($(el, '[role="status"]'));
    buttons(el)[2].focus();
    await sendKeys({ press: 'Enter' }); // a step button: focus is on it, its name says the step
    await settle(el);
    await sendKeys({ press: 'ArrowRight' }); // an arrow key: focus moves to the new step's button
    await settle(el);
    expect(el.step).to.equal(4);
    expect(log.said).to.deep.equal([]);
    control(el, 'Next').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    control(el, 'Previous').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(log.said).to.deep.equal(['Step 5 of 5: After the injection', 'Step 4 of 5: Guided injection']);
    log.stop();
  });
});

describe('<prp-process-diagram> autoplay', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => clock.restore());

  it('advances every N seconds, loops, and reports each change', async () => {
    const el = await diagram({ autoplay: '2' });
    const seen: string[] = [];
    el.addEventListener('prp-step-change', (e) => seen.push(e.detail.id));
    await clock.tickAsync(1999);
    expect(el.step).to.equal(1);
    await clock.tickAsync(1);
    await settle(el);
    expect(el.step).to.equal(2);
    await clock.tickAsync(8000);
    await settle(el);
    expect(el.step).to.equal(1); // 3, 4, 5, then back to 1
    expect(seen).to.deep.equal(['centrifuge', 'separation', 'injection', 'healing', 'blood-draw']);
    expect($(el, '[role="status"]').textContent).to.equal(''); // autoplay does not chatter to screen readers
  });

  it('has a visible pause button, before the steps it moves, that stops and restarts it', async () => {
    const el = await diagram({ autoplay: '2' });
    const toggle = $<HTMLButtonElement>(el, '[part="autoplay"]');
    expect(toggle.textContent.trim()).to.equal('Pause');
    expect(toggle.offsetWidth).to.be.greaterThan(0);
    // First in reading and Tab order: before the step buttons and the steps (WCAG 2.2.2).
    for (const later of [$(el, '.step-nav'), $(el, 'ol.steps')]) {
      expect(toggle.compareDocumentPosition(later) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      expect(toggle.getBoundingClientRect().top).to.be.below(later.getBoundingClientRect().top);
    }
    toggle.click();
    await settle(el);
    el.dispatchEvent(new FocusEvent('focusout')); // the click focused it; leave so only the pause holds it
    await settle(el);
    await clock.tickAsync(10000);
    expect(el.step).to.equal(1);
    expect($<HTMLButtonElement>(el, '[part="autoplay"]').textContent.trim()).to.equal('Play');
    $<HTMLButtonElement>(el, '[part="autoplay"]').click();
    el.dispatchEvent(new FocusEvent('focusout'));
    await settle(el);
    await clock.tickAsync(2000);
    await settle(el);
    expect(el.step).to.equal(2);
  });

  it('pauses while hovered and while focus is inside', async () => {
    const el = await diagram({ autoplay: '2' });
    el.dispatchEvent(new MouseEvent('mouseenter'));
    await settle(el);
    await clock.tickAsync(6000);
    expect(el.step).to.equal(1);
    el.dispatchEvent(new MouseEvent('mouseleave'));
    await settle(el);
    buttons(el)[0].focus();
    await settle(el);
    await clock.tickAsync(6000);
    expect(el.step).to.equal(1);
    buttons(el)[0].blur();
    await settle(el);
    await clock.tickAsync(2000);
    await settle(el);
    expect(el.step).to.equal(2);
  });

  it('never starts under reduced motion, but the reader may press Play', async () => {
    await emulate({ reducedMotion: 'reduce' });
    try {
      const el = await diagram({ autoplay: '2' });
      await clock.tickAsync(10000);
      expect(el.step).to.equal(1);
      const toggle = $<HTMLButtonElement>(el, '[part="autoplay"]');
      expect(toggle.textContent.trim()).to.equal('Play');
      toggle.click();
      el.dispatchEvent(new FocusEvent('focusout'));
      await settle(el);
      await clock.tickAsync(2000);
      await settle(el);
      expect(el.step).to.equal(2);
    } finally {
      await emulate({ reducedMotion: 'no-preference' });
    }
  });

  it('does not run in the overview layout', async () => {
    const el = await diagram({ autoplay: '2', layout: 'overview' });
    await clock.tickAsync(10000);
    expect(el.step).to.equal(1);
    expect($(el, '[part="autoplay"]')).to.equal(null);
  });
});

describe('<prp-process-diagram> motion and print', () => {
  it('spins the centrifuge only when motion is allowed', async () => {
    const el = await diagram({ step: '2' });
    const spin = $(el, 'li.step:not([hidden]) .spin');
    expect(getComputedStyle(spin).animationName).to.equal('spin');
    await emulate({ reducedMotion: 'reduce' });
    try {
      expect(getComputedStyle(spin).animationName).to.equal('none');
      expect(getComputedStyle(visibleSteps(el)[0]).animationName).to.equal('none');
    } finally {
      await emulate({ reducedMotion: 'no-preference' });
    }
  });

  it('prints the overview: every step, no buttons', async () => {
    const el = await diagram({ step: '2' });
    await emulate({ media: 'print' });
    try {
      expect($$(el, 'li.step').every((li) => getComputedStyle(li).display !== 'none')).to.equal(true);
      expect(getComputedStyle($(el, '.step-nav')).display).to.equal('none');
      expect(getComputedStyle($(el, '.controls')).display).to.equal('none');
    } finally {
      await emulate({ media: 'screen' });
    }
  });
});

describe('<prp-process-diagram> bad input', () => {
  const cases: [string, string, string, (el: PrpProcessDiagram) => void][] = [
    ['step', '9', '1', (el) => expect(shownTitle(el)).to.equal('Step 1 of 5: Blood draw')],
    ['step', '0', '1', (el) => expect(shownTitle(el)).to.equal('Step 1 of 5: Blood draw')],
    ['step', 'three', '1', (el) => expect(shownTitle(el)).to.equal('Step 1 of 5: Blood draw')],
    ['step', '2.5', '1', (el) => expect(shownTitle(el)).to.equal('Step 1 of 5: Blood draw')],
    ['procedure', 'stem-cells', 'prp', (el) => expect(folded($(el, '.title'))).to.equal('How PRP is made and given')],
    [
      'guidance',
      'x-ray-vision',
      'both mentioned',
      (el) =>
        expect(folded($(el, '#step-injection .step-text')))
          .to.contain('fluoroscopy')
          .and.contain('ultrasound'),
    ],
    ['layout', 'carousel', 'stepper', (el) => expect(visibleSteps(el)).to.have.length(1)],
    ['autoplay', '0', 'no autoplay', (el) => expect($(el, '[part="autoplay"]')).to.equal(null)],
    ['autoplay', '-3', 'no autoplay', (el) => expect($(el, '[part="autoplay"]')).to.equal(null)],
    ['autoplay', 'fast', 'no autoplay', (el) => expect($(el, '[part="autoplay"]')).to.equal(null)],
    ['heading-level', '7', '2', (el) => expect($(el, '.title').localName).to.equal('h2')],
  ];
  for (const [attribute, value, fallback, check] of cases) {
    it(`${attribute}="${value}" → one warning, ${fallback}, still rendered`, async () => {
      const extra: Record<string, string> = attribute === 'guidance' ? { layout: 'overview' } : {};
      const el = await expectOneWarning(
        () => diagram({ [attribute]: value, ...extra }),
        ['prp-process-diagram', attribute, value, fallback],
      );
      expect($$(el, 'li.step')).to.have.length(5);
      check(el);
    });
  }
});

describe('<prp-process-diagram> accessibility (axe)', () => {
  for (const theme of ['light', 'dark']) {
    for (const step of ['1', '2', '3', '4', '5']) {
      it(`has no violations: stepper, step ${step}, ${theme}`, async () => {
        await expect(await diagram({ step, theme, autoplay: '5' })).to.be.accessible();
      });
    }
    it(`has no violations: overview, ${theme}`, async () => {
      await expect(await diagram({ layout: 'overview', theme })).to.be.accessible();
    });
    it(`has no violations: prolotherapy in Spanish, ${theme}`, async () => {
      await expect(
        await diagram({ procedure: 'prolotherapy', lang: 'es', theme, layout: 'overview' }),
      ).to.be.accessible();
    });
  }
});
