import { describeValue, parseDate, parseEnum, parseIdList, parseIntegerInRange, parseText } from './attributes.js';
import type { CivilDate } from './dates.js';
import type { Warn } from './language.js';
import { isolateBidi } from './localize.js';

/**
 * An element's attributes and properties, read the one way: the parsed value, or a fallback with one
 * warning naming the element, the attribute, the value and the fallback. Unset values (undefined, null,
 * '') give the fallback silently.
 */
export class Options {
  constructor(
    private readonly element: Pick<Element, 'getAttribute'>,
    private readonly warn: Warn,
  ) {}

  /** `parse(value)`, else `fallback`; the warning says what was `expected` and names the fallback. */
  value<T>(
    attribute: string,
    value: unknown,
    parse: (value: unknown) => T | undefined,
    fallback: T,
    expected: string,
    fallbackLabel = String(fallback),
  ): T {
    if (value === undefined || value === null || value === '') return fallback;
    const parsed = parse(value);
    if (parsed !== undefined) return parsed;
    const shown = describeValue(this.element.getAttribute(attribute) ?? value);
    this.warn(
      `${attribute}=${shown}`,
      `ignored ${attribute}="${shown}": expected ${expected}. Using ${fallbackLabel}.`,
    );
    return fallback;
  }

  /** One of `allowed`, else `fallback` (which may be `undefined`, named `fallbackLabel` in the warning). */
  oneOf<T extends string, F extends T | undefined>(
    attribute: string,
    value: unknown,
    allowed: readonly T[],
    fallback: F,
    fallbackLabel?: string,
  ): T | F {
    const expected = `one of ${allowed.join(', ')}`;
    return this.value<T | F>(attribute, value, (v) => parseEnum(v, allowed), fallback, expected, fallbackLabel);
  }

  /** A whole number from `min` to `max` (of `unit`, for the warning), else `fallback`. */
  integer<F extends number | undefined>(
    attribute: string,
    value: unknown,
    [min, max, unit]: readonly [number, number, string?],
    fallback: F,
    fallbackLabel?: string,
  ): number | F {
    const expected = `a whole number${unit ? ` of ${unit}` : ''} from ${min} to ${max}`;
    const parse = (v: unknown) => parseIntegerInRange(v, min, max);
    return this.value<number | F>(attribute, value, parse, fallback, expected, fallbackLabel);
  }

  /**
   * A list of ids (`treatments="prp,rfa"`, `topics="prp,recovery"`): unknown entries and repeats are skipped
   * with one warning each; a value with no valid id gives `fallback`, with one warning. Unset: `fallback`.
   */
  ids<T extends string>(
    attribute: string,
    value: unknown,
    allowed: readonly T[],
    fallback: readonly T[],
    fallbackLabel: string,
  ): readonly T[] {
    if (value === undefined || value === null) return fallback;
    const parsed = parseIdList(value, allowed, fallback);
    const shown = describeValue(value);
    const expected = `ids from ${allowed.join(', ')}`;
    if (parsed.usedDefault) {
      // One warning for the whole value: nothing in it is usable.
      this.warn(
        `${attribute}-empty:${shown}`,
        `ignored ${attribute}="${shown}": expected ${expected}. Using ${fallbackLabel}.`,
      );
      return parsed.ids;
    }
    for (const entry of parsed.unknown) {
      this.warn(
        `${attribute}:${entry}`,
        `ignored "${describeValue(entry)}" in ${attribute}="${shown}": expected ${expected}. Using the others.`,
      );
    }
    for (const id of parsed.duplicates) {
      this.warn(`${attribute}-twice:${id}`, `${attribute}="${shown}" lists "${id}" more than once. Using it once.`);
    }
    return parsed.ids;
  }

  /** A date as YYYY-MM-DD, else none. */
  date(attribute: string, value: unknown, fallbackLabel = 'no date'): CivilDate | undefined {
    return this.value(attribute, value, parseDate, undefined, 'a date as YYYY-MM-DD', fallbackLabel);
  }

  /** Clinic-typed text: plain, short, and isolated when right-to-left (see `isolateBidi`). */
  text(attribute: string, value: unknown, maxLength = 120): string | undefined {
    const text = this.value(
      attribute,
      value,
      (v) => parseText(v, maxLength),
      undefined,
      `plain text (no markup or control characters) of at most ${maxLength} characters`,
      'nothing',
    );
    return text === undefined ? undefined : isolateBidi(text);
  }
}
