/**
 * Lit's hydration support, loaded only on a page with prerendered elements (see `defineElement`): installed on
 * LitElement before any element is defined, it lets an element keep the nodes of its declarative shadow root
 * (written by prp-widgets/ssr) and bind them, rather than render them again.
 */
// Sets globalThis.litElementHydrateSupport, which LitElement calls only if it is there when Lit loads.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

import type { LitElement } from 'lit';

type HydrateSupport = (lit: { LitElement: typeof LitElement }) => void;

let installed = false;

/** Patches LitElement once (a second patch would hydrate twice). */
export function installHydration(lit: typeof LitElement): void {
  if (installed) return;
  installed = true;
  (globalThis as { litElementHydrateSupport?: HydrateSupport }).litElementHydrateSupport?.({ LitElement: lit });
}
