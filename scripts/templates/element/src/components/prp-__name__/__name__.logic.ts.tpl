/** Pure logic of <{{tag}}>: no DOM, unit-tested in Node. */

/** How much of the introduction shows: `shown` paragraphs, and whether the Show more / Show less button does. */
export interface IntroView {
  readonly shown: number;
  readonly toggle: boolean;
}

/**
 * Of `total` intro paragraphs: every one when `preview` is unset or covers them all, else the first
 * `preview` with a button for the rest; every one, still with the button, once the reader has opened it.
 */
export function introView(total: number, preview: number | undefined, open: boolean): IntroView {
  const toggle = preview !== undefined && preview < total;
  return { shown: toggle && !open ? preview : total, toggle };
}
