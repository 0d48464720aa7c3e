/** One element rendered on a server: see ./index.ts. */
// Defines every element. Lit's Node build brings what that needs (customElements, a minimal HTMLElement); no
// global DOM is installed, so a server's own globals stay as they were.
import '../index.js';

import { render as renderTemplate } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';

import { localeLoads, requestedLocale } from '../internal/language.js';
import { prerenderedMark, type PrpElement } from '../internal/prp-element.js';

/** The tags `render` knows: every element of the library. */
export const TAGS = [
  'prp-doctor-checklist',
  'prp-faq',
  'prp-process-diagram',
  'prp-recovery-timeline',
  'prp-treatment-comparison',
] as const;
export type Tag = (typeof TAGS)[number];

/** Whether `name` is one of the library's tags. */
export const isTag = (name: string): name is Tag => (TAGS as readonly string[]).includes(name);

export interface RenderOptions {
  /**
   * The clinic's content override, as the element's `content` property takes it. It is also written into
   * the element as its `<script type="application/json">` child, so the browser shows the same content.
   */
  content?: object;
}

/** `value` as an HTML attribute value between double quotes. */
const attributeValue = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** JSON safe inside a `<script>`: no `</script>` or `<!--` can end or open anything there. */
const scriptJson = (value: object) => JSON.stringify(value).replace(/</g, '\\u003c');

/** Attribute names an element can take: letters, digits and dashes (anything else could break the markup). */
const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;

/**
 * The element `tag` with `attributes`, rendered: its opening tag, a declarative shadow root with the
 * widget's markup and styles, the override's JSON child if any, and its closing tag. Bad attribute values
 * get what they get in the browser: the fallback value and one `console.warn` on the server's console.
 * Anything that depends on the reader's clock (the timeline's "today" stage) is left out unless `today`
 * is given; the browser adds it when it hydrates the element.
 *
 * Throws only for a tag that is not one of `TAGS` or an attribute name that is not a name: mistakes in the
 * calling code, not in a clinic's values.
 */
export async function render(
  tag: Tag,
  attributes: Readonly<Record<string, string>> = {},
  options: RenderOptions = {},
): Promise<string> {
  if (!isTag(tag)) {
    throw new TypeError(`prp-widgets/ssr: unknown element <${String(tag)}>; expected one of ${TAGS.join(', ')}`);
  }
  const names = Object.keys(attributes);
  const badName = names.find((name) => !ATTRIBUTE_NAME.test(name));
  if (badName !== undefined) throw new TypeError(`prp-widgets/ssr: "${badName}" is not an attribute name`);

  // What the element needs loaded (another language, the override checks) is loaded first: a server
  // renders in one synchronous pass. The probe is never rendered; the renderer makes its own element.
  const Element = customElements.get(tag) as unknown as Pick<typeof PrpElement, 'parts'> & (new () => PrpElement);
  const probe = new Element();
  for (const name of names) {
    probe.setAttribute(name, attributes[name]);
    probe.attributeChangedCallback(name, null, attributes[name]); // the server's DOM does not call it
  }
  // Quiet about a bad `lang`: the element that renders says it once.
  const locale = requestedLocale(probe, () => undefined);
  await Promise.all([
    ...localeLoads(locale, probe.localeContent),
    options.content === undefined ? undefined : Element.parts.overrides.load(),
  ]);

  // `prerendered`: the optional prp-widgets.css never hides the element while the script loads, and the
  // script hydrates it when the page gives it the same `lang` the server saw (none is English) and the
  // script is the version that rendered it; else it renders again in place.
  const seen = attributeValue(prerenderedMark(attributes.lang ?? ''));
  const open = unsafeStatic(
    `${tag}${names.map((name) => ` ${name}="${attributeValue(attributes[name])}"`).join('')} prerendered="${seen}"`,
  );
  const close = unsafeStatic(tag);
  const rendered = await collectResult(
    // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html -- static tag names (lit/static-html), which these rules take for bindings
    renderTemplate(html`<${open} .content=${options.content}></${close}>`),
  );
  return withJsonChild(withoutOuterMarkers(rendered, tag), tag, options.content);
}

/**
 * The rendered element without the markers of the one-element template around it. The element's own
 * markers, inside its shadow root, stay: hydration reads them. Nothing on the page hydrates the outer one.
 */
function withoutOuterMarkers(rendered: string, tag: string): string {
  return (
    rendered
      .replace(/^<!--lit-part[^>]*-->/, '')
      .replace(/<!--\/lit-part-->$/, '')
      .replace(/^<!--lit-node \d+-->/, '')
      // The renderer writes the attributes itself, after the spaces that separated them in the template.
      .replace(new RegExp(`^<${tag}\\s+`), `<${tag} `)
      .replace(new RegExp(`^<${tag} >`), `<${tag}>`)
  );
}

/** The override as the element's JSON child, just before its closing tag. */
function withJsonChild(rendered: string, tag: string, content: object | undefined): string {
  if (content === undefined) return rendered;
  const closing = `</${tag}>`;
  if (!rendered.endsWith(closing)) throw new Error(`prp-widgets/ssr: unexpected markup around <${tag}>`);
  return `${rendered.slice(0, -closing.length)}<script type="application/json">${scriptJson(content)}</script>${closing}`;
}
