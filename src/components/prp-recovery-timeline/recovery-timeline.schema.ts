/** What a clinic may put in a content override for <prp-recovery-timeline>, checked field by field. */
import {
  clinicSources,
  either,
  integer,
  list,
  oneOf,
  overrideRules,
  record,
  statement,
  text,
  type Validator,
} from '../../internal/content.js';
import { PHASE_WINDOWS } from './recovery-timeline.logic.js';

const phaseItem = either(statement, record({ protocol: oneOf('nsaid', 'ice', 'followUp') }));
const statements = list(statement, { max: 8 });
const items = list(phaseItem, { max: 8 });

const phase = record({
  id: text(40),
  title: text(120),
  normal: statements,
  do: items,
  avoid: items,
  callIf: statements,
});

/** Exactly one entry per phase window, in order, with the window's id. */
const phases: Validator = (value, path, errors) => {
  const count = PHASE_WINDOWS.length;
  list(phase, { min: count, max: count })(value, path, errors);
  if (!Array.isArray(value)) return;
  value.slice(0, count).forEach((entry: { id?: unknown }, index) => {
    const expected = PHASE_WINDOWS[index].id;
    if (entry && typeof entry === 'object' && typeof entry.id === 'string' && entry.id !== expected) {
      errors.push({ path: `${path}[${index}].id`, message: `expected "${expected}"` });
    }
  });
};

export const TIMELINE_OVERRIDE_FIELDS: Readonly<Record<string, Validator>> = {
  title: text(120),
  intro: statements,
  emergency: record({ title: text(200), signs: list(statement, { min: 1, max: 6 }) }),
  before: record({ title: text(120), steps: items }),
  phases,
  complete: record({ title: text(120), body: statements }),
  protocol: record({
    nsaid: record({ unset: statement, set: statement }),
    ice: record({ unset: statement, allowed: statement, avoid: statement }),
    followUp: record({ unset: statement, set: statement }),
  }),
  milestones: list(record({ id: text(40), day: integer(0, 400), summary: text(200), description: text(600) }), {
    max: 12,
  }),
  sources: clinicSources,
};

/** Loaded by the element only when a page gives it an override. */
export const overrides = overrideRules(TIMELINE_OVERRIDE_FIELDS);
