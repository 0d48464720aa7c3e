import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';

import { telLink } from '../../internal/care-card.js';
import type { ClinicSource, Speaker } from '../../internal/citations.js';
import { PrpEmergencyElement } from '../../internal/clinic-element.js';
import type { CivilDate } from '../../internal/dates.js';
import { Lazy } from '../../internal/lazy.js';
import { LocaleContent } from '../../internal/locale-content.js';
import { countText, fill } from '../../internal/localize.js';
import type { ElementParts } from '../../internal/prp-element.js';
import { base } from '../../internal/styles/base.js';
import { tokens } from '../../internal/styles/tokens.js';
import { faqPageJsonLd, matchesQuery, questionFromHash, selectQuestions } from './faq.logic.js';
import { styles } from './faq.styles.js';
import { FAQ_SOURCES } from './sources.js';
import { FAQ_TOPICS, type FaqContent, type FaqEntry, type FaqLocaleContent, type FaqStrings } from './types.js';

// Both languages load on first use: the questions are the longest text in the library, and most pages that
// load the script-tag file have no FAQ. The element renders once its language has arrived.
const CONTENT = new LocaleContent<FaqLocaleContent>({
  en: () => import('../../content/en/faq.js').then((module) => module.faq),
  es: () => import('../../content/es/faq.js').then((module) => module.faq),
});
const OVERRIDES = new Lazy(() => import('./faq.schema.js').then((module) => module.overrides));

/** When the default content was last checked against its sources. */
const CONTENT_UPDATED: CivilDate = { year: 2026, month: 12, day: 1 };

/** `prp-answer-toggle`'s name until 0.1: still fired beside it, and a page that listens for it is told once. */
const OLD_TOGGLE = 'prp-faq-toggle';

/** How long typing must pause before the match count is announced. */
const ANNOUNCE_DELAY_MS = 400;

/**
 * The questions patients ask about PRP for back pain and the treatments around it, each with a short,
 * sourced answer. Answers open and close one by one or all at once; `searchable` adds a search box that
 * filters as the reader types; a `#faq-<id>` link opens and focuses that answer. The emergency answer
 * uses the same warning signs as `<prp-doctor-checklist>`, and the same `emergency-number`.
 *
 * @tag prp-faq
 * @summary Frequently asked questions about PRP injections for back pain, with sourced answers.
 *
 * @fires {CustomEvent<AnswerToggleDetail>} prp-answer-toggle - A reader opened or closed an answer. `detail`: `{ id, open }`.
 * @fires {CustomEvent<AnswerToggleDetail>} prp-faq-toggle - Deprecated: the old name of `prp-answer-toggle`, still fired beside it until 1.0. Listening for it on the element logs one warning.
 *
 * @csspart search - The search box and its label (when `searchable`).
 * @csspart count - How many questions match the search (when `searchable`).
 * @csspart toggle-all - The show/hide all answers button.
 * @csspart questions - The list of questions.
 * @csspart question - One question's button.
 * @csspart answer - One answer.
 */
export class PrpFaq extends PrpEmergencyElement {
  static override styles = [tokens, base, styles];

  /** @internal */
  static override readonly parts: ElementParts = { content: CONTENT, overrides: OVERRIDES, bibliography: FAQ_SOURCES };

  /** Only questions with any of these topics, comma-separated: `prp`, `recovery`, `risks`, `cost`, `medicines`, `alternatives`, `conditions`, `emergency`. Unset: all. */
  @property() topics?: string;

  /** Which questions, by id, in this order (comma-separated). Unset: all, in the default order. */
  @property() questions?: string;

  /** The id of a question to show open at first. */
  @property() open?: string;

  /** Adds a search box that filters the questions as the reader types and announces how many match. */
  @property({ type: Boolean }) searchable = false;

  /**
   * Adds schema.org `FAQPage` JSON-LD for search engines to the page's `<head>` (a
   * `<script type="application/ld+json">` this element writes, updates and removes). Off by default.
   */
  @property({ type: Boolean }) schema = false;

