/**
 * Content validation with paths (`phases[2].title`) and clinic overrides.
 *
 * A validator checks an unknown value and reports each problem with the path to it, so a clinic that
 * mistypes its override JSON is told exactly which field is wrong.
 */
import type { CitedSource } from '../content/types.js';
import { plainTextProblem } from './attributes.js';
import { JSON_CHILD, type OverrideHost } from './content-override.js';
import type { Warn } from './language.js';
import { type Locale, matchLocale } from './localize.js';

export interface ValidationError {
  readonly path: string;
  readonly message: string;
}

export type Validator = (value: unknown, path: string, errors: ValidationError[]) => void;

const join = (path: string, key: string | number) =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

const typeName = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

export const text =
  (maxLength = 600): Validator =>
  (value, path, errors) => {
    if (typeof value !== 'string' || !value.trim()) {
      errors.push({ path, message: `expected non-empty text, got ${typeName(value)}` });
    } else if (value.length > maxLength) {
      errors.push({ path, message: `text is longer than ${maxLength} characters` });
    } else {
      const problem = plainTextProblem(value);
      if (problem) errors.push({ path, message: `expected plain text, found ${problem}` });
    }
  };

export const oneOf =
  (...allowed: readonly string[]): Validator =>
  (value, path, errors) => {
    if (typeof value !== 'string' || !allowed.includes(value)) {
      errors.push({ path, message: `expected one of ${allowed.join(', ')}` });
    }
  };

export const list =
  (item: Validator, { min = 0, max = 50 } = {}): Validator =>
  (value, path, errors) => {
    if (!Array.isArray(value)) {
      errors.push({ path, message: `expected a list, got ${typeName(value)}` });
      return;
    }
    if (value.length < min || value.length > max) {
      errors.push({ path, message: `expected ${min} to ${max} items, got ${value.length}` });
    }
    value.slice(0, max).forEach((entry, index) => item(entry, join(path, index), errors));
  };

/** An object with the given fields. Fields named in `optional` may be missing; unknown fields are errors. */
export const record =
  (fields: Readonly<Record<string, Validator>>, optional: readonly string[] = []): Validator =>
  (value, path, errors) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      errors.push({ path, message: `expected an object, got ${typeName(value)}` });
      return;
    }
    const entries = value as Record<string, unknown>;
    for (const key of Object.keys(entries)) {
      if (!(key in fields)) errors.push({ path: join(path, key), message: 'unknown field' });
    }
    for (const [key, check] of Object.entries(fields)) {
      if (entries[key] === undefined) {
        if (!optional.includes(key)) errors.push({ path: join(path, key), message: 'missing' });
      } else {
        check(entries[key], join(path, key), errors);
      }
    }
  };

/** Accepts a value that passes any of the validators; reports the errors of the closest one. */
export const either =
  (...options: readonly Validator[]): Validator =>
  (value, path, errors) => {
    let best: ValidationError[] | undefined;
    for (const option of options) {
      const found: ValidationError[] = [];
      option(value, path, found);
      if (found.length === 0) return;
      if (!best || found.length < best.length) best = found;
    }
    errors.push(...(best ?? []));
  };

/** `true`, the only value of a flag such as `ask`. */
export const isTrue: Validator = (value, path, errors) => {
  if (value !== true) errors.push({ path, message: 'expected true' });
};

/** The fields of a statement, for records that add their own (a checklist item's `id`, a cell's `level`). */
export const statementFields: Readonly<Record<string, Validator>> = {
  text: text(),
  sources: list(text(80), { max: 10 }),
  ask: isTrue,
};

/** A single statement: the unit of all content; its sources, or `ask` when it only points to the clinic. */
export const statement: Validator = record(statementFields, ['sources', 'ask']);

/**
 * Validates a clinic override: a partial content object whose every present top-level field must be
 * complete. Returns the errors; an empty list means the override can be merged over the defaults.
 */
export function validateOverride(value: unknown, fields: Readonly<Record<string, Validator>>): ValidationError[] {
  const errors: ValidationError[] = [];
  record(fields, Object.keys(fields))(value, '', errors);
  return errors;
}

/** The outcome of applying an override: the merged content and its sources, or the errors (and the defaults). */
export interface OverrideResult<T> {
  readonly content: T;
  readonly sources: readonly CitedSource[];
  readonly errors: readonly ValidationError[];
}

