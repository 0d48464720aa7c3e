// Registers <{{tag}}> (a side-effect module, listed in package.json "sideEffects").
import '../src/components/{{tag}}/define.js';

import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import { fn } from 'storybook/test';

import type { {{Class}} } from '../src/components/{{tag}}/{{name}}.js';
import type { IntroToggleDetail } from '../src/components/{{tag}}/types.js';
import {
  describeStory as describe,
  hideMirrored,
  narrow320,
  renderElement,
  rendered,
  type SharedArgs,
  sharedArgTypes,
} from './helpers.js';

const TAG = '{{tag}}';

/** Args are the element's attributes (by attribute name), its `content` property and event spies. */
interface {{Pascal}}Args extends SharedArgs {
  preview?: number | string;
  content?: {{Class}}['content'];
  onPrpIntroToggle?: (event: CustomEvent<IntroToggleDetail>) => void;
}

const argTypes: Partial<ArgTypes<{{Pascal}}Args>> = {
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
} satisfies Meta<{{Pascal}}Args>;

export default meta;
type Story = StoryObj<{{Pascal}}Args>;

/** The smoke check: the story renders. What the element does is tested in tests/browser/{{name}}.test.ts. */
const play: Story['play'] = async ({ canvasElement }) => {
  await rendered(canvasElement, TAG);
};

export const Default: Story = {
  parameters: describe('The default content: the title, the whole introduction and the sources.'),
  play,
};

export const Preview: Story = {
  args: { preview: 1 },
  parameters: describe('`preview="1"`: the first intro paragraph, then a "Show more" button for the rest.'),
  play,
};

export const Dark: Story = {
  args: { theme: 'dark' },
  parameters: describe('`theme="dark"` on a dark page. The Theme toolbar switches every story.'),
  play,
};

export const Spanish: Story = {
  args: { lang: 'es', preview: 1 },
  parameters: describe('`lang="es"`: Spanish content and button.'),
  play,
};

export const Narrow320: Story = { ...narrow320, play };
