/** Shared helpers for the browser tests. */
import { fixture, html } from '@open-wc/testing';
import { fn, type Mock } from '@vitest/spy';
import type { LitElement } from 'lit';

import type { WarningDetail } from '../../src/classes.js';
import { expect } from './expect.js';

/** Collects `console.warn` calls while `run` executes (and until `restore()`); they are not printed. */
export function captureWarnings() {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return { messages, restore: () => (console.warn = original) };
}

export const shadow = (element: Element) => element.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(element: Element, selector: string) =>
  shadow(element).querySelector<T>(selector)!;
export const $$ = <T extends Element = HTMLElement>(element: Element, selector: string) => [
  ...shadow(element).querySelectorAll<T>(selector),
];

/** Visible text of the shadow root, whitespace folded. */
export const textOf = (element: Element) => (shadow(element).textContent ?? '').replace(/\s+/g, ' ').trim();

/** Creates `tag` with the attributes, in a fresh fixture, and waits for it to render. */
export async function mount<T extends LitElement>(tag: string, attributes: Record<string, string> = {}): Promise<T> {
  const element = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(element);
  await settle(element);
  return element;
}

/** A story's args, by attribute name: `true` is an empty attribute; `false`, `undefined` and `''` leave it out. */
export type StoryArgs = Readonly<Record<string, string | number | boolean | undefined>>;

export interface StoryFrame {
  /** The story's viewport width in px: Storybook's story tests run at 1200 px unless a story sets a viewport. */
  readonly viewport?: number;
  /** The frame's padding (.storybook/preview.ts: 1rem unless the story sets `parameters.frame.padding`). */
  readonly padding?: string;
  /** The width of the story's own wrapper in px (`narrow320`, the comparison's `inWrapper`). */
  readonly width?: number;
  /** Other styles of the story's own wrapper (a page that sets `--prp-motion-duration: 0s`). */
  readonly style?: string;
  /** The `content` property the story sets. */
  readonly content?: unknown;
  /** Events to spy on, attached before the element connects, as the stories' spy args are. */
  readonly events?: readonly string[];
}

/**
 * Mounts `tag` the way its story renders it (`renderElement` in stories/helpers.ts, inside the frame of
 * .storybook/preview.ts): each arg as an attribute, `theme="light"` unless the args set a theme (the
 * toolbar's default), the `content` property, inside a `lang="en"` frame as wide as the story's viewport and,
 * for `width` or `style`, the story's own wrapper. Returns the element, rendered, and a spy (`@vitest/spy`) per event in `events`.
 */
export async function mountStory<T extends LitElement>(
  tag: string,
  args: StoryArgs,
  { viewport = 1200, padding = '1rem', width, style, content, events = [] }: StoryFrame = {},
): Promise<{ element: T; spies: Record<string, Mock> }> {
  const element = document.createElement(tag) as T;
  const attributes: StoryArgs = { theme: 'light', ...args };
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) element.setAttribute(name, '');
    else if (value !== false && value !== undefined && value !== '') element.setAttribute(name, String(value));
  }
  if (content !== undefined) (element as LitElement & { content?: unknown }).content = content;
  const spies: Record<string, Mock> = {};
  for (const event of events) {
    spies[event] = fn();
    element.addEventListener(event, spies[event]);
  }
  // The elements size themselves by container queries only, so a frame as wide as the story's viewport lays
  // them out as the story does, whatever the test page's own width.
  const frame = await fixture<HTMLDivElement>(
    html`<div lang="en" style="box-sizing: border-box; width: ${viewport}px; padding: ${padding}"></div>`,
  );
  if (width === undefined && style === undefined) {
    frame.append(element);
  } else {
    const wrapper = document.createElement('div');
    if (style !== undefined) wrapper.style.cssText = style;
    if (width !== undefined) wrapper.style.width = `${width}px`;
    wrapper.append(element);
    frame.append(wrapper);
  }
  await settle(element);
  return { element, spies };
}

/** The `narrow320` stories: a 320 px viewport, no frame padding, a wrapper 320 px wide (at most the frame's width). */
export const NARROW_320: StoryFrame = { viewport: 320, padding: '0', width: 320, style: 'max-width: 100%' };

/**
 * The text of `node` with runs of whitespace folded, as jest-dom's `toHaveTextContent` reads it: so
 * `expect(textIn(node)).toContain(words)` is that check. Throws when there is no node.
 */
