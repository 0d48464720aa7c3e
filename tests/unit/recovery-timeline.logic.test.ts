import { describe, expect, it } from 'vitest';

import {
  buildCalendar,
  foldLine,
  initiallyOpenPhase,
  nsaidAdviceApplies,
  PHASE_WINDOWS,
  phaseDates,
  phaseStatus,
  stageAt,
} from '../../src/components/prp-recovery-timeline/recovery-timeline.logic.js';
import { addDays, type CivilDate, parseIsoDate } from '../../src/internal/dates.js';

const procedure = parseIsoDate('2026-11-21')!;
const dayAfter = (n: number): CivilDate => addDays(procedure, n);

describe('phase windows', () => {
  it('cover day 0 to day 182 with no gap or overlap', () => {
    expect(PHASE_WINDOWS[0].start).toBe(0);
    for (let i = 1; i < PHASE_WINDOWS.length; i++) expect(PHASE_WINDOWS[i].start).toBe(PHASE_WINDOWS[i - 1].end + 1);
    expect(PHASE_WINDOWS.at(-1)!.end).toBe(182);
  });
});

describe('stageAt', () => {
  it('is undated without a procedure date', () => {
    expect(stageAt(undefined, procedure)).toEqual({ kind: 'undated' });
  });
  it('counts down before the injection', () => {
    expect(stageAt(procedure, dayAfter(-1))).toEqual({ kind: 'before', daysUntil: 1 });
    expect(stageAt(procedure, dayAfter(-30))).toEqual({ kind: 'before', daysUntil: 30 });
  });
  it.each([
    [0, 0],
    [1, 1],
    [3, 1],
    [4, 2],
    [7, 2],
    [8, 3],
    [28, 3],
    [29, 4],
    [56, 4],
    [57, 5],
    [182, 5],
  ])('day %i is in phase %i', (day, phase) => {
    expect(stageAt(procedure, dayAfter(day))).toEqual({ kind: 'during', day, phase });
  });
  it('is complete after day 182', () => {
    expect(stageAt(procedure, dayAfter(183))).toEqual({ kind: 'complete', day: 183 });
    expect(stageAt(procedure, dayAfter(5000)).kind).toBe('complete');
  });
  it("is undated when the reader's date is unknown (on a server)", () => {
    expect(stageAt(parseIsoDate('2026-11-01'), undefined)).toEqual({ kind: 'undated' });
  });
  it('counts across a leap day', () => {
    expect(stageAt(parseIsoDate('2028-02-27'), parseIsoDate('2028-03-02'))).toEqual({
      kind: 'during',
      day: 4,
      phase: 2,
    });
  });
});

describe('phaseStatus and initiallyOpenPhase', () => {
  it('marks earlier phases done, the current now and later coming up', () => {
    const stage = stageAt(procedure, dayAfter(9));
    expect(PHASE_WINDOWS.map((_, i) => phaseStatus(i, stage))).toEqual([
      'done',
      'done',
      'done',
      'now',
      'upcoming',
      'upcoming',
    ]);
    expect(initiallyOpenPhase(stage)).toBe(3);
  });
  it('has no status without a date, all coming up before it, all done after the window', () => {
    expect(phaseStatus(0, { kind: 'undated' })).toBeUndefined();
    expect(phaseStatus(5, stageAt(procedure, dayAfter(-2)))).toBe('upcoming');
    expect(phaseStatus(5, stageAt(procedure, dayAfter(400)))).toBe('done');
    expect(initiallyOpenPhase({ kind: 'undated' })).toBe(0);
    expect(initiallyOpenPhase(stageAt(procedure, dayAfter(400)))).toBe(PHASE_WINDOWS.length - 1);
  });
  it('gives each phase its calendar dates', () => {
    expect(phaseDates(procedure, PHASE_WINDOWS[3])).toEqual({ start: dayAfter(8), end: dayAfter(28) });
  });
});

describe('nsaidAdviceApplies', () => {
  it('shows wherever the content puts it when the clinic sets nothing', () => {
    expect(PHASE_WINDOWS.every((w) => nsaidAdviceApplies(w, undefined))).toBe(true);
  });
  it('shows only in phases starting inside the NSAID-free days', () => {
    expect(PHASE_WINDOWS.filter((w) => nsaidAdviceApplies(w, 7)).map((w) => w.id)).toEqual([
      'injection-day',
      'days-1-3',
      'week-1',
    ]);
    expect(PHASE_WINDOWS.filter((w) => nsaidAdviceApplies(w, 8)).map((w) => w.id)).toEqual([
      'injection-day',
      'days-1-3',
      'week-1',
    ]);
    expect(PHASE_WINDOWS.filter((w) => nsaidAdviceApplies(w, 9)).map((w) => w.id)).toContain('weeks-2-4');
  });
});

describe('buildCalendar', () => {
  const ics = buildCalendar(
    [
      {
        uid: 'a@prp-widgets',
        date: parseIsoDate('2026-12-31')!,
        summary: 'Visit, clinic; now',
        description: 'Line one\nline two \\ end',
      },
    ],
    new Date('2026-11-21T10:11:12.345Z'),
  );
  it('is a CRLF iCalendar with one all-day event', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.split('\r\n').filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(ics).toContain('DTSTART;VALUE=DATE:20261231\r\n');
    expect(ics).toContain('DTEND;VALUE=DATE:20270101\r\n');
    expect(ics).toContain('DTSTAMP:20261121T101112Z\r\n');
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/\n/);
  });
  it('escapes commas, semicolons, backslashes and newlines', () => {
    expect(ics).toContain('SUMMARY:Visit\\, clinic\\; now');
    expect(ics).toContain('DESCRIPTION:Line one\\nline two \\\\ end');
  });
  it('folds long lines at 75 octets without splitting characters', () => {
    const folded = foldLine(`DESCRIPTION:${'Él día á '.repeat(30)}`);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.slice(1).every((line) => line.startsWith(' '))).toBe(true);
    expect(lines.map((line, i) => (i ? line.slice(1) : line)).join('')).toBe(`DESCRIPTION:${'Él día á '.repeat(30)}`);
  });
});
