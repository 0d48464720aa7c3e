/**
 * Shared by the stories and .storybook/preview.ts: how the toolbar globals reach the elements, and a
 * small helper for play functions. Not a story file (the `stories` glob only matches *.stories.ts).
 */
import type { StoryContext } from '@storybook/web-components-vite';

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
 * For play functions: the first `tag` element in the story, once it has rendered, and its shadow root.
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
  return { element, shadow: element.shadowRoot };
}
