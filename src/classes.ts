/**
 * The element classes without registering any tag: for scoped registries, subclassing or custom tag
 * names (`customElements.define('clinic-timeline', class extends PrpRecoveryTimeline {})`).
 */
export { PrpDoctorChecklist } from './components/prp-doctor-checklist/doctor-checklist.js';
export type * from './components/prp-doctor-checklist/types.js';
export { PrpFaq } from './components/prp-faq/faq.js';
export type * from './components/prp-faq/types.js';
export { PrpProcessDiagram } from './components/prp-process-diagram/process-diagram.js';
export type * from './components/prp-process-diagram/types.js';
export { PrpRecoveryTimeline } from './components/prp-recovery-timeline/recovery-timeline.js';
export type * from './components/prp-recovery-timeline/types.js';
export { PrpTreatmentComparison } from './components/prp-treatment-comparison/treatment-comparison.js';
export type * from './components/prp-treatment-comparison/types.js';
export type { Source, Statement } from './content/types.js';
export { PrpClinicElement, PrpEmergencyElement } from './internal/clinic-element.js';
export { VERSION } from './internal/define.js';
export { PrpElement, type WarningDetail } from './internal/prp-element.js';
