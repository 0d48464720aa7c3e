// Registers <prp-treatment-comparison> (a side-effect module, listed in package.json "sideEffects").
import '../src/components/prp-treatment-comparison/define.js';

import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';

import type { PrpTreatmentComparison } from '../src/components/prp-treatment-comparison/treatment-comparison.js';
import { inSentence, tableMinWidth } from '../src/components/prp-treatment-comparison/treatment-comparison.logic.js';
import {
  DEFAULT_TREATMENTS,
  ROWS,
  type ScaleRow,
  SCALES,
  type TreatmentId,
  TREATMENTS,
  VIEWS,
} from '../src/components/prp-treatment-comparison/types.js';
// The default content: treatment names, row headings, the caption and the highlight badge come from here,
// so the stories follow wording changes; the layout, the columns and the highlight are what they test.
import { treatmentComparison as en } from '../src/content/en/treatment-comparison.js';
import { treatmentComparison as es } from '../src/content/es/treatment-comparison.js';
import { rendered, spyOnWarnings } from './helpers.js';
import {
  describeStory as describe,
  expectDark,
  expectFits320,
  hideMirrored,
  narrow320,
  renderElement,
  SharedArgs,
  sharedArgTypes,
} from './helpers.js';

const TAG = 'prp-treatment-comparison';

/** Args are the element's attributes (by attribute name) and its `content` property. It fires no events. */
interface ComparisonArgs extends SharedArgs {
  treatments?: string;
  highlight?: string;
  view?: string;
  content?: PrpTreatmentComparison['content'];
}

const hidden = hideMirrored();

const argTypes: Partial<ArgTypes<ComparisonArgs>> = {
  ...hidden,
  treatments: { control: 'text' },
  highlight: { control: 'select', options: [...TREATMENTS] },
  view: { control: 'inline-radio', options: [...VIEWS] },
  ...sharedArgTypes,
};

const meta = {
  title: 'Elements/Treatment comparison',
  component: TAG,
  argTypes,
  render: (args, context) => renderElement(TAG, args, context),
} satisfies Meta<ComparisonArgs>;

export default meta;
type Story = StoryObj<ComparisonArgs>;

type Locale = typeof en;

const ALL_SIX = TREATMENTS.join(',');

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * The rendered element once `view="auto"` has had its width: the ResizeObserver reports it during a frame and
 * the element applies it in the next one. Waiting three frames, not two: when the play function starts
 * before the first observation, our second frame callback runs just before the element's own (queued later
 * in the same frame), and the assertions would see the unmeasured width.
 */
async function comparison(canvasElement: HTMLElement) {
  const result = await rendered<PrpTreatmentComparison>(canvasElement, TAG);
  for (let frame = 0; frame < 3; frame += 1) await nextFrame();
  await result.element.updateComplete;
  return result;
}

/** A fixed-width wrapper around the story, for `view="auto"` (the frame padding stays). */
const inWrapper = (width: number) => [(story: () => unknown) => html`<div style="width: ${width}px">${story()}</div>`];

/** Text with runs of whitespace folded, as a reader (or a screen reader) gets it. */
const folded = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

const namesOf = (ids: readonly TreatmentId[], locale: Locale = en) =>
  ids.map((id) => locale.content.treatments[id].name);

/** The caption as the content words it, with the shown names joined the way the locale joins a list, as inside a sentence. */
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
  return folded(copy);
}

const columnHeaders = (shadow: ShadowRoot) => [...shadow.querySelectorAll<HTMLTableCellElement>('thead th')];
const rowHeaders = (shadow: ShadowRoot) => [...shadow.querySelectorAll<HTMLTableCellElement>('tbody th')];
const bodyRows = (shadow: ShadowRoot) => [...shadow.querySelectorAll<HTMLTableRowElement>('tbody tr')];
const cards = (shadow: ShadowRoot) => [...shadow.querySelectorAll<HTMLLIElement>('ul.cards > li.card')];

/**
 * Table view: a caption naming the shown treatments, a "Treatment" corner header then one scoped column
 * header per treatment (name first), ten scoped row headers in order, and one cell a treatment in each row,
 * the studies and guidelines cells opening with the word of their scale. No cards.
 */
