/**
 * Parsers for attribute values. Each returns the parsed value or `undefined` when the value is invalid;
 * `PrpElement.option()` turns `undefined` into the fallback plus one warning.
 */
import { parseIsoDate, type CivilDate } from './dates.js';

/** The text a warning shows for a value: short, on one line, with control characters made visible. */
export function describeValue(value: unknown): string {
  const text = typeof value === 'string' ? value : String(value);
  // eslint-disable-next-line no-control-regex
  const visible = text.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return visible.length > 80 ? `${visible.slice(0, 77)}…` : visible;
}

/** A whole number within `min`–`max`; accepts numbers and numeric strings (`"3"`, not `"3.5"` or `"3px"`). */
export function parseIntegerInRange(value: unknown, min: number, max: number): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\s*[+-]?\d+\s*$/.test(value) ? Number(value) : NaN;
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

/** Free text from an attribute, trimmed, cut to `maxLength` characters; empty means not set. */
export function parseText(value: unknown, maxLength = 120): string | undefined {
  if (typeof value !== 'string') return undefined;
  // eslint-disable-next-line no-control-regex
  const text = value.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  return text && text.length <= maxLength ? text : undefined;
}
