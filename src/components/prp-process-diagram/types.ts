import type { Statement } from '../../content/types.js';
import type { Procedure } from '../../internal/procedures.js';

/** Which treatment the diagram shows: one list with the timeline's. */
export { type Procedure, PROCEDURES } from '../../internal/procedures.js';

export const GUIDANCE = ['ultrasound', 'fluoroscopy'] as const;
/** How the needle is guided; unset mentions both. */
export type Guidance = (typeof GUIDANCE)[number];

export const LAYOUTS = ['stepper', 'overview'] as const;
/** `stepper`: one step at a time; `overview`: every step at once (also what print shows). */
export type DiagramLayout = (typeof LAYOUTS)[number];

/**
 * Which hand-drawn illustration a step shows. `tissue-repair` is an old name of `follow-up`, kept so earlier
 * overrides still validate; it draws the same neutral calendar.
 */
export const ILLUSTRATIONS = [
  'blood-draw',
  'centrifuge',
  'layers',
  'guided-injection',
  'injection',
  'follow-up',
  'soreness',
  'assessment',
  'solution',
  'repeat',
  'tissue-repair',
] as const;
export type IllustrationId = (typeof ILLUSTRATIONS)[number];

/** Text drawn inside an illustration; localized like everything else. */
export interface IllustrationLabels {
  readonly plasma: string;
  readonly buffyCoat: string;
  readonly redCells: string;
  readonly probe: string;
  readonly needle: string;
  readonly xray: string;
  readonly dextrose: string;
}

export interface DiagramStep {
  /** Reported by `prp-step-change`; stable across languages. */
  readonly id: string;
  readonly title: string;
  readonly illustration: IllustrationId;
  readonly body: readonly Statement[];
  /** Only for a guided-injection step: wording per `guidance`, and for unset. */
  readonly guidance?: { readonly ultrasound: Statement; readonly fluoroscopy: Statement; readonly both: Statement };
}

/** The content for one procedure: what a clinic can override, field by field. */
export interface DiagramContent {
  readonly title: string;
  readonly intro: readonly Statement[];
  readonly steps: readonly DiagramStep[];
}

export interface DiagramStrings {
  /** `{n}`, `{count}`. */
  readonly stepOf: string;
  readonly stepsLabel: string;
  readonly previous: string;
  readonly next: string;
  readonly pause: string;
  readonly play: string;
  readonly done: string;
  readonly current: string;
  readonly labels: IllustrationLabels;
}

export interface DiagramLocaleContent {
  readonly strings: DiagramStrings;
  readonly procedures: { readonly [P in Procedure]: DiagramContent };
}

/** What the element bundles per language: the labels and PRP; prolotherapy loads when a page asks for it. */
export interface DiagramBaseContent {
  readonly strings: DiagramLocaleContent['strings'];
  readonly prp: DiagramContent;
}

/** Detail of `prp-step-change`. */
export interface StepChangeDetail {
  /** 1-based. */
  readonly step: number;
  readonly id: string;
}

declare global {
  interface HTMLElementEventMap {
    'prp-step-change': CustomEvent<StepChangeDetail>;
  }
}
