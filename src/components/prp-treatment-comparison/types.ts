import type { Statement } from '../../content/types.js';

export const TREATMENTS = ['prp', 'steroid', 'prolotherapy', 'rfa', 'physical-therapy', 'surgery'] as const;
export type TreatmentId = (typeof TREATMENTS)[number];
export const DEFAULT_TREATMENTS: readonly TreatmentId[] = ['prp', 'steroid', 'physical-therapy'];

/** The rows, in reading order. */
export const ROWS = ['how', 'procedure', 'sessions', 'downtime', 'onset', 'duration', 'evidence', 'risks', 'cost'] as const;
export type RowId = (typeof ROWS)[number];

export const VIEWS = ['auto', 'table', 'cards'] as const;
/** `table`, `cards`, or `auto`: cards in containers narrower than `tableMinWidth(count)`, a table from there. */
export type ComparisonView = (typeof VIEWS)[number];

/**
 * One scale of words for the evidence row, from best supported to advised against, explained once in the
 * widget. Every treatment's evidence cell names exactly one level.
 */
export const EVIDENCE_LEVELS = ['recommended', 'small-benefit', 'limited', 'not-recommended'] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

export interface EvidenceCell extends Statement {
  readonly level: EvidenceLevel;
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
  readonly evidence: EvidenceCell;
  readonly risks: Statement;
  readonly cost: Statement;
}

/** The content a clinic can override, field by field. */
export interface ComparisonContent {
  readonly title: string;
  readonly intro: readonly Statement[];
  /** What each evidence word means, shown once. */
  readonly scale: { readonly [L in EvidenceLevel]: { readonly label: string; readonly meaning: string } };
  readonly treatments: { readonly [T in TreatmentId]: TreatmentContent };
}

export interface ComparisonStrings {
  /** `{treatments}`: the names shown, joined. */
  readonly caption: string;
  readonly rowHeadings: { readonly [R in RowId]: string };
  readonly treatmentHeading: string;
  readonly scaleHeading: string;
  /** Said to screen readers (and shown as a badge) on the highlighted treatment. */
  readonly highlighted: string;
}

export interface ComparisonLocaleContent {
  readonly strings: ComparisonStrings;
  readonly content: ComparisonContent;
}
