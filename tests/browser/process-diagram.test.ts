import '../../src/components/prp-process-diagram/define.js';

import { oneEvent } from '@open-wc/testing';
import { spyOn } from '@vitest/spy';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';

import type { PrpProcessDiagram } from '../../src/components/prp-process-diagram/process-diagram.js';
import type { Procedure, StepChangeDetail } from '../../src/components/prp-process-diagram/types.js';
import { processDiagram as en } from '../../src/content/en/by-procedure.js';
import { processDiagram as es } from '../../src/content/es/by-procedure.js';
import { DIAGRAM_ARGS, DIAGRAM_FRAMES, type DiagramArgs } from '../../stories/process-diagram.args.js';
import { expect } from './expect.js';
import {
  $,
  $$,
  expectDarkTheme,
  expectFits320,
  expectOneWarning,
  liveLog,
  mount,
  mountStory,
  NARROW_320,
  settle,
  shadow,
  type StoryFrame,
  textIn,
} from './helpers.js';
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
    expect(steps).toHaveLength(5);
    expect(steps.map((li) => folded(li.querySelector('.step-heading')!))).toStrictEqual(
      PRP_TITLES.map((t, i) => `Step ${i + 1} of 5: ${t}`),
    );
    expect(steps.map((li) => li.querySelector('.step-heading')!.localName)).toStrictEqual(Array(5).fill('h3'));
    expect(visibleSteps(el)).toHaveLength(1);
    expect(shownTitle(el)).toBe('Step 1 of 5: Blood draw');
    expect(buttons(el).map((b) => b.getAttribute('aria-current'))).toStrictEqual(['step', null, null, null, null]);
  });

  it('overview: every step at once, no step buttons or controls', async () => {
    const el = await diagram({ layout: 'overview' });
    expect(visibleSteps(el)).toHaveLength(5);
    expect($$(el, '.step-nav, .controls')).toHaveLength(0);
  });

  it('is understandable with the drawings hidden: they are decorative and every step has text', async () => {
    const el = await diagram({ layout: 'overview' });
    for (const svg of $$(el, 'svg.illustration')) expect(svg.getAttribute('aria-hidden')).toBe('true');
    for (const li of $$(el, 'li.step')) {
      const text = folded(li.querySelector('.step-text')!);
      expect(text.length, li.id).toBeGreaterThan(40);
    }
  });

  it('draws localized labels as real text in the layers step', async () => {
    const el = await diagram({ step: '3', lang: 'es' });
    const labels = $$(el, 'li.step:not([hidden]) svg text').map((t) => t.textContent);
    expect(labels).toStrictEqual(['Plasma', 'Capa blanca', 'Glóbulos rojos']);
    for (const text of $$<SVGTextElement>(el, 'li.step:not([hidden]) svg text')) {
      const box = text.getBBox();
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, text.textContent).toBeLessThanOrEqual(240); // inside the viewBox: never clipped
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
    expect(ultrasound.text).toContain('ultrasound');
    expect(ultrasound.text).not.toContain('fluoroscopy');
    expect(ultrasound.labels).toContain('Probe');
    expect(ultrasound.labels).not.toContain('X-ray');
    const fluoroscopy = await text('fluoroscopy');
    expect(fluoroscopy.text).toContain('fluoroscopy');
    expect(fluoroscopy.text).not.toContain('ultrasound');
    expect(fluoroscopy.labels).toContain('X-ray');
    expect(fluoroscopy.labels).not.toContain('Probe');
    const both = await text();
    expect(both.text).toContain('ultrasound');
    expect(both.text).toContain('fluoroscopy');
  });

  it('shows prolotherapy steps, with no guidance claims for its injections', async () => {
    const el = await diagram({ procedure: 'prolotherapy', layout: 'overview', guidance: 'ultrasound' });
    expect(folded($(el, '#step-injection .step-text'))).not.toContain('ultrasound');
    expect($$(el, '#step-injection svg text').map((t) => t.textContent)).toStrictEqual(['Needle']);
    expect($$(el, '.step-title').map(folded)).toStrictEqual([
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
    expect(shownTitle(el)).toBe('Step 3 of 5: Separating the layers');
    let fired = 0;
    el.addEventListener('prp-step-change', () => fired++);
    el.setAttribute('step', '5');
    await settle(el);
    expect(shownTitle(el)).toBe('Step 5 of 5: After the injection');
    expect(fired).toBe(0);
  });

  it("reflects the reader's moves to the attribute, with prp-step-change", async () => {
    const el = await diagram();
    setTimeout(() => control(el, 'Next').click());
    const event = await oneEvent(document, 'prp-step-change');
    expect(event.detail).toStrictEqual({ step: 2, id: 'centrifuge' });
    expect(event.bubbles && event.composed).toBe(true);
    await settle(el);
    expect(el.getAttribute('step')).toBe('2');
    buttons(el)[4].click();
    await settle(el);
    expect(el.getAttribute('step')).toBe('5');
    expect(control(el, 'Next').getAttribute('aria-disabled')).toBe('true');
    control(el, 'Next').click();
    await settle(el);
    expect(el.getAttribute('step')).toBe('5');
    control(el, 'Previous').click();
    await settle(el);
    expect(el.getAttribute('step')).toBe('4');
  });

  it('shows position and completion on the step buttons', async () => {
    const el = await diagram({ step: '3' });
    const states = buttons(el).map((b) => [...b.classList].find((c) => ['done', 'current', 'upcoming'].includes(c)));
    expect(states).toStrictEqual(['done', 'done', 'current', 'upcoming', 'upcoming']);
    expect(folded(buttons(el)[0])).toBe('Step 1 of 5: Blood draw (done)');
    // Ordinary Tab stops, found without knowing that arrow keys also move (no roving tabindex).
    expect(buttons(el).map((b) => b.tabIndex)).toStrictEqual([0, 0, 0, 0, 0]);
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
    expect(el.step).toBe(2);
    expect(focusedStep()).toContain('Spinning the blood');
    expect(getComputedStyle(el.shadowRoot!.activeElement!).outlineStyle).toBe('solid');
    await sendKeys({ press: 'End' });
    await settle(el);
    expect(el.step).toBe(5);
    expect(focusedStep()).toContain('After the injection');
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(el.step).toBe(5);
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    await sendKeys({ press: 'Home' });
    await settle(el);
    expect(el.step).toBe(1);
    expect(steps).toStrictEqual([2, 5, 4, 1]);
    // Focus is on the new step's button, whose name says the step: nothing is announced besides.
    expect($(el, '[role="status"]').textContent).toBe('');
  });

  it('activates step buttons and Next with Enter and Space', async () => {
    const el = await diagram();
    control(el, 'Next').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    await sendKeys({ press: ' ' });
    await settle(el);
    expect(el.step).toBe(3);
  });

  it("announces a step once: by Previous and Next, never when focus already sits on the new step's button", async () => {
    const el = await diagram();
    const log = liveLog($(el, '[role="status"]'));
    buttons(el)[2].focus();
    await sendKeys({ press: 'Enter' }); // a step button: focus is on it, its name says the step
    await settle(el);
    await sendKeys({ press: 'ArrowRight' }); // an arrow key: focus moves to the new step's button
    await settle(el);
    expect(el.step).toBe(4);
    expect(log.said).toStrictEqual([]);
    control(el, 'Next').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    control(el, 'Previous').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(log.said).toStrictEqual(['Step 5 of 5: After the injection', 'Step 4 of 5: Guided injection']);
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
    expect(el.step).toBe(1);
    await clock.tickAsync(1);
    await settle(el);
    expect(el.step).toBe(2);
    await clock.tickAsync(8000);
    await settle(el);
    expect(el.step).toBe(1); // 3, 4, 5, then back to 1
    expect(seen).toStrictEqual(['centrifuge', 'separation', 'injection', 'healing', 'blood-draw']);
    expect($(el, '[role="status"]').textContent).toBe(''); // autoplay does not chatter to screen readers
  });

  it('has a visible pause button, before the steps it moves, that stops and restarts it', async () => {
    const el = await diagram({ autoplay: '2' });
    const toggle = $<HTMLButtonElement>(el, '[part="autoplay"]');
    expect(toggle.textContent.trim()).toBe('Pause');
    expect(toggle.offsetWidth).toBeGreaterThan(0);
    // First in reading and Tab order: before the step buttons and the steps (WCAG 2.2.2).
    for (const later of [$(el, '.step-nav'), $(el, 'ol.steps')]) {
      expect(toggle.compareDocumentPosition(later) & Node.DOCUMENT_POSITION_FOLLOWING).not.toBe(0);
      expect(toggle.getBoundingClientRect().top).toBeLessThan(later.getBoundingClientRect().top);
    }
    toggle.click();
    await settle(el);
    el.dispatchEvent(new FocusEvent('focusout')); // the click focused it; leave so only the pause holds it
    await settle(el);
    await clock.tickAsync(10000);
    expect(el.step).toBe(1);
    expect($<HTMLButtonElement>(el, '[part="autoplay"]').textContent.trim()).toBe('Play');
    $<HTMLButtonElement>(el, '[part="autoplay"]').click();
    el.dispatchEvent(new FocusEvent('focusout'));
    await settle(el);
    await clock.tickAsync(2000);
    await settle(el);
    expect(el.step).toBe(2);
  });

  it('pauses while hovered and while focus is inside', async () => {
    const el = await diagram({ autoplay: '2' });
    el.dispatchEvent(new MouseEvent('mouseenter'));
    await settle(el);
    await clock.tickAsync(6000);
    expect(el.step).toBe(1);
    el.dispatchEvent(new MouseEvent('mouseleave'));
    await settle(el);
    buttons(el)[0].focus();
    await settle(el);
    await clock.tickAsync(6000);
    expect(el.step).toBe(1);
    buttons(el)[0].blur();
    await settle(el);
    await clock.tickAsync(2000);
    await settle(el);
    expect(el.step).toBe(2);
  });

  it('never starts under reduced motion, but the reader may press Play', async () => {
    await emulate({ reducedMotion: 'reduce' });
    try {
      const el = await diagram({ autoplay: '2' });
      await clock.tickAsync(10000);
      expect(el.step).toBe(1);
      const toggle = $<HTMLButtonElement>(el, '[part="autoplay"]');
      expect(toggle.textContent.trim()).toBe('Play');
      toggle.click();
      el.dispatchEvent(new FocusEvent('focusout'));
      await settle(el);
      await clock.tickAsync(2000);
      await settle(el);
      expect(el.step).toBe(2);
    } finally {
      await emulate({ reducedMotion: 'no-preference' });
    }
  });

  it('does not run in the overview layout', async () => {
    const el = await diagram({ autoplay: '2', layout: 'overview' });
    await clock.tickAsync(10000);
    expect(el.step).toBe(1);
    expect($(el, '[part="autoplay"]')).toBe(null);
  });
});

