/**
 * The element classes without registering any tag: for scoped registries, subclassing or custom tag
 * names (`customElements.define('clinic-timeline', class extends PrpRecoveryTimeline {})`).
 */
export { PrpDoctorChecklist } from './components/prp-doctor-checklist/doctor-checklist.js';
export { PrpFaq } from './components/prp-faq/faq.js';
export { PrpProcessDiagram } from './components/prp-process-diagram/process-diagram.js';
export { PrpRecoveryTimeline } from './components/prp-recovery-timeline/recovery-timeline.js';
export { PrpTreatmentComparison } from './components/prp-treatment-comparison/treatment-comparison.js';
export { PrpClinicElement, PrpEmergencyElement } from './internal/clinic-element.js';
export { PrpElement } from './internal/prp-element.js';
export { VERSION } from './internal/define.js';
export type * from './components/prp-doctor-checklist/types.js';
export type * from './components/prp-faq/types.js';
export type * from './components/prp-process-diagram/types.js';
export type * from './components/prp-recovery-timeline/types.js';
export type * from './components/prp-treatment-comparison/types.js';
export type { Statement, Source } from './content/types.js';
