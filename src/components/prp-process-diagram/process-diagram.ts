import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';

import { processDiagramBase as en } from '../../content/en/process-diagram.js';
import type { Statement } from '../../content/types.js';
import type { ClinicSource } from '../../internal/citations.js';
import type { CivilDate } from '../../internal/dates.js';
import { Lazy } from '../../internal/lazy.js';
import { LocaleContent } from '../../internal/locale-content.js';
import { fill } from '../../internal/localize.js';
import { motionReduced } from '../../internal/motion.js';
import { type ElementParts, PrpElement } from '../../internal/prp-element.js';
import { base } from '../../internal/styles/base.js';
import { tokens } from '../../internal/styles/tokens.js';
import { illustration } from './illustrations.js';
import {
  AUTOPLAY_SECONDS,
  nextStepLooping,
  parseAutoplaySeconds,
  parseStep,
  stepForKey,
} from './process-diagram.logic.js';
import { styles } from './process-diagram.styles.js';
import { DIAGRAM_SOURCES } from './sources.js';
import {
  type DiagramBaseContent,
  type DiagramContent,
  type DiagramLayout,
  type DiagramStep,
  GUIDANCE,
  type Guidance,
  LAYOUTS,
  type Procedure,
  PROCEDURES,
} from './types.js';

const CONTENT = new LocaleContent<DiagramBaseContent>({
  en,
  es: () => import('../../content/es/process-diagram.js').then((module) => module.processDiagramBase),
});
const PROLOTHERAPY = new LocaleContent<DiagramContent>({
  en: () => import('../../content/en/process-diagram-prolotherapy.js').then((module) => module.prolotherapy),
  es: () => import('../../content/es/process-diagram-prolotherapy.js').then((module) => module.prolotherapy),
});
const OVERRIDES = new Lazy(() => import('./process-diagram.schema.js').then((module) => module.overrides));

/** When the default content was last checked against its sources. */
const CONTENT_UPDATED: CivilDate = { year: 2026, month: 12, day: 1 };

/**
 * How PRP is made and given (or how prolotherapy is given), step by step, each with a hand-drawn
 * illustration. The text carries everything: each step is a list item whose heading says "Step n of N".
 * `layout="stepper"` shows one step at a time with step buttons, Previous/Next and arrow keys;
 * `layout="overview"` shows every step at once (and is what print always shows).
 *
 * @tag prp-process-diagram
 * @summary The steps of a PRP (or prolotherapy) treatment, one at a time or all at once.
 *
 * @fires {CustomEvent<StepChangeDetail>} prp-step-change - The shown step changed through the step buttons, Previous/Next, the keyboard or autoplay. `detail`: `{ step, id }` (`step` is 1-based). Setting `step` from outside does not fire it.
 *
 * @csspart nav - The row of step buttons (stepper layout).
 * @csspart step-button - One step button; the current one also has `step-button-current`.
 * @csspart step-button-current - The current step's button.
 * @csspart steps - The ordered list of steps.
 * @csspart step - One step (`li`).
 * @csspart illustration - A step's drawing.
 * @csspart controls - Previous, the position and Next.
 * @csspart autoplay - The pause/play button (when `autoplay` is set), before the steps it moves.
 *
 * @cssprop [--prp-color-done=#1a6d34] - Marker of steps already seen.
 */
export class PrpProcessDiagram extends PrpElement {
  static override styles = [tokens, base, styles];

  /** @internal */
  static override readonly parts: ElementParts = {
    content: CONTENT,
    overrides: OVERRIDES,
    bibliography: DIAGRAM_SOURCES,
  };

  /** Which treatment: `prp` (default) or `prolotherapy`. */
  @property({ reflect: true }) procedure: Procedure = 'prp';

  /**
   * How PRP's injection step is guided: `ultrasound` or `fluoroscopy`. Unset: both are mentioned. Prolotherapy's
   * injection step makes no guidance claim (the sources do not describe one), so it ignores this.
   */
  @property() guidance?: Guidance;

  /** `stepper` (default): one step at a time; `overview`: every step at once. */
  @property({ reflect: true }) layout: DiagramLayout = 'stepper';

  /** The shown step, 1-based; reflected, so it changes as the reader moves. */
  @property({ type: Number, reflect: true }) step = 1;

  /** Seconds a step before moving on by itself (1–600). Unset: no autoplay. Never starts under reduced motion. */
  @property({ type: Number }) autoplay?: number;

  /**
   * Clinic content override: `title`, `intro` or `steps` (each `{ id, title, illustration, body }`) for the
   * chosen procedure, plus `sources`. Also read from a `<script type="application/json">` child.
   */
  @property({ attribute: false }) content?: Partial<DiagramContent> & { sources?: ClinicSource[] };

