// Registers <prp-process-diagram> (a side-effect module, listed in package.json "sideEffects").
import '../src/components/prp-process-diagram/define.js';

import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { fn, userEvent } from 'storybook/test';

import type { PrpProcessDiagram } from '../src/components/prp-process-diagram/process-diagram.js';
import type { StepChangeDetail } from '../src/components/prp-process-diagram/types.js';
import {
  describeStory as describe,
  expectDarkFrame,
  hideMirrored,
  narrow320,
  rendered,
  renderElement,
  sharedArgTypes,
} from './helpers.js';
import { DIAGRAM_ARGS, DIAGRAM_FRAMES, type DiagramArgs } from './process-diagram.args.js';

const TAG = 'prp-process-diagram';

/** A story's args (process-diagram.args.ts) and the event spy. */
interface DiagramStoryArgs extends DiagramArgs {
  onPrpStepChange?: (event: CustomEvent<StepChangeDetail>) => void;
}

const hidden = hideMirrored();

const argTypes: Partial<ArgTypes<DiagramStoryArgs>> = {
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
    // A spy: it shows the event in the Actions panel.
    onPrpStepChange: fn(),
  },
  render: (args, context) => renderElement(TAG, args, context, { 'prp-step-change': 'onPrpStepChange' }),
  // The smoke check of each story (stories/helpers.ts); tests/browser/process-diagram.test.ts tests what each one
  // shows.
  play: async ({ canvasElement }) => {
    await rendered(canvasElement, TAG);
  },
} satisfies Meta<DiagramStoryArgs>;

export default meta;
type Story = StoryObj<DiagramStoryArgs>;

const diagram = (canvasElement: HTMLElement) => rendered<PrpProcessDiagram>(canvasElement, TAG);

/**
 * Waits for the shown step's fade-in after a step change (320 ms at full motion), so the accessibility check
 * that follows the play function measures its settled colours, not a half-transparent frame. Only the
 * step's own animation: the drawings' spin and pulse loops never finish.
 */
async function fadeInDone(shadow: ShadowRoot) {
  const current = shadow.querySelector<HTMLElement>('li.step.current');
  await Promise.all(current?.getAnimations().map((animation) => animation.finished.catch(() => undefined)) ?? []);
}

export const PrpStepperUltrasound: Story = {
  args: DIAGRAM_ARGS.PrpStepperUltrasound,
  parameters: describe(
    'The default layout: PRP one step at a time, with step buttons, Previous and Next. `guidance="ultrasound"`: the injection step (step 4) speaks of ultrasound only.',
  ),
};

export const PrpStepperFluoroscopy: Story = {
  args: DIAGRAM_ARGS.PrpStepperFluoroscopy,
  parameters: describe(
    'PRP as a stepper with `guidance="fluoroscopy"`: the injection step speaks of a live X-ray picture.',
  ),
};

export const PrpStepperBoth: Story = {
  args: DIAGRAM_ARGS.PrpStepperBoth,
  parameters: describe(
    'PRP as a stepper with no `guidance`: the injection step mentions both ultrasound and fluoroscopy.',
  ),
};

export const PrpOverviewUltrasound: Story = {
  args: DIAGRAM_ARGS.PrpOverviewUltrasound,
  parameters: describe(
    '`layout="overview"`: every PRP step at once, with no step buttons or controls (print always shows this). Guided by ultrasound.',
  ),
};

export const PrpOverviewFluoroscopy: Story = {
  args: DIAGRAM_ARGS.PrpOverviewFluoroscopy,
  parameters: describe('Every PRP step at once, guided by fluoroscopy (a live X-ray picture).'),
};

export const PrpOverviewBoth: Story = {
  args: DIAGRAM_ARGS.PrpOverviewBoth,
  parameters: describe(
    'Every PRP step at once with no `guidance`: the injection step names both ways of guiding the needle.',
  ),
};

export const ProlotherapyStepper: Story = {
  args: DIAGRAM_ARGS.ProlotherapyStepper,
  parameters: describe(
    '`procedure="prolotherapy"` as a stepper: the five prolotherapy steps, one at a time. Its injection step has no guidance wording, so it names neither ultrasound nor fluoroscopy.',
  ),
};

