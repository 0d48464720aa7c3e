import '../../src/components/prp-treatment-comparison/define.js';

import { expect, fixture, html } from '@open-wc/testing';

import type { PrpTreatmentComparison } from '../../src/components/prp-treatment-comparison/treatment-comparison.js';
import { tableFitWidth } from '../../src/components/prp-treatment-comparison/treatment-comparison.logic.js';
import { ROWS, TREATMENTS } from '../../src/components/prp-treatment-comparison/types.js';
import { treatmentComparison } from '../../src/content/en/treatment-comparison.js';
import { $, $$, brokenWords, expectOneWarning, settle } from './helpers.js';

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
    expect(folded(table.caption)).to.equal(
      'Comparison of PRP injection, steroid injection, and physical therapy for back pain',
    );
    const columnHeaders = $$(el, 'thead th');
    expect(columnHeaders.map((th) => th.getAttribute('scope'))).to.deep.equal(['col', 'col', 'col', 'col']);
    expect(columnHeaders.slice(1).map((th) => folded(th.querySelector('.name')))).to.deep.equal(
      names(['prp', 'steroid', 'physical-therapy']),
    );
    const rowHeaders = $$(el, 'tbody th');
    expect(rowHeaders.map((th) => th.getAttribute('scope'))).to.deep.equal(Array(ROWS.length).fill('row'));
    expect(rowHeaders.map(folded)).to.deep.equal(Object.values(treatmentComparison.strings.rowHeadings));
    expect($$(el, 'tbody tr').every((tr) => tr.querySelectorAll('td').length === 3)).to.equal(true);
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
          expect(numbers, `${ids[t]}.${row}`).to.deep.equal([]);
        } else {
          expect(numbers.length, `${ids[t]}.${row}`).to.be.greaterThan(0);
        }
        for (const n of numbers) expect(n).to.be.within(1, footerCount);
      });
    });
    expect(asking).to.be.greaterThan(0);
  });

  it('puts studies and guidelines on two scales, and explains each once', async () => {
    const el = await comparison({ view: 'table', treatments: 'prp,steroid,prolotherapy,rfa,physical-therapy,surgery' });
    const { scales } = treatmentComparison.content;
    const labels = (row: 'studies' | 'guidelines') => Object.values(scales[row]).map((word) => word.label);
    const rows = $$(el, 'tbody tr');
    for (const row of ['studies', 'guidelines'] as const) {
      const cells = [...rows[ROWS.indexOf(row)].querySelectorAll('td strong.level')];
      expect(cells).to.have.length(6);
      for (const level of cells) expect(labels(row)).to.include(folded(level).replace(/\.$/, ''));
    }
    expect($$(el, '.scale dt').map(folded)).to.deep.equal([...labels('studies'), ...labels('guidelines')]);
    expect($$(el, '.scale')).to.have.length(1);
  });

  it('highlights one treatment visually and in words, changing no fact', async () => {
    const plain = await comparison({ view: 'table' });
    const marked = await comparison({ view: 'table', highlight: 'prp' });
    const header = $$(marked, 'thead th')[1];
    expect(header.classList.contains('highlighted')).to.equal(true);
    expect(folded(header)).to.contain(treatmentComparison.strings.highlighted);
    expect(getComputedStyle(header).borderLeftWidth).to.equal('3px');
    const cells = (el: Element) => $$(el, 'tbody td').map(folded);
    expect(cells(marked)).to.deep.equal(cells(plain));
  });

  for (const lang of ['en', 'es']) {
    for (let count = 1; count <= TREATMENTS.length; count++) {
      it(`${lang}, ${count} treatments: a forced table never breaks a word; narrower than 130 px + 140 px a treatment, cards`, async () => {
        const treatments = TREATMENTS.slice(0, count).join(',');
        const fit = tableFitWidth(count);
        const el = await comparison({ view: 'table', lang, treatments }, fit - 1);
        expect($(el, 'table'), `${lang}, ${count} at ${fit - 1} px`).to.equal(null);
        expect($$(el, 'li.card')).to.have.length(count);
        // At the threshold and wider (across the narrow-table breakpoint), every word stays whole.
        for (const width of [fit, 610, 900].filter((width) => width >= fit)) {
          el.parentElement!.style.width = `${width}px`;
          await resized(el);
          expect(brokenWords($(el, 'table')), `${lang}, ${count} at ${width} px`).to.deep.equal([]);
          const base = $(el, '[part="base"]');
          expect(base.scrollWidth, `${lang}, ${count} at ${width} px`).to.be.at.most(base.clientWidth);
        }
      });
    }
  }
});

