import { describe, expect, it } from 'vitest';

import {
  CHECKLIST_OVERRIDE_CHECKS,
  CHECKLIST_OVERRIDE_FIELDS,
} from '../../src/components/prp-doctor-checklist/doctor-checklist.schema.js';
import { CONTEXTS } from '../../src/components/prp-doctor-checklist/types.js';
import { FAQ_OVERRIDE_FIELDS, overrides as faqOverrides } from '../../src/components/prp-faq/faq.schema.js';
import { FAQ_TOPICS } from '../../src/components/prp-faq/types.js';
import { DIAGRAM_OVERRIDE_FIELDS } from '../../src/components/prp-process-diagram/process-diagram.schema.js';
import { PHASE_WINDOWS } from '../../src/components/prp-recovery-timeline/recovery-timeline.logic.js';
import { TIMELINE_OVERRIDE_FIELDS } from '../../src/components/prp-recovery-timeline/recovery-timeline.schema.js';
import { PROCEDURES } from '../../src/components/prp-recovery-timeline/types.js';
import { COMPARISON_OVERRIDE_FIELDS } from '../../src/components/prp-treatment-comparison/treatment-comparison.schema.js';
import { ROWS, SCALES, TREATMENTS } from '../../src/components/prp-treatment-comparison/types.js';
import { recoveryTimeline as en } from '../../src/content/en/by-procedure.js';
import { processDiagram as diagramEn } from '../../src/content/en/by-procedure.js';
import { common as commonEn } from '../../src/content/en/common.js';
import { doctorChecklist as checklistEn } from '../../src/content/en/doctor-checklist.js';
import { faq as faqEn } from '../../src/content/en/faq.js';
import { treatmentComparison as comparisonEn } from '../../src/content/en/treatment-comparison.js';
import { warningSigns as signsEn } from '../../src/content/en/warning-signs.js';
import { recoveryTimeline as es } from '../../src/content/es/by-procedure.js';
import { processDiagram as diagramEs } from '../../src/content/es/by-procedure.js';
import { common as commonEs } from '../../src/content/es/common.js';
import { doctorChecklist as checklistEs } from '../../src/content/es/doctor-checklist.js';
import { faq as faqEs } from '../../src/content/es/faq.js';
import { treatmentComparison as comparisonEs } from '../../src/content/es/treatment-comparison.js';
import { warningSigns as signsEs } from '../../src/content/es/warning-signs.js';
import { SOURCES } from '../../src/content/sources.js';
import { collectSourceIds, validateOverride } from '../../src/internal/content.js';
import { statements } from '../shared/content-walk.js';
import { ELEMENTS, withoutStrings } from '../shared/elements.js';

/** Words that send the reader to someone (or to the emergency number), in English and Spanish: what an `ask` statement must do. */
const SENDS_TO_SOMEONE =
  /\b(ask|call|clinic|doctor|surgeon|therapist|insurer)\b|\{emergency\}|pregunte|llame|clínica|médic[oa]|cirujan[oa]|terapeuta|aseguradora/i;

/**
 * Each statement either cites at least one known source, or is an `ask` statement: it sends the reader to
 * someone and cites nothing, so no source looks as if it said it.
 */
function expectCitedOrAsking(content: unknown) {
  for (const statement of statements(content)) {
    if (statement.ask === true) {
      expect(statement.sources, `${statement.path} only asks, so it cites nothing`).toBeUndefined();
      expect(statement.text, `${statement.path} is marked ask`).toMatch(SENDS_TO_SOMEONE);
    } else {
      expect(Array.isArray(statement.sources) && statement.sources.length > 0, `${statement.path} has no source`).toBe(
        true,
      );
    }
  }
  for (const id of collectSourceIds(content)) expect(SOURCES, `unknown source ${id}`).toHaveProperty(id);
}

/** The structure of a content tree with the wording replaced, so two languages can be compared. */
function shape(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((entry) => shape(entry, key));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, entry]) => [k, shape(entry, k)]));
  }
  if (typeof value === 'string' && !['id', 'protocol', 'sources'].includes(key)) {
    return `text with ${
      [...value.matchAll(/\{(\w+)\}/g)]
        .map((m) => m[1])
        .sort()
        .join(',') || 'no'
    } placeholders`;
  }
  return value;
}

describe.each(PROCEDURES)('default %s timeline content', (procedure) => {
  for (const [locale, bundle] of [
    ['en', en],
    ['es', es],
  ] as const) {
    const content = bundle.procedures[procedure];
    it(`${locale}: every statement cites at least one known source, or only says whom to ask`, () => {
      const { milestones: _, ...rest } = content;
      expect(statements(rest).length).toBeGreaterThan(20);
      expectCitedOrAsking(rest);
    });
    it(`${locale}: passes the clinic override schema, so an override shaped like it is accepted`, () => {
      expect(validateOverride(content, TIMELINE_OVERRIDE_FIELDS)).toEqual([]);
    });
    it(`${locale}: has one phase per window, in order`, () => {
      expect(content.phases.map((p) => p.id)).toEqual(PHASE_WINDOWS.map((w) => w.id));
    });
  }
});

