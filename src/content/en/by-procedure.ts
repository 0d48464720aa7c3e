/**
 * All of the English content of the elements that cover both procedures, for tests and stories.
 * The elements themselves import the base modules and load prolotherapy only when a page asks for it.
 */
import type { DiagramLocaleContent } from '../../components/prp-process-diagram/types.js';
import type { TimelineLocaleContent } from '../../components/prp-recovery-timeline/types.js';
import { processDiagramBase } from './process-diagram.js';
import { prolotherapy as processDiagramProlotherapy } from './process-diagram-prolotherapy.js';
import { recoveryTimelineBase } from './recovery-timeline.js';
import { prolotherapy as recoveryTimelineProlotherapy } from './recovery-timeline-prolotherapy.js';

export const recoveryTimeline: TimelineLocaleContent = {
  strings: recoveryTimelineBase.strings,
  procedures: { prp: recoveryTimelineBase.prp, prolotherapy: recoveryTimelineProlotherapy },
};

export const processDiagram: DiagramLocaleContent = {
  strings: processDiagramBase.strings,
  procedures: { prp: processDiagramBase.prp, prolotherapy: processDiagramProlotherapy },
};
