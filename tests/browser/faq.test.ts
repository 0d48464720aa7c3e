import '../../src/components/prp-faq/define.js';

import { oneEvent } from '@open-wc/testing';
import { spyOn } from '@vitest/spy';
import { sendKeys } from '@web/test-runner-commands';

import type { PrpFaq } from '../../src/components/prp-faq/faq.js';
import { faq as en } from '../../src/content/en/faq.js';
import { faq as es } from '../../src/content/es/faq.js';
import { FAQ_ARGS, type FaqArgs } from '../../stories/faq.args.js';
import { expect } from './expect.js';
import {
  $,
  $$,
  captureWarnings,
  expectDarkTheme,
  expectFits320,
  liveLog,
  mount,
  mountStory,
  NARROW_320,
  settle,
  type StoryFrame,
  textIn,
  textOf,
  until,
} from './helpers.js';
import { emulate } from './media.js';

/** The schema.org FAQPage the element writes, as far as the tests read it. */
interface FaqJsonLd {
  readonly '@type': string;
  readonly mainEntity: readonly { readonly name: string; readonly acceptedAnswer: { readonly text: string } }[];
}

const ALL_IDS = en.content.questions.map((q) => q.id);
const shownIds = (el: PrpFaq) => $$(el, '.item:not([hidden]) .question').map((b) => b.id.replace(/^faq-/, ''));
const openIds = (el: PrpFaq) => $$(el, '.question[aria-expanded="true"]').map((b) => b.id.replace(/^faq-/, ''));

describe('<prp-faq> questions and answers', () => {
  it('lists every question as a heading wrapping a button, answers closed, each answer sourced', async () => {
    const el = await mount<PrpFaq>('prp-faq');
    expect($(el, 'h2.title').textContent).toBe(en.content.title);
    const buttons = $$(el, 'h3 > button.question');
    expect(buttons.map((b) => b.id)).toStrictEqual(ALL_IDS.map((id) => `faq-${id}`));
    for (const button of buttons) {
      expect(button.getAttribute('aria-expanded')).toBe('false');
      const answer = $(el, `#${button.getAttribute('aria-controls')}`);
      expect(answer.hidden).toBe(true);
      expect(answer.querySelector('sup.cite'), button.id).not.toBeNull();
    }
    expect(textOf(el)).toContain('not medical advice');
  });

  it('opens and closes an answer with a click or the keyboard, and reports it', async () => {
    const el = await mount<PrpFaq>('prp-faq');
    const button = $<HTMLButtonElement>(el, '#faq-cost');
    setTimeout(() => button.click());
    const event = await oneEvent(el, 'prp-answer-toggle');
    expect(event.detail).toStrictEqual({ id: 'cost', open: true });
    await settle(el);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect($(el, '#answer-cost').hidden).toBe(false);
    button.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });

  it('the old event name still fires beside prp-answer-toggle; listening for it on the element warns once', async () => {
    const el = await mount<PrpFaq>('prp-faq');
    const heard: string[] = [];
    const record = (event: Event) =>
      heard.push(`${event.type} ${JSON.stringify((event as CustomEvent<unknown>).detail)}`);
    document.addEventListener('prp-faq-toggle', record); // an ancestor's listener: no warning, no change
    const warnings = captureWarnings();
    try {
      el.addEventListener('prp-answer-toggle', record);
      expect(warnings.messages).toStrictEqual([]);
      el.addEventListener('prp-faq-toggle', record);
      el.addEventListener('prp-faq-toggle', () => {});
      $<HTMLButtonElement>(el, '#faq-cost').click();
      await settle(el);
    } finally {
      warnings.restore();
      document.removeEventListener('prp-faq-toggle', record);
    }
    expect(warnings.messages).toStrictEqual([
      '<prp-faq> "prp-faq-toggle" is deprecated: listen for "prp-answer-toggle", which has the same detail. The old name goes in version 1.0.',
    ]);
    expect(heard).toStrictEqual([
      'prp-answer-toggle {"id":"cost","open":true}',
      'prp-faq-toggle {"id":"cost","open":true}',
      'prp-faq-toggle {"id":"cost","open":true}',
    ]);
  });

  it('shows and hides every answer at once', async () => {
    const el = await mount<PrpFaq>('prp-faq');
    const all = $<HTMLButtonElement>(el, '[part="toggle-all"]');
    all.click();
    await settle(el);
    expect(openIds(el)).toStrictEqual(ALL_IDS);
    expect(all.textContent?.trim()).toBe(en.strings.collapseAll);
    all.click();
    await settle(el);
    expect(openIds(el)).toStrictEqual([]);
  });

  it('open="<id>" starts with that answer open', async () => {
    const el = await mount<PrpFaq>('prp-faq', { open: 'nsaids' });
    expect(openIds(el)).toStrictEqual(['nsaids']);
  });
});

