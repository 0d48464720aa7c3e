// Registers <prp-process-diagram> (a side-effect module, listed in package.json "sideEffects").
import '../src/components/prp-process-diagram/define.js';

import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, fn, type Mock, userEvent } from 'storybook/test';

import type { PrpProcessDiagram } from '../src/components/prp-process-diagram/process-diagram.js';
import type { Procedure, StepChangeDetail } from '../src/components/prp-process-diagram/types.js';
// The default content: step titles and which steps are guided come from here, so the stories follow
// wording changes; the "Step n of 5" format, the controls and the guidance routing are what they test.
import { processDiagram as en } from '../src/content/en/by-procedure.js';
import { processDiagram as es } from '../src/content/es/by-procedure.js';
import { rendered, spyOnWarnings } from './helpers.js';
import {
  describeStory as describe,
  expectDark,
  expectFits320,
  hideMirrored,
  narrow320,
  renderElement,
  SharedArgs,
  sharedArgTypes,
} from './helpers.js';

const TAG = 'prp-process-diagram';

/** Args are the element's attributes (by attribute name), its `content` property and event spies. */
interface DiagramArgs extends SharedArgs {
  procedure?: string;
  guidance?: string;
  layout?: string;
  step?: number | string;
  autoplay?: number | string;
  content?: PrpProcessDiagram['content'];
  onPrpStepChange?: (event: CustomEvent<StepChangeDetail>) => void;
}

const hidden = hideMirrored();

const argTypes: Partial<ArgTypes<DiagramArgs>> = {
  ...hidden,
  procedure: { control: 'inline-radio', options: ['prp', 'prolotherapy'] },
  guidance: { control: 'inline-radio', options: ['ultrasound', 'fluoroscopy'] },
  layout: { control: 'inline-radio', options: ['stepper', 'overview'] },
  step: { control: { type: 'number', min: 1, max: 5 } },
  autoplay: { control: { type: 'number', min: 1, max: 600 } },
  ...sharedArgTypes,
};

const meta = {
  title: 'Elements/Process diagram',
  component: TAG,
  argTypes,
  args: {
    // A spy: it shows in the Actions panel and lets play functions check the event.
    onPrpStepChange: fn(),
  },
  render: (args, context) => renderElement(TAG, args, context, { 'prp-step-change': 'onPrpStepChange' }),
} satisfies Meta<DiagramArgs>;

export default meta;
type Story = StoryObj<DiagramArgs>;

const diagram = (canvasElement: HTMLElement) => rendered<PrpProcessDiagram>(canvasElement, TAG);

const titlesOf = (procedure: Procedure, locale = en) => locale.procedures[procedure].steps.map((step) => step.title);
const PRP_TITLES = titlesOf('prp');
const PROLOTHERAPY_TITLES = titlesOf('prolotherapy');

/** Text with runs of whitespace folded, as a reader (or a screen reader) gets it. */
const folded = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

const visibleSteps = (shadow: ShadowRoot) =>
  [...shadow.querySelectorAll<HTMLLIElement>('li.step')].filter((li) => !li.hidden);
const stepButtons = (shadow: ShadowRoot) => [...shadow.querySelectorAll<HTMLButtonElement>('.step-button')];
const control = (shadow: ShadowRoot, text: string) =>
  [...shadow.querySelectorAll<HTMLButtonElement>('.controls .button')].find((button) => folded(button) === text);
const statusOf = (shadow: ShadowRoot) => shadow.querySelector('[role="status"]');
const toggleOf = (shadow: ShadowRoot) => shadow.querySelector<HTMLButtonElement>('[part="autoplay"]');

/**
 * Waits for the shown step's fade-in after a step change (320 ms at full motion), so the accessibility check
 * that follows the play function measures its settled colours, not a half-transparent frame. Only the
 * step's own animation: the drawings' spin and pulse loops never finish.
 */
async function fadeInDone(shadow: ShadowRoot) {
  const current = shadow.querySelector<HTMLElement>('li.step.current');
  await Promise.all(current?.getAnimations().map((animation) => animation.finished.catch(() => undefined)) ?? []);
}

