import { describe, expect, it } from 'vitest';

import {
  AUTOPLAY_SECONDS,
  nextStepLooping,
  parseAutoplaySeconds,
  parseStep,
  stepForKey,
} from '../../src/components/prp-process-diagram/process-diagram.logic.js';

describe('process diagram logic', () => {
  it('autoplay: seconds from 1 to 600, as a number or its text, fractions allowed', () => {
    expect(AUTOPLAY_SECONDS).toEqual({ min: 1, max: 600 });
    expect([1, 600, 2.5, '4', ' 30 '].map(parseAutoplaySeconds)).toEqual([1, 600, 2.5, 4, 30]);
    for (const bad of [0, 0.5, 601, -3, NaN, Infinity, '', ' ', 'fast', '4s', null, undefined, true, {}]) {
      expect(parseAutoplaySeconds(bad), JSON.stringify(bad)).toBeUndefined();
    }
  });

  it('step: a whole number from 1 to the number of steps', () => {
    expect([1, 5, '3'].map((value) => parseStep(value, 5))).toEqual([1, 5, 3]);
    for (const bad of [0, 6, 2.5, '', 'two', NaN, null]) expect(parseStep(bad, 5), JSON.stringify(bad)).toBeUndefined();
  });

  it('keys: arrows move one step, Home and End to the ends, never past them; other keys do not move', () => {
    expect(
      ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'Home', 'End'].map((key) => stepForKey(key, 3, 5)),
    ).toEqual([4, 4, 2, 2, 1, 5]);
    expect(stepForKey('ArrowRight', 5, 5)).toBe(5);
    expect(stepForKey('ArrowLeft', 1, 5)).toBe(1);
    for (const key of ['Enter', ' ', 'Tab', 'a', 'PageDown']) expect(stepForKey(key, 3, 5), key).toBeUndefined();
  });

  it('autoplay loops: the step after the last is the first', () => {
    expect([1, 2, 4, 5].map((step) => nextStepLooping(step, 5))).toEqual([2, 3, 5, 1]);
  });
});
