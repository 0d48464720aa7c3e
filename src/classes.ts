/**
 * The element classes without registering any tag: for scoped registries, subclassing or custom tag
 * names (`customElements.define('clinic-timeline', class extends PrpRecoveryTimeline {})`).
 */
export { PrpRecoveryTimeline } from './components/prp-recovery-timeline/recovery-timeline.js';
export { PrpElement } from './internal/prp-element.js';
export { VERSION } from './internal/define.js';
export type * from './components/prp-recovery-timeline/types.js';
export type { Statement, Source } from './content/types.js';
