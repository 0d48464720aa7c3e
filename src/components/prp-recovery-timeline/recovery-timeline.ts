import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';

import { recoveryTimelineBase as en } from '../../content/en/recovery-timeline.js';
import type { Statement } from '../../content/types.js';
import { careTitle, phoneLine, telLink } from '../../internal/care-card.js';
import type { ClinicSource, Speaker } from '../../internal/citations.js';
import { type ClinicContact, PrpClinicElement } from '../../internal/clinic-element.js';
import { addDays, type CivilDate, localDate } from '../../internal/dates.js';
import { Lazy } from '../../internal/lazy.js';
import { LocaleContent } from '../../internal/locale-content.js';
import { countText, fill, fillParts, formatDate, formatDaysFromNow } from '../../internal/localize.js';
import type { ElementParts } from '../../internal/prp-element.js';
import { base } from '../../internal/styles/base.js';
import { careCard } from '../../internal/styles/care-card.js';
import { tokens } from '../../internal/styles/tokens.js';
import {
  buildCalendar,
  type CalendarEvent,
  initiallyOpenPhase,
  nsaidAdviceApplies,
  PHASE_WINDOWS,
  phaseDates,
  type PhaseStatus,
  phaseStatus,
  type PhaseWindow,
  type Stage,
  stageAt,
} from './recovery-timeline.logic.js';
import { styles } from './recovery-timeline.styles.js';
import { TIMELINE_SOURCES } from './sources.js';
import {
  ICE_ADVICE,
  type IceAdvice,
  type PhaseItem,
  type Procedure,
  PROCEDURES,
  type ProtocolKey,
  type TimelineBaseContent,
  type TimelineContent,
  type TimelinePhase,
  type TimelineStrings,
} from './types.js';

const CONTENT = new LocaleContent<TimelineBaseContent>({
  en,
  es: () => import('../../content/es/recovery-timeline.js').then((module) => module.recoveryTimelineBase),
});
const PROLOTHERAPY = new LocaleContent<TimelineContent>({
  en: () => import('../../content/en/recovery-timeline-prolotherapy.js').then((module) => module.prolotherapy),
  es: () => import('../../content/es/recovery-timeline-prolotherapy.js').then((module) => module.prolotherapy),
});
const OVERRIDES = new Lazy(() => import('./recovery-timeline.schema.js').then((module) => module.overrides));

/** What a stage says when the clinic leaves a protocol setting unset (or sets it wrong). */
const NEUTRAL = 'the neutral wording';

/** When the default content was last checked against its sources. */
const CONTENT_UPDATED: CivilDate = { year: 2026, month: 12, day: 1 };

/** Clinic settings after validation; undefined means "not set", which keeps the neutral wording. */
interface Settings {
  readonly procedure: Procedure;
  readonly procedureDate?: CivilDate;
  /** Undefined where the reader's date is not known (a server; see `serverState`): no stage is shown. */
  readonly today?: CivilDate;
  readonly nsaidFreeDays?: number;
  readonly ice?: IceAdvice;
  readonly followUpWeeks?: number;
  readonly contact: ClinicContact;
}

/**
 * What recovery after a PRP (or prolotherapy) injection looks like, stage by stage from the injection
 * day to about 6 months, with what is normal, what to do, what to avoid and when to call the clinic.
 * Given `procedure-date`, each stage shows whether it is done, happening now or coming up; before that
 * date it counts down and lists how to prepare. Clinic settings replace the neutral default wording.
 *
 * @tag prp-recovery-timeline
 * @summary Recovery stages after a PRP or prolotherapy injection, with the reader's current stage.
 *
 * @fires {CustomEvent<PhaseToggleDetail>} prp-phase-toggle - A reader opened or closed a stage. `detail`: `{ phase, open }`.
 * @fires {CustomEvent<CalendarDownloadDetail>} prp-calendar-download - Before the `.ics` file is saved. `detail`: `{ fileName, events }`. Cancel it to stop the download.
 *
 * @csspart summary - The line that says where the reader is ("Day 9 after your injection").
 * @csspart emergency - The emergency notice: a heading that says what to do, and the warning signs.
 * @csspart phases - The ordered list of stages.
 * @csspart phase - One stage (`li`); the current one also has `phase-current`.
 * @csspart phase-current - The current stage.
 * @csspart phase-toggle - The button that opens or closes a stage.
 * @csspart status - The text status of a stage (done / now / coming up).
 * @csspart panel - The content of a stage.
 * @csspart actions - The row with "show all" and the calendar download.
 *
 * @cssprop [--prp-color-done=#1a6d34] - Marker of finished stages.
 */
export class PrpRecoveryTimeline extends PrpClinicElement {
  static override styles = [tokens, base, careCard, styles];

