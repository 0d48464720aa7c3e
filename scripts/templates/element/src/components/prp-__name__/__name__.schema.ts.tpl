/** What a clinic may put in a content override for <{{tag}}>, checked field by field. */
import { clinicSources, list, overrideRules, statement, text, type Validator } from '../../internal/content.js';

export const {{CONST}}_OVERRIDE_FIELDS: Readonly<Record<string, Validator>> = {
  title: text(120),
  intro: list(statement, { min: 1, max: 4 }),
  sources: clinicSources,
};

/** Loaded by the element only when a page gives it an override. */
export const overrides = overrideRules({{CONST}}_OVERRIDE_FIELDS);
