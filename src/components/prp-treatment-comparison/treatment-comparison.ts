import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';

import { treatmentComparison as en } from '../../content/en/treatment-comparison.js';
import type { ClinicSource, Speaker } from '../../internal/citations.js';
import type { CivilDate } from '../../internal/dates.js';
import { Lazy } from '../../internal/lazy.js';
import { LocaleContent } from '../../internal/locale-content.js';
import { fill, formatList } from '../../internal/localize.js';
import { type ElementParts, PrpElement } from '../../internal/prp-element.js';
import { base } from '../../internal/styles/base.js';
import { tokens } from '../../internal/styles/tokens.js';
import { COMPARISON_SOURCES } from './sources.js';
import { inSentence, tableFitWidth, tableMinWidth } from './treatment-comparison.logic.js';
import { bothViews, styles } from './treatment-comparison.styles.js';
import {
  type ComparisonContent,
  type ComparisonLocaleContent,
  type ComparisonStrings,
  type ComparisonView,
  DEFAULT_TREATMENTS,
  type RowId,
  ROWS,
  type ScaleRow,
  SCALES,
  type TreatmentContent,
  type TreatmentId,
  TREATMENTS,
  VIEWS,
} from './types.js';

const CONTENT = new LocaleContent<ComparisonLocaleContent>({
  en,
  es: () => import('../../content/es/treatment-comparison.js').then((module) => module.treatmentComparison),
});
const OVERRIDES = new Lazy(() => import('./treatment-comparison.schema.js').then((module) => module.overrides));

/** When the default content was last checked against its sources. */
const CONTENT_UPDATED: CivilDate = { year: 2026, month: 12, day: 1 };

/** The "offered here" label of the highlighted treatment. */
const badge = (strings: ComparisonStrings) => html`<span class="badge">${strings.highlighted}</span>`;

/** One fact about a treatment; for studies and guidelines, the word of its scale comes first. */
function cell(treatment: TreatmentContent, row: RowId, content: ComparisonContent, say: Speaker) {
  if (row !== 'studies' && row !== 'guidelines') return say(treatment[row]);
  const fact = treatment[row];
  const word = (content.scales[row] as Record<string, { label: string }>)[fact.level];
  return html`<strong class="level level-${fact.level}">${word.label}.</strong> ${say(fact)}`;
}

/**
 * PRP beside the other treatments for back pain, row by row: how each works and is done, sessions,
 * downtime, how soon and how long it may help, what studies show and what guidelines say (each on its own
 * scale of words, explained once), risks, and cost. Every cell cites numbered sources, except cells that
 * only send the reader to their clinic. `highlight` marks the clinic's own treatment without changing any
 * fact, and says in one line that the clinic offers it.
 *
 * @tag prp-treatment-comparison
 * @summary PRP, steroid injections, prolotherapy, nerve ablation, physical therapy and surgery side by side.
 *
 * @csspart table - The comparison table (table view).
 * @csspart cards - The list of treatment cards (cards view).
 * @csspart card - One treatment's card (cards view).
 * @csspart highlighted - The highlighted treatment's column header and cells, or its card.
 * @csspart scale - The explanation of the evidence words.
 */
export class PrpTreatmentComparison extends PrpElement {
  static override styles = [tokens, base, styles, bothViews];

  /** @internal */
  static override readonly parts: ElementParts = {
    content: CONTENT,
    overrides: OVERRIDES,
    bibliography: COMPARISON_SOURCES,
  };

  /** Which treatments, in order, comma-separated: `prp`, `steroid`, `prolotherapy`, `rfa`, `physical-therapy`, `surgery`. Default `prp,steroid,physical-therapy`. */
  @property() treatments?: string;

  /** One shown treatment the clinic offers, emphasised visually (and for screen readers) with a one-line disclosure. No fact changes. */
  @property() highlight?: TreatmentId;