describe('<prp-process-diagram> motion and print', () => {
  it('spins the centrifuge only when motion is allowed', async () => {
    const el = await diagram({ step: '2' });
    const spin = $(el, 'li.step:not([hidden]) .spin');
    expect(getComputedStyle(spin).animationName).toBe('spin');
    await emulate({ reducedMotion: 'reduce' });
    try {
      expect(getComputedStyle(spin).animationName).toBe('none');
      expect(getComputedStyle(visibleSteps(el)[0]).animationName).toBe('none');
    } finally {
      await emulate({ reducedMotion: 'no-preference' });
    }
  });

  it('prints the overview: every step, no buttons', async () => {
    const el = await diagram({ step: '2' });
    await emulate({ media: 'print' });
    try {
      expect($$(el, 'li.step').every((li) => getComputedStyle(li).display !== 'none')).toBe(true);
      expect(getComputedStyle($(el, '.step-nav')).display).toBe('none');
      expect(getComputedStyle($(el, '.controls')).display).toBe('none');
    } finally {
      await emulate({ media: 'screen' });
    }
  });
});

describe('<prp-process-diagram> bad input', () => {
  const cases: [string, string, string, (el: PrpProcessDiagram) => void][] = [
    ['step', '9', '1', (el) => expect(shownTitle(el)).toBe('Step 1 of 5: Blood draw')],
    ['step', '0', '1', (el) => expect(shownTitle(el)).toBe('Step 1 of 5: Blood draw')],
    ['step', 'three', '1', (el) => expect(shownTitle(el)).toBe('Step 1 of 5: Blood draw')],
    ['step', '2.5', '1', (el) => expect(shownTitle(el)).toBe('Step 1 of 5: Blood draw')],
    ['procedure', 'stem-cells', 'prp', (el) => expect(folded($(el, '.title'))).toBe('How PRP is made and given')],
    [
      'guidance',
      'x-ray-vision',
      'both mentioned',
      (el) => {
        expect(folded($(el, '#step-injection .step-text'))).toContain('fluoroscopy');
        expect(folded($(el, '#step-injection .step-text'))).toContain('ultrasound');
      },
    ],
    ['layout', 'carousel', 'stepper', (el) => expect(visibleSteps(el)).toHaveLength(1)],
    ['autoplay', '0', 'no autoplay', (el) => expect($(el, '[part="autoplay"]')).toBe(null)],
    ['autoplay', '-3', 'no autoplay', (el) => expect($(el, '[part="autoplay"]')).toBe(null)],
    ['autoplay', 'fast', 'no autoplay', (el) => expect($(el, '[part="autoplay"]')).toBe(null)],
    ['heading-level', '7', '2', (el) => expect($(el, '.title').localName).toBe('h2')],
  ];
  for (const [attribute, value, fallback, check] of cases) {
    it(`${attribute}="${value}" → one warning, ${fallback}, still rendered`, async () => {
      const extra: Record<string, string> = attribute === 'guidance' ? { layout: 'overview' } : {};
      const el = await expectOneWarning(
        () => diagram({ [attribute]: value, ...extra }),
        ['prp-process-diagram', attribute, value, fallback],
      );
      expect($$(el, 'li.step')).toHaveLength(5);
      check(el);
    });
  }
});