describe('<prp-faq> selection', () => {
  it('topics filters by tag; questions picks and orders by id', async () => {
    const el = await mount<PrpFaq>('prp-faq', { topics: 'cost' });
    expect(shownIds(el)).toStrictEqual(en.content.questions.filter((q) => q.topics.includes('cost')).map((q) => q.id));
    const picked = await mount<PrpFaq>('prp-faq', { questions: 'nsaids, what-is-prp' });
    expect(shownIds(picked)).toStrictEqual(['nsaids', 'what-is-prp']);
  });

  it('unknown topics and ids warn once each, naming the attribute, and are skipped', async () => {
    const warnings = captureWarnings();
    try {
      const el = await mount<PrpFaq>('prp-faq', { questions: 'cost, teleport, cost' });
      el.requestUpdate();
      await settle(el);
      expect(shownIds(el)).toStrictEqual(['cost']);
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).toHaveLength(2);
    expect(warnings.messages.join('\n')).toContain('"teleport" in questions="cost, teleport, cost"');
    expect(warnings.messages.join('\n')).toContain('lists "cost" more than once');
  });

  it('nothing valid left: every question, with one warning', async () => {
    const warnings = captureWarnings();
    try {
      const el = await mount<PrpFaq>('prp-faq', { topics: 'astrology' });
      expect(shownIds(el)).toStrictEqual(ALL_IDS);
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).toHaveLength(1);
    expect(warnings.messages[0]).toContain('ignored topics="astrology"');
    expect(warnings.messages[0]).toContain('Using all questions');
  });
});

describe('<prp-faq searchable>', () => {
  it('filters as the reader types; the count shows at once and is announced once typing pauses', async () => {
    const el = await mount<PrpFaq>('prp-faq', { searchable: '' });
    const input = $<HTMLInputElement>(el, 'input[type="search"]');
    const status = $(el, '[role="status"]');
    const log = liveLog(status);
    expect($(el, 'label[for="search"]').textContent).toBe(en.strings.searchLabel);
    expect($(el, '.count').textContent).toBe(en.strings.results.other.replace('{n}', String(ALL_IDS.length)));
    expect(status.textContent).toBe('');
    // Typed a key at a time, faster than the pause that announces (engines' automation types at different speeds).
    const type = (word: string) => {
      for (let i = 1; i <= word.length; i++) {
        input.value = word.slice(0, i);
        input.dispatchEvent(new Event('input'));
      }
    };
    type('insurance');
    await settle(el);
    const matching = shownIds(el);
    expect(matching.length).toBeGreaterThan(0);
    expect(matching.length).toBeLessThan(ALL_IDS.length);
    expect(matching).toContain('cost');
    const count = $(el, '.count').textContent;
    expect(count).toMatch(/^\d+ questions? match/);
    await until(() => log.said.length > 0, 3000, 'the announcement');
    await new Promise((done) => setTimeout(done, 600)); // nothing more comes
    // Nine keys, one announcement: the count for the whole word.
    expect(log.said).toStrictEqual([count]);
    type('zzzz');
    await settle(el);
    expect(shownIds(el)).toStrictEqual([]);
    expect($(el, '.count').textContent).toBe(en.strings.resultsNone);
    await until(() => log.said.length > 1, 3000, 'the second announcement');
    expect(log.said).toStrictEqual([count, en.strings.resultsNone]);
    log.stop();
  });

  it('ignores accents in Spanish', async () => {
    const el = await mount<PrpFaq>('prp-faq', { searchable: '', lang: 'es' });
    const input = $<HTMLInputElement>(el, 'input[type="search"]');
    input.value = 'INYECCION';
    input.dispatchEvent(new Event('input'));
    await settle(el);
    expect(shownIds(el).length).toBeGreaterThan(0);
    expect(shownIds(el).length).toBeLessThan(ALL_IDS.length);
  });
});

