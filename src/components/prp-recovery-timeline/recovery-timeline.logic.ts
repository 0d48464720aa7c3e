/** Pure logic of the recovery timeline: no DOM, unit-tested in Node. */
import { addDays, type CivilDate, daysBetween, toIsoDate } from '../../internal/dates.js';

/** Phase windows in days after the procedure, inclusive; day 0 is the injection day. */
export const PHASE_WINDOWS = [
  { id: 'injection-day', start: 0, end: 0 },
  { id: 'days-1-3', start: 1, end: 3 },
  { id: 'week-1', start: 4, end: 7 },
  { id: 'weeks-2-4', start: 8, end: 28 },
  { id: 'weeks-5-8', start: 29, end: 56 },
  { id: 'months-2-6', start: 57, end: 182 },
] as const;

export type PhaseWindow = (typeof PHASE_WINDOWS)[number];
export type PhaseStatus = 'done' | 'now' | 'upcoming';

/** Where the reader is relative to the procedure date. */
export type Stage =
  | { readonly kind: 'undated' }
  | { readonly kind: 'before'; readonly daysUntil: number }
  | { readonly kind: 'during'; readonly day: number; readonly phase: number }
  | { readonly kind: 'complete'; readonly day: number };

export function stageAt(procedureDate: CivilDate | undefined, today: CivilDate | undefined): Stage {
  if (!procedureDate || !today) return { kind: 'undated' };
  const day = daysBetween(procedureDate, today);
  if (day < 0) return { kind: 'before', daysUntil: -day };
  const phase = PHASE_WINDOWS.findIndex((window) => day >= window.start && day <= window.end);
  return phase === -1 ? { kind: 'complete', day } : { kind: 'during', day, phase };
}

/** Status of the phase at `index`, or undefined when there is no procedure date. */
export function phaseStatus(index: number, stage: Stage): PhaseStatus | undefined {
  switch (stage.kind) {
    case 'undated':
      return undefined;
    case 'before':
      return 'upcoming';
    case 'complete':
      return 'done';
    case 'during':
      return index < stage.phase ? 'done' : index === stage.phase ? 'now' : 'upcoming';
  }
}

/** The phase to open first: the current one, else the first. */
export function initiallyOpenPhase(stage: Stage): number {
  return stage.kind === 'during' ? stage.phase : stage.kind === 'complete' ? PHASE_WINDOWS.length - 1 : 0;
}

export function phaseDates(procedureDate: CivilDate, window: PhaseWindow): { start: CivilDate; end: CivilDate } {
  return { start: addDays(procedureDate, window.start), end: addDays(procedureDate, window.end) };
}

/**
 * Whether NSAID advice belongs in a phase. Without a clinic setting it shows wherever the content puts
 * it; with `nsaid-free-days` it shows only in phases that start before the NSAID-free time ends.
 */
export function nsaidAdviceApplies(window: PhaseWindow, nsaidFreeDays: number | undefined): boolean {
  return nsaidFreeDays === undefined || window.start < nsaidFreeDays;
}

export interface CalendarEvent {
  readonly uid: string;
  readonly date: CivilDate;
  readonly summary: string;
  readonly description: string;
}

/** RFC 5545 text escaping. */
function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** RFC 5545 line folding: at most 75 octets a line, never splitting a character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compactDate = (date: CivilDate) => toIsoDate(date).replace(/-/g, '');

/** An iCalendar file of all-day events, built entirely in the browser. */
export function buildCalendar(events: readonly CalendarEvent[], now: Date): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//prp-widgets//recovery timeline//EN',
    'CALSCALE:GREGORIAN',
  ];
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compactDate(event.date)}`,
      `DTEND;VALUE=DATE:${compactDate(addDays(event.date, 1))}`,
      `SUMMARY:${escapeText(event.summary)}`,
      `DESCRIPTION:${escapeText(event.description)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
