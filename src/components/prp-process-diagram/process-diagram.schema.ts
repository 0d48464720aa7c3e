/** What a clinic may put in a content override for <prp-process-diagram>, checked field by field. */
import {
  clinicSources,
  list,
  oneOf,
  overrideRules,
  record,
  statement,
  text,
  type Validator,
} from '../../internal/content.js';
import { ILLUSTRATIONS } from './types.js';

const step = record(
  {
    id: text(40),
    title: text(120),
    illustration: oneOf(...ILLUSTRATIONS),
    body: list(statement, { min: 1, max: 4 }),
    guidance: record({ ultrasound: statement, fluoroscopy: statement, both: statement }),
  },
  ['guidance'],
);

export const DIAGRAM_OVERRIDE_FIELDS: Readonly<Record<string, Validator>> = {
  title: text(120),
  intro: list(statement, { max: 4 }),
  steps: list(step, { min: 2, max: 8 }),
  sources: clinicSources,
};

/** Loaded by the element only when a page gives it an override. */
export const overrides = overrideRules(DIAGRAM_OVERRIDE_FIELDS);