describe('<prp-faq> emergency number', () => {
  it('says and links the emergency-number attribute (911 by default), also in the JSON-LD', async () => {
    const uk = await mount<PrpFaq>('prp-faq', { open: 'emergency-signs', 'emergency-number': '999', schema: '' });
    const answer = $(uk, '#answer-emergency-signs');
    expect(answer.textContent).toContain('Call 999');
    expect(answer.textContent).not.toContain('{emergency}');
    expect(answer.querySelector('a[href="tel:999"]')).not.toBeNull();
    const data = JSON.parse(
      document.head.querySelector('script[type="application/ld+json"]')!.textContent,
    ) as FaqJsonLd;
    const emergency = data.mainEntity.find(
      (q: { name: string }) => q.name === en.content.questions.find((e) => e.id === 'emergency-signs')!.question,
    )!;
    expect(emergency.acceptedAnswer.text).toContain('Call 999');
    expect(emergency.acceptedAnswer.text).not.toContain('{emergency}');
    uk.remove();
    const us = await mount<PrpFaq>('prp-faq', { open: 'emergency-signs' });
    expect($(us, '#answer-emergency-signs a[href="tel:911"]')).not.toBeNull();
  });
});

describe('<prp-faq> deep links, JSON-LD, print, accessibility', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('#faq-<id> opens that answer and moves focus to its question', async () => {
    history.replaceState(null, '', '#faq-risks');
    const el = await mount<PrpFaq>('prp-faq');
    await settle(el);
    expect(openIds(el)).toStrictEqual(['risks']);
    expect(el.shadowRoot!.activeElement?.id).toBe('faq-risks');
    location.hash = '#faq-cost';
    await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    await settle(el);
    expect(openIds(el)).toContain('cost');
    expect(el.shadowRoot!.activeElement?.id).toBe('faq-cost');
  });

  it('schema adds one FAQPage JSON-LD to the head, follows the selection and leaves with the element', async () => {
    const none = await mount<PrpFaq>('prp-faq');
    expect(document.head.querySelectorAll('script[type="application/ld+json"]')).toHaveLength(0);
    none.remove();
    const el = await mount<PrpFaq>('prp-faq', { schema: '', topics: 'cost' });
    const scripts = document.head.querySelectorAll('script[type="application/ld+json"]');
    expect(scripts).toHaveLength(1);
    const data = JSON.parse(scripts[0].textContent) as FaqJsonLd;
    expect(data['@type']).toBe('FAQPage');
    expect(data.mainEntity.map((q: { name: string }) => q.name)).toStrictEqual(
      en.content.questions.filter((q) => q.topics.includes('cost')).map((q) => q.question),
    );
    el.remove();
    expect(document.head.querySelectorAll('script[type="application/ld+json"]')).toHaveLength(0);
  });

  it('prints every answer, with no search box or buttons row', async () => {
    const el = await mount<PrpFaq>('prp-faq', { searchable: '' });
    await emulate({ media: 'print' });
    try {
      for (const answer of $$(el, '.answer')) expect(getComputedStyle(answer).display).not.toBe('none');
      expect(getComputedStyle($(el, '.search')).display).toBe('none');
      expect(getComputedStyle($(el, '.actions')).display).toBe('none');
    } finally {
      await emulate({ media: 'screen' });
    }
  });

  it('is accessible closed, open and searched, light and dark', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await mount<PrpFaq>('prp-faq', { searchable: '', theme });
      await expect(el).toBeAccessible();
      $<HTMLButtonElement>(el, '[part="toggle-all"]').click();
      await settle(el);
      await expect(el).toBeAccessible();
    }
  });

  it('heading-level moves the title and the questions together', async () => {
    const el = await mount<PrpFaq>('prp-faq', { 'heading-level': '3' });
    expect($(el, 'h3.title')).not.toBeNull();
    expect($$(el, 'h4 > button.question')).toHaveLength(ALL_IDS.length);
  });
});

