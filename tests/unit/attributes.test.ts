import { describe, expect, it } from 'vitest';

import {
  describeValue,
  parseEnum,
  parseIntegerInRange,
  parsePhone,
  parseText,
  plainTextProblem,
} from '../../src/internal/attributes.js';
import { fill, formatList, isolateBidi, matchLocale } from '../../src/internal/localize.js';

describe('parseIntegerInRange', () => {
  it.each([
    ['1', 1],
    ['6', 6],
    [' 3 ', 3],
    [4, 4],
    ['+2', 2],
  ])('accepts %j', (value, expected) => {
    expect(parseIntegerInRange(value, 1, 6)).toBe(expected);
  });
  it.each(['0', '7', '9', '3.5', '3px', 'two', '', NaN, 2.5, Infinity, '1e1', null, undefined, {}])(
    'rejects %j',
    (value) => {
      expect(parseIntegerInRange(value, 1, 6)).toBeUndefined();
    },
  );
});

describe('parseEnum', () => {
  it('matches without case or spaces and rejects others', () => {
    expect(parseEnum(' Dark ', ['light', 'dark'] as const)).toBe('dark');
    expect(parseEnum('sepia', ['light', 'dark'] as const)).toBeUndefined();
    expect(parseEnum(1, ['light'] as const)).toBeUndefined();
  });
});

describe('parsePhone', () => {
  it.each([
    ['911', '911'],
    ['(555) 013-2480', '5550132480'],
    ['+44 20 7946 0958', '+442079460958'],
    ['555.013.2480', '5550132480'],
  ])('accepts %j as tel:%s', (value, dial) => {
    expect(parsePhone(value)?.dial).toBe(dial);
    expect(parsePhone(value)?.display).toBe(value.trim());
  });
  it.each(['call-us', '555-CALL-NOW', '12', '1234567890123456', '+', '', 'javascript:alert(1)', '911 ext 2'])(
    'rejects %j',
    (value) => {
      expect(parsePhone(value)).toBeUndefined();
    },
  );
});

describe('parseText', () => {
  it('trims, folds white space (line breaks from the page source too), and rejects empty or too long text', () => {
    expect(parseText('  Riverside\n\t  Spine  ')).toBe('Riverside Spine');
    expect(parseText('   ')).toBeUndefined();
    expect(parseText('x'.repeat(121))).toBeUndefined();
    expect(parseText('x'.repeat(120))).toHaveLength(120);
  });
  it('keeps any script and emoji, and ordinary punctuation', () => {
    for (const text of ['عيادة ريفرسايد', 'מרפאה', 'Clínica Ñandú 🩺', 'Smith & Jones > 2 sites', 'a < b']) {
      expect(parseText(text), text).toBe(text);
    }
  });
  it.each([
    ['<b>Riverside</b>', 'markup'],
    ['"><img src=x onerror=alert(1)>', 'markup'],
    ['</script>', 'markup'],
    ['<!-- x -->', 'markup'],
    ['Riverside\u0000Spine', 'control characters'],
    ['\u001b[31mred', 'control characters'],
    ['\u202eesrever', 'control characters'],
    ['a\u2066b', 'control characters'],
  ])('refuses %j (%s)', (text, problem) => {
    expect(plainTextProblem(text)).toBe(problem);
    expect(parseText(text)).toBeUndefined();
  });
});

describe('isolateBidi', () => {
  it('isolates right-to-left text and leaves the rest alone', () => {
    expect(isolateBidi('عيادة')).toBe('\u2068عيادة\u2069');
    expect(isolateBidi('מרפאה 2')).toBe('\u2068מרפאה 2\u2069');
    expect(isolateBidi('Riverside 🩺')).toBe('Riverside 🩺');
  });
});

describe('describeValue', () => {
  it('shows control characters and shortens long values', () => {
    expect(describeValue('a\u0007b')).toBe('a\\u0007b');
    expect(describeValue('\u202eabc')).toBe('\\u202eabc');
    expect(describeValue('x'.repeat(100_000))).toHaveLength(78);
  });
});

describe('localization', () => {
  it('falls back from a region to its language, and not further', () => {
    expect(matchLocale('es-MX')).toBe('es');
    expect(matchLocale('EN-gb')).toBe('en');
    expect(matchLocale('es_419')).toBe('es');
    expect(matchLocale('fr')).toBeUndefined();
    expect(matchLocale('')).toBeUndefined();
  });
  it('joins lists with each language\'s rules, including Spanish "e" before an i sound', () => {
    expect(formatList(['PRP', 'Surgery', 'Physical therapy'], 'en')).toBe('PRP, Surgery, and Physical therapy');
    expect(formatList(['Terapia física', 'Inyección de PRP'], 'es')).toBe('Terapia física e Inyección de PRP');
    expect(formatList(['PRP'], 'es')).toBe('PRP');
  });
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('Call {clinic} in {days} days {oops}', { clinic: 'Riverside', days: 3 })).toBe(
      'Call Riverside in 3 days {oops}',
    );
  });
});
