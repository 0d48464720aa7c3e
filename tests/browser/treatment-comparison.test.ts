import '../../src/components/prp-treatment-comparison/define.js';

import { fixture, html } from '@open-wc/testing';
import { spyOn } from '@vitest/spy';

import type { PrpTreatmentComparison } from '../../src/components/prp-treatment-comparison/treatment-comparison.js';
import {
  inSentence,
  tableFitWidth,
  tableMinWidth,
} from '../../src/components/prp-treatment-comparison/treatment-comparison.logic.js';
import {
  DEFAULT_TREATMENTS,
  ROWS,
  type ScaleRow,
  SCALES,
  type TreatmentId,
  TREATMENTS,
} from '../../src/components/prp-treatment-comparison/types.js';
import { treatmentComparison as en, treatmentComparison } from '../../src/content/en/treatment-comparison.js';
import { treatmentComparison as es } from '../../src/content/es/treatment-comparison.js';
import { COMPARISON_ARGS, COMPARISON_FRAMES, type ComparisonArgs } from '../../stories/treatment-comparison.args.js';
import { expect } from './expect.js';
import {
  $,
  $$,
  brokenWords,
  expectDarkTheme,
  expectFits320,
  expectOneWarning,
  mountStory,
  NARROW_320,
  settle,
  shadow,
  type StoryFrame,
  textIn,
} from './helpers.js';

const names = (ids: string[]) => ids.map((id) => treatmentComparison.content.treatments[id as 'prp'].name);
const folded = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Mounts the element in a wrapper of the given width and waits for its size to be measured. */
async function comparison(attributes: Record<string, string> = {}, width = 1200): Promise<PrpTreatmentComparison> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  const element = document.createElement('prp-treatment-comparison');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  wrapper.append(element);
  await resized(element);
  return element;
}

/** Waits for the ResizeObserver callback and the render it causes. */
async function resized(element: PrpTreatmentComparison) {
  // A second observer on the element reports after the element's own (observed first), so the frame it asks
  // for comes after the one in which the element takes its new width.
  await new Promise((resolve) => {
    const observer = new ResizeObserver(() => {
      observer.disconnect();
      requestAnimationFrame(() => requestAnimationFrame(resolve));
    });
    observer.observe(element);
  });
  await settle(element);
}