/**
 * Stepper layout: five steps in the list, only step `n` shown (its heading "Step n of 5: title"), the step
 * buttons with `n` current, and Previous/Next disabled at the ends.
 */
async function expectStepper(canvasElement: HTMLElement, n: number, titles = PRP_TITLES) {
  const { element, shadow } = await diagram(canvasElement);
  await expect(shadow.querySelectorAll('li.step')).toHaveLength(5);
  const shown = visibleSteps(shadow);
  await expect(shown).toHaveLength(1);
  await expect(folded(shown[0].querySelector('.step-heading'))).toBe(`Step ${n} of 5: ${titles[n - 1]}`);
  await expect(element).toHaveAttribute('step', String(n));
  const buttons = stepButtons(shadow);
  await expect(buttons).toHaveLength(5);
  await expect(buttons.map((button) => button.getAttribute('aria-current'))).toEqual(
    titles.map((_, index) => (index + 1 === n ? 'step' : null)),
  );
  await expect(control(shadow, 'Previous')).toHaveAttribute('aria-disabled', String(n === 1));
  await expect(control(shadow, 'Next')).toHaveAttribute('aria-disabled', String(n === 5));
  return { element, shadow };
}

/** Overview layout: all five steps shown in order, no step buttons and no controls. */
async function expectOverview(canvasElement: HTMLElement, titles = PRP_TITLES) {
  const { element, shadow } = await diagram(canvasElement);
  const shown = visibleSteps(shadow);
  await expect(shown).toHaveLength(5);
  await expect(shown.map((li) => folded(li.querySelector('.step-heading')))).toEqual(
    titles.map((title, index) => `Step ${index + 1} of 5: ${title}`),
  );
  await expect(shadow.querySelector('.step-nav')).toBeNull();
  await expect(shadow.querySelector('.controls')).toBeNull();
  return { element, shadow };
}

/**
 * The injection step (in the DOM in both layouts). When the content words it per guidance (PRP), its text
 * names the guidance it was given, and only that one (unset names both), and the drawing labels the
 * ultrasound probe and/or the X-ray source to match. An unguided injection step names and draws neither.
 */
async function expectGuidance(
  shadow: ShadowRoot,
  procedure: Procedure,
  guidance: 'ultrasound' | 'fluoroscopy' | 'both',
) {
  const guided = en.procedures[procedure].steps.find((step) => step.id === 'injection')?.guidance !== undefined;
  const step = shadow.querySelector('#step-injection')!;
  await expect(step).not.toBeNull();
  const text = folded(step.querySelector('.step-text')).toLowerCase();
  const labels = [...step.querySelectorAll('svg text')].map((label) => label.textContent);
  const ultrasound = guided && guidance !== 'fluoroscopy';
  const fluoroscopy = guided && guidance !== 'ultrasound';
  await expect(text.includes('ultrasound')).toBe(ultrasound);
  await expect(text.includes('fluoroscopy')).toBe(fluoroscopy);
  await expect(labels.includes('Probe')).toBe(ultrasound);
  await expect(labels.includes('X-ray')).toBe(fluoroscopy);
  // The wording shown is the content's statement for that guidance, not another one.
  const wording = en.procedures[procedure].steps.find((step) => step.id === 'injection')?.guidance?.[guidance];
  if (wording) await expect(step.querySelector('.step-text')).toHaveTextContent(wording.text);
}

export const PrpStepperUltrasound: Story = {
  args: { procedure: 'prp', layout: 'stepper', guidance: 'ultrasound' },
  parameters: describe(
    'The default layout: PRP one step at a time, with step buttons, Previous and Next. `guidance="ultrasound"`: the injection step (step 4) speaks of ultrasound only.',
  ),
  play: async ({ canvasElement }) => {
    const { shadow } = await expectStepper(canvasElement, 1);
    await expect(shadow.querySelector('[part="title"]')).toHaveTextContent(en.procedures.prp.title);
    await expect(toggleOf(shadow)).toBeNull();
    await expectGuidance(shadow, 'prp', 'ultrasound');
  },
};

