/**
 * The optional `prp-widgets.css` hides each element and holds its space with the `prp-widgets-wait`
 * animation, only while the element is `:not(:defined)`. WebKit keeps that animation running on an element
 * that is already defined when it has a shadow root, so a rendered widget stayed hidden (and let taps fall
 * through to the page) for the whole `--prp-fallback-delay`. A rendered element ends the wait itself.
 */
export const FALLBACK_WAIT = 'prp-widgets-wait';

const watched = new WeakSet<Element>();

function cancelWait(element: Element): void {
  for (const animation of element.getAnimations?.() ?? []) {
    if ((animation as CSSAnimation).animationName === FALLBACK_WAIT) animation.cancel();
  }
}

/**
 * Cancels the stylesheet's wait animation on `element`; a page's own animations are left alone. WebKit may
 * start the animation only at a style update after this call, so a wait that starts later is ended too.
 */
export function endFallbackWait(element: Element): void {
  cancelWait(element);
  if (watched.has(element)) return;
  watched.add(element);
  element.addEventListener('animationstart', (event) => {
    if ((event as AnimationEvent).animationName === FALLBACK_WAIT) cancelWait(element);
  });
}
