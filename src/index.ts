/** Registers every element and re-exports the classes. */
import './components/prp-doctor-checklist/define.js';
import './components/prp-faq/define.js';
import './components/prp-process-diagram/define.js';
import './components/prp-recovery-timeline/define.js';
import './components/prp-treatment-comparison/define.js';

export * from './classes.js';
