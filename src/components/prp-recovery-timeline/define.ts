import { PrpRecoveryTimeline } from './recovery-timeline.js';

PrpRecoveryTimeline.define('prp-recovery-timeline');

export { PrpRecoveryTimeline };
