// Registers <prp-faq> (a side-effect module, listed in package.json "sideEffects").
import '../src/components/prp-faq/define.js';

import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, fn, userEvent } from 'storybook/test';

import type { PrpFaq } from '../src/components/prp-faq/faq.js';
import { FAQ_TOPICS } from '../src/components/prp-faq/types.js';
// The default content: questions, ids and interface text come from here, so the stories follow wording
// changes; what they test is selection, opening, search and the fallbacks.
import { faq as en } from '../src/content/en/faq.js';
import { faq as es } from '../src/content/es/faq.js';
import {
  describeStory as describe,
  expectDark,
  expectFits320,
  hideMirrored,
  narrow320,
  rendered,
  renderElement,
  type SharedArgs,
  sharedArgTypes,
  spyOnWarnings,
} from './helpers.js';

const TAG = 'prp-faq';

/** Args are the element's attributes (by attribute name), its `content` property and the event spy. */
interface FaqArgs extends SharedArgs {
  topics?: string;
  questions?: string;
  open?: string;
  searchable?: boolean;
  schema?: boolean;
  content?: PrpFaq['content'];
  onPrpAnswerToggle?: (event: Event) => void;
}

const argTypes: Partial<ArgTypes<FaqArgs>> = {
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
  args: { onPrpAnswerToggle: fn() },
  render: (args, context) => {
    // Boolean attributes: present when true (renderElement sets every other arg as written).
    const { searchable, schema, ...rest } = args;
    const element = renderElement(TAG, rest, context, { 'prp-answer-toggle': 'onPrpAnswerToggle' });
    element.toggleAttribute('searchable', !!searchable);
    element.toggleAttribute('schema', !!schema);
    return element;
  },
} satisfies Meta<FaqArgs>;

export default meta;
type Story = StoryObj<FaqArgs>;

const questionIds = (shadow: ShadowRoot) =>
  [...shadow.querySelectorAll('.item:not([hidden]) .question')].map((b) => b.id.replace(/^faq-/, ''));

export const AllQuestions: Story = {
  parameters: describe(
    'Every question, closed. Each is a heading wrapping a button; a click (or Enter or Space) opens its sourced answer and fires `prp-answer-toggle`.',
  ),
  play: async ({ canvasElement, args }) => {
    const { shadow } = await rendered<PrpFaq>(canvasElement, TAG);
    await expect(questionIds(shadow)).toEqual(en.content.questions.map((q) => q.id));
    const first = shadow.querySelector<HTMLButtonElement>('.question')!;
    await expect(first).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(first);
    await expect(first).toHaveAttribute('aria-expanded', 'true');
    await expect(args.onPrpAnswerToggle).toHaveBeenCalledTimes(1);
  },
};

export const Searchable: Story = {
  args: { searchable: true },
  parameters: describe(
    '`searchable`: a search box filters the questions as the reader types (case and accents ignored); a line says how many match, and screen readers hear it once typing pauses.',
  ),
  play: async ({ canvasElement }) => {
    const { element, shadow } = await rendered<PrpFaq>(canvasElement, TAG);
    await userEvent.type(shadow.querySelector('input[type="search"]')!, 'insurance');
    await element.updateComplete;
    const shown = questionIds(shadow);
    await expect(shown).toContain('cost');
    await expect(shown.length).toBeLessThan(en.content.questions.length);
    await expect(shadow.querySelector('.count')!.textContent).toMatch(/match/);
  },
};

export const RecoveryTopics: Story = {
  args: { topics: 'recovery,medicines', open: 'nsaids' },
  parameters: describe(
    '`topics="recovery,medicines"` keeps the questions with either tag; `open="nsaids"` starts with that answer open.',
  ),
  play: async ({ canvasElement }) => {
    const { shadow } = await rendered<PrpFaq>(canvasElement, TAG);
    await expect(questionIds(shadow)).toEqual(
      en.content.questions.filter((q) => q.topics.some((t) => t === 'recovery' || t === 'medicines')).map((q) => q.id),
    );
    await expect(shadow.querySelector('#faq-nsaids')).toHaveAttribute('aria-expanded', 'true');
  },
};

export const ChosenQuestions: Story = {
  args: { questions: 'emergency-signs,what-is-prp,cost' },
  parameters: describe('`questions` picks questions by id and shows them in that order.'),
  play: async ({ canvasElement }) => {
    const { shadow } = await rendered<PrpFaq>(canvasElement, TAG);
    await expect(questionIds(shadow)).toEqual(['emergency-signs', 'what-is-prp', 'cost']);
  },
};

export const Spanish: Story = {
  args: { lang: 'es', searchable: true },
  parameters: describe('`lang="es"`: the Spanish questions and interface.'),
  play: async ({ canvasElement }) => {
    const { shadow } = await rendered<PrpFaq>(canvasElement, TAG);
    await expect(shadow.querySelector('[part="title"]')).toHaveTextContent(es.content.title);
    await expect(shadow.querySelector('label[for="search"]')).toHaveTextContent(es.strings.searchLabel);
  },
};

export const Dark: Story = {
  args: { theme: 'dark', open: 'risks' },
  parameters: describe('`theme="dark"` on a dark page, one answer open.'),
  play: async ({ canvasElement }) => {
    const { element } = await rendered<PrpFaq>(canvasElement, TAG);
    await expectDark(element, canvasElement);
  },
};

export const Narrow320: Story = {
  ...narrow320,
  args: { searchable: true, open: 'cost' },
  play: async ({ canvasElement }) => {
    const { element, shadow } = await rendered<PrpFaq>(canvasElement, TAG);
    await expectFits320(element, shadow);
  },
};

export const BadInput: Story = {
  args: { topics: 'astrology', questions: 'cost,teleport', open: 'nowhere' },
  parameters: describe(
    'Invalid values: an unknown topic (nothing valid left, so every topic), an unknown question id (skipped) and an `open` id that is not shown. The element still renders and logs one `console.warn` per problem, which is expected here.',
  ),
  beforeEach: spyOnWarnings,
  play: async ({ canvasElement }) => {
    const { shadow } = await rendered<PrpFaq>(canvasElement, TAG);
    await expect(questionIds(shadow)).toEqual(['cost']);
    await expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('ignored topics="astrology"'));
    await expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('ignored "teleport" in questions='));
    await expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('ignored open="nowhere"'));
  },
};