  /** The reader pressed Pause (or Play, under reduced motion). */
  @state() private userPaused = false;
  @state() private userPlayed = false;
  /** Pointer or keyboard focus is inside the element: autoplay waits. */
  @state() private hovered = false;
  @state() private focused = false;
  /** Polite announcement after a reader's own step change. */
  @state() private announcement = '';
  /** A step change happened: the new step fades in (never on first render, never under reduced motion). */
  @state() private stepChanged = false;

  private timer?: ReturnType<typeof setTimeout>;
  private focusButtonAfterUpdate = false;

  constructor() {
    super();
    this.addEventListener('mouseenter', () => (this.hovered = true));
    this.addEventListener('mouseleave', () => (this.hovered = false));
    this.addEventListener('focusin', () => (this.focused = true));
    this.addEventListener('focusout', (event) => {
      if (!this.contains(event.relatedTarget as Node) && !this.renderRoot.contains(event.relatedTarget as Node))
        this.focused = false;
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopTimer();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // An invalid step warns once and falls back; writing the fallback back keeps the attribute truthful.
    if (changed.has('step') || changed.has('procedure') || changed.has('content')) {
      const valid = this.shown.current;
      if (valid !== this.step) this.step = valid;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusButtonAfterUpdate) {
      this.focusButtonAfterUpdate = false;
      this.renderRoot.querySelector<HTMLButtonElement>('.step-button[aria-current="step"]')?.focus();
    }
    // Restart the countdown after any change, so a step is always shown for the full time.
    this.stopTimer();
    if (this.autoplaying) this.timer = setTimeout(() => this.advance(), this.settings.autoplay! * 1000);
  }

  /** @internal */
  override get localeContent() {
    return [...super.localeContent, ...(this.procedure === 'prolotherapy' ? [PROLOTHERAPY] : [])];
  }

  private get settings() {
    const procedure = this.options.oneOf('procedure', this.procedure, PROCEDURES, 'prp');
    return {
      procedure,
      guidance: this.options.oneOf('guidance', this.guidance, GUIDANCE, undefined, 'both mentioned'),
      layout: this.options.oneOf('layout', this.layout, LAYOUTS, 'stepper'),
      autoplay: this.options.value(
        'autoplay',
        this.autoplay,
        parseAutoplaySeconds,
        undefined,
        `a number of seconds from ${AUTOPLAY_SECONDS.min} to ${AUTOPLAY_SECONDS.max}`,
        'no autoplay',
      ),
    };
  }

  /** What the reader sees: the settings, the procedure's content and steps, and the current step. */
  private get shown() {
    const settings = this.settings;
    const { content, citations } = this.resolveContent(
      settings.procedure === 'prolotherapy' ? PROLOTHERAPY.get(this.locale) : CONTENT.get(this.locale).prp,
    );
    const steps = content.steps;
    return {
      ...settings,
      content,
      citations,
      steps,
      current: this.currentStep(steps.length),
      strings: this.localeStrings(CONTENT),
    };
  }

  /** The validated step; an invalid `step` warns once and shows step 1. */
  private currentStep(count: number): number {
    return this.options.value('step', this.step, (v) => parseStep(v, count), 1, `a whole number from 1 to ${count}`);
  }

  /** Autoplay is set and the reader has not paused it; under reduced motion, only once they press Play. */
  private get autoplayOn(): boolean {
    const { autoplay, layout } = this.settings;
    if (!autoplay || layout !== 'stepper') return false;
    // A server's render (and so the first of a prerendered one) is paused: the reader's motion setting is not known there.
    if (this.serverState) return false;
    return !this.userPaused && (this.userPlayed || !motionReduced(this));
  }

  /** Autoplay is advancing right now: on, and not held by the pointer or keyboard focus. */
  private get autoplaying(): boolean {
    return this.autoplayOn && !this.hovered && !this.focused;
  }

  protected override renderContent(): TemplateResult {
    const { guidance, layout, autoplay, content, citations, steps, current, strings } = this.shown;
    const stepper = layout === 'stepper';
    const speak = this.speaker(citations);
    const say = (statement: Statement) => html`<p>${speak(statement)}</p>`;

    return html`<section class="diagram widget layout-${layout}" part="base" lang=${this.locale} aria-labelledby="title">
      ${this.heading(0, content.title, { id: 'title', part: 'title', className: 'title' })}
      ${content.intro.map(say)}
      ${stepper && autoplay ? this.autoplayButton(strings) : nothing}
      ${stepper ? this.nav(steps, current, strings) : nothing}
      <ol class="steps" part="steps">
        ${steps.map((step, index) => this.stepItem(step, index + 1, { steps, current, stepper, guidance, strings, say }))}
      </ol>
      ${stepper ? this.controls(steps, current, strings) : nothing}
      <div class="sr-only" role="status" aria-live="polite">${this.announcement}</div>
      ${this.footer(citations, CONTENT_UPDATED)}
    </section>`;
  }

  /** Step `n`: its heading, drawing and text; in the stepper, only the current step shows. */
  private stepItem(
    step: DiagramStep,
    n: number,
    { steps, current, stepper, guidance, strings, say }: StepContext,
  ): TemplateResult {
    const guided = step.guidance ? step.guidance[guidance ?? 'both'] : undefined;
    const position = fill(strings.stepOf, { n, count: steps.length });
    return html`<li class="step ${n === current ? 'current' : ''} ${n === current && this.stepChanged ? 'entering' : ''}" part="step" id="step-${step.id}"
        ?hidden=${stepper && n !== current}>
      ${this.heading(1, html`<span class="step-position">${position}</span><span class="sr-only">: </span><span class="step-title">${step.title}</span>`, { className: 'step-heading' })}
      <div class="step-body">
        ${illustration(step.illustration, strings.labels, step.illustration === 'guided-injection' ? guidance : undefined)}
        <div class="step-text">${step.body.map(say)}${guided ? say(guided) : nothing}</div>
      </div>
    </li>`;
  }

  private nav(steps: readonly DiagramStep[], current: number, strings: DiagramBaseContent['strings']) {
    return html`<ol class="step-nav" part="nav" aria-label=${strings.stepsLabel} @keydown=${(e: KeyboardEvent) => this.onNavKey(e, steps)}>
      ${steps.map((step, index) => {
        const n = index + 1;
        const state = n < current ? 'done' : n === current ? 'current' : 'upcoming';
        return html`<li>
          <button type="button" class="step-button ${state}" part=${n === current ? 'step-button step-button-current' : 'step-button'}
            aria-current=${n === current ? 'step' : nothing} @click=${() => this.goTo(n, steps, false)}>
            <span class="step-marker" aria-hidden="true">${state === 'done' ? '' : n}</span>
            <span class="step-button-title"><span class="sr-only">${fill(strings.stepOf, { n, count: steps.length })}: </span>${step.title}</span>
            ${state === 'done' ? html`<span class="sr-only">(${strings.done})</span>` : nothing}
          </button>
        </li>`;
      })}
    </ol>`;
  }

  /** Pause (or Play) comes before the steps it moves, so a reader meets it first (WCAG 2.2.2). */
  private autoplayButton(strings: DiagramBaseContent['strings']) {
    const playing = this.autoplayOn; // the button shows the reader's choice; hover and focus only hold it
    return html`<div class="autoplay-row"><button type="button" class="button autoplay" part="autoplay" @click=${() => this.toggleAutoplay(playing)}>
      ${playing ? strings.pause : strings.play}
    </button></div>`;
  }

  private controls(steps: readonly DiagramStep[], current: number, strings: DiagramBaseContent['strings']) {
    const atStart = current === 1;
    const atEnd = current === steps.length;
    return html`<div class="controls" part="controls">
      <button type="button" class="button" aria-disabled=${atStart ? 'true' : 'false'}
        @click=${() => !atStart && this.goTo(current - 1, steps, true)}>${strings.previous}</button>
      <span class="position" aria-hidden="true">${fill(strings.stepOf, { n: current, count: steps.length })}</span>
      <button type="button" class="button" aria-disabled=${atEnd ? 'true' : 'false'}
        @click=${() => !atEnd && this.goTo(current + 1, steps, true)}>${strings.next}</button>
    </div>`;
  }

  private stopTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Autoplay: the next step, back to the first after the last. */
  private advance(): void {
    const { steps, current } = this.shown;
    this.goTo(nextStepLooping(current, steps.length), steps, false);
  }

  /**
   * Shows step `target`. `announce`: say the new step in the live region; only for Previous and Next, since
   * a step button or arrow key leaves focus on the new step's button, whose name already says it.
   */
  private goTo(target: number, steps: readonly DiagramStep[], announce: boolean): void {
    const step = Math.min(steps.length, Math.max(1, target));
    if (step === this.currentStep(steps.length)) return;
    this.step = step;
    this.stepChanged = true;
    const strings = this.localeStrings(CONTENT);
    this.announcement = announce
      ? `${fill(strings.stepOf, { n: step, count: steps.length })}: ${steps[step - 1].title}`
      : '';
    this.emit('prp-step-change', { step, id: steps[step - 1].id });
  }

  private onNavKey(event: KeyboardEvent, steps: readonly DiagramStep[]): void {
    const target = stepForKey(event.key, this.currentStep(steps.length), steps.length);
    if (target === undefined) return;
    event.preventDefault();
    this.focusButtonAfterUpdate = true;
    this.goTo(target, steps, false);
  }

  private toggleAutoplay(playing: boolean): void {
    this.userPaused = playing;
    this.userPlayed = !playing;
  }
}

/** What every step of one render shares. */
interface StepContext {
  readonly steps: readonly DiagramStep[];
  readonly current: number;
  readonly stepper: boolean;
  readonly guidance?: Guidance;
  readonly strings: DiagramBaseContent['strings'];
  readonly say: (statement: Statement) => TemplateResult;
}

declare global {
  interface HTMLElementTagNameMap {
    'prp-process-diagram': PrpProcessDiagram;
  }
}