export const PrpStepperFluoroscopy: Story = {
  args: { procedure: 'prp', layout: 'stepper', guidance: 'fluoroscopy' },
  parameters: describe(
    'PRP as a stepper with `guidance="fluoroscopy"`: the injection step speaks of a live X-ray picture.',
  ),
  play: async ({ canvasElement }) => {
    const { shadow } = await expectStepper(canvasElement, 1);
    await expectGuidance(shadow, 'prp', 'fluoroscopy');
  },
};

export const PrpStepperBoth: Story = {
  args: { procedure: 'prp', layout: 'stepper' },
  parameters: describe(
    'PRP as a stepper with no `guidance`: the injection step mentions both ultrasound and fluoroscopy.',
  ),
  play: async ({ canvasElement }) => {
    const { shadow } = await expectStepper(canvasElement, 1);
    await expectGuidance(shadow, 'prp', 'both');
  },
};

export const PrpOverviewUltrasound: Story = {
  args: { procedure: 'prp', layout: 'overview', guidance: 'ultrasound' },
  parameters: describe(
    '`layout="overview"`: every PRP step at once, with no step buttons or controls (print always shows this). Guided by ultrasound.',
  ),
  play: async ({ canvasElement }) => {
    const { shadow } = await expectOverview(canvasElement);
    await expectGuidance(shadow, 'prp', 'ultrasound');
  },
};

export const PrpOverviewFluoroscopy: Story = {
  args: { procedure: 'prp', layout: 'overview', guidance: 'fluoroscopy' },
  parameters: describe('Every PRP step at once, guided by fluoroscopy (a live X-ray picture).'),
  play: async ({ canvasElement }) => {
    const { shadow } = await expectOverview(canvasElement);
    await expectGuidance(shadow, 'prp', 'fluoroscopy');
  },
};

export const PrpOverviewBoth: Story = {
  args: { procedure: 'prp', layout: 'overview' },
  parameters: describe(
    'Every PRP step at once with no `guidance`: the injection step names both ways of guiding the needle.',
  ),
  play: async ({ canvasElement }) => {
    const { shadow } = await expectOverview(canvasElement);
    await expectGuidance(shadow, 'prp', 'both');
  },
};

export const ProlotherapyStepper: Story = {
  args: { procedure: 'prolotherapy', layout: 'stepper' },
  parameters: describe(
    '`procedure="prolotherapy"` as a stepper: the five prolotherapy steps, one at a time. Its injection step has no guidance wording, so it names neither ultrasound nor fluoroscopy.',
  ),
  play: async ({ canvasElement }) => {
    const { shadow } = await expectStepper(canvasElement, 1, PROLOTHERAPY_TITLES);
    await expect(shadow.querySelector('[part="title"]')).toHaveTextContent(en.procedures.prolotherapy.title);
    await expectGuidance(shadow, 'prolotherapy', 'both');
  },
};

export const ProlotherapyOverview: Story = {
  args: { procedure: 'prolotherapy', layout: 'overview' },
  parameters: describe('`procedure="prolotherapy"` with `layout="overview"`: every prolotherapy step at once.'),
  play: async ({ canvasElement }) => {
    const { shadow } = await expectOverview(canvasElement, PROLOTHERAPY_TITLES);
    await expect(shadow.querySelector('[part="title"]')).toHaveTextContent(en.procedures.prolotherapy.title);
    await expectGuidance(shadow, 'prolotherapy', 'both');
  },
};

export const Step1: Story = {
  args: { step: 1 },
  parameters: describe('`step="1"`: the blood draw. Previous is disabled and no step is marked done yet.'),
  play: async ({ canvasElement }) => {
    const { shadow } = await expectStepper(canvasElement, 1);
    await expect(shadow.querySelectorAll('.step-button.done')).toHaveLength(0);
  },
};