  /** @internal */
  static override readonly parts: ElementParts = {
    content: CONTENT,
    overrides: OVERRIDES,
    bibliography: TIMELINE_SOURCES,
  };

  /** Which treatment to describe: `prp` (default) or `prolotherapy`. */
  @property({ reflect: true }) procedure: Procedure = 'prp';

  /** Date of the injection (YYYY-MM-DD). With it, each stage shows its dates and status. */
  @property({ attribute: 'procedure-date' }) procedureDate?: string;

  /** The date to treat as today (YYYY-MM-DD), for previews; defaults to the reader's local date. */
  @property() today?: string;

  /** Days without NSAIDs (ibuprofen, naproxen) after the injection, per the clinic's protocol (1–90). Wherever the ban shows, so does the advice to keep prescribed aspirin and heart or blood medicines. */
  @property({ attribute: 'nsaid-free-days', type: Number }) nsaidFreeDays?: number;

  /** The clinic's advice on ice packs: `allowed` or `avoid`. Unset: "ask your clinic". */
  @property() ice?: IceAdvice;

  /** Weeks after the injection of the follow-up visit (1–52). Also moves the calendar reminder. */
  @property({ attribute: 'follow-up-weeks', type: Number }) followUpWeeks?: number;

  /**
   * Clinic content override: any top-level field of the default content for the chosen procedure
   * (`title`, `intro`, `emergency`, `before`, `phases`, `complete`, `protocol`, `milestones`) plus
   * `sources` for the clinic's own references. Also read from a `<script type="application/json">` child.
   */
  @property({ attribute: false }) content?: Partial<TimelineContent> & { sources?: ClinicSource[] };

  /** Stages the reader opened or closed; undefined until they do, so the current stage starts open. */
  @state() private opened?: ReadonlySet<string>;