  /**
   * Clinic content override: `title`, `intro` and `questions` (each `{ id, topics, question, answer }`, where
   * `answer` holds statements and `{ list: [statements] }` for bullets), plus `sources`. Also read from a `<script type="application/json">` child.
   */
  @property({ attribute: false }) content?: Partial<FaqContent> & { sources?: ClinicSource[] };

  /** Open answers by id; undefined until the reader acts, so `open` applies. */
  @state() private opened?: ReadonlySet<string>;
  @state() private query = '';
  /** The query whose match count screen readers last heard: it follows `query` once typing pauses. */
  @state() private announcedQuery?: string;
  private announceTimer?: ReturnType<typeof setTimeout>;

  private jsonLd?: HTMLScriptElement;
  private readonly onHashChange = () => void this.openFromHash();

  /** @internal Warns once when a page listens for the old event name on the element. */
  override addEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: HTMLElement, event: HTMLElementEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  /** @internal */
  override addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
  /** @internal */
  override addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void {
    if (type === OLD_TOGGLE) {
      this.warnOnce(
        OLD_TOGGLE,
        `"${OLD_TOGGLE}" is deprecated: listen for "prp-answer-toggle", which has the same detail. The old name goes in version 1.0.`,
      );
    }
    super.addEventListener(type, listener, options);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    clearTimeout(this.announceTimer);
    this.jsonLd?.remove();
    this.jsonLd = undefined;
  }

  protected override firstUpdated(): void {
    void this.openFromHash();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.writeJsonLd();
  }

  /** The validated attributes that do not depend on the content (one warning per bad entry). */
  private get settings() {
    return {
      topics:
        this.topics == null
          ? undefined
          : this.options.ids('topics', this.topics, FAQ_TOPICS, FAQ_TOPICS, 'all questions'),
    };
  }

  /** What the reader sees: the content, and the questions `topics` and `questions` select. */
  private get shown() {
    const settings = this.settings;
    const { content, citations } = this.resolveContent(CONTENT.get(this.locale).content);
    const ids = content.questions.map((entry) => entry.id);
    const picked =
      this.questions == null ? undefined : this.options.ids('questions', this.questions, ids, ids, 'all questions');
    const entries = selectQuestions(content.questions, settings.topics, picked);
    return { ...settings, content, citations, entries, strings: this.localeStrings(CONTENT) };
  }

  private openIds(entries: readonly FaqEntry[]): ReadonlySet<string> {
    if (this.opened) return this.opened;
    const first = this.options.value(
      'open',
      this.open,
      (v) => entries.find((entry) => entry.id === v)?.id,
      undefined,
      'the id of a shown question',
      'all closed',
    );
    return new Set(first ? [first] : []);
  }

  protected override renderContent(): TemplateResult {
    const { content, citations, entries, strings } = this.shown;
    const open = this.openIds(entries);
    const matching = entries.filter((entry) => matchesQuery(entry, this.query));
    const allOpen = matching.length > 0 && matching.every((entry) => open.has(entry.id));
    const say = this.speaker(citations, { emergency: telLink(this.emergencyPhone) });

    return html`<section class="faq widget" part="base" lang=${this.locale} aria-labelledby="title">
      ${this.heading(0, content.title, { id: 'title', part: 'title', className: 'title' })}
      ${content.intro.map((statement) => html`<p class="intro">${say(statement)}</p>`)}
      ${this.searchable ? this.search(entries, matching, strings) : nothing}
      <div class="actions">
        <button type="button" class="button" part="toggle-all" aria-controls=${matching.map((entry) => `answer-${entry.id}`).join(' ')}
          ?disabled=${matching.length === 0} @click=${() => this.setOpen(matching, !allOpen)}>${allOpen ? strings.collapseAll : strings.expandAll}</button>
      </div>
      <ul class="questions" part="questions">
        ${entries.map((entry) => this.question(entry, open.has(entry.id), !matching.includes(entry), say))}
      </ul>
      ${this.footer(citations, CONTENT_UPDATED)}
    </section>`;
  }

