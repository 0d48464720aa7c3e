/**
 * The clinical safety rules as tests, over every language and context of the default content (the browser
 * suite checks the same rules on rendered text): one sign, one level; never call getting worse normal; the
 * late warning everywhere it must be; counts in the reader's grammar. See docs/evidence.md, "Safety rules".
 */
import { describe, expect, it } from 'vitest';

import { CONTEXTS, TRIAGE_CONTEXTS } from '../../src/components/prp-doctor-checklist/types.js';
import { PHASE_WINDOWS } from '../../src/components/prp-recovery-timeline/recovery-timeline.logic.js';
import { PROCEDURES } from '../../src/components/prp-recovery-timeline/types.js';
import { recoveryTimeline as timelineEn } from '../../src/content/en/by-procedure.js';
import { common as commonEn } from '../../src/content/en/common.js';
import { doctorChecklist as checklistEn } from '../../src/content/en/doctor-checklist.js';
import { faq as faqEn } from '../../src/content/en/faq.js';
import { emergencyNotice as noticeEn, warningSigns as signsEn } from '../../src/content/en/warning-signs.js';
import { recoveryTimeline as timelineEs } from '../../src/content/es/by-procedure.js';
import { common as commonEs } from '../../src/content/es/common.js';
import { doctorChecklist as checklistEs } from '../../src/content/es/doctor-checklist.js';
import { faq as faqEs } from '../../src/content/es/faq.js';
import { emergencyNotice as noticeEs, warningSigns as signsEs } from '../../src/content/es/warning-signs.js';
import type { Statement } from '../../src/content/types.js';
import { SIGN_LEVELS, type SignId, type SignWords } from '../../src/content/warning-signs.js';
import { countText } from '../../src/internal/localize.js';
import { statements, texts } from '../shared/content-walk.js';
import { ELEMENTS, withoutStrings } from '../shared/elements.js';
import { callsWorseningNormal } from '../shared/safety-words.js';

const LANGUAGES = [
  {
    locale: 'en',
    signs: signsEn,
    notice: noticeEn,
    timeline: timelineEn,
    checklist: checklistEn,
    faq: faqEn,
    common: commonEn,
    today: /\btoday\b/i,
  },
  {
    locale: 'es',
    signs: signsEs,
    notice: noticeEs,
    timeline: timelineEs,
    checklist: checklistEs,
    faq: faqEs,
    common: commonEs,
    today: /\bhoy\b/i,
  },
] as const;

const SIGN_IDS = Object.keys(SIGN_LEVELS) as SignId[];

/** The registered sign whose words are exactly `statement`'s, if any. */
const registered = (signs: SignWords, statement: { readonly text: string }) =>
  SIGN_IDS.find((id) => signs[id].text === statement.text);

/**
 * Phrases that name a registered sign, per language: a statement with one of them is that sign in other
 * words unless it is the sign itself. Keep each phrase specific to its sign.
 */
const SIGN_PHRASES: Record<'en' | 'es', Partial<Record<SignId, RegExp>>> = {
  en: {
    'saddle-numbness': /genitals|the part you sit on|when you wipe/i,
    'bladder-bowel': /\bpee\b|\bpoo\b|bladder|bowels?\b/i,
    'leg-weakness': /getting weaker|foot drags|walk or stand|both legs/i,
    'worse-pain': /getting worse|gets worse|much worse/i,
    'night-pain': /worse at night|ease with rest|at rest\b/i,
    'leg-numbness': /numbness or tingling in a leg/i,
    wound: /\bpus\b|redness/i,
    'weight-loss': /weight/i,
    lump: /\blump\b/i,
  },
  es: {
    'saddle-numbness': /genitales|nalgas|limpiarse/i,
    'bladder-bowel': /orinar|la orina|heces|vejiga|pipí|popó/i,
    'leg-weakness': /más débil|arrastra|caminar o (?:estar de pie|pararse)|(?:dos|ambas) piernas/i,
    'worse-pain': /sigue empeorando|empeora\b|mucho peor/i,
    'night-pain': /por la noche|en reposo|con el descanso/i,
    'leg-numbness': /adormecimiento o hormigueo en una pierna/i,
    wound: /\bpus\b|enrojecimiento/i,
    'weight-loss': /\bpeso\b/i,
    lump: /\bbulto\b/i,
  },
};

