/**
 * Calendar dates without a time of day or a time zone ("civil dates").
 *
 * Every day count in the library goes through day numbers (days since 1970-01-01), computed with
 * `Date.UTC`, so daylight-saving changes and the viewer's time zone can never shift a count by one.
 */

/** A calendar date. `month` is 1–12. */
export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
/** Dates outside this range are treated as typing mistakes. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

/** Parses `YYYY-MM-DD`; returns undefined for anything else, including impossible dates like 2026-02-30. */
export function parseIsoDate(value: string): CivilDate | undefined {
  const match = ISO_DATE.exec(value.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < MIN_YEAR || year > MAX_YEAR) return undefined;
  const round = fromDayNumber(toDayNumber({ year, month, day }));
  return round.year === year && round.month === month && round.day === day ? round : undefined;
}

/** Days since 1970-01-01. */
export function toDayNumber(date: CivilDate): number {
  return Math.floor(Date.UTC(date.year, date.month - 1, date.day) / MS_PER_DAY);
}

export function fromDayNumber(dayNumber: number): CivilDate {
  const d = new Date(dayNumber * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function addDays(date: CivilDate, days: number): CivilDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CivilDate, to: CivilDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** The viewer's calendar date at `now`, in the time zone the browser (or Node's TZ) uses. */
export function localDate(now: Date = new Date()): CivilDate {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

export function toIsoDate(date: CivilDate): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

/** A UTC `Date` at midnight of the civil date: only for `Intl.DateTimeFormat` with `timeZone: 'UTC'`. */
export function toUtcDate(date: CivilDate): Date {
  return new Date(Date.UTC(date.year, date.month - 1, date.day));
}

/** The same calendar day `years` later (29 February becomes 1 March). */
export function addYears(date: CivilDate, years: number): CivilDate {
  return fromDayNumber(toDayNumber({ ...date, year: date.year + years }));
}