  /**
   * `auto` (default): cards when the element is narrower than 180 px + 150 px a treatment, a table from there;
   * `table`: a table wherever its words fit whole (130 px + 140 px a treatment), cards below; `cards`. Widths
   * are for 16 px text and grow with the reader's text size.
   */
  @property({ reflect: true }) view: ComparisonView = 'auto';

  /**
   * Clinic content override: `title`, `intro`, `scales`, and `treatments` (any of them, each complete), plus
   * `sources`. Also read from a `<script type="application/json">` child.
   */
  @property({ attribute: false }) content?: Partial<ComparisonContent> & { sources?: ClinicSource[] };

  /** The element's own width in px at 16 px text (its width scaled by its text size), for table or cards; unset until measured. */
  @state() private width?: number;

  /** Made on connection: a server, which never connects an element, has no ResizeObserver. */
  private resizeObserver?: ResizeObserver;

  override connectedCallback(): void {
    super.connectedCallback();
    // Read the width in the next frame: re-rendering inside the callback would change the layout it is
    // observing and raise "ResizeObserver loop completed with undelivered notifications" on the page.
    this.resizeObserver ??= new ResizeObserver(([entry]) => {
      const width = entry.contentRect.width;
      requestAnimationFrame(() => (this.width = this.atBaseSize(width)));
    });
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
  }

  private get settings() {
    const ids = this.options.ids(
      'treatments',
      this.treatments,
      TREATMENTS,
      DEFAULT_TREATMENTS,
      DEFAULT_TREATMENTS.join(','),
    );
    return {
      ids,
      highlight: this.options.value(
        'highlight',
        this.highlight,
        (v) => ids.find((id) => id === v),
        undefined,
        `one of the shown treatments (${ids.join(', ')})`,
        'no highlight',
      ),
      view: this.options.oneOf('view', this.view, VIEWS, 'auto'),
    };
  }

  /** What the reader sees: the settings, the content (an override's treatments over the defaults), and table or cards. */
  private get shown() {
    const settings = this.settings;
    const defaults = CONTENT.get(this.locale).content;
    const resolved = this.resolveContent(defaults);
    // An override replaces `treatments` whole; the treatments it leaves out keep their (regional) defaults.
    const treatments = { ...this.regional(defaults.treatments), ...resolved.content.treatments };
    const content = { ...resolved.content, treatments };
    const { ids, view } = settings;
    // The width from which a table shows: a forced table still gives way to cards where its words would break.
    const tableFrom =
      view === 'table' ? tableFitWidth(ids.length) : view === 'auto' ? tableMinWidth(ids.length) : Infinity;
    // Until the element's width is known (on a server; in the browser until the ResizeObserver's first report,
    // which comes without forcing a layout), both views are written and the styles show the one the width
    // calls for (`bothViews`), so measuring changes nothing a reader sees. A hydrating render may come after
    // that report (another language loading first) and is the server's render all the same.
    const measured = this.width === undefined || this.serverState ? undefined : this.width;
    const layout: Layout =
      tableFrom === Infinity ? 'cards' : measured === undefined ? 'both' : measured >= tableFrom ? 'table' : 'cards';
    return {
      ...settings,
      content,
      citations: resolved.citations,
      treatments: ids.map((id) => ({ id, ...content.treatments[id] })),
      layout,
      tableFrom,
      strings: this.localeStrings(CONTENT),
    };
  }

  /** `px` as if the text were 16 px: a reader's 32 px default font halves the room for table columns. */
  private atBaseSize(px: number): number {
    const widget = this.renderRoot?.querySelector('.widget');
    const size = widget ? parseFloat(getComputedStyle(widget).fontSize) : 16;
    return size > 0 ? (px * 16) / size : px;
  }

