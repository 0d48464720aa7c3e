import { describe, expect, it } from 'vitest';
import { recoveryTimeline as en } from '../../src/content/en/by-procedure.js';
import { recoveryTimeline as es } from '../../src/content/es/by-procedure.js';
import { common as commonEn } from '../../src/content/en/common.js';
import { common as commonEs } from '../../src/content/es/common.js';
import { SOURCES } from '../../src/content/sources.js';
import { collectSourceIds, validateOverride } from '../../src/internal/content.js';
import { PHASE_WINDOWS } from '../../src/components/prp-recovery-timeline/recovery-timeline.logic.js';
import { TIMELINE_OVERRIDE_FIELDS } from '../../src/components/prp-recovery-timeline/recovery-timeline.schema.js';
import { PROCEDURES } from '../../src/components/prp-recovery-timeline/types.js';
import { doctorChecklist as checklistEn } from '../../src/content/en/doctor-checklist.js';
import { doctorChecklist as checklistEs } from '../../src/content/es/doctor-checklist.js';
import { redFlags as redFlagsEn } from '../../src/content/en/red-flags.js';
import { redFlags as redFlagsEs } from '../../src/content/es/red-flags.js';
import { CHECKLIST_OVERRIDE_CHECKS, CHECKLIST_OVERRIDE_FIELDS } from '../../src/components/prp-doctor-checklist/doctor-checklist.schema.js';
import { CONTEXTS } from '../../src/components/prp-doctor-checklist/types.js';
import { processDiagram as diagramEn } from '../../src/content/en/by-procedure.js';
import { processDiagram as diagramEs } from '../../src/content/es/by-procedure.js';
import { DIAGRAM_OVERRIDE_FIELDS } from '../../src/components/prp-process-diagram/process-diagram.schema.js';
import { DIAGRAM_PROCEDURES } from '../../src/components/prp-process-diagram/types.js';
import { treatmentComparison as comparisonEn } from '../../src/content/en/treatment-comparison.js';
import { treatmentComparison as comparisonEs } from '../../src/content/es/treatment-comparison.js';
import { COMPARISON_OVERRIDE_FIELDS } from '../../src/components/prp-treatment-comparison/treatment-comparison.schema.js';
import { EVIDENCE_LEVELS, ROWS, TREATMENTS } from '../../src/components/prp-treatment-comparison/types.js';
import { faq as faqEn } from '../../src/content/en/faq.js';
import { faq as faqEs } from '../../src/content/es/faq.js';
import { FAQ_OVERRIDE_FIELDS, overrides as faqOverrides } from '../../src/components/prp-faq/faq.schema.js';
import { FAQ_TOPICS } from '../../src/components/prp-faq/types.js';

