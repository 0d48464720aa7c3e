/** What a clinic may put in a content override for <prp-doctor-checklist>, checked field by field. */
import { SIGN_LEVELS } from '../../content/warning-signs.js';
import { CARE_LEVELS } from '../../internal/care-levels.js';
import {
  clinicSources,
  list,
  overrideRules,
  record,
  statement,
  statementFields,
  text,
  type Validator,
} from '../../internal/content.js';

const item = record({ id: text(40), ...statementFields }, ['sources', 'ask']);
/** NHS care cards use at most 5 bullets (6 with a catch-all). */
const items = list(item, { min: 1, max: 6 });

/** Calls `visit` with each item id of every card (and the before-treatment list), with the id's path. */
function eachId(value: unknown, path: string, visit: (id: string, card: string, at: string) => void): void {
  if (!value || typeof value !== 'object') return;
  for (const card of [...CARE_LEVELS, 'tell'] as const) {
    const entries = (value as Record<string, unknown>)[card];
    if (!Array.isArray(entries)) continue;
    entries.forEach((entry: { id?: unknown }, index) => {
      if (typeof entry?.id === 'string') visit(entry.id, card, `${path}${path ? '.' : ''}${card}[${index}].id`);
    });
  }
}

/** Ids must be unique across the cards: the event reports them. */
const uniqueIds: Validator = (value, path, errors) => {
  const seen = new Set<string>();
  eachId(value, path, (id, _card, at) => {
    if (seen.has(id)) errors.push({ path: at, message: `"${id}" is used twice` });
    seen.add(id);
  });
};

/**
 * A registered warning sign keeps its one level: its id cannot move to another card, nor into the
 * before-treatment list, which has no urgency at all.
 */
const registeredLevels: Validator = (value, path, errors) => {
  eachId(value, path, (id, card, at) => {
    const registered = (SIGN_LEVELS as Record<string, string>)[id];
    if (!registered || registered === card) return;
    const fix = card === 'tell' ? 'it has no place in the before-treatment list' : `put it in "${registered}"`;
    errors.push({ path: at, message: `"${id}" is always ${registered}; ${fix}` });
  });
};

/** Triage cards and the before-treatment list are two shapes: one context's content never has both. */
const oneShape: Validator = (value, path, errors) => {
  if (!value || typeof value !== 'object') return;
  const content = value as Record<string, unknown>;
  if ('tell' in content && CARE_LEVELS.some((level) => level in content)) {
    errors.push({
      path: path || 'tell',
      message: 'before-treatment has one "tell" list; the other contexts have "emergency", "urgent" and "routine"',
    });
  }
};

export const CHECKLIST_OVERRIDE_FIELDS: Readonly<Record<string, Validator>> = {
  title: text(120),
  intro: list(statement, { max: 4 }),
  emergency: items,
  urgent: items,
  routine: items,
  tell: items,
  sources: clinicSources,
};

/** Field checks plus the cross-field id check, for `PrpElement.contentOverride`. */
export const CHECKLIST_OVERRIDE_CHECKS: readonly Validator[] = [uniqueIds, registeredLevels, oneShape];

/** Loaded by the element only when a page gives it an override. */
export const overrides = overrideRules(CHECKLIST_OVERRIDE_FIELDS, CHECKLIST_OVERRIDE_CHECKS);