describe.each(ELEMENTS.map((element) => [element.tag, element] as const))('<%s> default content', (_, { en, es }) => {
  it('Spanish has the same keys, ids, sources and placeholders as English', () => {
    expect(shape(es)).toEqual(shape(en));
  });
  it.each([
    ['en', en],
    ['es', es],
  ])(
    '%s: every statement outside the interface strings cites a known source, or only says whom to ask',
    (_, content) => {
      expect(statements(withoutStrings(content)).length).toBeGreaterThan(0);
      expectCitedOrAsking(withoutStrings(content));
    },
  );
});

describe('English and Spanish', () => {
  it('have the same keys, ids, days, sources and placeholders in the shared words', () => {
    // Regional word swaps differ by language (GB for English, ES for Spanish); the places must match.
    const withoutTerms = ({ regional, ...rest }: typeof commonEn) => ({ ...rest, places: regional.places });
    expect(shape(withoutTerms(commonEs))).toEqual(shape(withoutTerms(commonEn)));
    expect(shape(signsEs)).toEqual(shape(signsEn));
  });
  it('are really translated, not copied', () => {
    const english = new Set(
      [...statements(en), ...statements(checklistEn), ...statements(diagramEn), ...statements(comparisonEn)].map(
        (s) => s.text,
      ),
    );
    const same = [
      ...statements(es),
      ...statements(checklistEs),
      ...statements(diagramEs),
      ...statements(comparisonEs),
    ].filter((s) => english.has(s.text));
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
    expect(paths).toEqual(
      expect.arrayContaining(['title', 'intro', 'colour', 'phases[0].id', 'phases[4].callIf', 'sources[0].url']),
    );
  });
  it('accepts a partial override of valid fields', () => {
    expect(
      validateOverride(
        { title: 'After your injection at Riverside', intro: [{ text: 'Welcome back.' }] },
        TIMELINE_OVERRIDE_FIELDS,
      ),
    ).toEqual([]);
  });
  it('rejects a phase list of the wrong length and a non-object override', () => {
    expect(
      validateOverride({ phases: en.procedures.prp.phases.slice(0, 3) }, TIMELINE_OVERRIDE_FIELDS).map((e) => e.path),
    ).toContain('phases');
    expect(validateOverride([1, 2], TIMELINE_OVERRIDE_FIELDS).map((e) => e.message)).toEqual([
      'expected an object, got array',
    ]);
  });
});

/** Field checks and the cross-field checks, as `PrpElement.resolveContent` runs them. */
function checkChecklist(content: unknown) {
  const errors = validateOverride(content, CHECKLIST_OVERRIDE_FIELDS);
  for (const check of CHECKLIST_OVERRIDE_CHECKS) check(content, '', errors);
  return errors;
}

describe.each(CONTEXTS)('default %s checklist content', (context) => {
  for (const [locale, bundle] of [
    ['en', checklistEn],
    ['es', checklistEs],
  ] as const) {
    const content = bundle.contexts[context];
    it(`${locale}: every item and statement cites at least one known source, or only says whom to ask`, () => {
      expect(statements(content).length).toBeGreaterThanOrEqual(7);
      expectCitedOrAsking(content);
    });
    it(`${locale}: passes the override schema, ids unique, at most 5 items a card (NHS care cards), 6 in the list to tell`, () => {
      expect(checkChecklist(content)).toEqual([]);
      if ('tell' in content) expect(content.tell.length).toBeLessThanOrEqual(6);
      else
        for (const level of ['emergency', 'urgent', 'routine'] as const)
          expect(content[level].length).toBeLessThanOrEqual(5);
    });
  }
});

describe('checklist override validation', () => {
  it('reports an id used twice across cards of the merged content, with its path', () => {
    const merged = {
      ...checklistEn.contexts['back-pain'],
      routine: [
        { id: 'our-sign', text: 'Once.' },
        { id: 'our-sign', text: 'Again.' },
      ],
    };
    expect(checkChecklist(merged).map((e) => e.path)).toEqual(['routine[1].id']);
  });
  it('keeps a registered warning sign at its one level, even in a clinic override', () => {
    const moved = {
      ...checklistEn.contexts['after-injection'],
      routine: [{ id: 'night-pain', text: 'Pain at night.' }],
    };
    expect(checkChecklist(moved)).toEqual([
      { path: 'routine[0].id', message: '"night-pain" is always urgent; put it in "urgent"' },
    ]);
    expect(
      checkChecklist({
        ...checklistEn.contexts['after-injection'],
        routine: [{ id: 'my-own-sign', text: 'Our own.' }],
      }),
    ).toEqual([]);
    const told = { ...checklistEn.contexts['before-treatment'], tell: [{ id: 'leg-weakness', text: 'A weak leg.' }] };
    expect(checkChecklist(told)).toEqual([
      {
        path: 'tell[0].id',
        message: '"leg-weakness" is always emergency; it has no place in the before-treatment list',
      },
    ]);
  });
  it('never mixes the before-treatment list with triage cards', () => {
    const mixed = {
      ...checklistEn.contexts['before-treatment'],
      urgent: checklistEn.contexts['after-injection'].urgent,
    };
    expect(checkChecklist(mixed).map((e) => e.path)).toEqual(['tell']);
  });
  it('explains the saddle area in plain words instead of naming it', () => {
    const text = statements(checklistEn)
      .map((s) => s.text)
      .join(' ')
      .toLowerCase();
    expect(text).not.toContain('saddle');
    expect(text).not.toContain('anaesthesia');
    expect(text).toContain('genitals or bottom (the part you sit on)');
    expect(text).not.toContain('back pain alone');
  });
});

