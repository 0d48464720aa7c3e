import { describe, expect, it } from 'vitest';

import { Options } from '../../src/internal/options.js';

/** Options for a stand-in element whose attributes are `attributes`; warnings are logged once per key. */
function setUp(attributes: Record<string, string> = {}) {
  const log: string[] = [];
  const seen = new Set<string>();
  const options = new Options({ getAttribute: (name) => attributes[name] ?? null }, (key, message) => {
    if (seen.has(key)) return;
    seen.add(key);
    log.push(message);
  });
  return { options, log };
}

describe('Options: attributes read the one way', () => {
  it('unset values give the fallback silently; a good value is parsed', () => {
    const { options, log } = setUp();
    for (const unset of [undefined, null, '']) expect(options.oneOf('mode', unset, ['a', 'b'], 'a')).toBe('a');
    expect(options.oneOf('mode', 'b', ['a', 'b'], 'a')).toBe('b');
    expect(options.integer('heading-level', '3', [1, 6], 2)).toBe(3);
    expect(options.date('today', '2026-12-01')).toEqual({ year: 2026, month: 12, day: 1 });
    expect(log).toEqual([]);
  });

  it('a bad value: the fallback and one warning with the attribute as written, what was expected and the fallback', () => {
    const { options, log } = setUp({ 'nsaid-free-days': 'ten' });
    expect(
      options.integer('nsaid-free-days', 'ten', [1, 90, 'days'], undefined, 'the neutral wording'),
    ).toBeUndefined();
    expect(
      options.integer('nsaid-free-days', 'ten', [1, 90, 'days'], undefined, 'the neutral wording'),
    ).toBeUndefined();
    expect(options.integer('heading-level', 9, [1, 6], 2)).toBe(2);
    expect(options.oneOf('ice', 'warm', ['allowed', 'avoid'], undefined, 'the neutral wording')).toBeUndefined();
    expect(options.date('procedure-date', '2026-13-01')).toBeUndefined();
    expect(log).toEqual([
      'ignored nsaid-free-days="ten": expected a whole number of days from 1 to 90. Using the neutral wording.',
      'ignored heading-level="9": expected a whole number from 1 to 6. Using 2.',
      'ignored ice="warm": expected one of allowed, avoid. Using the neutral wording.',
      'ignored procedure-date="2026-13-01": expected a date as YYYY-MM-DD. Using no date.',
    ]);
  });

  it('id lists: unknown and repeated ids are skipped with one warning each; nothing usable gives the fallback', () => {
    const { options, log } = setUp();
    const all = ['prp', 'steroid', 'rfa'] as const;
    expect(options.ids('treatments', 'prp, nope ,prp,rfa', all, ['prp'], 'prp')).toEqual(['prp', 'rfa']);
    expect(options.ids('treatments', 'x,y', all, ['prp'], 'prp')).toEqual(['prp']);
    expect(log).toEqual([
      'ignored "nope" in treatments="prp, nope ,prp,rfa": expected ids from prp, steroid, rfa. Using the others.',
      'treatments="prp, nope ,prp,rfa" lists "prp" more than once. Using it once.',
      'ignored treatments="x,y": expected ids from prp, steroid, rfa. Using prp.',
    ]);
  });

  it('clinic text: plain and short, isolated when right-to-left; markup is refused', () => {
    const { options, log } = setUp();
    expect(options.text('clinic-name', 'Riverside Spine', 80)).toBe('Riverside Spine');
    expect(options.text('clinic-name', 'عيادة', 80)).toBe('\u2068عيادة\u2069');
    expect(options.text('clinic-name', '<b>Spine</b>', 80)).toBeUndefined();
    expect(log).toEqual([
      'ignored clinic-name="<b>Spine</b>": expected plain text (no markup or control characters) of at most 80 characters. Using nothing.',
    ]);
  });
});
