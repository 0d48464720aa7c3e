/**
 * Lit's hydration support, loaded only on a page with prerendered elements (see `defineElement`): installed on
 * LitElement before any element is defined, it lets an element keep the nodes of its declarative shadow root
 * (written by prp-widgets/ssr) and bind them, rather than render them again. Prerendered elements hydrate in
 * turn, one per task (`connectInTurn`), so a page full of them never blocks the reader in one long task.
 */
// Sets globalThis.litElementHydrateSupport, which LitElement calls only if it is there when Lit loads.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

import type { adoptStyles, LitElement, PropertyValues, render } from 'lit';

/** What hydration needs from the page's Lit (given, so this chunk never imports Lit a second way). */
export interface LitParts {
  LitElement: typeof LitElement;
  render: typeof render;
  adoptStyles: typeof adoptStyles;
}

type HydrateSupport = (lit: { LitElement: typeof LitElement }) => void;

let installed = false;

/** Patches LitElement once (a second patch would hydrate twice). */
export function installHydration(lit: LitParts): void {
  if (installed) return;
  installed = true;
  (globalThis as { litElementHydrateSupport?: HydrateSupport }).litElementHydrateSupport?.(lit);
  connectInTurn(lit.LitElement);
  renderAgainWhereHydrationFails(lit);
}

/**
 * Hydrating fails where the page changed an element after the server rendered it (a script set an attribute
 * before the element's turn), so the server's HTML no longer fits its first render. The element then renders
 * again in place, with one warning, rather than leave an error and a half-bound widget.
 */
function renderAgainWhereHydrationFails({ LitElement, render, adoptStyles }: LitParts): void {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- kept to be called with each element as `this`
  const update = LitElement.prototype['update'];
  LitElement.prototype['update'] = function (this: LitElement, changed: PropertyValues) {
    // Its first update: hydrating its prerendered shadow root (or rendering over it, where that failed before).
    const hydrating = !this.hasUpdated && this.hasAttribute('prerendered');
    try {
      update.call(this, changed);
    } catch (error) {
      if (!hydrating || !this.shadowRoot) throw error;
      console.warn(
        `<${this.localName}> did not match its prerendered HTML (the page changed it first): rendered again. ${String(error)}`,
      );
      const root = this.shadowRoot as ShadowRoot & { _$litPart$?: unknown };
      root.replaceChildren();
      adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
      delete root._$litPart$; // a fresh render, not the half-bound one
      render((this as unknown as { render(): unknown }).render(), root, this.renderOptions);
    }
  };
}

/**
 * A prerendered element (`prerendered`, written by prp-widgets/ssr, with its declarative shadow root) already
 * shows its server HTML, so Lit starts it in its turn (`hydrateInTurn`), not all of them in the task that
 * defines them. Until then it is not connected for Lit: `updateComplete` still waits for its first render.
 */
function connectInTurn(lit: typeof LitElement): void {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- kept to be called with each element as `this`
  const connect = lit.prototype.connectedCallback;
  const turnTaken = new WeakSet<Element>();
  lit.prototype.connectedCallback = function (this: LitElement) {
    if (!this.hasAttribute('prerendered') || !this.shadowRoot || this.hasUpdated || turnTaken.has(this)) {
      connect.call(this);
      return;
    }
    hydrateInTurn(this, () => {
      turnTaken.add(this);
      if (this.isConnected) connect.call(this);
    });
  };
}

/** Prerendered elements waiting for their turn, with how to start each. */
const waiting = new Map<HTMLElement, () => void>();
/** Those whose place the IntersectionObserver has reported: only they can take a turn. */
const placed = new Set<Element>();
/** Those of them in or near the viewport: they go first. */
const nearView = new Set<Element>();
let observer: IntersectionObserver | undefined;
let turnPending = false;

/** What a reader does that needs the element working now: it hydrates in the same task. */
const USE = ['pointerdown', 'focusin', 'keydown', 'click'] as const;

/**
 * Starts `element` (a prerendered one, already showing its server HTML) in a task of its own: those in or near
 * the viewport first, then the rest, each group in document order, none before the observer has placed it
 * (which is after a paint). A reader who touches, focuses or clicks an element before its turn starts it at
 * once; a click that arrives with no touch or focus first (assistive technology can do that) is held and given
 * again once the element is bound.
 */
function hydrateInTurn(element: HTMLElement, start: () => void): void {
  if (waiting.has(element)) return;
  waiting.set(element, start);
  for (const type of USE) element.addEventListener(type, onUse, { capture: true });
  observer ??= new IntersectionObserver(onView, { rootMargin: '50%' });
  observer.observe(element);
}

function onView(entries: readonly IntersectionObserverEntry[]): void {
  for (const { target, isIntersecting } of entries) {
    placed.add(target);
    if (isIntersecting) nearView.add(target);
    else nearView.delete(target);
  }
  nextTurn();
}

/** The first of `elements` in document order. */
const firstInPage = (elements: readonly Element[]) =>
  elements.reduce<Element | undefined>(
    (first, element) =>
      !first || first.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_PRECEDING ? element : first,
    undefined,
  );

/** The next element's turn, in a task of its own (a message, which browsers do not slow down as they do timers). */
function nextTurn(): void {
  // None placed yet: the observer's next report calls again.
  if (turnPending || ![...waiting.keys()].some((element) => placed.has(element))) return;
  turnPending = true;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    turnPending = false;
    const candidates = [...waiting.keys()].filter((element) => placed.has(element));
    const near = candidates.filter((element) => nearView.has(element));
    const element = firstInPage(near.length ? near : candidates);
    if (element) start(element as HTMLElement);
    nextTurn();
  };
  channel.port2.postMessage(undefined);
}

function start(element: HTMLElement): void {
  const begin = waiting.get(element);
  if (!begin) return;
  waiting.delete(element);
  placed.delete(element);
  nearView.delete(element);
  observer?.unobserve(element);
  for (const type of USE) element.removeEventListener(type, onUse, { capture: true });
  begin();
}

function onUse(event: Event): void {
  const element = event.currentTarget as HTMLElement & { updateComplete?: Promise<unknown> };
  start(element);
  if (event.type !== 'click') return;
  // Nothing is bound to this click yet (a checkbox would toggle unseen by the element): give it again once bound.
  event.preventDefault();
  event.stopPropagation();
  const target = event.composedPath()[0];
  void element.updateComplete?.then(() => (target as HTMLElement).click?.());
}
