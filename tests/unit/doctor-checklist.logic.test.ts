import { describe, expect, it } from 'vitest';
import { doctorChecklist } from '../../src/content/en/doctor-checklist.js';
import { checkedInOrder, highestLevel, politeness } from '../../src/components/prp-doctor-checklist/doctor-checklist.logic.js';
import { CONTEXTS, type ResultLevel } from '../../src/components/prp-doctor-checklist/types.js';

const RANK: Record<ResultLevel, number> = { none: 0, routine: 1, urgent: 2, emergency: 3 };
const BY_RANK = Object.fromEntries(Object.entries(RANK).map(([level, rank]) => [rank, level])) as Record<number, ResultLevel>;

describe.each(CONTEXTS)('highestLevel, %s: every combination of ticks', (context) => {
  const content = doctorChecklist.contexts[context];
  const items = (['emergency', 'urgent', 'routine'] as const).flatMap((level) => content[level].map((item) => ({ id: item.id, rank: RANK[level] })));
  it(`checks all ${2 ** items.length} combinations against an independent ranking`, () => {
    expect(items.length).toBeLessThanOrEqual(16);
    for (let mask = 0; mask < 2 ** items.length; mask++) {
      const ticked = items.filter((_, bit) => mask & (1 << bit));
      const expected = BY_RANK[Math.max(0, ...ticked.map((item) => item.rank))];
      expect(highestLevel(content, new Set(ticked.map((item) => item.id))), `mask ${mask}`).toBe(expected);
    }
  });
});

describe('checklist helpers', () => {
  const content = doctorChecklist.contexts['after-injection'];
  it('ignores unknown ids', () => {
    expect(highestLevel(content, new Set(['unicorn']))).toBe('none');
    expect(highestLevel(content, new Set(['unicorn', 'lasting-soreness']))).toBe('routine');
  });
  it('lists ticked ids in reading order, most urgent card first, without unknown ids', () => {
    expect(checkedInOrder(content, new Set(['lasting-soreness', 'unicorn', 'fever', 'both-legs']))).toEqual(['both-legs', 'fever', 'lasting-soreness']);
  });
  it('announces only an emergency assertively', () => {
    expect((['none', 'routine', 'urgent', 'emergency'] as const).map(politeness)).toEqual(['polite', 'polite', 'polite', 'assertive']);
  });
});