async function expectTable(shadow: ShadowRoot, ids: readonly TreatmentId[], locale: Locale = en, lang = 'en') {
  const table = shadow.querySelector('table[part="table"]');
  await expect(table).not.toBeNull();
  await expect(shadow.querySelector('ul.cards')).toBeNull();
  await expect(shadow.querySelector('[part="base"]')).toHaveClass('view-table');
  await expect(folded(table!.querySelector('caption'))).toBe(captionFor(ids, locale, lang));

  const headers = columnHeaders(shadow);
  await expect(headers.map((th) => th.getAttribute('scope'))).toEqual(['col', ...ids.map(() => 'col')]);
  await expect(folded(headers[0])).toBe(locale.strings.treatmentHeading);
  await expect(headers.slice(1).map((th) => folded(th.querySelector('.name')))).toEqual(namesOf(ids, locale));

  const rows = rowHeaders(shadow);
  await expect(rows.map((th) => th.getAttribute('scope'))).toEqual(ROWS.map(() => 'row'));
  await expect(rows.map((th) => folded(th))).toEqual(ROWS.map((row) => locale.strings.rowHeadings[row]));
  for (const tr of bodyRows(shadow)) await expect(tr.querySelectorAll('td')).toHaveLength(ids.length);

  for (const row of Object.keys(SCALES) as ScaleRow[]) {
    const cells = [...bodyRows(shadow)[ROWS.indexOf(row)].querySelectorAll('td')];
    await expect(cells.map((td) => folded(td.querySelector('.level')))).toEqual(
      ids.map((id) => `${levelLabel(locale, id, row)}.`),
    );
  }
}

/** Cards view: one card a treatment, in order, titled by name, each with the ten rows as a description list. No table. */
async function expectCards(shadow: ShadowRoot, ids: readonly TreatmentId[], locale: Locale = en) {
  await expect(shadow.querySelector('table')).toBeNull();
  await expect(shadow.querySelector('[part="base"]')).toHaveClass('view-cards');
  const shown = cards(shadow);
  await expect(shown).toHaveLength(ids.length);
  await expect(shown.map((li) => withoutBadge(li.querySelector('.card-title')))).toEqual(namesOf(ids, locale));
  for (const li of shown) {
    await expect(li.querySelector('.card-title')?.localName).toMatch(/^h[1-6]$/);
    const terms = [...li.querySelectorAll('dl > dt')].map((dt) => folded(dt));
    await expect(terms).toEqual(ROWS.map((row) => locale.strings.rowHeadings[row]));
  }
}

/**
 * Exactly the column of `id` is highlighted: its header and every cell below it carry the class, only its
 * header has the `highlighted` part and the badge, and the badge says so in words.
 */
async function expectHighlightedColumn(
  shadow: ShadowRoot,
  ids: readonly TreatmentId[],
  id: TreatmentId,
  locale: Locale = en,
) {
  const marks = ids.map((shown) => shown === id);
  const headers = columnHeaders(shadow).slice(1);
  await expect(headers.map((th) => th.classList.contains('highlighted'))).toEqual(marks);
  for (const tr of bodyRows(shadow)) {
    await expect([...tr.querySelectorAll('td')].map((td) => td.classList.contains('highlighted'))).toEqual(marks);
  }
  const header = headers[ids.indexOf(id)];
  await expect(folded(header.querySelector('.name'))).toBe(locale.content.treatments[id].name);
  await expect(header).toHaveAttribute('part', 'highlighted');
  await expect(shadow.querySelectorAll('[part~="highlighted"]')).toHaveLength(1);
  const badges = [...shadow.querySelectorAll('.badge')];
  await expect(badges).toHaveLength(1);
  await expect(header.contains(badges[0])).toBe(true);
  await expect(folded(badges[0])).toBe(locale.strings.highlighted);
  // One line discloses that the clinic offers what it highlights.
  await expect(folded(shadow.querySelector('.disclosure'))).toBe(
    locale.strings.offeredDisclosure.replace('{treatment}', inSentence(locale.content.treatments[id].name)),
  );
}

/** Nothing is highlighted, and no badge. */
async function expectNoHighlight(shadow: ShadowRoot) {
  await expect(shadow.querySelectorAll('.highlighted')).toHaveLength(0);
  await expect(shadow.querySelectorAll('.badge')).toHaveLength(0);
  await expect(shadow.querySelector('.disclosure')).toBeNull();
}

