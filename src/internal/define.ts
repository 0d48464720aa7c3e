import { adoptStyles, LitElement, render } from 'lit';

declare const __PRP_VERSION__: string | undefined;

/** This copy's version, injected by the build; `0.0.0-dev` when running from sources. */
export const VERSION: string = typeof __PRP_VERSION__ === 'string' ? __PRP_VERSION__ : '0.0.0-dev';

/** Shared by every copy of the library on a page, so a page with two copies warns once, not once per tag. */
const WARNED_KEY = Symbol.for('prp-widgets.duplicate-copy-warned');

/**
 * Registers `ctor` as `tag` and never throws into the host page.
 * - already registered with this very class (the same copy imported twice): nothing happens;
 * - registered by another copy of the library (a second script tag, a CDN copy beside an npm copy):
 *   the first definition wins and one `console.warn` per page says so.
 * On a page with prerendered elements it defines `tag` once Lit's hydration support has loaded.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const ready = hydrationReady();
  if (ready) void ready.then(() => define(tag, ctor));
  else define(tag, ctor);
}

let hydration: Promise<void> | undefined;

/**
 * On a page with prerendered elements (`prerendered`, written by prp-widgets/ssr), Lit's hydration support
 * loads first: it must be on LitElement before an element is defined, since definition upgrades the elements.
 * Other pages never load it.
 */
function hydrationReady(): Promise<void> | undefined {
  if (hydration || (typeof document === 'object' && document.querySelector('[prerendered]'))) {
    hydration ??= import('./hydration.js')
      .then((module) => module.installHydration)
      .then(
        (install) => install({ LitElement, render, adoptStyles }),
        (error: unknown) => console.warn(`prp-widgets ${VERSION}: could not load hydration; rendering again.`, error),
      );
  }
  return hydration;
}

function define(tag: string, ctor: CustomElementConstructor): void {
  try {
    const existing = customElements.get(tag);
    if (existing === ctor) return;
    if (existing) {
      const registry = globalThis as unknown as Record<symbol, boolean>;
      if (!registry[WARNED_KEY]) {
        registry[WARNED_KEY] = true;
        const theirs = (existing as { version?: unknown }).version;
        console.warn(
          `prp-widgets ${VERSION}: <${tag}> is already defined by another copy of prp-widgets` +
            `${typeof theirs === 'string' ? ` (version ${theirs})` : ''}. The first definition is kept. ` +
            'Load the library only once per page.',
        );
      }
      return;
    }
    customElements.define(tag, ctor);
  } catch (error) {
    console.warn(`prp-widgets ${VERSION}: could not define <${tag}>.`, error);
  }
}
