// Registers <prp-faq> (a side-effect module, listed in package.json "sideEffects").
import '../src/components/prp-faq/define.js';

import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import { fn, userEvent } from 'storybook/test';

import type { PrpFaq } from '../src/components/prp-faq/faq.js';
import { FAQ_TOPICS } from '../src/components/prp-faq/types.js';
// The default content: the question ids offered by the `open` control.
import { faq as en } from '../src/content/en/faq.js';
import { FAQ_ARGS, type FaqArgs } from './faq.args.js';
import {
  describeStory as describe,
  expectDarkFrame,
  hideMirrored,
  narrow320,
  rendered,
  renderElement,
  sharedArgTypes,
} from './helpers.js';

const TAG = 'prp-faq';

/** A story's args (faq.args.ts) and the event spy. */
interface FaqStoryArgs extends FaqArgs {
  onPrpAnswerToggle?: (event: Event) => void;
}

const argTypes: Partial<ArgTypes<FaqStoryArgs>> = {
  ...hideMirrored(),
  topics: { control: 'text', description: `Comma-separated: ${FAQ_TOPICS.join(', ')}.` },
  questions: { control: 'text' },
  open: { control: 'select', options: ['', ...en.content.questions.map((q) => q.id)] },
  searchable: { control: 'boolean' },
  schema: { control: 'boolean' },
  ...sharedArgTypes,
};

const meta = {
  title: 'Elements/FAQ',
  component: TAG,
  argTypes,
  // A spy: it shows the event in the Actions panel.
  args: { onPrpAnswerToggle: fn() },
  render: (args, context) => {
    // Boolean attributes: present when true (renderElement sets every other arg as written).
    const { searchable, schema, ...rest } = args;
    const element = renderElement(TAG, rest, context, { 'prp-answer-toggle': 'onPrpAnswerToggle' });
    element.toggleAttribute('searchable', !!searchable);
    element.toggleAttribute('schema', !!schema);
    return element;
  },
  // The smoke check of each story (stories/helpers.ts); tests/browser/faq.test.ts tests what each one shows.
  play: async ({ canvasElement }) => {
    await rendered(canvasElement, TAG);
  },
} satisfies Meta<FaqStoryArgs>;

export default meta;
type Story = StoryObj<FaqStoryArgs>;

export const AllQuestions: Story = {
  args: FAQ_ARGS.AllQuestions,
  parameters: describe(
    'Every question, closed. Each is a heading wrapping a button; a click (or Enter or Space) opens its sourced answer and fires `prp-answer-toggle`.',
  ),
  // For the picture: the first answer open (tests/browser/faq.test.ts checks the click and its event).
  play: async ({ canvasElement }) => {
    const { element, shadow } = await rendered<PrpFaq>(canvasElement, TAG);
    await userEvent.click(shadow.querySelector<HTMLButtonElement>('.question')!);
    await element.updateComplete;
  },
};

export const Searchable: Story = {
  args: FAQ_ARGS.Searchable,
  parameters: describe(
    '`searchable`: a search box filters the questions as the reader types (case and accents ignored); a line says how many match, and screen readers hear it once typing pauses.',
  ),
  // For the picture: the questions left after typing "insurance".
  play: async ({ canvasElement }) => {
    const { element, shadow } = await rendered<PrpFaq>(canvasElement, TAG);
    await userEvent.type(shadow.querySelector('input[type="search"]')!, 'insurance');
    await element.updateComplete;
  },
};

export const RecoveryTopics: Story = {
  args: FAQ_ARGS.RecoveryTopics,
  parameters: describe(
    '`topics="recovery,medicines"` keeps the questions with either tag; `open="nsaids"` starts with that answer open.',
  ),
};

export const ChosenQuestions: Story = {
  args: FAQ_ARGS.ChosenQuestions,
  parameters: describe('`questions` picks questions by id and shows them in that order.'),
};

export const Spanish: Story = {
  args: FAQ_ARGS.Spanish,
  parameters: describe('`lang="es"`: the Spanish questions and interface.'),
};

export const Dark: Story = {
  args: FAQ_ARGS.Dark,
  parameters: describe('`theme="dark"` on a dark page, one answer open.'),
  play: async ({ canvasElement }) => {
    await rendered(canvasElement, TAG);
    await expectDarkFrame(canvasElement);
  },
};

export const Narrow320: Story = {
  ...narrow320,
  args: FAQ_ARGS.Narrow320,
};

export const BadInput: Story = {
  args: FAQ_ARGS.BadInput,
  parameters: describe(
    'Invalid values: an unknown topic (nothing valid left, so every topic), an unknown question id (skipped) and an `open` id that is not shown. The element still renders and logs one `console.warn` per problem, which is expected here.',
  ),
};