export const TableView: Story = {
  args: { view: 'table' },
  parameters: describe(
    '`view="table"` with the default treatments (PRP, steroid injection, physical therapy): one column a treatment, one row a question, the studies and guidelines rows each using their own scale of words, explained below the table.',
  ),
  play: async ({ canvasElement }) => {
    const { element, shadow } = await comparison(canvasElement);
    await expect(element).toHaveAttribute('view', 'table');
    await expect(shadow.querySelector('[part="title"]')).toHaveTextContent(en.content.title);
    await expectTable(shadow, DEFAULT_TREATMENTS);
    await expectNoHighlight(shadow);
    const scale = shadow.querySelector('[part="scale"]')!;
    await expect(scale.querySelector('.scale-title')).toHaveTextContent(en.strings.scaleHeading);
    await expect([...scale.querySelectorAll('dt')].map((dt) => folded(dt))).toEqual(
      (Object.keys(SCALES) as ScaleRow[]).flatMap((row) =>
        SCALES[row].map((level) => (en.content.scales[row] as Record<string, { label: string }>)[level].label),
      ),
    );
  },
};

export const CardsView: Story = {
  args: { view: 'cards', highlight: 'physical-therapy' },
  parameters: describe(
    '`view="cards"`: the same facts as one card a treatment, each card a heading and a list of the ten questions with their answers. With `highlight="physical-therapy"`, that card gets the thick outline and the badge in words.',
  ),
  play: async ({ canvasElement }) => {
    const { element, shadow } = await comparison(canvasElement);
    await expect(element).toHaveAttribute('view', 'cards');
    await expectCards(shadow, DEFAULT_TREATMENTS);
    const prp = cards(shadow)[0];
    await expect(prp).toHaveTextContent(en.content.treatments.prp.detail);
    await expect(prp.querySelector('dl')).toHaveTextContent(en.content.treatments.prp.how.text);
    // Only the physical-therapy card is highlighted, and its title carries the words.
    await expect(cards(shadow).map((li) => li.classList.contains('highlighted'))).toEqual(
      DEFAULT_TREATMENTS.map((id) => id === 'physical-therapy'),
    );
    const highlighted = shadow.querySelector('li.card.highlighted')!;
    await expect(highlighted).toHaveAttribute('part', 'card highlighted');
    await expect(shadow.querySelectorAll('.badge')).toHaveLength(1);
    await expect(folded(highlighted.querySelector('.card-title .badge'))).toBe(en.strings.highlighted);
  },
};

export const AutoWide: Story = {
  args: { view: 'auto' },
  decorators: inWrapper(900),
  parameters: describe(
    '`view="auto"` (the default) in a container 900 px wide: wide enough for the default three treatments (180 px + 150 px each), so a table.',
  ),
  play: async ({ canvasElement }) => {
    const { element, shadow } = await comparison(canvasElement);
    await expect(element.getBoundingClientRect().width).toBeGreaterThanOrEqual(
      tableMinWidth(DEFAULT_TREATMENTS.length),
    );
    await expectTable(shadow, DEFAULT_TREATMENTS);
  },
};

export const AutoNarrow: Story = {
  args: { view: 'auto' },
  decorators: inWrapper(500),
  parameters: describe(
    '`view="auto"` in a container 500 px wide: too narrow for a table of three treatments, so cards. The play function widens the container to check that the element switches to a table, then puts it back.',
  ),
  play: async ({ canvasElement }) => {
    const { element, shadow } = await comparison(canvasElement);
    await expect(element.getBoundingClientRect().width).toBeLessThan(tableMinWidth(DEFAULT_TREATMENTS.length));
    await expectCards(shadow, DEFAULT_TREATMENTS);
    // The observer keeps watching: the same element becomes a table when its container widens, and cards again after.
    const wrapper = element.parentElement!;
    wrapper.style.width = '900px';
    await comparison(canvasElement);
    await expectTable(shadow, DEFAULT_TREATMENTS);
    wrapper.style.width = '500px';
    await comparison(canvasElement);
    await expectCards(shadow, DEFAULT_TREATMENTS);
  },
};

const highlightStory = (id: TreatmentId): Story => ({
  args: { treatments: ALL_SIX, highlight: id, view: 'table' },
  parameters: describe(
    `\`highlight="${id}"\`: all six treatments, with ${en.content.treatments[id].name} marked as the clinic's own by a thick outline and a badge in words ("${en.strings.highlighted}"), never colour alone. No fact changes.`,
  ),
  play: async ({ canvasElement }) => {
    const { shadow } = await comparison(canvasElement);
    await expectTable(shadow, TREATMENTS);
    await expectHighlightedColumn(shadow, TREATMENTS, id);
  },
});

