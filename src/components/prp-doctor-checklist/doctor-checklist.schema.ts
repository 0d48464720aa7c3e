/** What a clinic may put in a content override for <prp-doctor-checklist>, checked field by field. */
import { clinicSources, list, overrideRules, record, statement, text, type Validator } from '../../internal/content.js';
import { CARE_LEVELS } from '../../internal/care-levels.js';

const item = record({ id: text(40), text: text(), sources: list(text(80), { max: 10 }) }, ['sources']);
/** NHS care cards use at most 5 bullets (6 with a catch-all). */
const items = list(item, { min: 1, max: 6 });

/** Ids must be unique across the three cards: the event reports them. */
const uniqueIds: Validator = (value, path, errors) => {
  if (!value || typeof value !== 'object') return;
  const seen = new Set<string>();
  for (const level of CARE_LEVELS) {
    const entries = (value as Record<string, unknown>)[level];
    if (!Array.isArray(entries)) continue;
    entries.forEach((entry: { id?: unknown }, index) => {
      if (typeof entry?.id !== 'string') return;
      if (seen.has(entry.id)) errors.push({ path: `${path}${path ? '.' : ''}${level}[${index}].id`, message: `"${entry.id}" is used twice` });
      seen.add(entry.id);
    });
  }
};

export const CHECKLIST_OVERRIDE_FIELDS: Readonly<Record<string, Validator>> = {
  title: text(120),
  intro: list(statement, { max: 4 }),
  emergency: items,
  urgent: items,
  routine: items,
  sources: clinicSources,
};

/** Field checks plus the cross-field id check, for `PrpElement.contentOverride`. */
export const CHECKLIST_OVERRIDE_CHECKS: readonly Validator[] = [uniqueIds];

/** Loaded by the element only when a page gives it an override. */
export const overrides = overrideRules(CHECKLIST_OVERRIDE_FIELDS, CHECKLIST_OVERRIDE_CHECKS);
