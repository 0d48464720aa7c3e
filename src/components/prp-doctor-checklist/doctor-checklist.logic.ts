/** Pure logic of the checklist: no DOM, unit-tested in Node. */
import type { CareLevel } from '../../internal/care-levels.js';
import type { ResultLevel } from './types.js';

/** One card as shown: its kind (a care level, or `tell` before treatment), heading and items. */
export interface CardSpec<Item extends { readonly id: string } = { readonly id: string }> {
  readonly kind: CareLevel | 'tell';
  readonly heading: string;
  readonly items: readonly Item[];
}

/** How a card or result looks: the before-treatment list wears the routine card's colours and icon. */
export function lookOf<L extends ResultLevel>(level: L): Exclude<L, 'tell'> | 'routine' {
  return (level === 'tell' ? 'routine' : level) as Exclude<L, 'tell'> | 'routine';
}

/** The result for the ticked ids: the kind of the first card (most urgent first) with a tick, or `none`. Unknown ids are ignored. */
export function resultLevel(cards: readonly CardSpec[], checked: ReadonlySet<string>): ResultLevel {
  return cards.find((card) => card.items.some((item) => checked.has(item.id)))?.kind ?? 'none';
}

/** The ticked ids that exist in the content, in reading order (most urgent card first). */
export function checkedInOrder(cards: readonly CardSpec[], checked: ReadonlySet<string>): string[] {
  return cards.flatMap((card) => card.items.map((item) => item.id).filter((id) => checked.has(id)));
}

/** Live-region politeness: an emergency interrupts, everything else waits its turn. */
export function politeness(level: ResultLevel): 'assertive' | 'polite' {
  return level === 'emergency' ? 'assertive' : 'polite';
}
