/**
 * Each story's args in treatment-comparison.stories.ts, keyed by story export name, and the width of the
 * stories that have a wrapper of their own. The stories render them and tests/browser/treatment-comparison.test.ts
 * mounts them, so the test follows its story. No Storybook import: the browser tests load this module.
 */
import type { PrpTreatmentComparison } from '../src/components/prp-treatment-comparison/treatment-comparison.js';
import { type TreatmentId, TREATMENTS } from '../src/components/prp-treatment-comparison/types.js';
import type { StoryFrame } from '../tests/browser/helpers.js';
import type { SharedArgs } from './helpers.js';

/** What a story sets: the element's attributes (by attribute name) and its `content` property. */
export interface ComparisonArgs extends SharedArgs {
  treatments?: string;
  highlight?: string;
  view?: string;
  content?: PrpTreatmentComparison['content'];
}

const ALL_SIX = TREATMENTS.join(',');

/** A highlight story: all six treatments as a table, `id` highlighted. */
const highlighted = (id: TreatmentId) => ({ treatments: ALL_SIX, highlight: id, view: 'table' });

export const COMPARISON_ARGS = {
  TableView: { view: 'table' },
  CardsView: { view: 'cards', highlight: 'physical-therapy' },
  AutoWide: { view: 'auto' },
  AutoNarrow: { view: 'auto' },
  HighlightPrp: highlighted('prp'),
  HighlightSteroid: highlighted('steroid'),
  HighlightProlotherapy: highlighted('prolotherapy'),
  HighlightRfa: highlighted('rfa'),
  HighlightPhysicalTherapy: highlighted('physical-therapy'),
  HighlightSurgery: highlighted('surgery'),
  AllSix: { treatments: ALL_SIX, view: 'table' },
  Spanish: { lang: 'es', view: 'table', highlight: 'prp' },
  Dark: { theme: 'dark', view: 'table', highlight: 'prp' },
  Narrow320: { treatments: ALL_SIX, view: 'auto' },
  BadInput: { treatments: 'prp,unicorn,prp', highlight: 'surgery', view: 'grid' },
} satisfies Record<string, ComparisonArgs>;

/**
 * The wrapper a story renders in, where it has one of its own (the Narrow320 story's is the shared
 * `narrow320`): `view="auto"` in a container of a fixed width (the frame padding stays).
 */
export const COMPARISON_FRAMES = {
  AutoWide: { width: 900 },
  AutoNarrow: { width: 500 },
} satisfies Partial<Record<keyof typeof COMPARISON_ARGS, StoryFrame>>;
