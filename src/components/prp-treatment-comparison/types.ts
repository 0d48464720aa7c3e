import type { Statement } from '../../content/types.js';

export const TREATMENTS = ['prp', 'steroid', 'prolotherapy', 'rfa', 'physical-therapy', 'surgery'] as const;
export type TreatmentId = (typeof TREATMENTS)[number];
export const DEFAULT_TREATMENTS: readonly TreatmentId[] = ['prp', 'steroid', 'physical-therapy'];

/** The rows, in reading order. What studies show and what guidelines say are separate rows. */
export const ROWS = [
  'how',
  'procedure',
  'sessions',
  'downtime',
  'onset',
  'duration',
  'studies',
  'guidelines',
  'risks',
  'cost',
] as const;
export type RowId = (typeof ROWS)[number];

export const VIEWS = ['auto', 'table', 'cards'] as const;
/** `table`, `cards`, or `auto`: cards in containers narrower than `tableMinWidth(count)`, a table from there. */
export type ComparisonView = (typeof VIEWS)[number];

/**
 * Two scales of words, each explained once in the widget: what studies found, and what guidelines advise.
 * Kept apart so a label can never contradict its own cell (a guideline against, studies mixed).
 */
export const STUDY_LEVELS = ['small-benefit', 'mixed', 'no-better'] as const;
export type StudyLevel = (typeof STUDY_LEVELS)[number];
export const GUIDELINE_LEVELS = ['recommended', 'some-cases', 'not-recommended'] as const;
export type GuidelineLevel = (typeof GUIDELINE_LEVELS)[number];

/** The rows that carry a level of their scale. */
export const SCALES = { studies: STUDY_LEVELS, guidelines: GUIDELINE_LEVELS } as const;
export type ScaleRow = keyof typeof SCALES;

export interface LevelCell<L extends string> extends Statement {
  readonly level: L;
}

export interface TreatmentContent {
  readonly name: string;
  /** A few words under the name, e.g. "epidural or facet joint injection". */
  readonly detail: string;
  readonly how: Statement;
  readonly procedure: Statement;
  readonly sessions: Statement;
  readonly downtime: Statement;
  readonly onset: Statement;
  readonly duration: Statement;
  readonly studies: LevelCell<StudyLevel>;
  readonly guidelines: LevelCell<GuidelineLevel>;
  readonly risks: Statement;
  readonly cost: Statement;
}

/** A word of a scale and what it means. */
export interface ScaleWord {
  readonly label: string;
  readonly meaning: string;
}

/** The content a clinic can override, field by field. */
export interface ComparisonContent {
  readonly title: string;
  readonly intro: readonly Statement[];
  /** What each word of the two scales means, shown once. */
  readonly scales: {
    readonly studies: { readonly [L in StudyLevel]: ScaleWord };
    readonly guidelines: { readonly [L in GuidelineLevel]: ScaleWord };
  };
  readonly treatments: { readonly [T in TreatmentId]: TreatmentContent };
}

export interface ComparisonStrings {
  /** `{treatments}`: the names shown, joined. */
  readonly caption: string;
  readonly rowHeadings: { readonly [R in RowId]: string };
  readonly treatmentHeading: string;
  readonly scaleHeading: string;
  /** Headings of the two scales in the explanation. */
  readonly scaleHeadings: { readonly [R in ScaleRow]: string };
  /** Said to screen readers (and shown as a badge) on the highlighted treatment. */
  readonly highlighted: string;
  /** Shown when a treatment is highlighted: the clinic offers it, and no fact changes. `{treatment}`. */
  readonly offeredDisclosure: string;
}

export interface ComparisonLocaleContent {
  readonly strings: ComparisonStrings;
  readonly content: ComparisonContent;
}
