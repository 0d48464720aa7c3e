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
  sharedArgTypes,
} from './helpers.js';
import { COMPARISON_ARGS, COMPARISON_FRAMES, type ComparisonArgs } from './treatment-comparison.args.js';

const TAG = 'prp-treatment-comparison';

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
  args: COMPARISON_ARGS.TableView,
  parameters: describe(
    '`view="table"` with the default treatments (PRP, steroid injection, physical therapy): one column a treatment, one row a question, the studies and guidelines rows each using their own scale of words, explained below the table.',
  ),
};

export const CardsView: Story = {
  args: COMPARISON_ARGS.CardsView,
  parameters: describe(
    '`view="cards"`: the same facts as one card a treatment, each card a heading and a list of the ten questions with their answers. With `highlight="physical-therapy"`, that card gets the thick outline and the badge in words.',
  ),
};

export const AutoWide: Story = {
  args: COMPARISON_ARGS.AutoWide,
  decorators: inWrapper(COMPARISON_FRAMES.AutoWide.width),
  parameters: describe(
    '`view="auto"` (the default) in a container 900 px wide: wide enough for the default three treatments (180 px + 150 px each), so a table.',
  ),
};

export const AutoNarrow: Story = {
  args: COMPARISON_ARGS.AutoNarrow,
  decorators: inWrapper(COMPARISON_FRAMES.AutoNarrow.width),
  parameters: describe(
    '`view="auto"` in a container 500 px wide: too narrow for a table of three treatments, so cards. When its container widens, the same element becomes a table.',
  ),
};

const highlightStory = (args: ComparisonArgs & { highlight: TreatmentId }): Story => ({
  args,
  parameters: describe(
    `\`highlight="${args.highlight}"\`: all six treatments, with ${en.content.treatments[args.highlight].name} marked as the clinic's own by a thick outline and a badge in words ("${en.strings.highlighted}"), never colour alone. No fact changes.`,
  ),
});

export const HighlightPrp: Story = highlightStory(COMPARISON_ARGS.HighlightPrp);
export const HighlightSteroid: Story = highlightStory(COMPARISON_ARGS.HighlightSteroid);
export const HighlightProlotherapy: Story = highlightStory(COMPARISON_ARGS.HighlightProlotherapy);
export const HighlightRfa: Story = highlightStory(COMPARISON_ARGS.HighlightRfa);
export const HighlightPhysicalTherapy: Story = highlightStory(COMPARISON_ARGS.HighlightPhysicalTherapy);
export const HighlightSurgery: Story = highlightStory(COMPARISON_ARGS.HighlightSurgery);

export const AllSix: Story = {
  args: COMPARISON_ARGS.AllSix,
  parameters: describe(
    'All six treatments as a table: PRP, steroid injection, prolotherapy, radiofrequency ablation, physical therapy and spinal fusion surgery. The columns share the width, so the table never scrolls sideways.',
  ),
};

export const Spanish: Story = {
  args: COMPARISON_ARGS.Spanish,
  parameters: describe(
    '`lang="es"`: Spanish content, caption, headings and badge, here as a table with PRP highlighted.',
  ),
};

export const Dark: Story = {
  args: COMPARISON_ARGS.Dark,
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
  args: COMPARISON_ARGS.Narrow320,
};

export const BadInput: Story = {
  args: COMPARISON_ARGS.BadInput,
  parameters: describe(
    'Invalid values: an unknown treatment and one listed twice, a highlight that is not shown, and an unknown view. The element still renders, with the fallbacks (PRP once, nothing highlighted, `view="auto"`), and logs one `console.warn` per problem, which is expected here.',
  ),
};
