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
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
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
