/**
 * NHS-style care cards: the heading is the action, a visually hidden prefix says the urgency, and
 * urgency also shows in an icon shape and the border weight, so colour is never the only signal.
 */
import { html, nothing, svg } from 'lit';

import type { PhoneNumber } from './attributes.js';
import type { CareLevel } from './care-levels.js';

export { CARE_LEVELS, type CareLevel } from './care-levels.js';

const ICONS: Readonly<Record<CareLevel, ReturnType<typeof svg>>> = {
  // an octagon (a stop sign) with "!"
  emergency: svg`<path d="M7.5 1h9L23 7.5v9L16.5 23h-9L1 16.5v-9z" fill="currentColor"/><path d="M12 6v8" stroke="var(--_icon-mark)" stroke-width="2.6" stroke-linecap="round"/><circle cx="12" cy="18" r="1.6" fill="var(--_icon-mark)"/>`,
  // a triangle (a warning sign) with "!"
  urgent: svg`<path d="M12 1.5 23 22H1z" fill="currentColor"/><path d="M12 9v6" stroke="var(--_icon-mark)" stroke-width="2.4" stroke-linecap="round"/><circle cx="12" cy="18.5" r="1.4" fill="var(--_icon-mark)"/>`,
  // a circle with "i"
  routine: svg`<circle cx="12" cy="12" r="11" fill="currentColor"/><path d="M12 11v7" stroke="var(--_icon-mark)" stroke-width="2.4" stroke-linecap="round"/><circle cx="12" cy="7" r="1.5" fill="var(--_icon-mark)"/>`,
};

export function careIcon(level: CareLevel) {
  return html`<svg class="care-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${ICONS[level]}</svg>`;
}

/** The inside of a care-card heading: icon, hidden prefix ("Urgent:", none when empty), then the action. */
export function careTitle(level: CareLevel, prefix: string, action: unknown) {
  return html`${careIcon(level)}<span class="care-action">${prefix ? html`<span class="sr-only">${`${prefix} `}</span>` : nothing}${action}</span>`;
}

export function telLink(phone: PhoneNumber) {
  return html`<a class="tel" href="tel:${phone.dial}">${phone.display}</a>`;
}

/** "Phone <clinic>: <link>", or nothing when there is no valid phone. */
export function phoneLine(label: string, phone: PhoneNumber | undefined) {
  return phone ? html`<p class="phone">${label} ${telLink(phone)}</p>` : nothing;
}
