/**
 * The clinical safety rules on what the reader gets: every element in every state, in English, Spanish and
 * UK English, read as rendered text (hidden panels included). The unit tests check the same rules on the
 * content data; these catch what rendering adds (headings, results, regional words, placeholders).
 */
import '../../src/index.js';

import type { LitElement } from 'lit';

import { callsWorseningNormal, usOnlyWords } from '../shared/safety-words.js';
import { expect } from './expect.js';
import { $, $$, captureWarnings, mount, settle, textOf } from './helpers.js';

type State = readonly [tag: string, attributes: Record<string, string>];

const TODAY = '2026-12-01';
const daysBefore = (days: number) => new Date(Date.UTC(2026, 11, 1 - days)).toISOString().slice(0, 10);

/** Every element in the states that change its text; each also renders every hidden panel. */
const STATES: readonly State[] = [
  ...['prp', 'prolotherapy'].flatMap((procedure): State[] => [
    ['prp-recovery-timeline', { procedure }],
    ['prp-recovery-timeline', { procedure, today: TODAY, 'procedure-date': daysBefore(-3) }],
    [
      'prp-recovery-timeline',
      {
        procedure,
        today: TODAY,
        'procedure-date': daysBefore(10),
        'nsaid-free-days': '1',
        ice: 'allowed',
        'follow-up-weeks': '1',
      },
    ],
    [
      'prp-recovery-timeline',
      {
        procedure,
        today: TODAY,
        'procedure-date': daysBefore(2),
        'nsaid-free-days': '21',
        ice: 'avoid',
        'follow-up-weeks': '6',
      },
    ],
    ['prp-recovery-timeline', { procedure, today: TODAY, 'procedure-date': daysBefore(200) }],
    ['prp-process-diagram', { procedure, layout: 'overview' }],
  ]),
  ['prp-process-diagram', { layout: 'overview', guidance: 'ultrasound' }],
  ['prp-process-diagram', { layout: 'overview', guidance: 'fluoroscopy' }],
  ...['after-injection', 'back-pain', 'before-treatment'].flatMap((context): State[] => [
    ['prp-doctor-checklist', { context }],
    ['prp-doctor-checklist', { context, mode: 'cards' }],
  ]),
  [
    'prp-treatment-comparison',
    { treatments: 'prp,steroid,prolotherapy,rfa,physical-therapy,surgery', view: 'table', highlight: 'prp' },
  ],
  ['prp-faq', { searchable: '' }],
];

/** The rendered text of one state; for a checklist, also the result of ticking each card in turn. */
async function renderedTexts(
  [tag, attributes]: State,
  lang: string,
  extra: Record<string, string> = {},
): Promise<string[]> {
  const element = await mount<LitElement>(tag, { ...attributes, ...extra, lang });
  const found = [textOf(element)];
  if (tag === 'prp-doctor-checklist' && attributes.mode !== 'cards') {
    for (const card of $$(element, 'fieldset')) {
      const box = card.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
      box.click();
      await settle(element);
      found.push(textOf(element));
      box.click();
      await settle(element);
    }
  }
  element.remove();
  return found;
}

/** Renders every state in `lang`, quietly: bad-input warnings are other tests' business. */
async function everyText(lang: string, extra: Record<string, string> = {}): Promise<string[]> {
  const warnings = captureWarnings();
  try {
    const all: string[] = [];
    for (const state of STATES) all.push(...(await renderedTexts(state, lang, extra)));
    return all;
  } finally {
    warnings.restore();
  }
}

describe('never normal to get worse, in rendered text', () => {
  for (const lang of ['en', 'es', 'en-GB']) {
    it(`${lang}: no element in any state calls getting worse normal`, async () => {
      const texts = await everyText(lang);
      expect(texts.length).toBeGreaterThan(STATES.length);
      expect(texts.flatMap(callsWorseningNormal)).toStrictEqual([]);
    });
  }

  it('a clinic override that calls worsening normal is found, so the check can fail', async () => {
    const element = await mount<LitElement>('prp-recovery-timeline');
    (element as unknown as { content: unknown }).content = {
      intro: [{ text: 'It is normal to feel a bit worse for up to 4 weeks.' }],
    };
    await settle(element);
    expect(callsWorseningNormal(textOf(element))).toHaveLength(1);
  });
});

