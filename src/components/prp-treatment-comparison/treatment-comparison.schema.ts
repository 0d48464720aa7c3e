/** What a clinic may put in a content override for <prp-treatment-comparison>, checked field by field. */
import {
  clinicSources,
  list,
  oneOf,
  overrideRules,
  record,
  statement,
  statementFields,
  text,
  type Validator,
} from '../../internal/content.js';
import { ROWS, type ScaleRow, SCALES, TREATMENTS } from './types.js';

/** A cell of a scale row: a statement with one word of that row's scale. */
const levelCell = (row: ScaleRow) => record({ level: oneOf(...SCALES[row]), ...statementFields }, ['sources', 'ask']);
const scaleWords = (row: ScaleRow) =>
  record(Object.fromEntries(SCALES[row].map((level) => [level, record({ label: text(60), meaning: text(300) })])));

const treatment = record({
  name: text(60),
  detail: text(120),
  ...Object.fromEntries(ROWS.map((row) => [row, row in SCALES ? levelCell(row as ScaleRow) : statement])),
});

export const COMPARISON_OVERRIDE_FIELDS: Readonly<Record<string, Validator>> = {
  title: text(120),
  intro: list(statement, { max: 4 }),
  scales: record({ studies: scaleWords('studies'), guidelines: scaleWords('guidelines') }),
  // Any subset of treatments; each one given must be complete. The element merges them over the defaults.
  treatments: record(Object.fromEntries(TREATMENTS.map((id) => [id, treatment])), TREATMENTS),
  sources: clinicSources,
};

/** Loaded by the element only when a page gives it an override. */
export const overrides = overrideRules(COMPARISON_OVERRIDE_FIELDS);
