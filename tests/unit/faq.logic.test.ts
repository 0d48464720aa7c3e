import { describe, expect, it } from 'vitest';

import {
  faqPageJsonLd,
  foldText,
  matchesQuery,
  questionFromHash,
  selectQuestions,
} from '../../src/components/prp-faq/faq.logic.js';
import type { FaqEntry } from '../../src/components/prp-faq/types.js';

const entry = (id: string, topics: FaqEntry['topics'], question: string, answer = 'An answer.'): FaqEntry => ({
  id,
  topics,
  question,
  answer: [{ text: answer, sources: ['s'] }],
});
const ALL = [
  entry('what-is-prp', ['prp'], 'What is PRP?', 'Plasma from your own blood.'),
  entry('cost', ['cost'], 'How much does it cost?', 'About $300 to $2,500.'),
  entry(
    'nsaids',
    ['medicines', 'recovery'],
    '¿Puedo tomar ibuprofeno?',
    'Pregunte en su clínica antes de la inyección.',
  ),
];

describe('selectQuestions', () => {
  it('shows everything by default, in content order', () => {
    expect(selectQuestions(ALL).map((e) => e.id)).toEqual(['what-is-prp', 'cost', 'nsaids']);
  });
  it('keeps questions with any of the topics', () => {
    expect(selectQuestions(ALL, ['recovery', 'cost']).map((e) => e.id)).toEqual(['cost', 'nsaids']);
  });
  it('picks and orders by id, within the topics', () => {
    expect(selectQuestions(ALL, undefined, ['nsaids', 'what-is-prp']).map((e) => e.id)).toEqual([
      'nsaids',
      'what-is-prp',
    ]);
    expect(selectQuestions(ALL, ['prp'], ['nsaids', 'what-is-prp']).map((e) => e.id)).toEqual(['what-is-prp']);
  });
  it('never leaves the widget empty: nothing selected means every question', () => {
    expect(selectQuestions(ALL, ['emergency']).map((e) => e.id)).toEqual(['what-is-prp', 'cost', 'nsaids']);
    expect(selectQuestions(ALL, ['cost'], ['nsaids'])).toHaveLength(3);
  });
});

describe('search', () => {
  it('ignores case and accents, and needs every word somewhere in the question or answer', () => {
    expect(foldText('Inyección ÁÉ')).toBe('inyeccion ae');
    expect(matchesQuery(ALL[2], 'inyeccion clinica')).toBe(true);
    expect(matchesQuery(ALL[0], 'PRP blood')).toBe(true);
    expect(matchesQuery(ALL[0], 'prp cost')).toBe(false);
    expect(matchesQuery(ALL[1], '   ')).toBe(true);
  });
});

describe('deep links and JSON-LD', () => {
  it('reads #faq-<id> and nothing else', () => {
    expect(questionFromHash('#faq-what-is-prp')).toBe('what-is-prp');
    expect(questionFromHash('#faq-')).toBeUndefined();
    expect(questionFromHash('#what-is-prp')).toBeUndefined();
    expect(questionFromHash('#faq-<img>')).toBeUndefined();
  });
  it('builds a schema.org FAQPage with plain-text answers', () => {
    const data = faqPageJsonLd(ALL.slice(0, 2), 'en');
    expect(data).toMatchObject({ '@context': 'https://schema.org', '@type': 'FAQPage', inLanguage: 'en' });
    expect(data.mainEntity).toEqual([
      {
        '@type': 'Question',
        name: 'What is PRP?',
        acceptedAnswer: { '@type': 'Answer', text: 'Plasma from your own blood.' },
      },
      {
        '@type': 'Question',
        name: 'How much does it cost?',
        acceptedAnswer: { '@type': 'Answer', text: 'About $300 to $2,500.' },
      },
    ]);
  });
  it('fills placeholders such as the emergency number in the answers', () => {
    const call = entry('call', ['emergency'], 'When?', 'Call {emergency} now.');
    expect(
      faqPageJsonLd([call], 'en', (text) => text.replace('{emergency}', '112')).mainEntity[0].acceptedAnswer.text,
    ).toBe('Call 112 now.');
  });
});
