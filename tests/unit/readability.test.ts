import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { describe, expect, it } from 'vitest';

import { CONTEXTS } from '../../src/components/prp-doctor-checklist/types.js';
import { PROCEDURES } from '../../src/components/prp-recovery-timeline/types.js';
import { recoveryTimeline } from '../../src/content/en/by-procedure.js';
import { processDiagram } from '../../src/content/en/by-procedure.js';
import { doctorChecklist } from '../../src/content/en/doctor-checklist.js';
import { faq } from '../../src/content/en/faq.js';
import { treatmentComparison } from '../../src/content/en/treatment-comparison.js';
import { ELEMENTS } from '../shared/elements.js';
import { sentences } from '../shared/safety-words.js';

/** Every string in a content tree except ids and source ids. */
function texts(value: unknown, key = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((entry) => texts(entry, key));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, entry]) => texts(entry, k));
  return typeof value === 'string' && !['id', 'protocol', 'sources'].includes(key) ? [value] : [];
}

/** Flesch-Kincaid grade of the text, headings and list items counted as sentences (as NHS scores them). */
export function gradeLevel(parts: readonly string[]): number {
  const prose = parts
    .map((part) => part.replace(/\{\w+\}/g, 'ten').trim())
    .map((part) => (/[.!?:]$/.test(part) ? part : `${part}.`));
  const sentences = prose.flatMap((part) => part.split(/(?<=[.!?:])\s+/)).filter((s) => /[a-z]/i.test(s));
  const words = prose.join(' ').match(/[a-z]+(?:['’-][a-z]+)*/gi) ?? [];
  return fleschKincaid({
    sentence: sentences.length,
    word: words.length,
    syllable: words.reduce((sum, word) => sum + syllable(word), 0),
  });
}

describe('readability of English defaults (Flesch-Kincaid, npm flesch-kincaid + syllable)', () => {
  it('scores a hard sentence above grade 8, so the check can fail', () => {
    expect(
      gradeLevel([
        'Intradiscal autologous platelet concentrates demonstrated heterogeneous efficacy in randomized investigations.',
      ]),
    ).toBeGreaterThan(8);
  });
  it.each(PROCEDURES)('%s timeline scores grade 8 or lower', (procedure) => {
    const grade = gradeLevel(texts(recoveryTimeline.procedures[procedure]));
    console.log(`recovery timeline (${procedure}): Flesch-Kincaid grade ${grade.toFixed(1)}`);
    expect(grade).toBeLessThanOrEqual(8);
  });
  it.each(CONTEXTS)('%s checklist scores grade 8 or lower', (context) => {
    const grade = gradeLevel(texts(doctorChecklist.contexts[context]));
    console.log(`doctor checklist (${context}): Flesch-Kincaid grade ${grade.toFixed(1)}`);
    expect(grade).toBeLessThanOrEqual(8);
  });
  it.each(PROCEDURES)('%s process diagram scores grade 8 or lower', (procedure) => {
    const grade = gradeLevel(texts(processDiagram.procedures[procedure]));
    console.log(`process diagram (${procedure}): Flesch-Kincaid grade ${grade.toFixed(1)}`);
    expect(grade).toBeLessThanOrEqual(8);
  });
  it('treatment comparison scores grade 8 or lower', () => {
    const grade = gradeLevel(texts(treatmentComparison.content));
    console.log(`treatment comparison: Flesch-Kincaid grade ${grade.toFixed(1)}`);
    expect(grade).toBeLessThanOrEqual(8);
  });
  it('FAQ questions and answers score grade 8 or lower', () => {
    const grade = gradeLevel(texts(faq.content));
    console.log(`FAQ: Flesch-Kincaid grade ${grade.toFixed(1)}`);
    expect(grade).toBeLessThanOrEqual(8);
  });
  it.each(ELEMENTS.map((element) => [element.tag, element.en] as const))(
    '<%s>: all of its English text, interface words included, scores grade 8 or lower',
    (_, en) => expect(gradeLevel(texts(en))).toBeLessThanOrEqual(8),
  );
  it('interface text scores grade 8 or lower', () => {
    expect(gradeLevel(texts(faq.strings))).toBeLessThanOrEqual(8);
    expect(gradeLevel(texts(recoveryTimeline.strings))).toBeLessThanOrEqual(8);
    expect(gradeLevel(texts(doctorChecklist.strings))).toBeLessThanOrEqual(8);
    expect(gradeLevel(texts(treatmentComparison.strings))).toBeLessThanOrEqual(8);
  });
});

describe('sentence length (the review asked to split long list sentences)', () => {
  it.each([
    ['en', 25],
    ['es', 28],
  ] as const)('%s: no sentence has more than %i words', (locale, limit) => {
    const long = ELEMENTS.flatMap((element) => texts(element[locale]))
      .flatMap(sentences)
      .filter((sentence) => sentence.split(/\s+/).length > limit);
    expect(long).toEqual([]);
  });
  it('counts words per sentence, so the check can fail', () => {
    expect(sentences('One two three. Four five: six seven!').map((s) => s.split(/\s+/).length)).toEqual([3, 2, 2]);
  });
});
