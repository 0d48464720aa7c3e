import { describe, expect, it } from 'vitest';

import {
  type CardSpec,
  checkedInOrder,
  politeness,
  resultLevel,
} from '../../src/components/prp-doctor-checklist/doctor-checklist.logic.js';
import { type ResultLevel, TRIAGE_CONTEXTS } from '../../src/components/prp-doctor-checklist/types.js';
import { doctorChecklist } from '../../src/content/en/doctor-checklist.js';

const RANK: Record<ResultLevel, number> = { none: 0, tell: 1, routine: 1, urgent: 2, emergency: 3 };
const BY_RANK: Record<number, ResultLevel> = { 0: 'none', 1: 'routine', 2: 'urgent', 3: 'emergency' };

/** The cards of a triage context, as the element builds them (most urgent first). */
function triageCards(context: (typeof TRIAGE_CONTEXTS)[number]): CardSpec[] {
  const content = doctorChecklist.contexts[context];
  return (['emergency', 'urgent', 'routine'] as const).map((level) => ({
    kind: level,
    heading: '',
    items: content[level],
  }));
}

describe.each(TRIAGE_CONTEXTS)('resultLevel, %s: every combination of ticks', (context) => {
  const cards = triageCards(context);
  const items = cards.flatMap((card) => card.items.map((item) => ({ id: item.id, rank: RANK[card.kind] })));
  it(`checks all ${2 ** items.length} combinations against an independent ranking`, () => {
    expect(items.length).toBeLessThanOrEqual(16);
    for (let mask = 0; mask < 2 ** items.length; mask++) {
      const ticked = items.filter((_, bit) => mask & (1 << bit));
      const expected = BY_RANK[Math.max(0, ...ticked.map((item) => item.rank))];
      expect(resultLevel(cards, new Set(ticked.map((item) => item.id))), `mask ${mask}`).toBe(expected);
    }
  });
});

describe('checklist helpers', () => {
  const cards = triageCards('after-injection');
  it('ignores unknown ids', () => {
    expect(resultLevel(cards, new Set(['unicorn']))).toBe('none');
    expect(resultLevel(cards, new Set(['unicorn', 'lasting-soreness']))).toBe('routine');
  });
  it('before treatment: anything ticked means tell the clinic, never an urgency level', () => {
    const tell: CardSpec[] = [{ kind: 'tell', heading: '', items: doctorChecklist.contexts['before-treatment'].tell }];
    expect(resultLevel(tell, new Set())).toBe('none');
    for (const item of doctorChecklist.contexts['before-treatment'].tell)
      expect(resultLevel(tell, new Set([item.id]))).toBe('tell');
  });
  it('lists ticked ids in reading order, most urgent card first, without unknown ids', () => {
    expect(checkedInOrder(cards, new Set(['lasting-soreness', 'unicorn', 'fever', 'leg-weakness']))).toEqual([
      'leg-weakness',
      'fever',
      'lasting-soreness',
    ]);
  });
  it('announces only an emergency assertively', () => {
    expect((['none', 'tell', 'routine', 'urgent', 'emergency'] as const).map(politeness)).toEqual([
      'polite',
      'polite',
      'polite',
      'polite',
      'assertive',
    ]);
  });
});
