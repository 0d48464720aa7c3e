/**
 * Every element, with the sources its default content cites (its `sources.ts`) and that content in each
 * language: all of it, every procedure, context and interface string. The content tests walk this one
 * list (bibliography, readability, the safety rules, English beside Spanish), so an element listed here is
 * checked like the others. `npm run new-element` adds to it.
 */
import { CHECKLIST_SOURCES } from '../../src/components/prp-doctor-checklist/sources.js';
import { FAQ_SOURCES } from '../../src/components/prp-faq/sources.js';
import { DIAGRAM_SOURCES } from '../../src/components/prp-process-diagram/sources.js';
import { TIMELINE_SOURCES } from '../../src/components/prp-recovery-timeline/sources.js';
import { COMPARISON_SOURCES } from '../../src/components/prp-treatment-comparison/sources.js';
import { processDiagram as diagramEn, recoveryTimeline as timelineEn } from '../../src/content/en/by-procedure.js';
import { doctorChecklist as checklistEn } from '../../src/content/en/doctor-checklist.js';
import { faq as faqEn } from '../../src/content/en/faq.js';
import { treatmentComparison as comparisonEn } from '../../src/content/en/treatment-comparison.js';
import { processDiagram as diagramEs, recoveryTimeline as timelineEs } from '../../src/content/es/by-procedure.js';
import { doctorChecklist as checklistEs } from '../../src/content/es/doctor-checklist.js';
import { faq as faqEs } from '../../src/content/es/faq.js';
import { treatmentComparison as comparisonEs } from '../../src/content/es/treatment-comparison.js';
import type { CitedSource } from '../../src/content/types.js';

export interface ElementContent {
  readonly tag: string;
  /** The sources the element bundles: its `sources.ts`. */
  readonly bibliography: readonly CitedSource[];
  /** Its whole default content, interface strings (`strings`) included. */
  readonly en: object;
  readonly es: object;
}

export const ELEMENTS: readonly ElementContent[] = [
  { tag: 'prp-recovery-timeline', bibliography: TIMELINE_SOURCES, en: timelineEn, es: timelineEs },
  { tag: 'prp-doctor-checklist', bibliography: CHECKLIST_SOURCES, en: checklistEn, es: checklistEs },
  { tag: 'prp-process-diagram', bibliography: DIAGRAM_SOURCES, en: diagramEn, es: diagramEs },
  { tag: 'prp-treatment-comparison', bibliography: COMPARISON_SOURCES, en: comparisonEn, es: comparisonEs },
  { tag: 'prp-faq', bibliography: FAQ_SOURCES, en: faqEn, es: faqEs },
];

/** The content without its interface strings (buttons, headings, result words): what states facts. */
export function withoutStrings(content: object): object {
  const { strings: _, ...rest } = content as { strings?: unknown };
  return rest;
}
