/** Prerenders the prp-widgets elements in a page or fragment of HTML: see ./index.ts. */
import { type DefaultTreeAdapterMap, parseFragment } from 'parse5';

import { isTag, render, type Tag } from './render.js';

type Element = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['node'];

/** Every prp-widgets element in `nodes`, outermost first; what is inside one is its own business. */
function widgets(nodes: readonly Node[], found: Element[] = []): Element[] {
  for (const node of nodes) {
    if (!('tagName' in node)) continue;
    if (isTag(node.tagName)) {
      if (!prerendered(node)) found.push(node);
    } else widgets('content' in node ? node.content.childNodes : node.childNodes, found);
  }
  return found;
}

/**
 * The override the browser would read: the JSON child whose `lang` matches the element's, else the one
 * without `lang`. Not valid JSON: one warning and no override, as in the browser.
 */
function override(element: Element, tag: string): object | undefined {
  const lang = (attribute(element, 'lang') ?? '').split('-')[0].toLowerCase();
  const scripts = element.childNodes.filter(
    (node): node is Element =>
      'tagName' in node && node.tagName === 'script' && attribute(node, 'type') === 'application/json',
  );
  const script =
    scripts.find((s) => lang && (attribute(s, 'lang') ?? '').split('-')[0].toLowerCase() === lang) ??
    scripts.find((s) => !(attribute(s, 'lang') ?? '').trim());
  if (!script) return undefined;
  const source = script.childNodes.map((node) => ('value' in node ? node.value : '')).join('');
  try {
    return JSON.parse(source) as object;
  } catch (error) {
    console.warn(
      `<${tag}> ignored its <script type="application/json"> child: not valid JSON (${(error as Error).message}). Using the default content.`,
    );
    return undefined;
  }
}

/** It already has its declarative shadow root (the HTML went through `prerender` before). */
const prerendered = (element: Element) =>
  element.childNodes.some(
    (node) => 'tagName' in node && node.tagName === 'template' && !!attribute(node, 'shadowrootmode'),
  );

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

/**
 * `html` (a page or part of one) with each prp-widgets element in it replaced by its prerendered HTML; the
 * rest is left exactly as it was. An element's attributes and JSON child are read as the browser reads them.
 */
export async function prerender(html: string): Promise<string> {
  const fragment = parseFragment(html, { sourceCodeLocationInfo: true });
  let output = '';
  let copied = 0;
  for (const element of widgets(fragment.childNodes)) {
    const location = element.sourceCodeLocation!;
    const tag = element.tagName as Tag;
    const attributes = Object.fromEntries(element.attrs.map((attr) => [attr.name, attr.value]));
    output += html.slice(copied, location.startOffset);
    output += await render(tag, attributes, { content: override(element, tag) });
    copied = location.endOffset;
  }
  return output + html.slice(copied);
}