/** How an element checks and merges a clinic's override; loaded only when a page gives one. */
export interface OverrideRules {
  /** `value` checked and merged over `defaults`. */
  apply<T extends object>(defaults: T, value: unknown): OverrideResult<T>;
  /**
   * The override `host` gives (its `content` property, else its JSON child for `locale`) merged over
   * `defaults`, with the clinic's sources; the defaults, with one warning naming each failing path, when
   * anything fails. No override: the defaults, silently.
   */
  resolve<T extends object>(host: OverrideHost, defaults: T, locale: Locale, warn: Warn): ResolvedOverride<T>;
}

/** The content to show and the clinic's own sources (none when the defaults are shown). */
export interface ResolvedOverride<T> {
  readonly content: T;
  readonly sources?: readonly CitedSource[];
}

/** The clinic's `<script type="application/json">` child for `locale`: one whose `lang` matches first, else one without `lang`. */
function jsonChild(host: OverrideHost, locale: Locale, warn: Warn): unknown {
  const scripts = [...host.querySelectorAll<HTMLScriptElement>(JSON_CHILD)];
  const script = scripts.find((s) => s.lang && matchLocale(s.lang) === locale) ?? scripts.find((s) => !s.lang.trim());
  if (!script) return undefined;
  const source = script.textContent ?? '';
  try {
    return JSON.parse(source);
  } catch (error) {
    warn(
      `json:${source}`,
      `ignored its <script type="application/json"> child: not valid JSON (${(error as Error).message}). Using the default content.`,
    );
    return undefined;
  }
}

/**
 * Override rules from `fields` (each field of the override) and `checks` (rules across fields, such as
 * unique ids, run on the merged content). Any error keeps the defaults.
 */
export function overrideRules(
  fields: Readonly<Record<string, Validator>>,
  checks: readonly Validator[] = [],
): OverrideRules {
  return {
    apply<T extends object>(defaults: T, value: unknown): OverrideResult<T> {
      const errors = validateOverride(value, fields);
      if (errors.length) return { content: defaults, sources: [], errors };
      const { sources = [], ...override } = value as { sources?: CitedSource[] };
      const content = { ...defaults, ...override };
      for (const check of checks) check(content, '', errors);
      return errors.length ? { content: defaults, sources: [], errors } : { content, sources, errors };
    },
    resolve<T extends object>(host: OverrideHost, defaults: T, locale: Locale, warn: Warn): ResolvedOverride<T> {
      const value = host.content ?? jsonChild(host, locale, warn);
      if (value === undefined) return { content: defaults };
      const { content, sources, errors } = this.apply(defaults, value);
      if (errors.length === 0) return { content, sources };
      const listed = errors.slice(0, 5).map((e) => `${e.path}: ${e.message}`);
      if (errors.length > 5) listed.push(`and ${errors.length - 5} more`);
      warn(
        `content:${listed.join()}`,
        `ignored the content override (${listed.join('; ')}). Using the default content.`,
      );
      return { content: defaults };
    },
  };
}

/** Every `sources` list inside a content tree: used to check that default content is sourced. */
export function collectSourceIds(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((entry) => collectSourceIds(entry, found));
  else if (value && typeof value === 'object') {
    for (const [key, entry] of Object.entries(value)) {
      if (key === 'sources' && Array.isArray(entry)) entry.forEach((id) => found.add(String(id)));
      else collectSourceIds(entry, found);
    }
  }
  return found;
}

export const integer =
  (min: number, max: number): Validator =>
  (value, path, errors) => {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      errors.push({ path, message: `expected a whole number from ${min} to ${max}` });
    }
  };

/** An http(s) address; anything else (such as `javascript:`) is refused. */
export const webUrl: Validator = (value, path, errors) => {
  if (typeof value !== 'string' || !/^https?:\/\/\S+$/i.test(value) || value.length > 500) {
    errors.push({ path, message: 'expected an http:// or https:// address' });
  }
};

/** A language tag such as `es` or `es-MX`: the language of a source's title. */
export const languageTag: Validator = (value, path, errors) => {
  if (typeof value !== 'string' || !/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(value)) {
    errors.push({ path, message: 'expected a language tag such as en, es or es-MX' });
  }
};

/** Sources a clinic adds in an override, cited by their `id` like the built-in ones; `lang` when the title is not in English. */
export const clinicSources: Validator = list(
  record(
    { id: text(80), title: text(300), publisher: text(200), year: integer(1900, 2200), url: webUrl, lang: languageTag },
    ['year', 'lang'],
  ),
  { max: 30 },
);