  /** The search box, the visible match count, and the count announced once typing pauses. */
  private search(entries: readonly FaqEntry[], matching: readonly FaqEntry[], strings: FaqStrings) {
    const countOf = (found: number) =>
      found === 0 ? strings.resultsNone : countText(found, strings.results, this.locale);
    const announced = this.announcedQuery;
    return html`<div class="search" part="search">
        <label for="search">${strings.searchLabel}</label>
        <input id="search" type="search" autocomplete="off" .value=${this.query} @input=${(e: Event) => this.searchFor((e.target as HTMLInputElement).value)} />
      </div>
      <p class="count" part="count" aria-hidden="true">${countOf(matching.length)}</p>
      <p class="sr-only" role="status">${announced === undefined ? '' : countOf(entries.filter((entry) => matchesQuery(entry, announced)).length)}</p>`;
  }

  /** One question: a heading holding its button, and the answer it opens. */
  private question(entry: FaqEntry, isOpen: boolean, hidden: boolean, say: Speaker) {
    return html`<li class="item" ?hidden=${hidden}>
      ${this.heading(
        1,
        html`<button type="button" class="question" part="question" id="faq-${entry.id}" aria-expanded=${isOpen ? 'true' : 'false'}
          aria-controls="answer-${entry.id}" @click=${() => this.setOpen([entry], !isOpen)}><span>${entry.question}</span><span class="chevron" aria-hidden="true"></span></button>`,
        { className: 'question-heading' },
      )}
      <div class="panel answer" part="answer" id="answer-${entry.id}" ?hidden=${!isOpen}>
        ${entry.answer.map((part) =>
          'list' in part
            ? html`<ul>${part.list.map((statement) => html`<li>${say(statement)}</li>`)}</ul>`
            : html`<p>${say(part)}</p>`,
        )}
      </div>
    </li>`;
  }

  /** Filters at once; the match count is announced once typing pauses, not on every key. */
  private searchFor(query: string): void {
    this.query = query;
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => (this.announcedQuery = this.query), ANNOUNCE_DELAY_MS);
  }

  /** Opens or closes `entries` and reports each change. */
  private setOpen(entries: readonly FaqEntry[], open: boolean): void {
    const next = new Set(this.openIds(this.shown.entries));
    for (const entry of entries) {
      if (next.has(entry.id) === open) continue;
      if (open) next.add(entry.id);
      else next.delete(entry.id);
      this.emit('prp-answer-toggle', { id: entry.id, open });
      this.emit(OLD_TOGGLE, { id: entry.id, open });
    }
    this.opened = next;
  }

  /** `#faq-<id>` in the page address: open that answer, bring it into view and move focus to it. */
  private async openFromHash(): Promise<void> {
    const id = questionFromHash(location.hash);
    const entry = id && this.shown.entries.find((candidate) => candidate.id === id);
    if (!entry) return;
    this.query = '';
    this.setOpen([entry], true);
    await this.updateComplete;
    const button = this.renderRoot.querySelector<HTMLButtonElement>(`#faq-${entry.id}`);
    // The middle of the view, clear of a clinic's sticky header (WCAG 2.4.11).
    button?.scrollIntoView({ block: 'center' });
    button?.focus();
  }

  /** Keeps the page's FAQPage JSON-LD in step with the shown questions, or removes it. */
  private writeJsonLd(): void {
    if (!this.schema) {
      this.jsonLd?.remove();
      this.jsonLd = undefined;
      return;
    }
    try {
      const values = { emergency: this.emergencyPhone.display };
      const data = JSON.stringify(faqPageJsonLd(this.shown.entries, this.locale, (text) => fill(text, values)));
      if (!this.jsonLd) {
        this.jsonLd = document.createElement('script');
        this.jsonLd.type = 'application/ld+json';
        this.jsonLd.dataset.prpFaq = '';
        document.head.append(this.jsonLd);
      }
      if (this.jsonLd.textContent !== data) this.jsonLd.textContent = data;
    } catch (error) {
      // A page that enforces Trusted Types refuses script text: the questions still show.
      this.warnOnce('schema', `could not add the FAQPage JSON-LD to the page (${String(error)}).`);
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'prp-faq': PrpFaq;
  }
}
