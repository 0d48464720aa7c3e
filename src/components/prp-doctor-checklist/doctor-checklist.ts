import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';

import { doctorChecklist as en } from '../../content/en/doctor-checklist.js';
import { CARE_LEVELS, careIcon, careTitle, phoneLine, telLink } from '../../internal/care-card.js';
import type { ClinicSource, Speaker } from '../../internal/citations.js';
import { type ClinicContact, PrpClinicElement } from '../../internal/clinic-element.js';
import type { CivilDate } from '../../internal/dates.js';
import { Lazy } from '../../internal/lazy.js';
import { LocaleContent } from '../../internal/locale-content.js';
import { fill, fillParts } from '../../internal/localize.js';
import type { ElementParts } from '../../internal/prp-element.js';
import { base } from '../../internal/styles/base.js';
import { careCard } from '../../internal/styles/care-card.js';
import { tokens } from '../../internal/styles/tokens.js';
import { type CardSpec, checkedInOrder, lookOf, politeness, resultLevel } from './doctor-checklist.logic.js';
import { styles } from './doctor-checklist.styles.js';
import { CHECKLIST_SOURCES } from './sources.js';
import {
  type CareItem,
  type ChecklistContent,
  type ChecklistContext,
  type ChecklistLocaleContent,
  type ChecklistMode,
  type ChecklistStrings,
  CONTEXTS,
  MODES,
  type ResultLevel,
  type ResultWords,
  type TellContent,
  type TriageContent,
} from './types.js';

const CONTENT = new LocaleContent<ChecklistLocaleContent>({
  en,
  es: () => import('../../content/es/doctor-checklist.js').then((module) => module.doctorChecklist),
});
const OVERRIDES = new Lazy(() => import('./doctor-checklist.schema.js').then((module) => module.overrides));

/** When the default content was last checked against its sources. */
const CONTENT_UPDATED: CivilDate = { year: 2026, month: 12, day: 1 };

/**
 * "When to see a doctor": warning signs in three NHS-style care cards, read in order of urgency
 * (emergency, urgent, routine). Each card's heading is the action to take, worded for the context: the
 * clinic after an injection, any doctor for back pain. Every sign has one level everywhere (the triage
 * registry). Before treatment there is no urgency: one list says what to tell the clinic ahead of the
 * injection. In `checklist` mode the reader ticks what applies and a result box says what to do now,
 * announced to screen readers (assertively for an emergency). Nothing ticked is stored or sent anywhere.
 *
 * @tag prp-doctor-checklist
 * @summary When to call the emergency number, get help today, see a doctor soon, or tell the clinic before treatment.
 *
 * @fires {CustomEvent<ChecklistChangeDetail>} prp-checklist-change - A box was ticked or cleared. `detail`: `{ level, checked }`, where `level` is `none`, `routine`, `urgent` or `emergency` (`none` or `tell` before treatment) and `checked` lists the ids of ticked items. Nothing else leaves the element.
 *
 * @csspart card - Each care card (and the before-treatment list).
 * @csspart card-emergency - The emergency card.
 * @csspart card-urgent - The urgent card.
 * @csspart card-routine - The routine (non-urgent) card.
 * @csspart card-tell - The before-treatment list of things to tell the clinic.
 * @csspart checkbox - Each checkbox (checklist mode).
 * @csspart result - The "What to do now" box (checklist mode).
 * @csspart reset - The button that clears every tick.
 *
 * @cssprop [--prp-color-emergency=#b3261e] - Emergency card border and heading background.
 * @cssprop [--prp-color-emergency-contrast=#ffffff] - Text on the emergency heading.
 * @cssprop [--prp-color-urgent=#8f4f00] - Urgent card border and icon.
 * @cssprop [--prp-color-routine=#0a58a8] - Routine card (and before-treatment list) border and icon.
 */
export class PrpDoctorChecklist extends PrpClinicElement {
  static override styles = [tokens, base, careCard, styles];

  /** @internal */
  static override readonly parts: ElementParts = {
    content: CONTENT,
    overrides: OVERRIDES,
    bibliography: CHECKLIST_SOURCES,
  };