describe('one sign, one level', () => {
  it('every registered sign has words in every language, and one level', () => {
    for (const { signs } of LANGUAGES) expect(Object.keys(signs).sort()).toEqual([...SIGN_IDS].sort());
    for (const id of SIGN_IDS) expect(['emergency', 'urgent', 'routine']).toContain(SIGN_LEVELS[id]);
  });

  describe.each(LANGUAGES)('$locale', ({ locale, signs, notice, timeline, checklist, faq, today }) => {
    it('the checklist shows each sign in the card of its registered level, in the registry’s words', () => {
      for (const context of TRIAGE_CONTEXTS) {
        for (const level of ['emergency', 'urgent', 'routine'] as const) {
          for (const item of checklist.contexts[context][level]) {
            expect(SIGN_LEVELS[item.id as SignId], `${context}.${level}: ${item.id}`).toBe(level);
            expect(item.text, `${context}.${level}: ${item.id}`).toBe(signs[item.id as SignId].text);
          }
        }
      }
    });

    it('the timeline asks to call today only for urgent signs, and its emergency notice lists only emergency signs', () => {
      for (const procedure of PROCEDURES) {
        const content = timeline.procedures[procedure];
        for (const phase of content.phases) {
          for (const statement of phase.callIf) {
            const id = registered(signs, statement);
            expect(id, `${procedure}.${phase.id}: "${statement.text}" is not a registered sign`).toBeDefined();
            expect(SIGN_LEVELS[id!], `${procedure}.${phase.id}: ${id}`).toBe('urgent');
          }
        }
        for (const statement of content.emergency.signs)
          expect(SIGN_LEVELS[registered(signs, statement)!]).toBe('emergency');
        expect(timeline.strings.callHeading).toMatch(today);
      }
      expect(notice.signs.map((sign) => registered(signs, sign))).toEqual([
        'saddle-numbness',
        'bladder-bowel',
        'leg-weakness',
      ]);
    });

    it('the FAQ lists signs in the registry’s words, after the action of their one level', () => {
      let lists = 0;
      for (const question of faq.content.questions) {
        question.answer.forEach((part, index) => {
          if (!('list' in part)) return;
          lists += 1;
          const levels = new Set(
            part.list.map((statement) => {
              const id = registered(signs, statement);
              expect(id, `${question.id}: "${statement.text}" is not a registered sign`).toBeDefined();
              return SIGN_LEVELS[id!];
            }),
          );
          expect(levels.size, `${question.id}: one level a list`).toBe(1);
          const [level] = levels;
          const action = (question.answer[index - 1] as Statement | undefined)?.text ?? '';
          if (level === 'emergency') expect(action, question.id).toContain('{emergency}');
          else expect(action, question.id).not.toContain('{emergency}');
          if (level === 'urgent') expect(action, question.id).toMatch(today);
          if (level === 'routine') expect(action, question.id).not.toMatch(today);
        });
      }
      expect(lists).toBeGreaterThanOrEqual(5);
    });

    it('no widget words a registered sign its own way', () => {
      // Interface strings (a result's "call today if it gets worse") say what to do, not which sign.
      const everything = ELEMENTS.flatMap((element) => statements(withoutStrings(element[locale])));
      const own = everything.filter((statement) => !registered(signs, statement) && !(statement.text === notice.title));
      const found = own.flatMap((statement) =>
        Object.entries(SIGN_PHRASES[locale])
          .filter(([, phrase]) => phrase.test(statement.text))
          .map(([id]) => `${statement.path} words "${id}" its own way: ${statement.text}`),
      );
      expect(found).toEqual([]);
    });

    it('the detector finds a sign worded another way, so the check can fail', () => {
      const phrases = Object.values(SIGN_PHRASES[locale]);
      const paraphrase =
        locale === 'en' ? 'Your pain is much worse than before.' : 'Su dolor está mucho peor que antes.';
      expect(phrases.some((phrase) => phrase.test(paraphrase))).toBe(true);
    });
  });
});

describe('never normal to get worse', () => {
  it('the detector finds the old wording, so the check can fail', () => {
    expect(
      callsWorseningNormal('It is normal to feel no better, or even a bit worse, for up to about 4 weeks.'),
    ).toHaveLength(1);
    expect(
      callsWorseningNormal('Es normal sentirse igual o incluso un poco peor durante unas 4 semanas.'),
    ).toHaveLength(1);
    expect(
      callsWorseningNormal(
        'Your usual back pain may not improve for up to about 4 weeks. Call today if it keeps getting worse.',
      ),
    ).toEqual([]);
  });
  it.each(LANGUAGES)(
    '$locale: no text of any element, in any context or stage, calls getting worse normal',
    (language) => {
      const all = [
        ...ELEMENTS.map((element) => element[language.locale]),
        language.common,
        language.signs,
        language.notice,
      ];
      expect(all.flatMap((content) => texts(content)).flatMap(callsWorseningNormal)).toEqual([]);
    },
  );
});