/** Each story of stories/faq.stories.ts, mounted as it renders; the story itself is a smoke and visual test. */
describe('<prp-faq> as each story shows it', () => {
  /** The story `name` as it renders: its args from stories/faq.args.ts, `content` as the property. */
  function story(name: keyof typeof FAQ_ARGS, frame: StoryFrame = {}) {
    const { content, ...attributes }: FaqArgs = FAQ_ARGS[name];
    return mountStory<PrpFaq>('prp-faq', attributes, { events: ['prp-answer-toggle'], content, ...frame });
  }

  it('AllQuestions: every question, closed; a click opens one and fires prp-answer-toggle once', async () => {
    const { element, spies } = await story('AllQuestions');
    expect(shownIds(element)).toStrictEqual(ALL_IDS);
    const first = $<HTMLButtonElement>(element, '.question');
    expect(first.getAttribute('aria-expanded')).toBe('false');
    first.click();
    await settle(element);
    expect(first.getAttribute('aria-expanded')).toBe('true');
    expect(spies['prp-answer-toggle']).toHaveBeenCalledTimes(1);
  });

  it('Searchable: typing "insurance" keeps fewer questions, the cost one among them, and a count', async () => {
    const { element } = await story('Searchable');
    const input = $<HTMLInputElement>(element, 'input[type="search"]');
    // Typed a key at a time, as the story's userEvent.type does.
    for (let i = 1; i <= 'insurance'.length; i++) {
      input.value = 'insurance'.slice(0, i);
      input.dispatchEvent(new Event('input'));
    }
    await settle(element);
    const shown = shownIds(element);
    expect(shown).toContain('cost');
    expect(shown.length).toBeLessThan(en.content.questions.length);
    expect($(element, '.count').textContent).toMatch(/match/);
  });

  it('RecoveryTopics: the questions tagged recovery or medicines, the NSAIDs answer open', async () => {
    const { element } = await story('RecoveryTopics');
    expect(shownIds(element)).toStrictEqual(
      en.content.questions.filter((q) => q.topics.some((t) => t === 'recovery' || t === 'medicines')).map((q) => q.id),
    );
    expect($(element, '#faq-nsaids').getAttribute('aria-expanded')).toBe('true');
  });

  it('ChosenQuestions: the questions picked, in that order', async () => {
    const { element } = await story('ChosenQuestions');
    expect(shownIds(element)).toStrictEqual(['emergency-signs', 'what-is-prp', 'cost']);
  });

  it('Spanish: the Spanish title and search label', async () => {
    const { element } = await story('Spanish');
    expect(textIn($(element, '[part="title"]'))).toContain(es.content.title);
    expect(textIn($(element, 'label[for="search"]'))).toContain(es.strings.searchLabel);
  });

  it('Dark: the dark theme', async () => {
    const { element } = await story('Dark');
    expectDarkTheme(element);
  });

  it('Narrow320: fits 320 px, searchable with an answer open', async () => {
    const { element } = await story('Narrow320', NARROW_320);
    expectFits320(element);
  });

  it('BadInput: the fallbacks, and a warning for each bad value', async () => {
    const warn = spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const { element } = await story('BadInput');
      expect(shownIds(element)).toStrictEqual(['cost']);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('ignored topics="astrology"'));
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('ignored "teleport" in questions='));
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('ignored open="nowhere"'));
    } finally {
      warn.mockRestore();
    }
  });
});