describe.each(PROCEDURES)('default %s process-diagram content', (procedure) => {
  for (const [locale, bundle] of [
    ['en', diagramEn],
    ['es', diagramEs],
  ] as const) {
    const content = bundle.procedures[procedure];
    it(`${locale}: every statement cites a known source or only says whom to ask; five steps with unique ids; schema passes`, () => {
      expectCitedOrAsking(content);
      expect(content.steps).toHaveLength(5);
      expect(new Set(content.steps.map((step) => step.id)).size).toBe(5);
      expect(validateOverride(content, DIAGRAM_OVERRIDE_FIELDS)).toEqual([]);
    });
  }
});

describe('default treatment-comparison content', () => {
  for (const [locale, bundle] of [
    ['en', comparisonEn],
    ['es', comparisonEs],
  ] as const) {
    const { content } = bundle;
    it.each(TREATMENTS)(`${locale}: every cell of %s cites a known source, or only says whom to ask`, (id) => {
      expect(Object.keys(content.treatments[id])).toEqual(expect.arrayContaining([...ROWS]));
      expectCitedOrAsking(content.treatments[id]);
    });
    it(`${locale}: studies and guidelines are filled for every treatment, each on its own scale, and the schema passes`, () => {
      for (const id of TREATMENTS) {
        for (const row of ['studies', 'guidelines'] as const) {
          const cell = content.treatments[id][row];
          expect(SCALES[row] as readonly string[], `${id}.${row}`).toContain(cell.level);
          expect(cell.sources?.length ?? 0, `${id}.${row} states a fact`).toBeGreaterThan(0);
        }
      }
      expect(validateOverride(content, COMPARISON_OVERRIDE_FIELDS)).toEqual([]);
    });
    it(`${locale}: a treatment whose guidance is against it is labelled so, whatever its studies show`, () => {
      for (const id of TREATMENTS) {
        const { guidelines } = content.treatments[id];
        const against = /not to offer|no se ofrezca|no ofrecer|recomienda no/i.test(guidelines.text);
        expect(
          guidelines.level === 'not-recommended',
          `${id}: "${guidelines.text}" is labelled ${guidelines.level}`,
        ).toBe(against);
      }
    });
  }
  it('never calls a treatment the best', () => {
    expect(statements(comparisonEn).filter((s) => /\bbest\b/i.test(s.text))).toEqual([]);
  });
});

describe('default FAQ content', () => {
  for (const [locale, bundle] of [
    ['en', faqEn],
    ['es', faqEs],
  ] as const) {
    const { content } = bundle;
    it(`${locale}: every answer cites known sources or only says whom to ask; ids are unique deep-link ids; every topic is used; the schema passes`, () => {
      expectCitedOrAsking(content);
      expect(content.questions.length).toBeGreaterThanOrEqual(17);
      expect(new Set(content.questions.map((q) => q.id)).size).toBe(content.questions.length);
      for (const q of content.questions) expect(q.id).toMatch(/^[a-z0-9-]+$/);
      expect(FAQ_TOPICS.filter((topic) => !content.questions.some((q) => q.topics.includes(topic)))).toEqual([]);
      expect(validateOverride(content, FAQ_OVERRIDE_FIELDS)).toEqual([]);
      expect(faqOverrides.apply(content, content).errors).toEqual([]);
    });
  }
});

describe('checklist results say each thing once', () => {
  // The result box and its announcement read the title, then the text: the text must not say the title's action again.
  const action = (title: string) => title.replace(/^[^:]+:\s*/, '').toLowerCase();
  for (const [lang, content] of [
    ['en', checklistEn],
    ['es', checklistEs],
  ] as const) {
    for (const context of CONTEXTS) {
      for (const [level, words] of Object.entries(content.strings.actions[context].results)) {
        it(`${lang}, ${context}, ${level}: the text does not repeat "${words.title}"`, () => {
          expect(words.text.toLowerCase()).not.toContain(action(words.title));
        });
      }
    }
  }
});