  /** The situation: `after-injection` (default), `back-pain` (for anyone, with or without a clinic) or `before-treatment`. */
  @property({ reflect: true }) context: ChecklistContext = 'after-injection';

  /** `checklist` (default): tick boxes with a result; `cards`: the same signs as cards to read. */
  @property({ reflect: true }) mode: ChecklistMode = 'checklist';

  /**
   * Clinic content override for the chosen context: `title`, `intro`, and either `emergency`, `urgent`,
   * `routine` (after an injection, back pain) or `tell` (before treatment); each item `{ id, text, sources? }`.
   * A registered warning sign's id must stay at its level. Plus `sources` for the clinic's own references.
   * Also read from a `<script type="application/json">` child.
   */
  @property({ attribute: false }) content?: Partial<TriageContent & TellContent> & { sources?: ClinicSource[] };

  /** Ids of the ticked signs; kept only in memory, never stored. */
  @state() private checked: ReadonlySet<string> = new Set();

  /** What the live regions say after the last change; empty until the reader changes something. */
  @state() private announcement: { readonly text: string; readonly level: ResultLevel } | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('context') && changed.get('context') !== undefined) {
      this.checked = new Set();
      this.announcement = undefined;
    }
  }

  private get settings() {
    return {
      context: this.options.oneOf('context', this.context, CONTEXTS, 'after-injection'),
      mode: this.options.oneOf('mode', this.mode, MODES, 'checklist'),
      contact: this.contact,
    };
  }

  /** What the reader sees now: the settings, the content and its cards, and the result of the ticks. */
  private get shown() {
    const settings = this.settings;
    const { content, citations } = this.resolveContent<ChecklistContent>(
      CONTENT.get(this.locale).contexts[settings.context],
    );
    const strings = this.localeStrings(CONTENT);
    const cards = this.cards(settings.context, content, strings);
    return { ...settings, content, citations, strings, cards, level: resultLevel(cards, this.checked) };
  }

  /** The cards to show: the three levels, or the one before-treatment list. */
  private cards(context: ChecklistContext, content: ChecklistContent, strings: ChecklistStrings): CardSpec<CareItem>[] {
    if (context === 'before-treatment') {
      const tell = content as TellContent;
      return [{ kind: 'tell', heading: strings.actions['before-treatment'].heading, items: tell.tell }];
    }
    const triage = content as TriageContent;
    const { headings } = strings.actions[context];
    return CARE_LEVELS.map((level) => ({ kind: level, heading: headings[level], items: triage[level] }));
  }

  /** What the result box says for `level` in `context`. */
  private resultWords(context: ChecklistContext, level: ResultLevel, strings: ChecklistStrings): ResultWords {
    if (context === 'before-treatment') return strings.actions[context].results[level === 'none' ? 'none' : 'tell'];
    return strings.actions[context].results[level === 'tell' ? 'routine' : level];
  }

  /** `{clinic}` and `{emergency}` as plain text, for announcements. */
  private textValues(contact: ClinicContact) {
    return { clinic: contact.name ?? this.common.yourClinic, emergency: contact.emergency.display };
  }

  /** The same with a `tel:` link for the emergency number, for display. */
  private linkValues(contact: ClinicContact) {
    return { ...this.textValues(contact), emergency: telLink(contact.emergency) };
  }

  protected override renderContent(): TemplateResult {
    const { context, mode, contact, content, citations, strings, cards, level } = this.shown;
    const say = this.speaker(citations);
    const links = this.linkValues(contact);

    return html`<section class="checklist widget" part="base" lang=${this.locale} aria-labelledby="title">
      ${this.heading(0, content.title, { id: 'title', part: 'title', className: 'title' })}
      ${content.intro.map((statement) => html`<p class="intro">${say(statement)}</p>`)}
      ${mode === 'checklist' ? html`<p class="help">${context === 'before-treatment' ? strings.actions[context].help : strings.help}</p>` : nothing}
      ${cards.map((spec) => this.card(spec, mode, contact, links, say))}
      ${mode === 'checklist' ? this.result(context, level, contact, strings, links) : nothing}
      ${this.footer(citations, CONTENT_UPDATED)}
    </section>`;
  }

  /** One level's card: a list to read (`cards`), or a fieldset of checkboxes (`checklist`). */
  private card(
    { kind, heading: action, items }: CardSpec<CareItem>,
    mode: ChecklistMode,
    contact: ClinicContact,
    links: LinkValues,
    say: Speaker,
  ) {
    const look = lookOf(kind);
    const prefix = kind === 'tell' ? '' : this.common.carePrefix[kind];
    const title = careTitle(look, prefix, fillParts(action, links));
    const heading = this.heading(1, title, { className: 'care-title', id: `title-${kind}` });
    const phone =
      kind === 'urgent' || kind === 'tell'
        ? phoneLine(fill(this.common.phoneLabel, { clinic: links.clinic }), contact.phone)
        : nothing;
    if (mode === 'cards') {
      return html`<div class="care care--${look}" part="card card-${kind}">
        <div class="care-head">${heading}</div>
        <div class="care-body"><ul>${items.map((item) => html`<li>${say(item)}</li>`)}</ul>${phone}</div>
      </div>`;
    }
    return html`<fieldset class="care care--${look}" part="card card-${kind}">
      <legend class="care-head">${heading}</legend>
      <div class="care-body">
        <ul class="checks">${items.map((item) => this.checkbox(item, say))}</ul>
        ${phone}
      </div>
    </fieldset>`;
  }

  /** The citation follows the label, so a box's name is the sign alone. */
  private checkbox(item: CareItem, say: Speaker) {
    const id = `check-${item.id}`;
    const { text, cite } = say.parts(item);
    return html`<li class="check">
      <input type="checkbox" id=${id} part="checkbox" .checked=${this.checked.has(item.id)}
        @change=${(event: Event) => this.setChecked(item.id, (event.target as HTMLInputElement).checked)} />
      <span class="check-text"><label for=${id}>${text}</label>${cite}</span>
    </li>`;
  }

  private result(
    context: ChecklistContext,
    level: ResultLevel,
    contact: ClinicContact,
    strings: ChecklistStrings,
    links: LinkValues,
  ) {
    const advice = this.resultWords(context, level, strings);
    const look = lookOf(level);
    const announced = this.announcement;
    return html`<div class="result result--${look} ${look === 'none' ? '' : `care care--${look}`}" part="result">
        ${this.heading(1, strings.resultHeading, { id: 'result-title', className: 'result-heading' })}
        <p class="result-level">${look === 'none' ? nothing : careIcon(look)}<strong>${fillParts(advice.title, links)}</strong></p>
        <p class="result-text">${fillParts(advice.text, links)}</p>
        ${level === 'urgent' || level === 'tell' ? phoneLine(fill(this.common.phoneLabel, { clinic: links.clinic }), contact.phone) : nothing}
        <button type="button" class="button" part="reset" @click=${() => this.reset(strings.cleared)}>${strings.reset}</button>
        <p class="privacy">${strings.privacy}</p>
      </div>
      <div class="sr-only" role="status" aria-live="polite" aria-atomic="true">${announced && politeness(announced.level) === 'polite' ? announced.text : ''}</div>
      <div class="sr-only" role="alert" aria-live="assertive" aria-atomic="true">${announced && politeness(announced.level) === 'assertive' ? announced.text : ''}</div>`;
  }

  private setChecked(id: string, on: boolean): void {
    const next = new Set(this.checked);
    if (on) next.add(id);
    else next.delete(id);
    this.checked = next;
    this.changed();
  }

  private reset(cleared: string): void {
    this.checked = new Set();
    this.changed(cleared);
  }

  /** Updates the announcement and tells the host page the level and ticked ids, nothing more. */
  private changed(prefix?: string): void {
    const { context, contact, strings, cards, level } = this.shown;
    const text = this.textValues(contact);
    const advice = this.resultWords(context, level, strings);
    this.announcement = {
      level,
      text: [prefix, `${fill(advice.title, text)}.`, fill(advice.text, text)].filter(Boolean).join(' '),
    };
    this.emit('prp-checklist-change', { level, checked: checkedInOrder(cards, this.checked) });
  }
}

type LinkValues = ReturnType<PrpDoctorChecklist['linkValues']>;

declare global {
  interface HTMLElementTagNameMap {
    'prp-doctor-checklist': PrpDoctorChecklist;
  }
}