export function textIn(node: Node | null | undefined): string {
  if (!node) throw new Error('expected a node, found none');
  return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Whether a screen reader skips `element`: it or an ancestor (across shadow roots) is hidden or aria-hidden. */
function inaccessible(element: Element): boolean {
  for (let node: Element | undefined = element; node;) {
    if (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true') return true;
    const style = getComputedStyle(node);
    if (style.display === 'none' || style.visibility === 'hidden') return true;
    const root = node.getRootNode();
    node = node.parentElement ?? (root instanceof ShadowRoot ? root.host : undefined);
  }
  return false;
}

/** The accessible name from content: the text of every descendant a screen reader reaches, whitespace folded. */
function nameFromContent(element: Element): string {
  let text = '';
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement && !inaccessible(node.parentElement)) text += node.textContent;
  }
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The elements matching `selector` in `root` that a screen reader reaches, named `name` (an `aria-label`, else
 * their text): what Testing Library's `getAllByRole(role, { name })` finds, for roles named from content.
 */
export function named(root: ParentNode, selector: string, name: string): Element[] {
  return [...root.querySelectorAll(selector)].filter(
    (element) => !inaccessible(element) && (element.getAttribute('aria-label') ?? nameFromContent(element)) === name,
  );
}

/** The headings of `level` (`<hn>` or `role="heading"`), as `named` finds them. */
export const headingsNamed = (root: ParentNode, level: number, name: string) =>
  named(root, `h${level}, [role="heading"][aria-level="${level}"]`, name);

/** The dark theme is on: the attribute, and the dark background (`--prp-color-background`) painted. */
export function expectDarkTheme(element: Element) {
  expect(element.getAttribute('theme')).toBe('dark');
  expect(getComputedStyle(element).backgroundColor).toBe('rgb(21, 25, 30)');
}

/** The element fits in 320 px (the WCAG 1.4.10 reflow width) and nothing inside it scrolls sideways. */
export function expectFits320(element: Element) {
  expect(element.getBoundingClientRect().width).toBeLessThanOrEqual(320);
  const base = $(element, '[part="base"]');
  expect(base.scrollWidth).toBeLessThanOrEqual(base.clientWidth);
}

export async function settle(element: LitElement) {
  await element.updateComplete;
  await element.updateComplete;
}

/**
 * The shared bad-input check: run `render` (which mounts an element with one bad attribute, and may act on
 * it), then expect exactly one warning naming the element, attribute, value and fallback, and an element
 * that still shows its content and the not-medical-advice line.
 */
export async function expectOneWarning<T extends LitElement>(
  render: () => Promise<T>,
  [tag, attribute, value, fallback]: readonly [string, string, string, string],
): Promise<T> {
  const warnings = captureWarnings();
  // The same warning as an event, for pages that show it (the embed builder); it bubbles out of the fixture.
  const events: WarningDetail[] = [];
  const heard = (event: Event) => events.push((event as HTMLElementEventMap['prp-warning']).detail);
  document.addEventListener('prp-warning', heard);
  let element: T;
  try {
    element = await render();
    element.requestUpdate(); // a second render must not warn again
    await settle(element);
  } finally {
    warnings.restore();
    document.removeEventListener('prp-warning', heard);
  }
  expect(warnings.messages, warnings.messages.join('\n')).toHaveLength(1);
  expect(events.map(({ message }) => `<${tag}> ${message}`)).toStrictEqual(warnings.messages);
  expect(events[0].attribute).toBe(attribute);
  expect(warnings.messages[0]).toContain(`<${tag}>`);
  expect(warnings.messages[0]).toContain(`${attribute}="${value}"`);
  expect(warnings.messages[0]).toContain(`Using ${fallback}`);
  expect(textOf(element)).toContain('not medical advice');
  return element;
}

/**
 * Records what a live region says: its text after each change, whitespace folded, empty text left out
 * (clearing a region says nothing). `said` is the list so far.
 */
export function liveLog(region: Element) {
  const said: string[] = [];
  let last = (region.textContent ?? '').replace(/\s+/g, ' ').trim();
  const observer = new MutationObserver(() => {
    const now = (region.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (now !== last && now) said.push(now);
    last = now;
  });
  observer.observe(region, { childList: true, subtree: true, characterData: true });
  return { said, stop: () => observer.disconnect() };
}

/** Waits until `condition()` holds, polling each frame; fails after `ms`. */
export async function until(condition: () => boolean, ms = 3000, what = 'condition'): Promise<void> {
  const end = performance.now() + ms;
  while (!condition()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => requestAnimationFrame(done));
  }
}

/**
 * The one range `brokenWords` measures with. WebKit walks every live range on each node removal, and a range a
 * word made a page slow enough to hold a test file past web-test-runner's 180 s (ranges live until collected).
 */
const wordRange = document.createRange();

/** Words that a line break splits inside a word (a hyphen's break is fine): "injecti/on" at a narrow width. */
export function brokenWords(root: Node): string[] {
  const broken: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    for (const match of node.data.matchAll(/[^\s\-‐]+/g)) {
      wordRange.setStart(node, match.index);
      wordRange.setEnd(node, match.index + match[0].length);
      const lines = new Set(
        [...wordRange.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)),
      );
      if (lines.size > 1) broken.push(match[0]);
    }
  }
  wordRange.selectNodeContents(document.body); // holds no widget's text once done
  return broken;
}
