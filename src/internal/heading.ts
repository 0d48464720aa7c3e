import { html, nothing } from 'lit';

/**
 * Template strings for `<h1>`–`<h6>`, made once per level: Lit caches templates by this array's identity.
 * The only variable part is the level, an integer from 1 to 6, so nothing from outside enters the
 * markup. This is what `lit/static-html.js` does for any tag, without that module's weight.
 */
const STRINGS = [1, 2, 3, 4, 5, 6].map((level) => {
  const parts = [`<h${level} id=`, ' part=', ' class=', '>', `</h${level}>`];
  return Object.assign(parts, { raw: parts });
});

export interface HeadingOptions {
  readonly id?: string;
  readonly part?: string;
  readonly className?: string;
}

/** A real `<h1>`–`<h6>`; levels past 6 stay at 6 so deep nesting never produces an invalid tag. */
export function renderHeading(level: number, content: unknown, options: HeadingOptions = {}) {
  const strings = STRINGS[Math.min(6, Math.max(1, Math.round(level))) - 1];
  // `nothing` leaves an attribute out (Lit 3), so no directive is needed.
  return html(strings, options.id ?? nothing, options.part ?? nothing, options.className ?? nothing, content);
}
