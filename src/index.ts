/** Registers every element and re-exports the classes. */
import './components/prp-recovery-timeline/define.js';

export * from './classes.js';
