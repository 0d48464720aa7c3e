import type { Statement } from '../../content/types.js';
import type { CareLevel } from '../../internal/care-levels.js';

export const CONTEXTS = ['after-injection', 'back-pain', 'before-treatment'] as const;
/** Which situation the checklist is about. */
export type ChecklistContext = (typeof CONTEXTS)[number];

/** Contexts whose signs are sorted into care cards by urgency; `before-treatment` is one list of things to tell. */
export const TRIAGE_CONTEXTS = ['after-injection', 'back-pain'] as const;
export type TriageContext = (typeof TRIAGE_CONTEXTS)[number];

export const MODES = ['checklist', 'cards'] as const;
/** `checklist`: tick boxes and a result; `cards`: the same content as cards to read. */
export type ChecklistMode = (typeof MODES)[number];

/**
 * The result: the most urgent level with a ticked item, `tell` when something is ticked before treatment
 * (tell the clinic ahead of the injection, nothing urgent), or `none`.
 */
export type ResultLevel = 'none' | CareLevel | 'tell';

/** A sign or fact a patient can tick; `id` is what `prp-checklist-change` reports. */
export interface CareItem extends Statement {
  readonly id: string;
}

/** Warning signs in three care cards, most urgent first. */
export interface TriageContent {
  readonly title: string;
  readonly intro: readonly Statement[];
  readonly emergency: readonly CareItem[];
  readonly urgent: readonly CareItem[];
  readonly routine: readonly CareItem[];
}

/** Before treatment: one list of things to tell the clinic well ahead, with no urgency levels. */
export interface TellContent {
  readonly title: string;
  readonly intro: readonly Statement[];
  readonly tell: readonly CareItem[];
}

/** The content of one context: what a clinic can override, field by field. */
export type ChecklistContent = TriageContent | TellContent;

/** What a result box says: `title` and `text` may use `{emergency}` and `{clinic}`. */
export interface ResultWords {
  readonly title: string;
  readonly text: string;
}

/** The action words of a triage context: who to call and when. */
export interface TriageActions {
  /** Card headings: the action. `{emergency}`: the emergency number; `{clinic}`: clinic name or "your clinic". */
  readonly headings: { readonly [L in CareLevel]: string };
  readonly results: { readonly [L in 'none' | CareLevel]: ResultWords };
}

/** The action words of the before-treatment list. */
export interface TellActions {
  /** How to use the list (checklist mode only): there are no signs to tick here, only facts. */
  readonly help: string;
  readonly heading: string;
  readonly results: { readonly none: ResultWords; readonly tell: ResultWords };
}

/** Interface text of the element. */
export interface ChecklistStrings {
  /** How to use the checklist (checklist mode only). */
  readonly help: string;
  readonly resultHeading: string;
  /** After an injection the reader has a clinic; with back pain alone they may have none. */
  readonly actions: { readonly [C in TriageContext]: TriageActions } & { readonly 'before-treatment': TellActions };
  readonly reset: string;
  /** Announced after the reset control clears the ticks. */
  readonly cleared: string;
  readonly privacy: string;
}

export interface ChecklistLocaleContent {
  readonly strings: ChecklistStrings;
  readonly contexts: { readonly [C in TriageContext]: TriageContent } & { readonly 'before-treatment': TellContent };
}

/** Detail of `prp-checklist-change`. */
export interface ChecklistChangeDetail {
  readonly level: ResultLevel;
  /** Ids of the ticked items, in reading order. */
  readonly checked: readonly string[];
}

declare global {
  interface HTMLElementEventMap {
    'prp-checklist-change': CustomEvent<ChecklistChangeDetail>;
  }
}