export const ProlotherapyOverview: Story = {
  args: DIAGRAM_ARGS.ProlotherapyOverview,
  parameters: describe('`procedure="prolotherapy"` with `layout="overview"`: every prolotherapy step at once.'),
};

export const Step1: Story = {
  args: DIAGRAM_ARGS.Step1,
  parameters: describe('`step="1"`: the blood draw. Previous is disabled and no step is marked done yet.'),
};

export const Step2: Story = {
  args: DIAGRAM_ARGS.Step2,
  parameters: describe('`step="2"`: spinning the blood in a centrifuge. Step 1 is marked done with a check mark.'),
};

export const Step3: Story = {
  args: DIAGRAM_ARGS.Step3,
  parameters: describe('`step="3"`: the separated layers, labelled in the drawing (plasma, buffy coat, red cells).'),
};

export const Step4: Story = {
  args: DIAGRAM_ARGS.Step4,
  parameters: describe('`step="4"`: the guided injection (no `guidance`, so both ways are mentioned).'),
};

export const Step5: Story = {
  args: DIAGRAM_ARGS.Step5,
  parameters: describe(
    '`step="5"`: the last step, what happens after the injection. Next is disabled and the four earlier steps are marked done.',
  ),
};

export const Keyboard: Story = {
  args: DIAGRAM_ARGS.Keyboard,
  parameters: describe(
    'Each step button is a Tab stop; arrow keys also move between steps (Home and End to the ends) and focus follows. The focused button says the step, so nothing else is announced; Previous and Next announce the new step politely. The play function presses ArrowRight, which fires `prp-step-change`.',
  ),
  // For the picture and the accessibility checks: step 2, reached with ArrowRight, its button focused.
  play: async ({ canvasElement }) => {
    const { element, shadow } = await diagram(canvasElement);
    shadow.querySelector<HTMLButtonElement>('.step-button[aria-current="step"]')!.focus();
    await userEvent.keyboard('{ArrowRight}');
    await element.updateComplete;
    await fadeInDone(shadow);
  },
};

export const Autoplay: Story = {
  args: DIAGRAM_ARGS.Autoplay,
  parameters: describe(
    '`autoplay="4"`: moves on every 4 seconds, back to step 1 after the last, for a waiting-room screen. It waits while the pointer or focus is inside, has a visible Pause button before the steps, and never starts under reduced motion.',
  ),
  // For the picture: the button pressed twice (back as it started), so it shows focused and under the pointer.
  play: async ({ canvasElement }) => {
    const { element, shadow } = await diagram(canvasElement);
    const toggle = () => shadow.querySelector<HTMLButtonElement>('[part="autoplay"]')!;
    await userEvent.click(toggle());
    await element.updateComplete;
    await userEvent.click(toggle());
    await element.updateComplete;
  },
};

export const ReducedMotion: Story = {
  args: DIAGRAM_ARGS.ReducedMotion,
  // Reduced motion set by the page, on a wrapper (DIAGRAM_FRAMES).
  render: (args, context) => html`<div style=${DIAGRAM_FRAMES.ReducedMotion.style}>${meta.render(args, context)}</div>`,
  parameters: describe(
    '`autoplay="2"` inside a page that sets `--prp-motion-duration: 0s` (as `prefers-reduced-motion` does): nothing spins or fades, and autoplay does not start; the button offers Play instead.',
  ),
};

export const Dark: Story = {
  args: DIAGRAM_ARGS.Dark,
  parameters: describe('`theme="dark"` on a dark page. The Theme toolbar switches every story.'),
  play: async ({ canvasElement }) => {
    await diagram(canvasElement);
    await expectDarkFrame(canvasElement);
  },
};

export const Spanish: Story = {
  args: DIAGRAM_ARGS.Spanish,
  parameters: describe('`lang="es"`: Spanish content, labels and controls.'),
};

export const Narrow320: Story = {
  ...narrow320,
  args: DIAGRAM_ARGS.Narrow320,
};

export const BadInput: Story = {
  args: DIAGRAM_ARGS.BadInput,
  parameters: describe(
    'Invalid values for several attributes. The element still renders, with the fallbacks (the stepper at step 1, both kinds of guidance mentioned, no autoplay), and logs one `console.warn` per bad value, which is expected here.',
  ),
};