describe('<prp-treatment-comparison> table', () => {
  it('is a real table: caption, column headers per treatment, row headers per row, all scoped', async () => {
    const el = await comparison({ view: 'table' });
    const table = $<HTMLTableElement>(el, 'table');
    expect(folded(table.caption)).toBe(
      'Comparison of PRP injection, steroid injection, and physical therapy for back pain',
    );
    const columnHeaders = $$(el, 'thead th');
    expect(columnHeaders.map((th) => th.getAttribute('scope'))).toStrictEqual(['col', 'col', 'col', 'col']);
    expect(columnHeaders.slice(1).map((th) => folded(th.querySelector('.name')))).toStrictEqual(
      names(['prp', 'steroid', 'physical-therapy']),
    );
    const rowHeaders = $$(el, 'tbody th');
    expect(rowHeaders.map((th) => th.getAttribute('scope'))).toStrictEqual(Array(ROWS.length).fill('row'));
    expect(rowHeaders.map(folded)).toStrictEqual(Object.values(treatmentComparison.strings.rowHeadings));
    expect($$(el, 'tbody tr').every((tr) => tr.querySelectorAll('td').length === 3)).toBe(true);
  });

  it('cites numbered sources in every cell that states a fact, none in a cell that only says whom to ask', async () => {
    const el = await comparison({ view: 'table', treatments: 'prp,steroid,prolotherapy,rfa,physical-therapy,surgery' });
    const footerCount = $$(el, '.sources li').length;
    const ids = ['prp', 'steroid', 'prolotherapy', 'rfa', 'physical-therapy', 'surgery'] as const;
    const rows = $$(el, 'tbody tr');
    let asking = 0;
    ROWS.forEach((row, r) => {
      [...rows[r].querySelectorAll('td')].forEach((td, t) => {
        const cell = treatmentComparison.content.treatments[ids[t]][row];
        const numbers = folded(td.querySelector('.cite')).match(/\d+/g)?.map(Number) ?? [];
        if (cell.ask) {
          asking += 1;
          expect(numbers, `${ids[t]}.${row}`).toStrictEqual([]);
        } else {
          expect(numbers.length, `${ids[t]}.${row}`).toBeGreaterThan(0);
        }
        for (const n of numbers) {
          expect(n).toBeGreaterThanOrEqual(1);
          expect(n).toBeLessThanOrEqual(footerCount);
        }
      });
    });
    expect(asking).toBeGreaterThan(0);
  });

  it('puts studies and guidelines on two scales, and explains each once', async () => {
    const el = await comparison({ view: 'table', treatments: 'prp,steroid,prolotherapy,rfa,physical-therapy,surgery' });
    const { scales } = treatmentComparison.content;
    const labels = (row: 'studies' | 'guidelines') => Object.values(scales[row]).map((word) => word.label);
    const rows = $$(el, 'tbody tr');
    for (const row of ['studies', 'guidelines'] as const) {
      const cells = [...rows[ROWS.indexOf(row)].querySelectorAll('td strong.level')];
      expect(cells).toHaveLength(6);
      for (const level of cells) expect(labels(row)).toContain(folded(level).replace(/\.$/, ''));
    }
    expect($$(el, '.scale dt').map(folded)).toStrictEqual([...labels('studies'), ...labels('guidelines')]);
    expect($$(el, '.scale')).toHaveLength(1);
  });

  it('highlights one treatment visually and in words, changing no fact', async () => {
    const plain = await comparison({ view: 'table' });
    const marked = await comparison({ view: 'table', highlight: 'prp' });
    const header = $$(marked, 'thead th')[1];
    expect(header.classList.contains('highlighted')).toBe(true);
    expect(folded(header)).toContain(treatmentComparison.strings.highlighted);
    expect(getComputedStyle(header).borderLeftWidth).toBe('3px');
    const cells = (el: Element) => $$(el, 'tbody td').map(folded);
    expect(cells(marked)).toStrictEqual(cells(plain));
  });

  for (const lang of ['en', 'es']) {
    for (let count = 1; count <= TREATMENTS.length; count++) {
      it(`${lang}, ${count} treatments: a forced table never breaks a word; narrower than 130 px + 140 px a treatment, cards`, async () => {
        const treatments = TREATMENTS.slice(0, count).join(',');
        const fit = tableFitWidth(count);
        const el = await comparison({ view: 'table', lang, treatments }, fit - 1);
        expect($(el, 'table'), `${lang}, ${count} at ${fit - 1} px`).toBe(null);
        expect($$(el, 'li.card')).toHaveLength(count);
        // At the threshold and wider (across the narrow-table breakpoint), every word stays whole.
        for (const width of [fit, 610, 900].filter((width) => width >= fit)) {
          el.parentElement!.style.width = `${width}px`;
          await resized(el);
          expect(brokenWords($(el, 'table')), `${lang}, ${count} at ${width} px`).toStrictEqual([]);
          const base = $(el, '[part="base"]');
          expect(base.scrollWidth, `${lang}, ${count} at ${width} px`).toBeLessThanOrEqual(base.clientWidth);
        }
      });
    }
  }
});