describe('<prp-process-diagram> accessibility (axe)', () => {
  for (const theme of ['light', 'dark']) {
    for (const step of ['1', '2', '3', '4', '5']) {
      it(`has no violations: stepper, step ${step}, ${theme}`, async () => {
        await expect(await diagram({ step, theme, autoplay: '5' })).toBeAccessible();
      });
    }
    it(`has no violations: overview, ${theme}`, async () => {
      await expect(await diagram({ layout: 'overview', theme })).toBeAccessible();
    });
    it(`has no violations: prolotherapy in Spanish, ${theme}`, async () => {
      await expect(
        await diagram({ procedure: 'prolotherapy', lang: 'es', theme, layout: 'overview' }),
      ).toBeAccessible();
    });
  }
});

/** Each story of stories/process-diagram.stories.ts, mounted as it renders; the story itself is a smoke and visual test. */
describe('<prp-process-diagram> as each story shows it', () => {
  /** The story `name` as it renders: its args from stories/process-diagram.args.ts, `content` as the property. */
  function story(name: keyof typeof DIAGRAM_ARGS, frame: StoryFrame = {}) {
    const { content, ...attributes }: DiagramArgs = DIAGRAM_ARGS[name];
    return mountStory<PrpProcessDiagram>('prp-process-diagram', attributes, {
      events: ['prp-step-change'],
      content,
      ...frame,
    });
  }
  const titlesOf = (procedure: Procedure, locale = en) => locale.procedures[procedure].steps.map((step) => step.title);
  const TITLES = titlesOf('prp');
  const PROLOTHERAPY_TITLES = titlesOf('prolotherapy');
  const toggleOf = (el: Element) => shadow(el).querySelector<HTMLButtonElement>('[part="autoplay"]');
  const controlNamed = (el: Element, text: string) => $$(el, '.controls .button').find((b) => folded(b) === text);

  /** Stepper layout: five steps, only step `n` shown, the step buttons with `n` current, Previous/Next disabled at the ends. */
  function expectStepper(el: PrpProcessDiagram, n: number, titles = TITLES) {
    expect($$(el, 'li.step')).toHaveLength(5);
    const shown = visibleSteps(el);
    expect(shown).toHaveLength(1);
    expect(textIn(shown[0].querySelector('.step-heading'))).toBe(`Step ${n} of 5: ${titles[n - 1]}`);
    expect(el.getAttribute('step')).toBe(String(n));
    expect(buttons(el)).toHaveLength(5);
    expect(buttons(el).map((button) => button.getAttribute('aria-current'))).toStrictEqual(
      titles.map((_, index) => (index + 1 === n ? 'step' : null)),
    );
    expect(controlNamed(el, 'Previous')!.getAttribute('aria-disabled')).toBe(String(n === 1));
    expect(controlNamed(el, 'Next')!.getAttribute('aria-disabled')).toBe(String(n === 5));
  }

  /** Overview layout: all five steps shown in order, no step buttons and no controls. */
  function expectOverview(el: PrpProcessDiagram, titles = TITLES) {
    const shown = visibleSteps(el);
    expect(shown).toHaveLength(5);
    expect(shown.map((li) => textIn(li.querySelector('.step-heading')))).toStrictEqual(
      titles.map((title, index) => `Step ${index + 1} of 5: ${title}`),
    );
    expect($(el, '.step-nav')).toBeNull();
    expect($(el, '.controls')).toBeNull();
  }

  /**
   * The injection step names the guidance it was given, and only that one (unset names both), and its drawing
   * labels the probe and/or the X-ray source to match; an unguided injection step (prolotherapy) names neither.
   */
  function expectGuidance(
    el: PrpProcessDiagram,
    procedure: Procedure,
    guidance: 'ultrasound' | 'fluoroscopy' | 'both',
  ) {
    const injection = en.procedures[procedure].steps.find((step) => step.id === 'injection');
    const guided = injection?.guidance !== undefined;
    const step = $(el, '#step-injection');
    expect(step).not.toBeNull();
    const text = textIn(step.querySelector('.step-text')).toLowerCase();
    const labels = [...step.querySelectorAll('svg text')].map((label) => label.textContent);
    const ultrasound = guided && guidance !== 'fluoroscopy';
    const fluoroscopy = guided && guidance !== 'ultrasound';
    expect(text.includes('ultrasound')).toBe(ultrasound);
    expect(text.includes('fluoroscopy')).toBe(fluoroscopy);
    expect(labels.includes('Probe')).toBe(ultrasound);
    expect(labels.includes('X-ray')).toBe(fluoroscopy);
    // The wording shown is the content's statement for that guidance, not another one.
    const wording = injection?.guidance?.[guidance];
    if (wording) expect(textIn(step.querySelector('.step-text'))).toContain(wording.text);
  }

  it('PrpStepperUltrasound: the stepper at step 1, ultrasound only', async () => {
    const { element } = await story('PrpStepperUltrasound');
    expectStepper(element, 1);
    expect(textIn($(element, '[part="title"]'))).toContain(en.procedures.prp.title);
    expect(toggleOf(element)).toBeNull();
    expectGuidance(element, 'prp', 'ultrasound');
  });

  it('PrpStepperFluoroscopy: the stepper, fluoroscopy only', async () => {
    const { element } = await story('PrpStepperFluoroscopy');
    expectStepper(element, 1);
    expectGuidance(element, 'prp', 'fluoroscopy');
  });

  it('PrpStepperBoth: the stepper with no guidance names both', async () => {
    const { element } = await story('PrpStepperBoth');
    expectStepper(element, 1);
    expectGuidance(element, 'prp', 'both');
  });

  it('PrpOverviewUltrasound: every step at once, ultrasound only', async () => {
    const { element } = await story('PrpOverviewUltrasound');
    expectOverview(element);
    expectGuidance(element, 'prp', 'ultrasound');
  });

  it('PrpOverviewFluoroscopy: every step at once, fluoroscopy only', async () => {
    const { element } = await story('PrpOverviewFluoroscopy');
    expectOverview(element);
    expectGuidance(element, 'prp', 'fluoroscopy');
  });

  it('PrpOverviewBoth: every step at once, both kinds of guidance', async () => {
    const { element } = await story('PrpOverviewBoth');
    expectOverview(element);
    expectGuidance(element, 'prp', 'both');
  });

  it('ProlotherapyStepper: the prolotherapy steps, no guidance wording', async () => {
    const { element } = await story('ProlotherapyStepper');
    expectStepper(element, 1, PROLOTHERAPY_TITLES);
    expect(textIn($(element, '[part="title"]'))).toContain(en.procedures.prolotherapy.title);
    expectGuidance(element, 'prolotherapy', 'both');
  });

  it('ProlotherapyOverview: every prolotherapy step at once', async () => {
    const { element } = await story('ProlotherapyOverview');
    expectOverview(element, PROLOTHERAPY_TITLES);
    expect(textIn($(element, '[part="title"]'))).toContain(en.procedures.prolotherapy.title);
    expectGuidance(element, 'prolotherapy', 'both');
  });

  it('Step1: the blood draw, no step done yet', async () => {
    const { element } = await story('Step1');
    expectStepper(element, 1);
    expect($$(element, '.step-button.done')).toHaveLength(0);
  });

  it('Step2: step 1 marked done in words', async () => {
    const { element } = await story('Step2');
    expectStepper(element, 2);
    expect(folded(buttons(element)[0])).toBe(`Step 1 of 5: ${TITLES[0]} (done)`);
  });

  it('Step3: the layers labelled in the drawing', async () => {
    const { element } = await story('Step3');
    expectStepper(element, 3);
    const labels = [...visibleSteps(element)[0].querySelectorAll('svg text')].map((label) => label.textContent);
    const { plasma, buffyCoat, redCells } = en.strings.labels;
    expect(labels).toStrictEqual([plasma, buffyCoat, redCells]);
  });

  it('Step4: the guided injection', async () => {
    const { element } = await story('Step4');
    expectStepper(element, 4);
    expect(visibleSteps(element)[0].getAttribute('id')).toBe('step-injection');
  });

  it('Step5: the last step, the four earlier ones done', async () => {
    const { element } = await story('Step5');
    expectStepper(element, 5);
    expect($$(element, '.step-button.done')).toHaveLength(4);
  });

  it('Keyboard: ArrowRight moves to step 2, focus follows, nothing announced, one prp-step-change', async () => {
    const { element, spies } = await story('Keyboard');
    expectStepper(element, 1);
    const spy = spies['prp-step-change'];
    spy.mockClear();
    expect(buttons(element).map((button) => button.tabIndex)).toStrictEqual([0, 0, 0, 0, 0]);
    $<HTMLButtonElement>(element, '.step-button[aria-current="step"]').focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(element);
    expectStepper(element, 2);
    expect(element.step).toBe(2);
    expect(shadow(element).activeElement).toBe(buttons(element)[1]);
    expect(folded($(element, '[role="status"]'))).toBe('');
    expect(spy).toHaveBeenCalledTimes(1);
    expect((spy.mock.calls[0][0] as CustomEvent<StepChangeDetail>).detail).toStrictEqual({
      step: 2,
      id: 'centrifuge',
    });
  });

  it('Autoplay: a Pause button before the steps; pressed twice, back as it was, with no step change', async () => {
    const { element, spies } = await story('Autoplay');
    expectStepper(element, 1);
    const spy = spies['prp-step-change'];
    spy.mockClear();
    const toggle = toggleOf(element);
    expect(toggle).not.toBeNull();
    expect(toggle!.compareDocumentPosition($(element, '.step-nav')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // Under reduced motion autoplay waits for the reader's Play.
    const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
    expect(folded(toggle!)).toBe(reduced ? 'Play' : 'Pause');
    toggle!.click();
    await settle(element);
    expect(folded(toggleOf(element)!)).toBe(reduced ? 'Pause' : 'Play');
    toggleOf(element)!.click();
    await settle(element);
    expect(folded(toggleOf(element)!)).toBe(reduced ? 'Play' : 'Pause');
    expect(element.step).toBe(1);
    expect(spy).not.toHaveBeenCalled();
  });

  it('ReducedMotion: inside a page that sets --prp-motion-duration: 0s, autoplay offers Play and does not start', async () => {
    const { element, spies } = await story('ReducedMotion', DIAGRAM_FRAMES.ReducedMotion);
    expectStepper(element, 1);
    expect(getComputedStyle(element).getPropertyValue('--prp-motion-duration').trim()).toBe('0s');
    expect(folded(toggleOf(element)!)).toBe('Play');
    expect(element.step).toBe(1);
    expect(spies['prp-step-change']).not.toHaveBeenCalled();
  });

  it('Dark: the dark theme', async () => {
    const { element } = await story('Dark');
    expectDarkTheme(element);
  });

  it('Spanish: Spanish content, labels and controls', async () => {
    const { element } = await story('Spanish');
    expect($(element, '[part="base"]').getAttribute('lang')).toBe('es');
    expect(textIn($(element, '[part="title"]'))).toContain(es.procedures.prp.title);
    const shown = visibleSteps(element);
    expect(shown).toHaveLength(1);
    expect(textIn(shown[0].querySelector('.step-heading'))).toBe(`Paso 1 de 5: ${titlesOf('prp', es)[0]}`);
    expect($(element, '.step-nav').getAttribute('aria-label')).toBe('Pasos');
    expect(controlNamed(element, 'Anterior')!.getAttribute('aria-disabled')).toBe('true');
    expect(controlNamed(element, 'Siguiente')!.getAttribute('aria-disabled')).toBe('false');
  });

  it('Narrow320: fits 320 px', async () => {
    const { element } = await story('Narrow320', NARROW_320);
    expectStepper(element, 1);
    expectFits320(element);
  });

  it('BadInput: the fallbacks, and a warning for each bad value', async () => {
    const warn = spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const { element } = await story('BadInput');
      expectStepper(element, 1); // also checks step="9" was written back as 1
      expect($$(element, 'li.step')).toHaveLength(5);
      expect(toggleOf(element)).toBeNull();
      expectGuidance(element, 'prp', 'both');
      for (const attribute of ['step', 'guidance', 'layout', 'autoplay']) {
        expect(warn).toHaveBeenCalledWith(expect.stringContaining(`ignored ${attribute}=`));
      }
    } finally {
      warn.mockRestore();
    }
  });
});
