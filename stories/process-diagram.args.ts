/**
 * Each story's args in process-diagram.stories.ts, keyed by story export name, and the page around the one
 * story that has its own wrapper. The stories render them and tests/browser/process-diagram.test.ts mounts
 * them, so the test follows its story. No Storybook import: the browser tests load this module.
 */
import type { PrpProcessDiagram } from '../src/components/prp-process-diagram/process-diagram.js';
import type { StoryFrame } from '../tests/browser/helpers.js';
import type { SharedArgs } from './helpers.js';

/** What a story sets: the element's attributes (by attribute name) and its `content` property. */
export interface DiagramArgs extends SharedArgs {
  procedure?: string;
  guidance?: string;
  layout?: string;
  step?: number | string;
  autoplay?: number | string;
  content?: PrpProcessDiagram['content'];
}

export const DIAGRAM_ARGS = {
  PrpStepperUltrasound: { procedure: 'prp', layout: 'stepper', guidance: 'ultrasound' },
  PrpStepperFluoroscopy: { procedure: 'prp', layout: 'stepper', guidance: 'fluoroscopy' },
  PrpStepperBoth: { procedure: 'prp', layout: 'stepper' },
  PrpOverviewUltrasound: { procedure: 'prp', layout: 'overview', guidance: 'ultrasound' },
  PrpOverviewFluoroscopy: { procedure: 'prp', layout: 'overview', guidance: 'fluoroscopy' },
  PrpOverviewBoth: { procedure: 'prp', layout: 'overview' },
  ProlotherapyStepper: { procedure: 'prolotherapy', layout: 'stepper' },
  ProlotherapyOverview: { procedure: 'prolotherapy', layout: 'overview' },
  Step1: { step: 1 },
  Step2: { step: 2 },
  Step3: { step: 3 },
  Step4: { step: 4 },
  Step5: { step: 5 },
  Keyboard: {},
  Autoplay: { autoplay: '4' },
  ReducedMotion: { autoplay: '2' },
  Dark: { theme: 'dark' },
  Spanish: { lang: 'es' },
  Narrow320: {},
  BadInput: { step: '9', guidance: 'x-ray-vision', layout: 'carousel', autoplay: 'fast' },
} satisfies Record<string, DiagramArgs>;

/** The wrapper a story renders in, where it has one of its own (the Narrow320 story's is the shared `narrow320`). */
export const DIAGRAM_FRAMES = {
  // Reduced motion set by the page: `--prp-motion-duration: 0s` on a wrapper, as a site's own CSS might.
  ReducedMotion: { style: '--prp-motion-duration: 0s' },
} satisfies Partial<Record<keyof typeof DIAGRAM_ARGS, StoryFrame>>;
