/**
 * Shared by the stories and .storybook/preview.ts: how the toolbar globals reach the elements, and the
 * helpers of the play functions. Not a story file (the `stories` glob only matches *.stories.ts).
 *
 * The stories are smoke and visual tests: each renders (the `rendered` check), passes the accessibility
 * checks and has its picture compared (scripts/screens.mjs). A play function only brings the story to the
 * state its picture shows. What the elements do is tested in tests/browser/<element>.test.ts, which mounts
 * every story's configuration (`mountStory`).
 */
import type { StoryContext } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';

/** The values of the toolbar's `theme` global, plus the element-only `auto`. */
export type FrameTheme = 'light' | 'dark' | 'auto';

/** Page colours behind the element; the dark one matches the elements' dark `--prp-color-background`. */
export const FRAME_COLORS = {
  light: { background: '#ffffff', color: '#1b232c' },
  dark: { background: '#15191e', color: '#eef1f4' },
} as const;

/**
 * The theme an element should get: the story's own `theme` arg when it sets one, else the toolbar's
 * `theme` global. Use it in render functions as `theme=${ifDefined(themeFor(args, context))}`.
 */
export function themeFor(args: { theme?: string }, context: Pick<StoryContext, 'globals'>): string | undefined {
  const global = context.globals.theme as string | undefined;
  return args.theme || global || undefined;
}

/** Whether a theme value shows dark colours (`auto` follows the system setting, like the elements do). */
export function isDark(theme: string | undefined): boolean {
  const key = theme?.trim().toLowerCase();
  if (key === 'dark') return true;
  return key === 'auto' && typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
}

/**
 * The smoke check of every story: the first `tag` element in the story is defined and has rendered its
 * content (`[part="base"]`) in an open shadow root. Returns the element and its shadow root.
 */
export async function rendered<T extends HTMLElement & { updateComplete: Promise<boolean> }>(
  canvasElement: HTMLElement,
  tag: string,
): Promise<{ element: T; shadow: ShadowRoot }> {
  const element = canvasElement.querySelector<T>(tag);
  if (!element) throw new Error(`<${tag}> is not in the story`);
  await customElements.whenDefined(tag);
  await element.updateComplete;
  if (!element.shadowRoot) throw new Error(`<${tag}> has no open shadow root`);
  await expect(element.shadowRoot.querySelector('[part="base"]')).not.toBeNull();
  return { element, shadow: element.shadowRoot };
}

/** Controls for the attributes every element inherits, and for the `content` override property. */
export const sharedArgTypes = {
  lang: {
    control: 'inline-radio',
    options: ['en', 'es'],
    description: 'Language (`en`, `es`). Unset: the nearest ancestor `lang`, else English.',
    table: { category: 'attributes', type: { summary: 'string' } },
  },
  theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  'heading-level': { control: { type: 'number', min: 1, max: 6 } },
  'reviewed-by': { control: 'text' },
  'reviewed-on': { control: 'text' },
  content: { control: 'object' },
} as const;

/**
 * The render function of every element story: the element with each set arg as an attribute (args are
 * named by attribute), `theme` from `themeFor`, the `content` property, and `events` wired to spy args
 * (`{ 'prp-step-change': 'onPrpStepChange' }`).
 */
export function renderElement(
  tag: string,
  storyArgs: object,
  context: Pick<StoryContext, 'globals'>,
  events: Readonly<Record<string, string>> = {},
): HTMLElement {
  const args = storyArgs as Readonly<Record<string, unknown>>;
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(args)) {
    const isAttribute = name !== 'content' && name !== 'theme' && !/^on[A-Z]/.test(name) && name === name.toLowerCase();
    if (isAttribute && value !== undefined && value !== null && value !== '')
      element.setAttribute(name, typeof value === 'string' ? value : JSON.stringify(value));
  }
  const theme = themeFor(args, context);
  if (theme) element.setAttribute('theme', theme);
  if (args.content !== undefined) (element as HTMLElement & { content?: unknown }).content = args.content;
  for (const [event, arg] of Object.entries(events)) {
    const listener = args[arg];
    if (typeof listener === 'function') element.addEventListener(event, listener as EventListener);
  }
  return element;
}

/** A story's description in the docs page. */
export const describeStory = (story: string) => ({ docs: { description: { story } } });

/** 320 CSS px wide (the WCAG 1.4.10 reflow width): a 320 px viewport and wrapper, and no frame padding. */
export const narrow320 = {
  decorators: [(story: () => unknown) => html`<div style="width: 320px; max-width: 100%">${story()}</div>`],
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  parameters: {
    frame: { padding: '0' },
    ...describeStory('320 CSS px wide, the WCAG 1.4.10 reflow width: nothing may need sideways scrolling.'),
  },
};

/** The page around a dark story is dark too (the frame decorator in .storybook/preview.ts), as its picture shows. */
export async function expectDarkFrame(canvasElement: HTMLElement) {
  const frame = canvasElement.querySelector('.sb-frame')!;
  await expect(getComputedStyle(frame).backgroundColor).toBe('rgb(21, 25, 30)');
}

/** Args of the attributes every element inherits (args are named by attribute). */
export interface SharedArgs {
  lang?: string;
  theme?: string;
  'heading-level'?: number | string;
  'reviewed-by'?: string;
  'reviewed-on'?: string;
}

/** Args of the clinic-contact attributes (timeline and checklist). */
export interface ClinicArgs {
  'clinic-name'?: string;
  'clinic-phone'?: string;
  'emergency-number'?: string;
}

export const CLINIC_PROPERTIES = ['clinicName', 'clinicPhone', 'emergencyNumber'] as const;

/**
 * Hides camelCase properties that only mirror an attribute (the attribute rows document and control them):
 * the inherited ones plus `names`.
 */
export function hideMirrored(...names: readonly string[]) {
  return Object.fromEntries(
    [...names, 'headingLevel', 'reviewedBy', 'reviewedOn'].map((name) => [name, { table: { disable: true } }]),
  );
}
