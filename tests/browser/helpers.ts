/** Shared helpers for the browser tests. */
import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';

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
  let element: T;
  try {
    element = await render();
    element.requestUpdate(); // a second render must not warn again
    await settle(element);
  } finally {
    warnings.restore();
  }
  expect(warnings.messages, warnings.messages.join('\n')).to.have.length(1);
  expect(warnings.messages[0])
    .to.contain(`<${tag}>`)
    .and.contain(`${attribute}="${value}"`)
    .and.contain(`Using ${fallback}`);
  expect(textOf(element)).to.contain('not medical advice');
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

/** Words that a line break splits inside a word (a hyphen's break is fine): "injecti/on" at a narrow width. */
export function brokenWords(root: Node): string[] {
  const broken: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    for (const match of node.data.matchAll(/[^\s\-‐]+/g)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const lines = new Set(
        [...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)),
      );
      if (lines.size > 1) broken.push(match[0]);
    }
  }
  return broken;
}
