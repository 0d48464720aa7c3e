/**
 * Each element bundles only the sources its default content cites (its `sources.ts`), so a page that
 * uses one element does not download the whole bibliography. The lists must match the content exactly,
 * in both languages.
 */
import { describe, expect, it } from 'vitest';

import { CHECKLIST_SOURCES } from '../../src/components/prp-doctor-checklist/sources.js';
import { FAQ_SOURCES } from '../../src/components/prp-faq/sources.js';
import { DIAGRAM_SOURCES } from '../../src/components/prp-process-diagram/sources.js';
import { TIMELINE_SOURCES } from '../../src/components/prp-recovery-timeline/sources.js';
import { COMPARISON_SOURCES } from '../../src/components/prp-treatment-comparison/sources.js';
import { recoveryTimeline as timelineEn } from '../../src/content/en/by-procedure.js';
import { processDiagram as diagramEn } from '../../src/content/en/by-procedure.js';
import { doctorChecklist as checklistEn } from '../../src/content/en/doctor-checklist.js';
import { faq as faqEn } from '../../src/content/en/faq.js';
import { treatmentComparison as comparisonEn } from '../../src/content/en/treatment-comparison.js';
import { recoveryTimeline as timelineEs } from '../../src/content/es/by-procedure.js';
import { processDiagram as diagramEs } from '../../src/content/es/by-procedure.js';
import { doctorChecklist as checklistEs } from '../../src/content/es/doctor-checklist.js';
import { faq as faqEs } from '../../src/content/es/faq.js';
import { treatmentComparison as comparisonEs } from '../../src/content/es/treatment-comparison.js';
import { SOURCES } from '../../src/content/sources.js';
import { collectSourceIds } from '../../src/internal/content.js';

const cases = [
  ['prp-recovery-timeline', TIMELINE_SOURCES, [timelineEn, timelineEs]],
  ['prp-doctor-checklist', CHECKLIST_SOURCES, [checklistEn, checklistEs]],
  ['prp-process-diagram', DIAGRAM_SOURCES, [diagramEn, diagramEs]],
  ['prp-treatment-comparison', COMPARISON_SOURCES, [comparisonEn, comparisonEs]],
  ['prp-faq', FAQ_SOURCES, [faqEn, faqEs]],
] as const;

describe("each element's bibliography", () => {
  it.each(cases)('<%s> lists exactly the sources its content cites, in both languages', (_, bibliography, contents) => {
    const cited = new Set<string>();
    for (const content of contents) collectSourceIds(content, cited);
    expect(bibliography.map((source) => source.id).sort()).toEqual([...cited].sort());
  });

  it('every listed source is the one in the shared bibliography, and every shared source is cited somewhere', () => {
    const used = new Set<string>();
    for (const [, bibliography] of cases) {
      for (const source of bibliography) {
        expect(SOURCES[source.id], source.id).toBe(source);
        used.add(source.id);
      }
    }
    expect(Object.keys(SOURCES).filter((id) => !used.has(id))).toEqual([]);
  });
});