describe('the late warning is everywhere it must be', () => {
  describe.each(LANGUAGES)('$locale', ({ signs, notice, timeline, checklist, faq }) => {
    it.each(PROCEDURES)(
      'every %s timeline stage from day 4 says to call today if back pain keeps getting worse',
      (procedure) => {
        const phases = timeline.procedures[procedure].phases;
        PHASE_WINDOWS.forEach((window, index) => {
          if (window.start < 4) return;
          expect(
            phases[index].callIf.map((s) => s.text),
            window.id,
          ).toContain(signs['worse-pain'].text);
        });
        expect(PHASE_WINDOWS.filter((window) => window.start >= 4)).toHaveLength(4);
      },
    );
    it('progressive leg weakness, saddle numbness or tingling, and leaking are in every emergency list', () => {
      const must = (['leg-weakness', 'saddle-numbness', 'bladder-bowel'] as const).map((id) => signs[id].text);
      const lists = [
        ...TRIAGE_CONTEXTS.map((context) => checklist.contexts[context].emergency.map((s) => s.text)),
        notice.signs.map((s) => s.text),
        ...PROCEDURES.map((p) => timeline.procedures[p].emergency.signs.map((s) => s.text)),
        ...faq.content.questions.flatMap((q) =>
          q.answer
            .filter(
              (part) =>
                'list' in part &&
                part.list.some((s) => registered(signs, s) && SIGN_LEVELS[registered(signs, s)!] === 'emergency'),
            )
            .map((part) => ('list' in part ? part.list.map((s) => s.text) : [])),
        ),
      ];
      expect(lists.length).toBeGreaterThanOrEqual(7);
      for (const list of lists) expect(list).toEqual(expect.arrayContaining(must));
    });
  });
  it('the English signs name tingling, leaking, not feeling when you need to go, and a leg getting weaker', () => {
    expect(signsEn['saddle-numbness'].text).toMatch(/tingly/);
    expect(signsEn['saddle-numbness'].text).toMatch(/wipe/);
    expect(signsEn['bladder-bowel'].text).toMatch(/leak/);
    expect(signsEn['bladder-bowel'].text).toMatch(/cannot feel when you need to go/);
    expect(signsEn['leg-weakness'].text).toMatch(/getting weaker/);
  });
  it('before treatment there are no urgency levels: one list of things to tell the clinic', () => {
    for (const { checklist } of LANGUAGES) {
      const before = checklist.contexts['before-treatment'];
      expect(Object.keys(before).sort()).toEqual(['intro', 'tell', 'title']);
      expect(checklist.strings.actions['before-treatment'].heading).toMatch(/2/);
    }
  });
  it('covers every checklist context', () => expect(CONTEXTS).toEqual([...TRIAGE_CONTEXTS, 'before-treatment']));
});

describe('plurals', () => {
  const counts = [0, 1, 2, 21];
  it.each([
    ['en', commonEn.days, ['0 days', '1 day', '2 days', '21 days']],
    ['en', commonEn.weeks, ['0 weeks', '1 week', '2 weeks', '21 weeks']],
    ['en', commonEn.citationPrefix, ['sources', 'source', 'sources', 'sources']],
    [
      'en',
      faqEn.strings.results,
      ['0 questions match.', '1 question matches.', '2 questions match.', '21 questions match.'],
    ],
    ['es', commonEs.days, ['0 días', '1 día', '2 días', '21 días']],
    ['es', commonEs.weeks, ['0 semanas', '1 semana', '2 semanas', '21 semanas']],
    ['es', commonEs.citationPrefix, ['fuentes', 'fuente', 'fuentes', 'fuentes']],
    [
      'es',
      faqEs.strings.results,
      ['0 preguntas coinciden.', '1 pregunta coincide.', '2 preguntas coinciden.', '21 preguntas coinciden.'],
    ],
  ] as const)('%s: %j at 0, 1, 2 and 21', (locale, forms, expected) => {
    expect(counts.map((n) => countText(n, forms, locale))).toEqual(expected);
  });
  it('no content text puts a number word after {days} or {weeks}: the count brings its own unit', () => {
    for (const { timeline, faq } of LANGUAGES) {
      const all = [...texts(timeline), ...texts(faq)].filter((text) => /\{(days|weeks)\}/.test(text));
      expect(all.length).toBeGreaterThan(0);
      for (const text of all) expect(text).not.toMatch(/\{(days|weeks)\}\s+(days?|weeks?|días?|semanas?)\b/);
      for (const text of all) expect(text).not.toMatch(/\bunas?\s+\{(days|weeks)\}/);
    }
  });
});