export const Step2: Story = {
  args: { step: 2 },
  parameters: describe('`step="2"`: spinning the blood in a centrifuge. Step 1 is marked done with a check mark.'),
  play: async ({ canvasElement }) => {
    const { shadow } = await expectStepper(canvasElement, 2);
    await expect(folded(stepButtons(shadow)[0])).toBe(`Step 1 of 5: ${PRP_TITLES[0]} (done)`);
  },
};

export const Step3: Story = {
  args: { step: 3 },
  parameters: describe('`step="3"`: the separated layers, labelled in the drawing (plasma, buffy coat, red cells).'),
  play: async ({ canvasElement }) => {
    const { shadow } = await expectStepper(canvasElement, 3);
    const labels = [...visibleSteps(shadow)[0].querySelectorAll('svg text')].map((label) => label.textContent);
    const { plasma, buffyCoat, redCells } = en.strings.labels;
    await expect(labels).toEqual([plasma, buffyCoat, redCells]);
  },
};

export const Step4: Story = {
  args: { step: 4 },
  parameters: describe('`step="4"`: the guided injection (no `guidance`, so both ways are mentioned).'),
  play: async ({ canvasElement }) => {
    const { shadow } = await expectStepper(canvasElement, 4);
    await expect(visibleSteps(shadow)[0]).toHaveAttribute('id', 'step-injection');
  },
};

export const Step5: Story = {
  args: { step: 5 },
  parameters: describe(
    '`step="5"`: the last step, what happens after the injection. Next is disabled and the four earlier steps are marked done.',
  ),
  play: async ({ canvasElement }) => {
    const { shadow } = await expectStepper(canvasElement, 5);
    await expect(shadow.querySelectorAll('.step-button.done')).toHaveLength(4);
  },
};

export const Keyboard: Story = {
  parameters: describe(
    'Each step button is a Tab stop; arrow keys also move between steps (Home and End to the ends) and focus follows. The focused button says the step, so nothing else is announced; Previous and Next announce the new step politely. The play function presses ArrowRight and checks the `prp-step-change` event.',
  ),
  play: async ({ canvasElement, args }) => {
    const { element, shadow } = await expectStepper(canvasElement, 1);
    const spy = args.onPrpStepChange as Mock;
    spy.mockClear();
    await expect(stepButtons(shadow).map((button) => button.tabIndex)).toEqual([0, 0, 0, 0, 0]);
    shadow.querySelector<HTMLButtonElement>('.step-button[aria-current="step"]')!.focus();
    await userEvent.keyboard('{ArrowRight}');
    await element.updateComplete;
    await fadeInDone(shadow);
    await expectStepper(canvasElement, 2);
    await expect(element.step).toBe(2);
    await expect(shadow.activeElement).toBe(stepButtons(shadow)[1]);
    await expect(folded(statusOf(shadow))).toBe('');
    await expect(spy).toHaveBeenCalledTimes(1);
    await expect((spy.mock.calls[0][0] as CustomEvent<StepChangeDetail>).detail).toEqual({ step: 2, id: 'centrifuge' });
  },
};

