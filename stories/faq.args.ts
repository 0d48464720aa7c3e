/**
 * Each story's args in faq.stories.ts, keyed by story export name. The stories render them and
 * tests/browser/faq.test.ts mounts them, so the test follows its story. No Storybook import: the browser
 * tests load this module.
 */
import type { PrpFaq } from '../src/components/prp-faq/faq.js';
import type { SharedArgs } from './helpers.js';

/** What a story sets: the element's attributes (by attribute name) and its `content` property. */
export interface FaqArgs extends SharedArgs {
  topics?: string;
  questions?: string;
  open?: string;
  searchable?: boolean;
  schema?: boolean;
  content?: PrpFaq['content'];
}

export const FAQ_ARGS = {
  AllQuestions: {},
  Searchable: { searchable: true },
  RecoveryTopics: { topics: 'recovery,medicines', open: 'nsaids' },
  ChosenQuestions: { questions: 'emergency-signs,what-is-prp,cost' },
  Spanish: { lang: 'es', searchable: true },
  Dark: { theme: 'dark', open: 'risks' },
  Narrow320: { searchable: true, open: 'cost' },
  BadInput: { topics: 'astrology', questions: 'cost,teleport', open: 'nowhere' },
} satisfies Record<string, FaqArgs>;
