/** Pure logic of <prp-process-diagram>: no DOM, unit-tested in Node. */
import { parseIntegerInRange } from '../../internal/attributes.js';

/** Autoplay seconds a step: anything from a quick demo to a slow waiting-room screen. */
export const AUTOPLAY_SECONDS = { min: 1, max: 600 } as const;

/** `autoplay` as seconds (fractions allowed), or undefined when it is not a number from 1 to 600. */
export function parseAutoplaySeconds(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isFinite(n) && n >= AUTOPLAY_SECONDS.min && n <= AUTOPLAY_SECONDS.max ? n : undefined;
}

/** A `step` value: a whole number from 1 to `count`, or undefined. */
export function parseStep(value: unknown, count: number): number | undefined {
  return parseIntegerInRange(value, 1, count);
}

/** The keys that move between steps, and where each goes from `current` of `count`. */
const KEY_TARGETS: Readonly<Record<string, (current: number, count: number) => number>> = {
  ArrowRight: (current) => current + 1,
  ArrowDown: (current) => current + 1,
  ArrowLeft: (current) => current - 1,
  ArrowUp: (current) => current - 1,
  Home: () => 1,
  End: (_, count) => count,
};

/** The step `key` moves to from `current` (kept within 1 to `count`), or undefined for a key that does not move. */
export function stepForKey(key: string, current: number, count: number): number | undefined {
  const target = KEY_TARGETS[key];
  return target && Math.min(count, Math.max(1, target(current, count)));
}

/** The step after `current`, back to the first after the last (autoplay's loop). */
export function nextStepLooping(current: number, count: number): number {
  return current >= count ? 1 : current + 1;
}
