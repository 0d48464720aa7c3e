/** Pure logic of the checklist: no DOM, unit-tested in Node. */
import { CARE_LEVELS, type CareLevel } from '../../internal/care-levels.js';
import type { ResultLevel } from './types.js';

export type ItemsByLevel = { readonly [L in CareLevel]: readonly { readonly id: string }[] };

/** The most urgent level that has a ticked item, or `none`. Unknown ids are ignored. */
export function highestLevel(levels: ItemsByLevel, checked: ReadonlySet<string>): ResultLevel {
  return CARE_LEVELS.find((level) => levels[level].some((item) => checked.has(item.id))) ?? 'none';
}

/** The ticked ids that exist in the content, in reading order (most urgent card first). */
export function checkedInOrder(levels: ItemsByLevel, checked: ReadonlySet<string>): string[] {
  return CARE_LEVELS.flatMap((level) => levels[level].map((item) => item.id).filter((id) => checked.has(id)));
}

/** Live-region politeness: an emergency interrupts, everything else waits its turn. */
export function politeness(level: ResultLevel): 'assertive' | 'polite' {
  return level === 'emergency' ? 'assertive' : 'polite';
}
