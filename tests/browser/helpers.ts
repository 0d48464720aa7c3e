/** Shared helpers for the browser tests. */
import { fixture, html } from '@open-wc/testing';
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
