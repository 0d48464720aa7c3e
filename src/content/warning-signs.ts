/**
 * The triage registry: every warning sign the widgets show, by id, with its one level. The words are per
 * language in `./<lang>/warning-signs.ts`. The checklist, the timeline and the FAQ take their signs only
 * from there, and `tests/unit/safety-rules.test.ts` fails if a sign shows at another level or a widget
 * words it its own way. Why each sign has its level: docs/evidence.md, "Warning signs".
 *
 * Levels follow NHS care cards: emergency (call the emergency number or go to the emergency room now),
 * urgent (today: the clinic, or an urgent appointment), routine (within 1 to 2 weeks, or the next visit).
 */
import type { CareLevel } from '../internal/care-levels.js';
import type { Statement } from './types.js';

export const SIGN_LEVELS = {
  // Nerves pressed in the spine (cauda equina), a bleed or an abscess: minutes and hours count.
  'saddle-numbness': 'emergency',
  'bladder-bowel': 'emergency',
  'leg-weakness': 'emergency',
  'chest-pain': 'emergency',
  accident: 'emergency',
  // Possible infection, nerve irritation or a serious cause of back pain: today.
  fever: 'urgent',
  wound: 'urgent',
  'leg-numbness': 'urgent',
  'worse-pain': 'urgent',
  'night-pain': 'urgent',
  'weight-loss': 'urgent',
  cancer: 'urgent',
  lump: 'urgent',
  // Worth a visit, not today.
  'lasting-soreness': 'routine',
  'no-better-at-check': 'routine',
  'restart-questions': 'routine',
  'no-better': 'routine',
  'new-over-50': 'routine',
  'daily-tasks': 'routine',
} as const satisfies Record<string, CareLevel>;

export type SignId = keyof typeof SIGN_LEVELS;

/** Which signs each checklist context shows, in reading order within each card: the same in every language. */
export const CHECKLIST_SIGNS = {
  'after-injection': [
    'saddle-numbness',
    'bladder-bowel',
    'leg-weakness',
    'chest-pain',
    'worse-pain',
    'fever',
    'wound',
    'leg-numbness',
    'lasting-soreness',
    'no-better-at-check',
    'restart-questions',
  ],
  'back-pain': [
    'saddle-numbness',
    'bladder-bowel',
    'leg-weakness',
    'chest-pain',
    'accident',
    'fever',
    'night-pain',
    'weight-loss',
    'cancer',
    'lump',
    'no-better',
    'daily-tasks',
    'new-over-50',
  ],
} as const satisfies Record<string, readonly SignId[]>;

/** The words of every sign in one language. */
export type SignWords = { readonly [S in SignId]: Statement };

/** A sign as a checklist item: its id with its words. */
export interface Sign extends Statement {
  readonly id: SignId;
}

/** The signs with these ids, in this order, as items that carry their id. */
export function signs(words: SignWords, ...ids: readonly SignId[]): Sign[] {
  return ids.map((id) => ({ id, ...words[id] }));
}

/** Signs grouped into the care cards of their registered levels, in the given order within each card. */
export function careCards(words: SignWords, ...ids: readonly SignId[]): { readonly [L in CareLevel]: Sign[] } {
  const all = signs(words, ...ids);
  return {
    emergency: all.filter((sign) => SIGN_LEVELS[sign.id] === 'emergency'),
    urgent: all.filter((sign) => SIGN_LEVELS[sign.id] === 'urgent'),
    routine: all.filter((sign) => SIGN_LEVELS[sign.id] === 'routine'),
  };
}
