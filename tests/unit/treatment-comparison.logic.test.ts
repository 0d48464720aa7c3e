import { describe, expect, it } from 'vitest';

import {
  parseTreatments,
  tableMinWidth,
} from '../../src/components/prp-treatment-comparison/treatment-comparison.logic.js';
import { DEFAULT_TREATMENTS } from '../../src/components/prp-treatment-comparison/types.js';

describe('parseTreatments', () => {
  it('keeps the order given, any case, commas or spaces', () => {
    expect(parseTreatments('RFA, prp  surgery').ids).toEqual(['rfa', 'prp', 'surgery']);
    expect(parseTreatments('physical-therapy,steroid').ids).toEqual(['physical-therapy', 'steroid']);
  });
  it('skips unknown ids and reports each', () => {
    const parsed = parseTreatments('prp,unicorn,steroid,Stem-Cells');
    expect(parsed.ids).toEqual(['prp', 'steroid']);
    expect(parsed.unknown).toEqual(['unicorn', 'Stem-Cells']);
    expect(parsed.usedDefault).toBe(false);
  });
  it('removes duplicates and reports them', () => {
    const parsed = parseTreatments('prp,rfa,PRP,prp');
    expect(parsed.ids).toEqual(['prp', 'rfa']);
    expect(parsed.duplicates).toEqual(['prp', 'prp']);
  });
  it.each(['', '   ', ',,', 'unicorn', 'prp-injection', '<b>prp</b>'])(
    'falls back to the default set for %j',
    (value) => {
      const parsed = parseTreatments(value);
      expect(parsed.ids).toEqual(DEFAULT_TREATMENTS);
      expect(parsed.usedDefault).toBe(true);
    },
  );
  it('accepts all six', () => {
    expect(parseTreatments('prp steroid prolotherapy rfa physical-therapy surgery').ids).toHaveLength(6);
  });
  it('ignores non-strings', () => {
    expect(parseTreatments(42).ids).toEqual(DEFAULT_TREATMENTS);
  });
});

describe('view helpers', () => {
  it('needs 180 px plus 150 px a treatment for a table', () => {
    expect(tableMinWidth(3)).toBe(630);
    expect(tableMinWidth(6)).toBe(1080);
  });
});
