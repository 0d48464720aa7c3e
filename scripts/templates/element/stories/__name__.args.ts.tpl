/**
 * Each story's args in {{name}}.stories.ts, keyed by story export name. The stories render them and
 * tests/browser/{{name}}.test.ts mounts them, so the test follows its story. No Storybook import: the browser
 * tests load this module.
 */
import type { {{Class}} } from '../src/components/{{tag}}/{{name}}.js';
import type { SharedArgs } from './helpers.js';

/** What a story sets: the element's attributes (by attribute name) and its `content` property. */
export interface {{Pascal}}Args extends SharedArgs {
  preview?: number | string;
  content?: {{Class}}['content'];
}

export const {{CONST}}_ARGS = {
  Default: {},
  Preview: { preview: 1 },
  Dark: { theme: 'dark' },
  Spanish: { lang: 'es', preview: 1 },
  Narrow320: {},
} satisfies Record<string, {{Pascal}}Args>;