describe('<prp-treatment-comparison> cards and auto view', () => {
  it('cards: one per treatment, the same rows as a description list', async () => {
    const el = await comparison({ view: 'cards', highlight: 'steroid' });
    const cards = $$(el, 'li.card');
    expect(cards).toHaveLength(3);
    for (const card of cards)
      expect([...card.querySelectorAll('dt')].map(folded)).toStrictEqual(
        Object.values(treatmentComparison.strings.rowHeadings),
      );
    expect(cards[1].classList.contains('highlighted')).toBe(true);
    expect(folded(cards[1].querySelector('.card-title'))).toContain(treatmentComparison.strings.highlighted);
  });

  it('auto: cards below 180 px + 150 px a treatment, a table from there, switching as the container resizes', async () => {
    const el = await comparison({}, 629);
    expect($(el, 'table')).toBe(null);
    expect($$(el, 'li.card')).toHaveLength(3);
    el.parentElement!.style.width = '630px';
    await resized(el);
    expect($(el, 'table')).not.toBeNull();
    el.setAttribute('treatments', 'prp,steroid,rfa,surgery');
    await resized(el);
    expect($(el, 'table')).toBe(null); // four treatments need 780 px
    el.parentElement!.style.width = '780px';
    await resized(el);
    expect($(el, 'table')).not.toBeNull();
  });

  for (const view of ['auto', 'cards', 'table']) {
    it(`${view}: no horizontal scroll at 320 px with all six treatments`, async () => {
      const el = await comparison({ view, treatments: 'prp,steroid,prolotherapy,rfa,physical-therapy,surgery' }, 320);
      const base = $(el, '[part="base"]');
      expect(base.scrollWidth).toBeLessThanOrEqual(base.clientWidth);
      expect(el.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    });
  }

  it('before its width is measured: both views, the styles showing the one the measured width then keeps', async () => {
    // A prerendered comparison, and any comparison until its ResizeObserver's first report (read without
    // forcing a layout): the container query must pick what the script picks, for every count and view.
    const visible = (el: PrpTreatmentComparison) => {
      const table = $(el, '.table-wrap');
      const cards = $(el, '.cards');
      const shown = (node: HTMLElement | null) => node !== null && getComputedStyle(node).display !== 'none';
      return `${shown(table) ? 'table' : ''}${shown(cards) ? 'cards' : ''}`;
    };
    for (const count of [1, 3, 6])
      for (const [view, from] of [
        ['auto', tableMinWidth(count)],
        ['table', tableFitWidth(count)],
      ] as const)
        for (const width of [from - 1, from]) {
          const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
          const el = document.createElement('prp-treatment-comparison');
          el.setAttribute('view', view);
          el.setAttribute('treatments', TREATMENTS.slice(0, count).join(','));
          wrapper.append(el);
          await el.updateComplete;
          const label = `${count} treatments, view="${view}", ${width} px`;
          expect($(el, '[part="base"]').classList.contains('view-both'), label).toBe(true);
          const before = visible(el);
          expect(before, label).toBe(width >= from ? 'table' : 'cards');
          await resized(el);
          expect($(el, '[part="base"]').classList.contains('view-both'), label).toBe(false);
          expect(visible(el), label).toBe(before);
          expect($$(el, 'table, .cards'), label).toHaveLength(1);
        }
  });

  it('renders in Spanish', async () => {
    const el = await comparison({ lang: 'es', view: 'table' });
    expect($$(el, 'tbody th').length).toBe(ROWS.length);
    expect(folded($(el, 'caption'))).not.toBe(folded($(await comparison({ view: 'table' }), 'caption')));
    // Names read in lower case inside the sentence, abbreviations kept.
    expect(folded($(el, 'caption'))).toContain('inyección de PRP');
    expect(folded($(el, 'caption'))).not.toContain('de Inyección');
  });
});

describe('<prp-treatment-comparison> bad input', () => {
  const check = (el: PrpTreatmentComparison, ids: string[]) => {
    const shown = $$(el, 'li.card .card-title, thead th .name').map((node) =>
      folded(node).replace(treatmentComparison.strings.highlighted, '').trim(),
    );
    expect(shown).toStrictEqual(names(ids));
  };
  it('skips an unknown id with one warning naming the attribute', async () => {
    const el = await expectOneWarning(
      () => comparison({ treatments: 'prp,unicorn,rfa', view: 'cards' }),
      ['prp-treatment-comparison', 'treatments', 'prp,unicorn,rfa', 'the others'],
    );
    check(el, ['prp', 'rfa']);
  });
  it('warns once for each unknown id', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const el = await comparison({ treatments: 'unicorn,prp,dragon', view: 'cards' });
      el.requestUpdate();
      await settle(el);
      check(el, ['prp']);
    } finally {
      console.warn = original;
    }
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain('"unicorn"');
    expect(warnings[0]).toContain('treatments=');
    expect(warnings[1]).toContain('"dragon"');
  });
  it('uses the default set when nothing valid is left', async () => {
    const el = await expectOneWarning(
      () => comparison({ treatments: 'unicorn', view: 'cards' }),
      ['prp-treatment-comparison', 'treatments', 'unicorn', 'prp,steroid,physical-therapy'],
    );
    check(el, ['prp', 'steroid', 'physical-therapy']);
  });
  it('removes duplicates', async () => {
    const el = await expectOneWarning(
      () => comparison({ treatments: 'prp,rfa,prp', view: 'cards' }),
      ['prp-treatment-comparison', 'treatments', 'prp,rfa,prp', 'it once'],
    );
    check(el, ['prp', 'rfa']);
  });
  it('ignores a highlight that is not a shown treatment', async () => {
    const el = await expectOneWarning(
      () => comparison({ highlight: 'surgery', view: 'cards' }),
      ['prp-treatment-comparison', 'highlight', 'surgery', 'no highlight'],
    );
    expect($$(el, '.highlighted')).toHaveLength(0);
  });
  it('falls back to auto for an unknown view', async () => {
    const el = await expectOneWarning(
      () => comparison({ view: 'grid' }, 1200),
      ['prp-treatment-comparison', 'view', 'grid', 'auto'],
    );
    expect($(el, 'table')).not.toBeNull();
  });
});