describe('region wording', () => {
  const cases = [
    { lang: 'en', number: undefined, heading: 'Call 911 or go to the emergency room now' },
    { lang: 'en-US', number: '911', heading: 'Call 911 or go to the emergency room now' },
    { lang: 'en', number: '999', heading: 'Call 999 or go to A&E now' },
    { lang: 'en', number: '112', heading: 'Call 112 or go to the emergency department now' },
    { lang: 'en-GB', number: undefined, heading: 'Call 999 or go to A&E now' },
    { lang: 'en-GB', number: '112', heading: 'Call 112 or go to A&E now' },
    { lang: 'es', number: undefined, heading: 'Llame al 911 o vaya a la sala de emergencias' },
    { lang: 'es', number: '112', heading: 'Llame al 112 o vaya a urgencias' },
    { lang: 'es-ES', number: undefined, heading: 'Llame al 112 o vaya a urgencias' },
  ];
  for (const { lang, number, heading } of cases) {
    it(`lang="${lang}"${number ? ` emergency-number="${number}"` : ''}: "${heading}", with a tel: link to the number`, async () => {
      const attributes: Record<string, string> = { lang, ...(number ? { 'emergency-number': number } : {}) };
      for (const [tag, selector] of [
        ['prp-recovery-timeline', '#emergency-title'],
        ['prp-doctor-checklist', '#title-emergency'],
      ] as const) {
        const element = await mount<LitElement>(tag, attributes);
        const title = $(element, selector);
        expect(title.textContent.replace(/\s+/g, ' '), tag).toContain(heading);
        expect(title.querySelector('a[href^="tel:"]')!.getAttribute('href')).toBe(
          `tel:${number ?? heading.match(/\d+/)![0]}`,
        );
        element.remove();
      }
    });
  }

  it('en-GB: no US-only word in any element or state, and UK words instead', async () => {
    const texts = await everyText('en-GB');
    expect(texts.flatMap(usOnlyWords)).toStrictEqual([]);
    const all = texts.join(' ');
    for (const word of ['paracetamol', 'physiotherapy', 'A&E', '111', 'GP']) expect(all, word).toContain(word);
  });

  it('the US-only check finds US words, so it can fail', async () => {
    const texts = await everyText('en-US');
    const found = new Set(texts.flatMap(usOnlyWords).map((word) => word.toLowerCase()));
    for (const word of ['tylenol', 'acetaminophen', 'physical therap', 'emergency room', '911'])
      expect([...found], word).toContain(word);
  });
});

describe('counts in the reader’s grammar', () => {
  it('one day and one week are singular in both languages', async () => {
    const attributes = {
      'procedure-date': daysBefore(5),
      today: TODAY,
      'nsaid-free-days': '1',
      'follow-up-weeks': '1',
    };
    const en = textOf(await mount('prp-recovery-timeline', attributes));
    expect(en).toContain('for 1 day after the injection');
    expect(en).toContain('about 1 week after');
    expect(en).not.toMatch(/\b1 (days|weeks)\b/);
    const es = textOf(await mount('prp-recovery-timeline', { ...attributes, lang: 'es' }));
    expect(es).toContain('1 día');
    expect(es).toContain('1 semana');
    expect(es).not.toMatch(/\b1 (días|semanas)\b|unas 1/);
  });

  it('one citation is read "source 1", several "sources 1, 2"', async () => {
    const el = await mount('prp-doctor-checklist', { context: 'back-pain' });
    const spoken = $$(el, '.cite').map((cite) => cite.textContent.replace(/\s+/g, ' ').trim());
    expect(spoken.some((text) => /^\(source \d+\)$/.test(text))).toBe(true);
    expect(spoken.some((text) => /^\(sources \d+(, \d+)+\)$/.test(text))).toBe(true);
    expect(spoken.filter((text) => /^\(sources \d+\)$|^\(source \d+,/.test(text))).toStrictEqual([]);
  });
});