export const HighlightPrp: Story = highlightStory('prp');
export const HighlightSteroid: Story = highlightStory('steroid');
export const HighlightProlotherapy: Story = highlightStory('prolotherapy');
export const HighlightRfa: Story = highlightStory('rfa');
export const HighlightPhysicalTherapy: Story = highlightStory('physical-therapy');
export const HighlightSurgery: Story = highlightStory('surgery');

export const AllSix: Story = {
  args: { treatments: ALL_SIX, view: 'table' },
  parameters: describe(
    'All six treatments as a table: PRP, steroid injection, prolotherapy, radiofrequency ablation, physical therapy and spinal fusion surgery. The columns share the width, so the table never scrolls sideways.',
  ),
  play: async ({ canvasElement }) => {
    const { shadow } = await comparison(canvasElement);
    await expectTable(shadow, TREATMENTS);
    await expect(shadow.querySelectorAll('thead th[scope="col"] .name')).toHaveLength(6);
    await expect(shadow.querySelectorAll('tbody th[scope="row"]')).toHaveLength(ROWS.length);
    await expectNoHighlight(shadow);
    const base = shadow.querySelector<HTMLElement>('[part="base"]')!;
    await expect(base.scrollWidth).toBeLessThanOrEqual(base.clientWidth);
  },
};

export const Spanish: Story = {
  args: { lang: 'es', view: 'table', highlight: 'prp' },
  parameters: describe(
    '`lang="es"`: Spanish content, caption, headings and badge, here as a table with PRP highlighted.',
  ),
  play: async ({ canvasElement }) => {
    const { shadow } = await comparison(canvasElement);
    await expect(shadow.querySelector('[part="base"]')).toHaveAttribute('lang', 'es');
    await expect(shadow.querySelector('[part="title"]')).toHaveTextContent(es.content.title);
    await expectTable(shadow, DEFAULT_TREATMENTS, es, 'es');
    await expectHighlightedColumn(shadow, DEFAULT_TREATMENTS, 'prp', es);
    await expect(shadow.querySelector('.scale-title')).toHaveTextContent(es.strings.scaleHeading);
  },
};

export const Dark: Story = {
  args: { theme: 'dark', view: 'table', highlight: 'prp' },
  parameters: describe(
    '`theme="dark"` on a dark page, as a table with PRP highlighted (the outline and badge in the dark accent). The Theme toolbar switches every story.',
  ),
  play: async ({ canvasElement }) => {
    const { element, shadow } = await comparison(canvasElement);
    await expectDark(element, canvasElement);
    await expectHighlightedColumn(shadow, DEFAULT_TREATMENTS, 'prp');
  },
};

export const Narrow320: Story = {
  ...narrow320,
  args: { treatments: ALL_SIX, view: 'auto' },
  play: async ({ canvasElement }) => {
    const { element, shadow } = await comparison(canvasElement);
    await expectCards(shadow, TREATMENTS);
    await expectFits320(element, shadow);
  },
};

export const BadInput: Story = {
  args: { treatments: 'prp,unicorn,prp', highlight: 'surgery', view: 'grid' },
  parameters: describe(
    'Invalid values: an unknown treatment and one listed twice, a highlight that is not shown, and an unknown view. The element still renders, with the fallbacks (PRP once, nothing highlighted, `view="auto"`), and logs one `console.warn` per problem, which is expected here.',
  ),
  beforeEach: spyOnWarnings,
  play: async ({ canvasElement }) => {
    const { element, shadow } = await comparison(canvasElement);
    // view="grid" falls back to auto: a table when one treatment fits (180 + 150 px), else cards.
    if (element.getBoundingClientRect().width >= tableMinWidth(1)) await expectTable(shadow, ['prp']);
    else await expectCards(shadow, ['prp']);
    await expectNoHighlight(shadow);
    await expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('ignored "unicorn" in treatments='));
    await expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('lists "prp" more than once'));
    for (const attribute of ['highlight', 'view']) {
      await expect(console.warn).toHaveBeenCalledWith(expect.stringContaining(`ignored ${attribute}=`));
    }
  },
};