  /** The name of the calendar file last made, for the status line that confirms it. */
  @state() private downloaded = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('procedureDate') || changed.has('today') || changed.has('procedure')) {
      this.opened = undefined;
      this.downloaded = '';
    }
  }

  /** @internal */
  override get localeContent() {
    return [...super.localeContent, ...(this.procedure === 'prolotherapy' ? [PROLOTHERAPY] : [])];
  }

  private get settings(): Settings {
    const procedureDate = this.options.date('procedure-date', this.procedureDate);
    return {
      procedure: this.options.oneOf('procedure', this.procedure, PROCEDURES, 'prp'),
      procedureDate,
      // The reader's date matters only with a procedure date: only then does the hydrating render leave it out.
      today:
        this.options.date('today', this.today, "the reader's date") ??
        (procedureDate && !this.serverState ? localDate() : undefined),
      nsaidFreeDays: this.options.integer('nsaid-free-days', this.nsaidFreeDays, [1, 90, 'days'], undefined, NEUTRAL),
      ice: this.options.oneOf('ice', this.ice, ICE_ADVICE, undefined, NEUTRAL),
      followUpWeeks: this.options.integer('follow-up-weeks', this.followUpWeeks, [1, 52, 'weeks'], undefined, NEUTRAL),
      contact: this.contact,
    };
  }

  /** What the reader sees: the settings, the procedure's content, today's stage, and the words for placeholders. */
  private get shown() {
    const settings = this.settings;
    const { content, citations } = this.resolveContent(
      settings.procedure === 'prolotherapy' ? PROLOTHERAPY.get(this.locale) : CONTENT.get(this.locale).prp,
    );
    const { days, weeks, yourClinic } = this.common;
    const values = {
      clinic: settings.contact.name ?? yourClinic,
      days: settings.nsaidFreeDays === undefined ? '' : countText(settings.nsaidFreeDays, days, this.locale),
      weeks: settings.followUpWeeks === undefined ? '' : countText(settings.followUpWeeks, weeks, this.locale),
    };
    const stage = stageAt(settings.procedureDate, settings.today);
    return { ...settings, content, citations, values, stage, strings: this.localeStrings(CONTENT) };
  }

  /** The open stages: the reader's choice once they made one, else the current stage. */
  private currentlyOpen(stage?: Stage): ReadonlySet<string> {
    if (this.opened) return this.opened;
    const { procedureDate, today } = this.settings;
    return new Set([PHASE_WINDOWS[initiallyOpenPhase(stage ?? stageAt(procedureDate, today))].id]);
  }

  /** The calendar events for the follow-up milestones, built from content and clinic settings. */
  calendarEvents(): CalendarEvent[] {
    const { procedureDate, followUpWeeks, content, strings, values } = this.shown;
    if (!procedureDate) return [];
    const clinic = values.clinic;
    return content.milestones.map((milestone) => {
      const isFollowUp = milestone.id === 'follow-up' && followUpWeeks !== undefined;
      const day = isFollowUp ? followUpWeeks * 7 : milestone.day;
      const date = addDays(procedureDate, day);
      return {
        uid: `${milestone.id}-${formatDate(date, 'en', { year: 'numeric', month: '2-digit', day: '2-digit' }).replace(/\D/g, '')}@prp-widgets`,
        date,
        summary: fill(isFollowUp ? strings.followUpEvent : milestone.summary, { clinic }),
        description: fill(milestone.description, { clinic }),
      };
    });
  }

  protected override renderContent(): TemplateResult {
    const shown = this.shown;
    const { content, citations, strings, stage } = shown;
    const open = this.currentlyOpen(stage);
    const say = this.speaker(citations, shown.values);

    return html`<section class="timeline widget" part="base" lang=${this.locale} aria-labelledby="title">
      ${this.heading(0, content.title, { id: 'title', part: 'title', className: 'title' })}
      ${content.intro.map((statement) => html`<p class="intro">${say(statement)}</p>`)}
      <p class="summary" part="summary" role="status">${this.summary(stage, strings) || nothing}</p>
      ${this.emergencyNotice(shown, say)}
      ${
        stage.kind === 'before' || stage.kind === 'undated'
          ? html`<div class="before">${this.heading(1, content.before.title, { id: 'before-title' })} ${this.list(content.before.steps, shown, say)}</div>`
          : nothing
      }
      ${this.actions(shown, open)}
      <ol class="phases" part="phases" aria-label=${strings.phasesLabel}>
        ${content.phases.map((phase, index) => this.phase(phase, index, open.has(PHASE_WINDOWS[index].id), shown, say))}
      </ol>
      ${
        stage.kind === 'complete'
          ? html`<div class="complete">
            ${this.heading(1, content.complete.title, { id: 'complete-title' })}
            ${content.complete.body.map((statement) => html`<p>${say(statement)}</p>`)}
          </div>`
          : nothing
      }
      ${this.footer(citations, CONTENT_UPDATED)}
    </section>`;
  }

  /** The emergency notice, always shown first: call the emergency number for these signs. */
  private emergencyNotice({ content, contact }: Shown, say: Speaker) {
    const title = careTitle(
      'emergency',
      this.common.carePrefix.emergency,
      fillParts(content.emergency.title, { emergency: telLink(contact.emergency) }),
    );
    return html`<div class="care care--emergency" part="emergency">
      <div class="care-head">${this.heading(1, title, { id: 'emergency-title', className: 'care-title' })}</div>
      <div class="care-body"><ul>${content.emergency.signs.map((sign) => html`<li>${say(sign)}</li>`)}</ul></div>
    </div>`;
  }

  /** Show or hide every stage; with a date, the calendar download, its note and its status line. */
  private actions({ procedureDate, strings }: Shown, open: ReadonlySet<string>) {
    const allOpen = PHASE_WINDOWS.every((window) => open.has(window.id));
    return html`<div class="actions" part="actions">
      <button type="button" class="button" aria-controls=${PHASE_WINDOWS.map((w) => `panel-${w.id}`).join(' ')}
        @click=${() => this.setAllOpen(!allOpen)}>
        ${allOpen ? strings.hideAll : strings.showAll}
      </button>
      ${
        procedureDate
          ? html`<button type="button" class="button" aria-describedby="download-note"
              @click=${() => this.downloadCalendar(strings)}>${strings.download}</button>
            <p id="download-note" class="note">${strings.downloadNote}</p>
            <p class="download-status" role="status">${this.downloaded ? fill(strings.downloaded, { file: this.downloaded }) : nothing}</p>`
          : nothing
      }
    </div>`;
  }

  /** One stage: a heading holding its toggle (title, status, dates) and its panel of what to expect and do. */
  private phase(phase: TimelinePhase, index: number, isOpen: boolean, shown: Shown, say: Speaker) {
    const { strings, stage, values, contact } = shown;
    const window = PHASE_WINDOWS[index];
    const status = phaseStatus(index, stage);
    return html`<li class="phase ${status ?? 'undated'}" part=${status === 'now' ? 'phase phase-current' : 'phase'}
        aria-current=${status === 'now' ? 'step' : nothing}>
      <span class="marker" aria-hidden="true"></span>
      ${this.heading(
        1,
        html`<button type="button" class="toggle" part="phase-toggle" id="toggle-${window.id}"
          aria-expanded=${isOpen ? 'true' : 'false'} aria-controls="panel-${window.id}"
          @click=${() => this.toggle(window.id, !isOpen)}>
          <span class="phase-title">${phase.title}</span>
          <span class="phase-meta">${this.statusText(status, stage, strings)}${this.dateText(window, shown, strings)}</span>
          <span class="chevron" aria-hidden="true"></span>
        </button>`,
        { className: 'phase-heading' },
      )}
      <div class="panel" part="panel" id="panel-${window.id}" ?hidden=${!isOpen}>
        ${this.section(strings.normalHeading, this.list(phase.normal, shown, say))}
        ${this.section(strings.doHeading, this.list(phase.do, shown, say, window))}
        ${this.section(strings.avoidHeading, this.list(phase.avoid, shown, say, window))}
        ${this.section(fill(strings.callHeading, values), this.list(phase.callIf, shown, say), phoneLine(fill(this.common.phoneLabel, { clinic: values.clinic }), contact.phone))}
      </div>
    </li>`;
  }

  /** Statements as a list; a protocol entry takes the clinic's setting, or drops out where it does not apply. */
  private list(entries: readonly PhaseItem[], shown: Shown, say: Speaker, window?: PhaseWindow) {
    const items = entries.flatMap((entry) => {
      const statement =
        'protocol' in entry ? this.protocolStatement(entry.protocol, shown.content, shown, window) : entry;
      return statement ? [html`<li>${say(statement)}</li>`] : [];
    });
    return items.length ? html`<ul>${items}</ul>` : nothing;
  }

  private summary(stage: Stage, strings: TimelineStrings): string {
    switch (stage.kind) {
      case 'undated':
        return '';
      case 'before':
        return fill(strings.countdown, { when: formatDaysFromNow(stage.daysUntil, this.locale) });
      case 'during':
        return stage.day === 0 ? `${strings.injectionDay}.` : `${fill(strings.dayAfter, { day: stage.day })}.`;
      case 'complete':
        return strings.completeSummary;
    }
  }

  private statusText(status: PhaseStatus | undefined, stage: Stage, strings: TimelineStrings) {
    if (!status) return nothing;
    const label = { done: strings.statusDone, now: strings.statusNow, upcoming: strings.statusUpcoming }[status];
    const detail =
      status === 'now' && stage.kind === 'during'
        ? `: ${stage.day === 0 ? strings.injectionDay : fill(strings.dayAfter, { day: stage.day })}`
        : '';
    return html`<span class="status status-${status}" part="status">${label}${detail}</span>`;
  }

  private dateText(window: PhaseWindow, settings: Settings, strings: TimelineStrings) {
    if (!settings.procedureDate) return nothing;
    const { start, end } = phaseDates(settings.procedureDate, window);
    // Short names on screen; screen readers get the full ones ("sun" and "jue" are read as words).
    const dates = (style: 'short' | 'long') => {
      const format = (date: CivilDate) =>
        formatDate(date, this.locale, { weekday: style, month: style, day: 'numeric' });
      return window.start === window.end
        ? format(start)
        : fill(strings.dateRange, { start: format(start), end: format(end) });
    };
    return html`<span class="dates"><span aria-hidden="true">${dates('short')}</span><span class="sr-only">${dates('long')}</span></span>`;
  }

  private section(title: string, body: unknown, after: unknown = nothing) {
    if (body === nothing) return nothing;
    return html`<div class="section">${this.heading(2, title, { className: 'section-title' })}${body}${after}</div>`;
  }

  private protocolStatement(
    key: ProtocolKey,
    content: TimelineContent,
    settings: Settings,
    window?: PhaseWindow,
  ): Statement | undefined {
    const wording = content.protocol;
    switch (key) {
      case 'nsaid':
        if (window && !nsaidAdviceApplies(window, settings.nsaidFreeDays)) return undefined;
        return settings.nsaidFreeDays === undefined ? wording.nsaid.unset : wording.nsaid.set;
      case 'ice':
        return settings.ice ? wording.ice[settings.ice] : wording.ice.unset;
      case 'followUp':
        return settings.followUpWeeks === undefined ? wording.followUp.unset : wording.followUp.set;
    }
  }

  private toggle(phase: string, open: boolean): void {
    const next = new Set(this.currentlyOpen());
    if (open) next.add(phase);
    else next.delete(phase);
    this.opened = next;
    this.emit('prp-phase-toggle', { phase, open });
  }

  private setAllOpen(open: boolean): void {
    const before = this.currentlyOpen();
    this.opened = new Set(open ? PHASE_WINDOWS.map((window) => window.id) : []);
    for (const window of PHASE_WINDOWS) {
      if (before.has(window.id) !== open) this.emit('prp-phase-toggle', { phase: window.id, open });
    }
  }

  private downloadCalendar(strings: TimelineStrings): void {
    const events = this.calendarEvents();
    const fileName = `${strings.fileName}.ics`;
    if (!this.emit('prp-calendar-download', { fileName, events: events.length }, true)) return;
    const blob = new Blob([buildCalendar(events, new Date())], { type: 'text/calendar;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.hidden = true;
    this.renderRoot.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    this.downloaded = fileName;
  }
}

type Shown = PrpRecoveryTimeline['shown'];

declare global {
  interface HTMLElementTagNameMap {
    'prp-recovery-timeline': PrpRecoveryTimeline;
  }
}