export const Autoplay: Story = {
  args: { autoplay: '4' },
  parameters: describe(
    '`autoplay="4"`: moves on every 4 seconds, back to step 1 after the last, for a waiting-room screen. It waits while the pointer or focus is inside, has a visible Pause button before the steps, and never starts under reduced motion. The play function checks the button without waiting for the timer.',
  ),
  play: async ({ canvasElement, args, globals }) => {
    const { element, shadow } = await expectStepper(canvasElement, 1);
    const spy = args.onPrpStepChange as Mock;
    spy.mockClear();
    const toggle = toggleOf(shadow);
    await expect(toggle).not.toBeNull();
    await expect(
      toggle!.compareDocumentPosition(shadow.querySelector('.step-nav')!) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    // Under reduced motion (system setting or the Motion toolbar) autoplay waits for the reader's Play.
    const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches || globals.motion === 'reduced';
    await expect(folded(toggle)).toBe(reduced ? 'Play' : 'Pause');
    await userEvent.click(toggle!);
    await element.updateComplete;
    await expect(folded(toggleOf(shadow))).toBe(reduced ? 'Pause' : 'Play');
    // Back as it started.
    await userEvent.click(toggleOf(shadow)!);
    await element.updateComplete;
    await expect(folded(toggleOf(shadow))).toBe(reduced ? 'Play' : 'Pause');
    await expect(element.step).toBe(1);
    await expect(spy).not.toHaveBeenCalled();
  },
};

export const ReducedMotion: Story = {
  args: { autoplay: '2' },
  // Reduced motion set by the page: `--prp-motion-duration: 0s` on a wrapper, as a site's own CSS might.
  render: (args, context) => html`<div style="--prp-motion-duration: 0s">${meta.render(args, context)}</div>`,
  parameters: describe(
    '`autoplay="2"` inside a page that sets `--prp-motion-duration: 0s` (as `prefers-reduced-motion` does): nothing spins or fades, and autoplay does not start; the button offers Play instead.',
  ),
  play: async ({ canvasElement, args }) => {
    const { element, shadow } = await expectStepper(canvasElement, 1);
    await expect(getComputedStyle(element).getPropertyValue('--prp-motion-duration').trim()).toBe('0s');
    await expect(folded(toggleOf(shadow))).toBe('Play');
    await expect(element.step).toBe(1);
    await expect(args.onPrpStepChange).not.toHaveBeenCalled();
  },
};

export const Dark: Story = {
  args: { theme: 'dark' },
  parameters: describe('`theme="dark"` on a dark page. The Theme toolbar switches every story.'),
  play: async ({ canvasElement }) => {
    const { element } = await diagram(canvasElement);
    await expectDark(element, canvasElement);
  },
};

export const Spanish: Story = {
  args: { lang: 'es' },
  parameters: describe('`lang="es"`: Spanish content, labels and controls.'),
  play: async ({ canvasElement }) => {
    const { shadow } = await diagram(canvasElement);
    await expect(shadow.querySelector('[part="base"]')).toHaveAttribute('lang', 'es');
    await expect(shadow.querySelector('[part="title"]')).toHaveTextContent(es.procedures.prp.title);
    const shown = visibleSteps(shadow);
    await expect(shown).toHaveLength(1);
    await expect(folded(shown[0].querySelector('.step-heading'))).toBe(`Paso 1 de 5: ${titlesOf('prp', es)[0]}`);
    await expect(shadow.querySelector('.step-nav')).toHaveAttribute('aria-label', 'Pasos');
    await expect(control(shadow, 'Anterior')).toHaveAttribute('aria-disabled', 'true');
    await expect(control(shadow, 'Siguiente')).toHaveAttribute('aria-disabled', 'false');
  },
};

export const Narrow320: Story = {
  ...narrow320,
  play: async ({ canvasElement }) => {
    const { element, shadow } = await expectStepper(canvasElement, 1);
    await expectFits320(element, shadow);
  },
};

export const BadInput: Story = {
  args: { step: '9', guidance: 'x-ray-vision', layout: 'carousel', autoplay: 'fast' },
  parameters: describe(
    'Invalid values for several attributes. The element still renders, with the fallbacks (the stepper at step 1, both kinds of guidance mentioned, no autoplay), and logs one `console.warn` per bad value, which is expected here.',
  ),
  beforeEach: spyOnWarnings,
  play: async ({ canvasElement }) => {
    const { shadow } = await expectStepper(canvasElement, 1); // also checks step="9" was written back as 1
    await expect(shadow.querySelectorAll('li.step')).toHaveLength(5);
    await expect(toggleOf(shadow)).toBeNull();
    await expectGuidance(shadow, 'prp', 'both');
    for (const attribute of ['step', 'guidance', 'layout', 'autoplay']) {
      await expect(console.warn).toHaveBeenCalledWith(expect.stringContaining(`ignored ${attribute}=`));
    }
  },
};
