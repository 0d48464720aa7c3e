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
export const $ = <T extends Element = HTMLElement>(element: Element, selector: string) => shadow(element).querySelector<T>(selector)!;
export const $$ = <T extends Element = HTMLElement>(element: Element, selector: string) => [...shadow(element).querySelectorAll<T>(selector)];

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
  expect(warnings.messages[0]).to.contain(`<${tag}>`).and.contain(`${attribute}="${value}"`).and.contain(`Using ${fallback}`);
  expect(textOf(element)).to.contain('not medical advice');
  return element;
}