describe('<prp-treatment-comparison> cards and auto view', () => {
  it('cards: one per treatment, the same rows as a description list', async () => {
    const el = await comparison({ view: 'cards', highlight: 'steroid' });
    const cards = $$(el, 'li.card');
    expect(cards).to.have.length(3);
    for (const card of cards)
      expect([...card.querySelectorAll('dt')].map(folded)).to.deep.equal(
        Object.values(treatmentComparison.strings.rowHeadings),
      );
    expect(cards[1].classList.contains('highlighted')).to.equal(true);
    expect(folded(cards[1].querySelector('.card-title'))).to.contain(treatmentComparison.strings.highlighted);
  });

  it('auto: cards below 180 px + 150 px a treatment, a table from there, switching as the container resizes', async () => {
    const el = await comparison({}, 629);
    expect($(el, 'table')).to.equal(null);
    expect($$(el, 'li.card')).to.have.length(3);
    el.parentElement!.style.width = '630px';
    await resized(el);
    expect($(el, 'table')).to.exist;
    el.setAttribute('treatments', 'prp,steroid,rfa,surgery');
    await resized(el);
    expect($(el, 'table')).to.equal(null); // four treatments need 780 px
    el.parentElement!.style.width = '780px';
    await resized(el);
    expect($(el, 'table')).to.exist;
  });

  for (const view of ['auto', 'cards', 'table']) {
    it(`${view}: no horizontal scroll at 320 px with all six treatments`, async () => {
      const el = await comparison({ view, treatments: 'prp,steroid,prolotherapy,rfa,physical-therapy,surgery' }, 320);
      const base = $(el, '[part="base"]');
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
    });
  }

  it('renders in Spanish', async () => {
    const el = await comparison({ lang: 'es', view: 'table' });
    expect($$(el, 'tbody th').length).to.equal(ROWS.length);
    expect(folded($(el, 'caption'))).not.to.equal(folded($(await comparison({ view: 'table' }), 'caption')));
    // Names read in lower case inside the sentence, abbreviations kept.
    expect(folded($(el, 'caption')))
      .to.contain('inyección de PRP')
      .and.not.contain('de Inyección');
  });
});

describe('<prp-treatment-comparison> bad input', () => {
  const check = (el: PrpTreatmentComparison, ids: string[]) => {
    const shown = $$(el, 'li.card .card-title, thead th .name').map((node) =>
      folded(node).replace(treatmentComparison.strings.highlighted, '').trim(),
    );
    expect(shown).to.deep.equal(names(ids));
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
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.contain('"unicorn"').and.contain('treatments=');
    expect(warnings[1]).to.contain('"dragon"');
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
    expect($$(el, '.highlighted')).to.have.length(0);
  });
  it('falls back to auto for an unknown view', async () => {
    const el = await expectOneWarning(
      () => comparison({ view: 'grid' }, 1200),
      ['prp-treatment-comparison', 'view', 'grid', 'auto'],
    );
    expect($(el, 'table')).to.exist;
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
        await expect(el).to.be.accessible();
      });
    }
    it(`has no violations: auto at 360 px in Spanish, ${theme}`, async () => {
      await expect(await comparison({ theme, lang: 'es' }, 360)).to.be.accessible();
    });
  }
});
