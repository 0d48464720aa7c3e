import { afterEach, describe, expect, it } from 'vitest';

import { addDays, daysBetween, localDate, parseIsoDate, toDayNumber, toIsoDate } from '../../src/internal/dates.js';

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('parseIsoDate', () => {
  it('accepts real calendar dates', () => {
    expect(parseIsoDate('2026-11-21')).toEqual({ year: 2026, month: 11, day: 21 });
    expect(parseIsoDate(' 2026-01-05 ')).toEqual({ year: 2026, month: 1, day: 5 });
  });
  it('accepts leap days only in leap years', () => {
    expect(parseIsoDate('2024-02-29')).toBeDefined();
    expect(parseIsoDate('2000-02-29')).toBeDefined();
    expect(parseIsoDate('2025-02-29')).toBeUndefined();
    expect(parseIsoDate('1900-02-29')).toBeUndefined();
  });
  it.each([
    '2026-13-45',
    '2026-02-30',
    '2026-04-31',
    '2026-00-10',
    '26-11-21',
    '2026/11/21',
    '2026-11-21T10:00',
    '',
    'today',
    '1899-12-31',
    '2201-01-01',
  ])('rejects %j', (value) => expect(parseIsoDate(value)).toBeUndefined());
});

describe('day arithmetic', () => {
  it('counts days across a leap day', () => {
    expect(daysBetween(parseIsoDate('2024-02-28')!, parseIsoDate('2024-03-01')!)).toBe(2);
    expect(daysBetween(parseIsoDate('2025-02-28')!, parseIsoDate('2025-03-01')!)).toBe(1);
    expect(toIsoDate(addDays(parseIsoDate('2024-02-28')!, 1))).toBe('2024-02-29');
    expect(toIsoDate(addDays(parseIsoDate('2024-02-29')!, 365))).toBe('2025-02-28');
  });
  it('counts days across year ends and negative spans', () => {
    expect(toIsoDate(addDays(parseIsoDate('2026-12-25')!, 10))).toBe('2027-01-04');
    expect(daysBetween(parseIsoDate('2026-11-21')!, parseIsoDate('2026-11-12')!)).toBe(-9);
  });
  it.each(['America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'])(
    'counts whole days across daylight-saving changes in %s',
    (zone) => {
      process.env.TZ = zone;
      // US DST starts 2026-03-08, EU 2026-03-29; Lord Howe shifts by 30 minutes in April and October.
      expect(daysBetween(parseIsoDate('2026-03-07')!, parseIsoDate('2026-03-09')!)).toBe(2);
      expect(daysBetween(parseIsoDate('2026-03-28')!, parseIsoDate('2026-03-30')!)).toBe(2);
      expect(daysBetween(parseIsoDate('2026-10-03')!, parseIsoDate('2026-10-05')!)).toBe(2);
      expect(daysBetween(parseIsoDate('2026-01-01')!, parseIsoDate('2027-01-01')!)).toBe(365);
    },
  );
});

describe("localDate (the reader's today)", () => {
  // 2026-03-08T07:30Z is 02:30 → 03:30 in New York, the minute US daylight saving starts.
  const instant = new Date('2026-03-08T07:30:00Z');
  it.each([
    ['America/New_York', '2026-03-08'],
    ['Pacific/Honolulu', '2026-03-07'],
    ['Pacific/Auckland', '2026-03-08'],
    ['Pacific/Kiritimati', '2026-03-08'],
    ['UTC', '2026-03-08'],
  ])('in %s is %s', (zone, expected) => {
    process.env.TZ = zone;
    expect(toIsoDate(localDate(instant))).toBe(expected);
  });
  it('follows the local calendar near midnight, not UTC', () => {
    process.env.TZ = 'America/Los_Angeles';
    expect(toIsoDate(localDate(new Date('2026-11-22T07:59:00Z')))).toBe('2026-11-21');
    expect(toIsoDate(localDate(new Date('2026-11-22T08:00:00Z')))).toBe('2026-11-22');
  });
  it('maps day numbers to the Unix epoch', () => {
    expect(toDayNumber({ year: 1970, month: 1, day: 1 })).toBe(0);
    expect(toDayNumber({ year: 1970, month: 1, day: 2 })).toBe(1);
  });
});