/** Every object with a `text` field: the statements of a content tree, with their paths. */
function statements(value: unknown, path = ''): { path: string; text: string; sources?: unknown }[] {
  if (Array.isArray(value)) return value.flatMap((entry, i) => statements(entry, `${path}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  if (typeof record.text === 'string') return [{ path, text: record.text, sources: record.sources }];
  return Object.entries(record).flatMap(([key, entry]) => statements(entry, path ? `${path}.${key}` : key));
}

/** The structure of a content tree with the wording replaced, so two languages can be compared. */
function shape(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((entry) => shape(entry, key));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, entry]) => [k, shape(entry, k)]));
  }
  if (typeof value === 'string' && !['id', 'protocol', 'sources'].includes(key)) {
    return `text with ${[...value.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(',') || 'no'} placeholders`;
  }
  return value;
}

describe.each(PROCEDURES)('default %s timeline content', (procedure) => {
  for (const [locale, bundle] of [['en', en], ['es', es]] as const) {
    const content = bundle.procedures[procedure];
    it(`${locale}: every statement cites at least one known source`, () => {
      const found = statements(content).filter((s) => !s.path.startsWith('milestones'));
      expect(found.length).toBeGreaterThan(20);
      for (const statement of found) {
        expect(Array.isArray(statement.sources) && statement.sources.length > 0, `${statement.path} has no source`).toBe(true);
      }
      for (const id of collectSourceIds(content)) expect(SOURCES, `unknown source ${id}`).toHaveProperty(id);
    });
    it(`${locale}: passes the clinic override schema, so an override shaped like it is accepted`, () => {
      expect(validateOverride(content, TIMELINE_OVERRIDE_FIELDS)).toEqual([]);
    });
    it(`${locale}: has one phase per window, in order`, () => {
      expect(content.phases.map((p) => p.id)).toEqual(PHASE_WINDOWS.map((w) => w.id));
    });
  }
});

describe('English and Spanish', () => {
  it('have the same keys, ids, days, sources and placeholders', () => {
    expect(shape(es)).toEqual(shape(en));
    expect(shape(commonEs)).toEqual(shape(commonEn));
    expect(shape(checklistEs)).toEqual(shape(checklistEn));
    expect(shape(redFlagsEs)).toEqual(shape(redFlagsEn));
    expect(shape(diagramEs)).toEqual(shape(diagramEn));
    expect(shape(comparisonEs)).toEqual(shape(comparisonEn));
  });
  it('are really translated, not copied', () => {
    const english = new Set([...statements(en), ...statements(checklistEn), ...statements(diagramEn), ...statements(comparisonEn)].map((s) => s.text));
    const same = [...statements(es), ...statements(checklistEs), ...statements(diagramEs), ...statements(comparisonEs)].filter((s) => english.has(s.text));
    expect(same).toEqual([]);
  });
});

describe('override validation', () => {
  it('names the failing path', () => {
    const phases = structuredClone(en.procedures.prp.phases) as unknown as Record<string, unknown>[];
    phases[2].title = 5;
    const errors = validateOverride({ phases }, TIMELINE_OVERRIDE_FIELDS);
    expect(errors.map((e) => e.path)).toEqual(['phases[2].title']);
  });
  it('reports wrong types, unknown fields, bad ids, missing fields and unsafe links', () => {
    const phases = structuredClone(en.procedures.prp.phases) as unknown as Record<string, unknown>[];
    phases[0].id = 'day-zero';
    delete phases[4].callIf;
    const paths = validateOverride(
      {
        title: '',
        intro: 'text',
        colour: 'red',
        phases,
        sources: [{ id: 'x', title: 'Clinic sheet', publisher: 'Us', url: 'javascript:alert(1)' }],
      },
      TIMELINE_OVERRIDE_FIELDS,
    ).map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['title', 'intro', 'colour', 'phases[0].id', 'phases[4].callIf', 'sources[0].url']));
  });
  it('accepts a partial override of valid fields', () => {
    expect(validateOverride({ title: 'After your injection at Riverside', intro: [{ text: 'Welcome back.' }] }, TIMELINE_OVERRIDE_FIELDS)).toEqual([]);
  });
  it('rejects a phase list of the wrong length and a non-object override', () => {
    expect(validateOverride({ phases: en.procedures.prp.phases.slice(0, 3) }, TIMELINE_OVERRIDE_FIELDS).map((e) => e.path)).toContain('phases');
    expect(validateOverride([1, 2], TIMELINE_OVERRIDE_FIELDS).map((e) => e.message)).toEqual(['expected an object, got array']);
  });
});

/** Field checks and the cross-field checks, as `PrpElement.resolveContent` runs them. */
function checkChecklist(content: unknown) {
  const errors = validateOverride(content, CHECKLIST_OVERRIDE_FIELDS);
  for (const check of CHECKLIST_OVERRIDE_CHECKS) check(content, '', errors);
  return errors;
}

describe.each(CONTEXTS)('default %s checklist content', (context) => {
  for (const [locale, bundle] of [['en', checklistEn], ['es', checklistEs]] as const) {
    const content = bundle.contexts[context];
    it(`${locale}: every item and statement cites at least one known source`, () => {
      const found = statements(content);
      expect(found.length).toBeGreaterThanOrEqual(8);
      for (const statement of found) {
        expect(Array.isArray(statement.sources) && statement.sources.length > 0, `${statement.path} has no source`).toBe(true);
      }
      for (const id of collectSourceIds(content)) expect(SOURCES, `unknown source ${id}`).toHaveProperty(id);
    });
    it(`${locale}: passes the override schema, ids unique, at most 5 items a card (NHS care cards)`, () => {
      expect(checkChecklist(content)).toEqual([]);
      for (const level of ['emergency', 'urgent', 'routine'] as const) expect(content[level].length).toBeLessThanOrEqual(5);
    });
  }
});

describe('checklist override validation', () => {
  it('reports an id used twice across cards of the merged content, with its path', () => {
    const merged = { ...checklistEn.contexts['back-pain'], routine: [{ id: 'chest-pain', text: 'Again.' }] };
    expect(checkChecklist(merged).map((e) => e.path)).toEqual(['routine[0].id']);
  });
  it('explains the saddle area in plain words instead of naming it', () => {
    const text = statements(checklistEn).map((s) => s.text).join(' ').toLowerCase();
    expect(text).not.toContain('saddle');
    expect(text).not.toContain('anaesthesia');
    expect(text).toContain('genitals or bottom (the part you sit on)');
  });
});

describe.each(DIAGRAM_PROCEDURES)('default %s process-diagram content', (procedure) => {
  for (const [locale, bundle] of [['en', diagramEn], ['es', diagramEs]] as const) {
    const content = bundle.procedures[procedure];
    it(`${locale}: every statement cites a known source; five steps with unique ids; schema passes`, () => {
      for (const statement of statements(content)) {
        expect(Array.isArray(statement.sources) && statement.sources.length > 0, `${statement.path} has no source`).toBe(true);
      }
      for (const id of collectSourceIds(content)) expect(SOURCES, `unknown source ${id}`).toHaveProperty(id);
      expect(content.steps).toHaveLength(5);
      expect(new Set(content.steps.map((step) => step.id)).size).toBe(5);
      expect(validateOverride(content, DIAGRAM_OVERRIDE_FIELDS)).toEqual([]);
    });
  }
});

describe('default treatment-comparison content', () => {
  for (const [locale, bundle] of [['en', comparisonEn], ['es', comparisonEs]] as const) {
    const { content } = bundle;
    it.each(TREATMENTS)(`${locale}: every cell of %s cites at least one known source`, (id) => {
      for (const row of ROWS) {
        const cell = content.treatments[id][row];
        expect(cell.sources?.length ?? 0, `${id}.${row}`).toBeGreaterThan(0);
        for (const source of cell.sources ?? []) expect(SOURCES, `${id}.${row}: unknown source ${source}`).toHaveProperty(source);
      }
    });
    it(`${locale}: every evidence cell uses the one scale, and the schema passes`, () => {
      for (const id of TREATMENTS) expect(EVIDENCE_LEVELS).toContain(content.treatments[id].evidence.level);
      expect(validateOverride(content, COMPARISON_OVERRIDE_FIELDS)).toEqual([]);
    });
  }
  it('never calls a treatment the best', () => {
    expect(statements(comparisonEn).filter((s) => /\bbest\b/i.test(s.text))).toEqual([]);
  });
});

describe('default FAQ content', () => {
  for (const [locale, bundle] of [['en', faqEn], ['es', faqEs]] as const) {
    const { content } = bundle;
    it(`${locale}: every answer cites known sources; ids are unique deep-link ids; every topic is used; the schema passes`, () => {
      for (const statement of statements(content)) {
        expect(Array.isArray(statement.sources) && statement.sources.length > 0, `${statement.path} has no source`).toBe(true);
      }
      for (const id of collectSourceIds(content)) expect(SOURCES, `unknown source ${id}`).toHaveProperty(id);
      expect(content.questions.length).toBeGreaterThanOrEqual(17);
      expect(new Set(content.questions.map((q) => q.id)).size).toBe(content.questions.length);
      for (const q of content.questions) expect(q.id).toMatch(/^[a-z0-9-]+$/);
      expect(FAQ_TOPICS.filter((topic) => !content.questions.some((q) => q.topics.includes(topic)))).toEqual([]);
      expect(validateOverride(content, FAQ_OVERRIDE_FIELDS)).toEqual([]);
      expect(faqOverrides.apply(content, content).errors).toEqual([]);
    });
  }
  it('Spanish has the same questions, topics, sources and placeholders as English', () => {
    expect(shape(faqEs)).toEqual(shape(faqEn));
  });
  it('the emergency answer uses the shared warning signs, word for word, so it never contradicts the checklist', () => {
    for (const [bundle, flags] of [[faqEn, redFlagsEn], [faqEs, redFlagsEs]] as const) {
      const answer = bundle.content.questions.find((q) => q.topics.includes('emergency'))!.answer.map((s) => s.text);
      for (const sign of [flags.bladderBowel, flags.saddleNumbness, flags.bothLegs]) expect(answer).toContain(sign.text);
    }
  });
});
