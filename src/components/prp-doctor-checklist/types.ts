import type { Statement } from '../../content/types.js';
import type { CareLevel } from '../../internal/care-levels.js';

export const CONTEXTS = ['after-injection', 'back-pain', 'before-treatment'] as const;
/** Which situation the checklist is about. */
export type ChecklistContext = (typeof CONTEXTS)[number];

export const MODES = ['checklist', 'cards'] as const;
/** `checklist`: tick boxes and a result; `cards`: the same content as cards to read. */
export type ChecklistMode = (typeof MODES)[number];

/** The result: the most urgent level with a ticked item, or `none`. */
export type ResultLevel = 'none' | CareLevel;

/** A warning sign a patient can tick; `id` is what `prp-checklist-change` reports. */
export interface CareItem extends Statement {
  readonly id: string;
}

/** The content for one context: what a clinic can override, field by field. */
export interface ChecklistContent {
  readonly title: string;
  readonly intro: readonly Statement[];
  readonly emergency: readonly CareItem[];
  readonly urgent: readonly CareItem[];
  readonly routine: readonly CareItem[];
}

/** Interface text of the element. */
export interface ChecklistStrings {
  /** How to use the checklist (checklist mode only). */
  readonly help: string;
  /** Card headings: the action. `{emergency}`: the emergency number; `{clinic}`: clinic name or "your clinic". */
  readonly headings: { readonly [L in CareLevel]: string };
  readonly resultHeading: string;
  /** What to do for each result: `title` and `text` may use `{emergency}` and `{clinic}`. */
  readonly results: { readonly [L in ResultLevel]: { readonly title: string; readonly text: string } };
  readonly reset: string;
  /** Announced after the reset control clears the ticks. */
  readonly cleared: string;
  readonly privacy: string;
}

export interface ChecklistLocaleContent {
  readonly strings: ChecklistStrings;
  readonly contexts: { readonly [C in ChecklistContext]: ChecklistContent };
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
