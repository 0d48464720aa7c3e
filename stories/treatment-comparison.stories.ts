// Registers <prp-treatment-comparison> (a side-effect module, listed in package.json "sideEffects").
import '../src/components/prp-treatment-comparison/define.js';

import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

import type { PrpTreatmentComparison } from '../src/components/prp-treatment-comparison/treatment-comparison.js';
import { type TreatmentId, TREATMENTS, VIEWS } from '../src/components/prp-treatment-comparison/types.js';
// The default content: the treatment names in the highlight stories' descriptions.
import { treatmentComparison as en } from '../src/content/en/treatment-comparison.js';
import {
  describeStory as describe,
  expectDarkFrame,
  hideMirrored,
  narrow320,
  rendered,
  renderElement,
  SharedArgs,
  sharedArgTypes,
} from './helpers.js';

const TAG = 'prp-treatment-comparison';

/** Args are the element's attributes (by attribute name) and its `content` property. It fires no events. */
interface ComparisonArgs extends SharedArgs {
  treatments?: string;
  highlight?: string;
  view?: string;
  content?: PrpTreatmentComparison['content'];
}

const hidden = hideMirrored();

const argTypes: Partial<ArgTypes<ComparisonArgs>> = {
  ...hidden,
  treatments: { control: 'text' },
  highlight: { control: 'select', options: [...TREATMENTS] },
  view: { control: 'inline-radio', options: [...VIEWS] },
  ...sharedArgTypes,
};

const meta = {
  title: 'Elements/Treatment comparison',
  component: TAG,
  argTypes,
  render: (args, context) => renderElement(TAG, args, context),
  // The smoke check of each story (stories/helpers.ts), once the element has had its width; tests/browser/
  // treatment-comparison.test.ts tests what each one shows.
  play: async ({ canvasElement }) => {
    await comparison(canvasElement);
  },
} satisfies Meta<ComparisonArgs>;

export default meta;
type Story = StoryObj<ComparisonArgs>;

const ALL_SIX = TREATMENTS.join(',');

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * The rendered element once `view="auto"` has had its width, so the accessibility checks and the picture see
 * the settled layout: the ResizeObserver reports it during a frame and the element applies it in the next
 * one. Waiting three frames, not two: when the play function starts before the first observation, our second
 * frame callback runs just before the element's own (queued later in the same frame).
 */
async function comparison(canvasElement: HTMLElement) {
  const result = await rendered<PrpTreatmentComparison>(canvasElement, TAG);
  for (let frame = 0; frame < 3; frame += 1) await nextFrame();
  await result.element.updateComplete;
  return result;
}

/** A fixed-width wrapper around the story, for `view="auto"` (the frame padding stays). */
const inWrapper = (width: number) => [(story: () => unknown) => html`<div style="width: ${width}px">${story()}</div>`];

export const TableView: Story = {
  args: { view: 'table' },
  parameters: describe(
    '`view="table"` with the default treatments (PRP, steroid injection, physical therapy): one column a treatment, one row a question, the studies and guidelines rows each using their own scale of words, explained below the table.',
  ),
};

export const CardsView: Story = {
  args: { view: 'cards', highlight: 'physical-therapy' },
  parameters: describe(
    '`view="cards"`: the same facts as one card a treatment, each card a heading and a list of the ten questions with their answers. With `highlight="physical-therapy"`, that card gets the thick outline and the badge in words.',
  ),
};

export const AutoWide: Story = {
  args: { view: 'auto' },
  decorators: inWrapper(900),
  parameters: describe(
    '`view="auto"` (the default) in a container 900 px wide: wide enough for the default three treatments (180 px + 150 px each), so a table.',
  ),
};

export const AutoNarrow: Story = {
  args: { view: 'auto' },
  decorators: inWrapper(500),
  parameters: describe(
    '`view="auto"` in a container 500 px wide: too narrow for a table of three treatments, so cards. When its container widens, the same element becomes a table.',
  ),
};

const highlightStory = (id: TreatmentId): Story => ({
  args: { treatments: ALL_SIX, highlight: id, view: 'table' },
  parameters: describe(
    `\`highlight="${id}"\`: all six treatments, with ${en.content.treatments[id].name} marked as the clinic's own by a thick outline and a badge in words ("${en.strings.highlighted}"), never colour alone. No fact changes.`,
  ),
});

export const HighlightPrp: Story = highlightStory('prp');
export const HighlightSteroid: Story = highlightStory('steroid');
export const HighlightProlotherapy: Story = highlightStory('prolotherapy');
export const HighlightRfa: Story = highlightStory('rfa');
export const HighlightPhysicalTherapy: Story = highlightStory('physical-therapy');
export const HighlightSurgery: Story = highlightStory('surgery');

export const AllSix: Story = {
  args: { treatments: ALL_SIX, view: 'table' },
  parameters: describe(
    'All six treatments as a table: PRP, steroid injection, prolotherapy, radiofrequency ablation, physical therapy and spinal fusion surgery. The columns share the width, so the table never scrolls sideways.',
  ),
};

export const Spanish: Story = {
  args: { lang: 'es', view: 'table', highlight: 'prp' },
  parameters: describe(
    '`lang="es"`: Spanish content, caption, headings and badge, here as a table with PRP highlighted.',
  ),
};

export const Dark: Story = {
  args: { theme: 'dark', view: 'table', highlight: 'prp' },
  parameters: describe(
    '`theme="dark"` on a dark page, as a table with PRP highlighted (the outline and badge in the dark accent). The Theme toolbar switches every story.',
  ),
  play: async ({ canvasElement }) => {
    await comparison(canvasElement);
    await expectDarkFrame(canvasElement);
  },
};

export const Narrow320: Story = {
  ...narrow320,
  args: { treatments: ALL_SIX, view: 'auto' },
};

export const BadInput: Story = {
  args: { treatments: 'prp,unicorn,prp', highlight: 'surgery', view: 'grid' },
  parameters: describe(
    'Invalid values: an unknown treatment and one listed twice, a highlight that is not shown, and an unknown view. The element still renders, with the fallbacks (PRP once, nothing highlighted, `view="auto"`), and logs one `console.warn` per problem, which is expected here.',
  ),
};
