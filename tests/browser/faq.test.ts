import '../../src/components/prp-faq/define.js';

import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

import type { PrpFaq } from '../../src/components/prp-faq/faq.js';
import { faq as en } from '../../src/content/en/faq.js';
import { $, $$, captureWarnings, liveLog, mount, settle, textOf, until } from './helpers.js';
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
    expect($(el, 'h2.title').textContent).to.equal(en.content.title);
    const buttons = $$(el, 'h3 > button.question');
    expect(buttons.map((b) => b.id)).to.deep.equal(ALL_IDS.map((id) => `faq-${id}`));
    for (const button of buttons) {
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      const answer = $(el, `#${button.getAttribute('aria-controls')}`);
      expect(answer.hidden).to.equal(true);
      expect(answer.querySelector('sup.cite'), button.id).to.exist;
    }
    expect(textOf(el)).to.contain('not medical advice');
  });

  it('opens and closes an answer with a click or the keyboard, and reports it', async () => {
    const el = await mount<PrpFaq>('prp-faq');
    const button = $<HTMLButtonElement>(el, '#faq-cost');
    setTimeout(() => button.click());
    const event = await oneEvent(el, 'prp-answer-toggle');
    expect(event.detail).to.deep.equal({ id: 'cost', open: true });
    await settle(el);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect($(el, '#answer-cost').hidden).to.equal(false);
    button.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
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
      expect(warnings.messages).to.deep.equal([]);
      el.addEventListener('prp-faq-toggle', record);
      el.addEventListener('prp-faq-toggle', () => {});
      $<HTMLButtonElement>(el, '#faq-cost').click();
      await settle(el);
    } finally {
      warnings.restore();
      document.removeEventListener('prp-faq-toggle', record);
    }
    expect(warnings.messages).to.deep.equal([
      '<prp-faq> "prp-faq-toggle" is deprecated: listen for "prp-answer-toggle", which has the same detail. The old name goes in version 1.0.',
    ]);
    expect(heard).to.deep.equal([
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
    expect(openIds(el)).to.deep.equal(ALL_IDS);
    expect(all.textContent?.trim()).to.equal(en.strings.collapseAll);
    all.click();
    await settle(el);
    expect(openIds(el)).to.deep.equal([]);
  });

  it('open="<id>" starts with that answer open', async () => {
    const el = await mount<PrpFaq>('prp-faq', { open: 'nsaids' });
    expect(openIds(el)).to.deep.equal(['nsaids']);
  });
});