describe('<prp-treatment-comparison> accessibility (axe)', () => {
  for (const theme of ['light', 'dark']) {
    for (const view of ['table', 'cards']) {
      it(`has no violations: ${view}, all six, highlighted, ${theme}`, async () => {
        const el = await comparison({
          view,
          theme,
          highlight: 'prp',
          treatments: 'prp,steroid,prolotherapy,rfa,physical-therapy,surgery',
        });
        await expect(el).toBeAccessible();
      });
    }
    it(`has no violations: auto at 360 px in Spanish, ${theme}`, async () => {
      await expect(await comparison({ theme, lang: 'es' }, 360)).toBeAccessible();
    });
  }
});

/** Each story of stories/treatment-comparison.stories.ts, mounted as it renders; the story itself is a smoke and visual test. */
describe('<prp-treatment-comparison> as each story shows it', () => {
  type Locale = typeof en;
  /**
   * The story `name` as it renders (its args from stories/treatment-comparison.args.ts, `content` as the
   * property), once `view="auto"` has had its width.
   */
  async function story(name: keyof typeof COMPARISON_ARGS, frame: StoryFrame = {}) {
    const { content, ...attributes }: ComparisonArgs = COMPARISON_ARGS[name];
    const { element } = await mountStory<PrpTreatmentComparison>('prp-treatment-comparison', attributes, {
      content,
      ...frame,
    });
    await resized(element);
    return element;
  }
  const namesOf = (ids: readonly TreatmentId[], locale: Locale = en) =>
    ids.map((id) => locale.content.treatments[id].name);
  /** The caption as the content words it, the shown names joined as the locale joins a list inside a sentence. */
  const captionFor = (ids: readonly TreatmentId[], locale: Locale = en, lang = 'en') =>
    locale.strings.caption.replace(
      '{treatments}',
      new Intl.ListFormat(lang, { type: 'conjunction' }).format(namesOf(ids, locale).map(inSentence)),
    );
  /** The label of a treatment's word on a scale row ("Mixed results"). */
  const levelLabel = (locale: Locale, id: TreatmentId, row: ScaleRow) =>
    (locale.content.scales[row] as Record<string, { label: string }>)[locale.content.treatments[id][row].level].label;
  /** A card title's text without the highlight badge that may follow the name. */
  function withoutBadge(title: Element | null) {
    const copy = title?.cloneNode(true) as Element | undefined;
    copy?.querySelector('.badge')?.remove();
    return folded(copy ?? null);
  }
  const columnHeaders = (el: Element) => $$<HTMLTableCellElement>(el, 'thead th');
  const rowHeaders = (el: Element) => $$<HTMLTableCellElement>(el, 'tbody th');
  const bodyRows = (el: Element) => $$<HTMLTableRowElement>(el, 'tbody tr');
  const cards = (el: Element) => $$<HTMLLIElement>(el, 'ul.cards > li.card');

  /**
   * Table view: a caption naming the shown treatments, a "Treatment" corner header then one scoped column header
   * per treatment, ten scoped row headers in order, one cell a treatment in each row, the studies and guidelines
   * cells opening with the word of their scale. No cards.
   */
  function expectTable(el: Element, ids: readonly TreatmentId[], locale: Locale = en, lang = 'en') {
    const table = shadow(el).querySelector('table[part="table"]');
    expect(table).not.toBeNull();
    expect($(el, 'ul.cards')).toBeNull();
    expect($(el, '[part="base"]').classList).toContain('view-table');
    expect(folded(table!.querySelector('caption'))).toBe(captionFor(ids, locale, lang));

    const headers = columnHeaders(el);
    expect(headers.map((th) => th.getAttribute('scope'))).toStrictEqual(['col', ...ids.map(() => 'col')]);
    expect(folded(headers[0])).toBe(locale.strings.treatmentHeading);
    expect(headers.slice(1).map((th) => folded(th.querySelector('.name')))).toStrictEqual(namesOf(ids, locale));

    const rows = rowHeaders(el);
    expect(rows.map((th) => th.getAttribute('scope'))).toStrictEqual(ROWS.map(() => 'row'));
    expect(rows.map((th) => folded(th))).toStrictEqual(ROWS.map((row) => locale.strings.rowHeadings[row]));
    for (const tr of bodyRows(el)) expect(tr.querySelectorAll('td')).toHaveLength(ids.length);

    for (const row of Object.keys(SCALES) as ScaleRow[]) {
      const cells = [...bodyRows(el)[ROWS.indexOf(row)].querySelectorAll('td')];
      expect(cells.map((td) => folded(td.querySelector('.level')))).toStrictEqual(
        ids.map((id) => `${levelLabel(locale, id, row)}.`),
      );
    }
  }

  /** Cards view: one card a treatment, in order, titled by name, each with the ten rows as a description list. No table. */
  function expectCards(el: Element, ids: readonly TreatmentId[], locale: Locale = en) {
    expect($(el, 'table')).toBeNull();
    expect($(el, '[part="base"]').classList).toContain('view-cards');
    const shown = cards(el);
    expect(shown).toHaveLength(ids.length);
    expect(shown.map((li) => withoutBadge(li.querySelector('.card-title')))).toStrictEqual(namesOf(ids, locale));
    for (const li of shown) {
      expect(li.querySelector('.card-title')?.localName).toMatch(/^h[1-6]$/);
      const terms = [...li.querySelectorAll('dl > dt')].map((dt) => folded(dt));
      expect(terms).toStrictEqual(ROWS.map((row) => locale.strings.rowHeadings[row]));
    }
  }

  /**
   * Exactly the column of `id` is highlighted: its header and every cell below it carry the class, only its
   * header has the `highlighted` part and the badge, and the badge says so in words.
   */
  function expectHighlightedColumn(el: Element, ids: readonly TreatmentId[], id: TreatmentId, locale: Locale = en) {
    const marks = ids.map((shown) => shown === id);
    const headers = columnHeaders(el).slice(1);
    expect(headers.map((th) => th.classList.contains('highlighted'))).toStrictEqual(marks);
    for (const tr of bodyRows(el)) {
      expect([...tr.querySelectorAll('td')].map((td) => td.classList.contains('highlighted'))).toStrictEqual(marks);
    }
    const header = headers[ids.indexOf(id)];
    expect(folded(header.querySelector('.name'))).toBe(locale.content.treatments[id].name);
    expect(header.getAttribute('part')).toBe('highlighted');
    expect($$(el, '[part~="highlighted"]')).toHaveLength(1);
    const badges = $$(el, '.badge');
    expect(badges).toHaveLength(1);
    expect(header.contains(badges[0])).toBe(true);
    expect(folded(badges[0])).toBe(locale.strings.highlighted);
    // One line discloses that the clinic offers what it highlights.
    expect(folded($(el, '.disclosure'))).toBe(
      locale.strings.offeredDisclosure.replace('{treatment}', inSentence(locale.content.treatments[id].name)),
    );
  }

  /** Nothing is highlighted, and no badge. */
  function expectNoHighlight(el: Element) {
    expect($$(el, '.highlighted')).toHaveLength(0);
    expect($$(el, '.badge')).toHaveLength(0);
    expect($(el, '.disclosure')).toBeNull();
  }

  it('TableView: the default treatments as a table, with the two scales explained below', async () => {
    const element = await story('TableView');
    expect(element.getAttribute('view')).toBe('table');
    expect(textIn($(element, '[part="title"]'))).toContain(en.content.title);
    expectTable(element, DEFAULT_TREATMENTS);
    expectNoHighlight(element);
    const scale = $(element, '[part="scale"]');
    expect(textIn(scale.querySelector('.scale-title'))).toContain(en.strings.scaleHeading);
    expect([...scale.querySelectorAll('dt')].map((dt) => folded(dt))).toStrictEqual(
      (Object.keys(SCALES) as ScaleRow[]).flatMap((row) =>
        SCALES[row].map((level) => (en.content.scales[row] as Record<string, { label: string }>)[level].label),
      ),
    );
  });

  it('CardsView: one card a treatment, physical therapy highlighted in words', async () => {
    const element = await story('CardsView');
    expect(element.getAttribute('view')).toBe('cards');
    expectCards(element, DEFAULT_TREATMENTS);
    const prp = cards(element)[0];
    expect(textIn(prp)).toContain(en.content.treatments.prp.detail);
    expect(textIn(prp.querySelector('dl'))).toContain(en.content.treatments.prp.how.text);
    // Only the physical-therapy card is highlighted, and its title carries the words.
    expect(cards(element).map((li) => li.classList.contains('highlighted'))).toStrictEqual(
      DEFAULT_TREATMENTS.map((id) => id === 'physical-therapy'),
    );
    const highlighted = $(element, 'li.card.highlighted');
    expect(highlighted.getAttribute('part')).toBe('card highlighted');
    expect($$(element, '.badge')).toHaveLength(1);
    expect(folded(highlighted.querySelector('.card-title .badge'))).toBe(en.strings.highlighted);
  });

  it('AutoWide: view="auto" in 900 px, wide enough for a table', async () => {
    const element = await story('AutoWide', COMPARISON_FRAMES.AutoWide);
    expect(element.getBoundingClientRect().width).toBeGreaterThanOrEqual(tableMinWidth(DEFAULT_TREATMENTS.length));
    expectTable(element, DEFAULT_TREATMENTS);
  });

  it('AutoNarrow: view="auto" in 500 px, cards; a table when the container widens, cards again after', async () => {
    const element = await story('AutoNarrow', COMPARISON_FRAMES.AutoNarrow);
    expect(element.getBoundingClientRect().width).toBeLessThan(tableMinWidth(DEFAULT_TREATMENTS.length));
    expectCards(element, DEFAULT_TREATMENTS);
    const wrapper = element.parentElement!;
    wrapper.style.width = `${COMPARISON_FRAMES.AutoWide.width}px`;
    await resized(element);
    expectTable(element, DEFAULT_TREATMENTS);
    wrapper.style.width = `${COMPARISON_FRAMES.AutoNarrow.width}px`;
    await resized(element);
    expectCards(element, DEFAULT_TREATMENTS);
  });

  for (const name of [
    'HighlightPrp',
    'HighlightSteroid',
    'HighlightProlotherapy',
    'HighlightRfa',
    'HighlightPhysicalTherapy',
    'HighlightSurgery',
  ] as const) {
    const id = COMPARISON_ARGS[name].highlight;
    it(`${name}: all six as a table, the ${id} column marked in words`, async () => {
      const element = await story(name);
      expectTable(element, TREATMENTS);
      expectHighlightedColumn(element, TREATMENTS, id);
    });
  }

  it('AllSix: all six as a table that never scrolls sideways', async () => {
    const element = await story('AllSix');
    expectTable(element, TREATMENTS);
    expect($$(element, 'thead th[scope="col"] .name')).toHaveLength(6);
    expect($$(element, 'tbody th[scope="row"]')).toHaveLength(ROWS.length);
    expectNoHighlight(element);
    const base = $(element, '[part="base"]');
    expect(base.scrollWidth).toBeLessThanOrEqual(base.clientWidth);
  });

  it('Spanish: Spanish caption, headings and badge, PRP highlighted', async () => {
    const element = await story('Spanish');
    expect($(element, '[part="base"]').getAttribute('lang')).toBe('es');
    expect(textIn($(element, '[part="title"]'))).toContain(es.content.title);
    expectTable(element, DEFAULT_TREATMENTS, es, 'es');
    expectHighlightedColumn(element, DEFAULT_TREATMENTS, 'prp', es);
    expect(textIn($(element, '.scale-title'))).toContain(es.strings.scaleHeading);
  });

  it('Dark: the dark theme, PRP highlighted', async () => {
    const element = await story('Dark');
    expectDarkTheme(element);
    expectHighlightedColumn(element, DEFAULT_TREATMENTS, 'prp');
  });

  it('Narrow320: all six as cards in 320 px', async () => {
    const element = await story('Narrow320', NARROW_320);
    expectCards(element, TREATMENTS);
    expectFits320(element);
  });

  it('BadInput: the fallbacks, and a warning for each bad value', async () => {
    const warn = spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const element = await story('BadInput');
      // view="grid" falls back to auto: a table when one treatment fits (180 + 150 px), else cards.
      if (element.getBoundingClientRect().width >= tableMinWidth(1)) expectTable(element, ['prp']);
      else expectCards(element, ['prp']);
      expectNoHighlight(element);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('ignored "unicorn" in treatments='));
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('lists "prp" more than once'));
      for (const attribute of ['highlight', 'view']) {
        expect(warn).toHaveBeenCalledWith(expect.stringContaining(`ignored ${attribute}=`));
      }
    } finally {
      warn.mockRestore();
    }
  });
});
