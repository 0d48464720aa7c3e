/**
 * Parsers for attribute values. Each returns the parsed value or `undefined` when the value is invalid;
 * `PrpElement.option()` turns `undefined` into the fallback plus one warning.
 */
import { type CivilDate, parseIsoDate } from './dates.js';

/** The text a warning shows for a value: short, on one line, with control characters made visible. */
export function describeValue(value: unknown): string {
  const text = typeof value === 'string' ? value : String(value);
  const visible = text.replace(
    // eslint-disable-next-line no-control-regex -- matching control characters is the point: they are shown escaped
    /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return visible.length > 80 ? `${visible.slice(0, 77)}…` : visible;
}

/** A whole number within `min`–`max`; accepts numbers and numeric strings (`"3"`, not `"3.5"` or `"3px"`). */
export function parseIntegerInRange(value: unknown, min: number, max: number): number | undefined {
  const n =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^\s*[+-]?\d+\s*$/.test(value)
        ? Number(value)
        : NaN;
  return Number.isInteger(n) && n >= min && n <= max ? n : undefined;
}

/** One of the allowed keywords, compared without case or surrounding spaces. */
export function parseEnum<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  if (typeof value !== 'string') return undefined;
  const key = value.trim().toLowerCase();
  return allowed.find((option) => option === key);
}

export function parseDate(value: unknown): CivilDate | undefined {
  return typeof value === 'string' ? parseIsoDate(value) : undefined;
}

/** A phone number a patient can call: what to show and what to dial. */
export interface PhoneNumber {
  /** As the clinic typed it, trimmed. */
  readonly display: string;
  /** For `tel:` links: digits with an optional leading `+`. */
  readonly dial: string;
}

/**
 * Phone numbers: digits with optional spaces, dots, dashes, parentheses and a leading `+`; 3 digits
 * (emergency numbers such as 911, 112, 999) to 15 digits (the E.164 maximum). Letters are rejected.
 */
export function parsePhone(value: unknown): PhoneNumber | undefined {
  if (typeof value !== 'string') return undefined;
  const display = value.trim();
  if (!/^\+?[\d\s().-]+$/.test(display)) return undefined;
  const digits = display.replace(/\D/g, '');
  if (digits.length < 3 || digits.length > 15) return undefined;
  return { display, dial: (display.startsWith('+') ? '+' : '') + digits };
}

/**
 * Why `text` is not plain text a clinic would mean to show, or undefined when it is. Markup (`<b>`,
 * `<script>`) is refused rather than shown as tags; control characters and bidi overrides (which can
 * reorder the text around them) are refused too. Tabs and line breaks are ordinary white space.
 */
export function plainTextProblem(text: string): string | undefined {
  if (/<[a-z!/?]/i.test(text)) return 'markup';
  // eslint-disable-next-line no-control-regex -- matching control characters is the point: they are refused
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(text))
    return 'control characters';
  return undefined;
}

/** Free text from an attribute, white space folded, at most `maxLength` characters; empty means not set. */
export function parseText(value: unknown, maxLength = 120): string | undefined {
  if (typeof value !== 'string' || plainTextProblem(value)) return undefined;
  const text = value.replace(/\s+/g, ' ').trim();
  return text && text.length <= maxLength ? text : undefined;
}

/** A comma- or space-separated list of ids, checked against the allowed ones. */
export interface IdList<T extends string> {
  /** Valid ids, in the order given, each once; `fallback` when none was valid. */
  readonly ids: readonly T[];
  /** Entries that are not allowed ids, as written. */
  readonly unknown: readonly string[];
  /** Ids listed more than once (kept once). */
  readonly duplicates: readonly T[];
  /** True when the value named no valid id and `fallback` is used. */
  readonly usedDefault: boolean;
}

/** Parses `"prp, steroid,rfa"`: commas or spaces between ids, any case. */
export function parseIdList<T extends string>(
  value: unknown,
  allowed: readonly T[],
  fallback: readonly T[],
): IdList<T> {
  const entries =
    typeof value === 'string'
      ? value
          .split(/[\s,]+/)
          .map((entry) => entry.trim())
          .filter(Boolean)
      : [];
  const ids: T[] = [];
  const unknown: string[] = [];
  const duplicates: T[] = [];
  for (const entry of entries) {
    const id = allowed.find((candidate) => candidate === entry.toLowerCase());
    if (!id) unknown.push(entry);
    else if (ids.includes(id)) duplicates.push(id);
    else ids.push(id);
  }
  const usedDefault = ids.length === 0;
  return { ids: usedDefault ? fallback : ids, unknown, duplicates, usedDefault };
}