  protected override renderContent(): TemplateResult {
    const shown = this.shown;
    const { content, citations, treatments, highlight, layout, tableFrom, strings } = shown;
    const offered = treatments.find((t) => t.id === highlight);
    const say = this.speaker(citations);
    const intro = content.intro.map((statement) => html`<p>${say(statement)}</p>`);
    // Sources are numbered in one order whatever the view (treatment by treatment, as the cards read), so a
    // change of view, or a prerendered page that holds both, keeps every number.
    for (const treatment of treatments) for (const row of ROWS) citations.cite(treatment[row].sources);

    return html`<section class="comparison widget view-${layout}${layout === 'both' ? ` table-from-${tableFrom}` : ''}" part="base" lang=${this.locale} aria-labelledby="title">
      ${this.heading(0, content.title, { id: 'title', part: 'title', className: 'title' })}
      ${intro}
      ${offered ? html`<p class="disclosure">${fill(strings.offeredDisclosure, { treatment: inSentence(offered.name) })}</p>` : nothing}
      ${layout === 'cards' ? nothing : this.table(shown, say)}${layout === 'table' ? nothing : this.cards(shown, say)}
      ${this.scale(shown)}
      ${this.footer(citations, CONTENT_UPDATED)}
    </section>`;
  }

  /** One row per fact, one column per treatment. */
  private table(shown: Shown, say: Speaker) {
    const { treatments, highlight, strings } = shown;
    const caption = fill(strings.caption, {
      treatments: formatList(
        treatments.map((t) => inSentence(t.name)),
        this.locale,
      ),
    });
    return html`<div class="table-wrap"><table part="table">
      <caption>${caption}</caption>
      <thead><tr>
        <th scope="col">${strings.treatmentHeading}</th>
        ${treatments.map(
          (
            t,
          ) => html`<th scope="col" class=${t.id === highlight ? 'highlighted' : ''} part=${t.id === highlight ? 'highlighted' : nothing}>
          <span class="name">${t.name}</span><span class="detail">${t.detail}</span>${t.id === highlight ? badge(strings) : nothing}
        </th>`,
        )}
      </tr></thead>
      <tbody>${ROWS.map(
        (row) => html`<tr>
        <th scope="row">${strings.rowHeadings[row]}</th>
        ${treatments.map((t) => html`<td class=${t.id === highlight ? 'highlighted' : ''}>${cell(t, row, shown.content, say)}</td>`)}
      </tr>`,
      )}</tbody>
    </table></div>`;
  }

  /** One card per treatment, each fact a term and its description. */
  private cards(shown: Shown, say: Speaker) {
    const { treatments, highlight, strings } = shown;
    return html`<ul class="cards" part="cards">${treatments.map(
      (t) => html`<li class="card ${t.id === highlight ? 'highlighted' : ''}"
        part=${t.id === highlight ? 'card highlighted' : 'card'}>
      ${this.heading(1, html`${t.name}${t.id === highlight ? html` ${badge(strings)}` : nothing}`, { className: 'card-title' })}
      <p class="detail">${t.detail}</p>
      <dl>${ROWS.map((row) => html`<dt>${strings.rowHeadings[row]}</dt><dd>${cell(t, row, shown.content, say)}</dd>`)}</dl>
    </li>`,
    )}</ul>`;
  }

  /** What each word of the evidence and guideline scales means. */
  private scale({ content, strings }: Shown) {
    return html`<div class="scale" part="scale">
      ${this.heading(1, strings.scaleHeading, { id: 'scale-title', className: 'scale-title' })}
      ${(Object.keys(SCALES) as ScaleRow[]).map(
        (row) => html`${this.heading(2, strings.scaleHeadings[row], { className: 'scale-subtitle' })}
          <dl>${SCALES[row].map((level) => {
            const word = (content.scales[row] as Record<string, { label: string; meaning: string }>)[level];
            return html`<dt class="level">${word.label}</dt><dd>${word.meaning}</dd>`;
          })}</dl>`,
      )}
    </div>`;
  }
}

type Shown = PrpTreatmentComparison['shown'];
/** Table, cards, or both (until the width is measured, the styles choosing). */
type Layout = 'table' | 'cards' | 'both';

declare global {
  interface HTMLElementTagNameMap {
    'prp-treatment-comparison': PrpTreatmentComparison;
  }
}
