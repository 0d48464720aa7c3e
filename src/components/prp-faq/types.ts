import type { PluralForms, Statement } from '../../content/types.js';

/** Tags for `topics="…"`; every question has at least one. */
export const FAQ_TOPICS = [
  'prp',
  'recovery',
  'risks',
  'cost',
  'medicines',
  'alternatives',
  'conditions',
  'emergency',
] as const;
export type FaqTopic = (typeof FAQ_TOPICS)[number];

/** A bulleted list inside an answer: the warning signs after their action ("Call your clinic today if:"). */
export interface AnswerList {
  readonly list: readonly Statement[];
}

/** A paragraph or a list of an answer. */
export type AnswerPart = Statement | AnswerList;

/** One question and its short, sourced answer. */
export interface FaqEntry {
  /** Stable id: used by `questions`, `open` and the `#faq-<id>` deep link. Lowercase letters, digits, dashes. */
  readonly id: string;
  readonly topics: readonly FaqTopic[];
  readonly question: string;
  /** One to six short parts: statements with their sources, and lists. */
  readonly answer: readonly AnswerPart[];
}

export interface FaqContent {
  readonly title: string;
  readonly intro: readonly Statement[];
  readonly questions: readonly FaqEntry[];
}

/** Interface text of <prp-faq>. */
export interface FaqStrings {
  /** Label of the search box. */
  readonly searchLabel: string;
  /** Announced and shown as the reader types: `{n}` questions match. */
  readonly results: PluralForms;
  readonly resultsNone: string;
  readonly expandAll: string;
  readonly collapseAll: string;
}

export interface FaqLocaleContent {
  readonly strings: FaqStrings;
  readonly content: FaqContent;
}

/** Detail of `prp-answer-toggle`: the question's id, and whether its answer is now open. */
export interface AnswerToggleDetail {
  readonly id: string;
  readonly open: boolean;
}

/** @deprecated The detail of the old `prp-faq-toggle`: use `AnswerToggleDetail`. */
export type FaqToggleDetail = AnswerToggleDetail;

declare global {
  interface HTMLElementEventMap {
    'prp-answer-toggle': CustomEvent<AnswerToggleDetail>;
    /** @deprecated Listen for `prp-answer-toggle`; this name goes in 1.0. */
    'prp-faq-toggle': CustomEvent<AnswerToggleDetail>;
  }
}
