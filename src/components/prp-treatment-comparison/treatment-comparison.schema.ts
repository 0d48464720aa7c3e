/** What a clinic may put in a content override for <prp-treatment-comparison>, checked field by field. */
import { clinicSources, list, oneOf, overrideRules, record, statement, text, type Validator } from '../../internal/content.js';
import { EVIDENCE_LEVELS, ROWS, TREATMENTS } from './types.js';

const cell = statement;
const evidence = record({ level: oneOf(...EVIDENCE_LEVELS), text: text(), sources: list(text(80), { max: 10 }) }, ['sources']);
const treatment = record({
  name: text(60),
  detail: text(120),
  ...Object.fromEntries(ROWS.map((row) => [row, row === 'evidence' ? evidence : cell])),
});

export const COMPARISON_OVERRIDE_FIELDS: Readonly<Record<string, Validator>> = {
  title: text(120),
  intro: list(statement, { max: 4 }),
  scale: record(Object.fromEntries(EVIDENCE_LEVELS.map((level) => [level, record({ label: text(60), meaning: text(300) })]))),
  // Any subset of treatments; each one given must be complete. The element merges them over the defaults.
  treatments: record(Object.fromEntries(TREATMENTS.map((id) => [id, treatment])), TREATMENTS),
  sources: clinicSources,
};

/** Loaded by the element only when a page gives it an override. */
export const overrides = overrideRules(COMPARISON_OVERRIDE_FIELDS);
