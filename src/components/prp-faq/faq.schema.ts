/** What a clinic may put in a content override for <prp-faq>, checked field by field. */
import {
  clinicSources,
  either,
  list,
  oneOf,
  overrideRules,
  record,
  statement,
  text,
  type Validator,
} from '../../internal/content.js';
import { FAQ_TOPICS } from './types.js';

const entry = record({
  id: text(40),
  topics: list(oneOf(...FAQ_TOPICS), { min: 1, max: FAQ_TOPICS.length }),
  question: text(200),
  answer: list(either(statement, record({ list: list(statement, { min: 1, max: 6 }) })), { min: 1, max: 6 }),
});

/** Ids name deep links (`#faq-<id>`): lowercase letters, digits and dashes, each used once. */
const ids: Validator = (value, path, errors) => {
  const questions = (value as { questions?: { id?: unknown }[] }).questions;
  if (!Array.isArray(questions)) return;
  const seen = new Set<string>();
  questions.forEach((question, index) => {
    if (typeof question?.id !== 'string') return;
    const at = `${path}${path ? '.' : ''}questions[${index}].id`;
    if (!/^[a-z0-9-]+$/.test(question.id))
      errors.push({ path: at, message: 'use lowercase letters, digits and dashes' });
    else if (seen.has(question.id)) errors.push({ path: at, message: `"${question.id}" is used twice` });
    seen.add(question.id);
  });
};

export const FAQ_OVERRIDE_FIELDS: Readonly<Record<string, Validator>> = {
  title: text(120),
  intro: list(statement, { max: 4 }),
  questions: list(entry, { min: 1, max: 40 }),
  sources: clinicSources,
};

/** Loaded by the element only when a page gives it an override. */
export const overrides = overrideRules(FAQ_OVERRIDE_FIELDS, [ids]);