describe('<prp-faq> selection', () => {
  it('topics filters by tag; questions picks and orders by id', async () => {
    const el = await mount<PrpFaq>('prp-faq', { topics: 'cost' });
    expect(shownIds(el)).to.deep.equal(en.content.questions.filter((q) => q.topics.includes('cost')).map((q) => q.id));
    const picked = await mount<PrpFaq>('prp-faq', { questions: 'nsaids, what-is-prp' });
    expect(shownIds(picked)).to.deep.equal(['nsaids', 'what-is-prp']);
  });

  it('unknown topics and ids warn once each, naming the attribute, and are skipped', async () => {
    const warnings = captureWarnings();
    try {
      const el = await mount<PrpFaq>('prp-faq', { questions: 'cost, teleport, cost' });
      el.requestUpdate();
      await settle(el);
      expect(shownIds(el)).to.deep.equal(['cost']);
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(2);
    expect(warnings.messages.join('\n'))
      .to.contain('"teleport" in questions="cost, teleport, cost"')
      .and.contain('lists "cost" more than once');
  });

  it('nothing valid left: every question, with one warning', async () => {
    const warnings = captureWarnings();
    try {
      const el = await mount<PrpFaq>('prp-faq', { topics: 'astrology' });
      expect(shownIds(el)).to.deep.equal(ALL_IDS);
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('ignored topics="astrology"').and.contain('Using all questions');
  });
});

describe('<prp-faq searchable>', () => {
  it('filters as the reader types; the count shows at once and is announced once typing pauses', async () => {
    const el = await mount<PrpFaq>('prp-faq', { searchable: '' });
    const input = $<HTMLInputElement>(el, 'input[type="search"]');
    const status = $(el, '[role="status"]');
    const log = liveLog(status);
    expect($(el, 'label[for="search"]').textContent).to.equal(en.strings.searchLabel);
    expect($(el, '.count').textContent).to.equal(en.strings.results.other.replace('{n}', String(ALL_IDS.length)));
    expect(status.textContent).to.equal('');
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
    expect(matching.length).to.be.greaterThan(0).and.lessThan(ALL_IDS.length);
    expect(matching).to.include('cost');
    const count = $(el, '.count').textContent;
    expect(count).to.match(/^\d+ questions? match/);
    await until(() => log.said.length > 0, 3000, 'the announcement');
    await new Promise((done) => setTimeout(done, 600)); // nothing more comes
    // Nine keys, one announcement: the count for the whole word.
    expect(log.said).to.deep.equal([count]);
    type('zzzz');
    await settle(el);
    expect(shownIds(el)).to.deep.equal([]);
    expect($(el, '.count').textContent).to.equal(en.strings.resultsNone);
    await until(() => log.said.length > 1, 3000, 'the second announcement');
    expect(log.said).to.deep.equal([count, en.strings.resultsNone]);
    log.stop();
  });

  it('ignores accents in Spanish', async () => {
    const el = await mount<PrpFaq>('prp-faq', { searchable: '', lang: 'es' });
    const input = $<HTMLInputElement>(el, 'input[type="search"]');
    input.value = 'INYECCION';
    input.dispatchEvent(new Event('input'));
    await settle(el);
    expect(shownIds(el).length).to.be.greaterThan(0);
    expect(shownIds(el).length).to.be.lessThan(ALL_IDS.length);
  });
});

describe('<prp-faq> emergency number', () => {
  it('says and links the emergency-number attribute (911 by default), also in the JSON-LD', async () => {
    const uk = await mount<PrpFaq>('prp-faq', { open: 'emergency-signs', 'emergency-number': '999', schema: '' });
    const answer = $(uk, '#answer-emergency-signs');
    expect(answer.textContent).to.contain('Call 999').and.not.contain('{emergency}');
    expect(answer.querySelector('a[href="tel:999"]')).to.exist;
    const data = JSON.parse(
      document.head.querySelector('script[type="application/ld+json"]')!.textContent,
    ) as FaqJsonLd;
    const emergency = data.mainEntity.find(
      (q: { name: string }) => q.name === en.content.questions.find((e) => e.id === 'emergency-signs')!.question,
    )!;
    expect(emergency.acceptedAnswer.text).to.contain('Call 999').and.not.contain('{emergency}');
    uk.remove();
    const us = await mount<PrpFaq>('prp-faq', { open: 'emergency-signs' });
    expect($(us, '#answer-emergency-signs a[href="tel:911"]')).to.exist;
  });
});

describe('<prp-faq> deep links, JSON-LD, print, accessibility', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('#faq-<id> opens that answer and moves focus to its question', async () => {
    history.replaceState(null, '', '#faq-risks');
    const el = await mount<PrpFaq>('prp-faq');
    await settle(el);
    expect(openIds(el)).to.deep.equal(['risks']);
    expect(el.shadowRoot!.activeElement?.id).to.equal('faq-risks');
    location.hash = '#faq-cost';
    await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    await settle(el);
    expect(openIds(el)).to.include('cost');
    expect(el.shadowRoot!.activeElement?.id).to.equal('faq-cost');
  });

  it('schema adds one FAQPage JSON-LD to the head, follows the selection and leaves with the element', async () => {
    const none = await mount<PrpFaq>('prp-faq');
    expect(document.head.querySelectorAll('script[type="application/ld+json"]')).to.have.length(0);
    none.remove();
    const el = await mount<PrpFaq>('prp-faq', { schema: '', topics: 'cost' });
    const scripts = document.head.querySelectorAll('script[type="application/ld+json"]');
    expect(scripts).to.have.length(1);
    const data = JSON.parse(scripts[0].textContent) as FaqJsonLd;
    expect(data['@type']).to.equal('FAQPage');
    expect(data.mainEntity.map((q: { name: string }) => q.name)).to.deep.equal(
      en.content.questions.filter((q) => q.topics.includes('cost')).map((q) => q.question),
    );
    el.remove();
    expect(document.head.querySelectorAll('script[type="application/ld+json"]')).to.have.length(0);
  });

  it('prints every answer, with no search box or buttons row', async () => {
    const el = await mount<PrpFaq>('prp-faq', { searchable: '' });
    await emulate({ media: 'print' });
    try {
      for (const answer of $$(el, '.answer')) expect(getComputedStyle(answer).display).to.not.equal('none');
      expect(getComputedStyle($(el, '.search')).display).to.equal('none');
      expect(getComputedStyle($(el, '.actions')).display).to.equal('none');
    } finally {
      await emulate({ media: 'screen' });
    }
  });

  it('is accessible closed, open and searched, light and dark', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await mount<PrpFaq>('prp-faq', { searchable: '', theme });
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '[part="toggle-all"]').click();
      await settle(el);
      await expect(el).to.be.accessible();
    }
  });

  it('heading-level moves the title and the questions together', async () => {
    const el = await mount<PrpFaq>('prp-faq', { 'heading-level': '3' });
    expect($(el, 'h3.title')).to.exist;
    expect($$(el, 'h4 > button.question')).to.have.length(ALL_IDS.length);
  });
});
