// Registers <{{tag}}> (a side-effect module, listed in package.json "sideEffects").
import '../src/components/{{tag}}/define.js';

import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import { fn } from 'storybook/test';

import type { IntroToggleDetail } from '../src/components/{{tag}}/types.js';
import { {{CONST}}_ARGS, type {{Pascal}}Args } from './{{name}}.args.js';
import {
  describeStory as describe,
  hideMirrored,
  narrow320,
  renderElement,
  rendered,
  sharedArgTypes,
} from './helpers.js';

const TAG = '{{tag}}';

/** A story's args ({{name}}.args.ts) and the event spy. */
interface {{Pascal}}StoryArgs extends {{Pascal}}Args {
  onPrpIntroToggle?: (event: CustomEvent<IntroToggleDetail>) => void;
}

const argTypes: Partial<ArgTypes<{{Pascal}}StoryArgs>> = {
  ...hideMirrored(),
  preview: { control: { type: 'number', min: 1, max: 4 } },
  ...sharedArgTypes,
};

const meta = {
  title: 'Elements/{{Words}}',
  component: TAG,
  argTypes,
  args: {
    // A spy: it shows in the Actions panel.
    onPrpIntroToggle: fn(),
  },
  render: (args, context) => renderElement(TAG, args, context, { 'prp-intro-toggle': 'onPrpIntroToggle' }),
} satisfies Meta<{{Pascal}}StoryArgs>;

export default meta;
type Story = StoryObj<{{Pascal}}StoryArgs>;

/** The smoke check: the story renders. What the element does is tested in tests/browser/{{name}}.test.ts. */
const play: Story['play'] = async ({ canvasElement }) => {
  await rendered(canvasElement, TAG);
};

export const Default: Story = {
  args: {{CONST}}_ARGS.Default,
  parameters: describe('The default content: the title, the whole introduction and the sources.'),
  play,
};

export const Preview: Story = {
  args: {{CONST}}_ARGS.Preview,
  parameters: describe('`preview="1"`: the first intro paragraph, then a "Show more" button for the rest.'),
  play,
};

export const Dark: Story = {
  args: {{CONST}}_ARGS.Dark,
  parameters: describe('`theme="dark"` on a dark page. The Theme toolbar switches every story.'),
  play,
};

export const Spanish: Story = {
  args: {{CONST}}_ARGS.Spanish,
  parameters: describe('`lang="es"`: Spanish content and button.'),
  play,
};

export const Narrow320: Story = { ...narrow320, args: {{CONST}}_ARGS.Narrow320, play };
