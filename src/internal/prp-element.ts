import { html, LitElement, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';

import { common as commonEn } from '../content/en/common.js';
import type { CitedSource, CommonStrings } from '../content/types.js';
import { describeValue, parseDate, parseEnum, parseIdList, parseIntegerInRange, parseText } from './attributes.js';
import { Citations, CITE_LINK, type Speaker, speaker } from './citations.js';
import type { OverrideRules } from './content.js';
import { addYears, type CivilDate, daysBetween, localDate, toIsoDate } from './dates.js';
import { defineElement, VERSION } from './define.js';
import { endFallbackWait } from './fallback.js';
import { renderFooter } from './footer.js';
import { type HeadingOptions, renderHeading } from './heading.js';
import type { Lazy } from './lazy.js';
import { LocaleContent } from './locale-content.js';
import {
  countText,
  DEFAULT_LOCALE,
  inheritedLang,
  isolateBidi,
  type Locale,
  matchLocale,
  SUPPORTED_LOCALES,
} from './localize.js';
import { defaultEmergencyNumber, emergencyPlace, type Region, regionalize, regionOf } from './region.js';

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

const JSON_CHILD = ':scope > script[type="application/json"]';

const COMMON = new LocaleContent<CommonStrings>({
  en: commonEn,
  es: () => import('../content/es/common.js').then((module) => module.common),
});

/** What an element renders from, declared once per element class as `static parts`. */
export interface ElementParts {
  /** Its content in each language (English bundled, other languages loaded on first use). */
  readonly content: LocaleContent<unknown>;
  /** How it checks a clinic's content override; loaded only when a page gives one. */
  readonly overrides: Lazy<OverrideRules>;
  /** The sources its default content cites (its `sources.ts`; a test checks it against the content). */
  readonly bibliography: readonly CitedSource[];
}

/** Instances that must re-render when any `lang` attribute on the page changes. */
const connected = new Set<PrpElement>();
let langObserver: MutationObserver | undefined;

/** The page is printing: every element shows its sources (screen readers and print CSS alike). */
let printing = false;

/** One observer of `lang` and one pair of print listeners for the page, however many elements it has. */
function watchPage(): void {
  if (langObserver || typeof MutationObserver === 'undefined') return;
  langObserver = new MutationObserver(() => connected.forEach((element) => element.requestUpdate()));
  langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  const print = (on: boolean) => () => {
    printing = on;
    connected.forEach((element) => element.requestUpdate());
  };
  window.addEventListener('beforeprint', print(true));
  window.addEventListener('afterprint', print(false));
}

/**
 * Base class of every prp-widgets element: registration that never throws, language resolution,
 * validated attributes with one warning each, heading levels, theme, review details and content overrides.
 *
 * @attr lang - Language of the content: `en` or `es` (regions such as `es-MX` use `es`). Unset: the nearest
 * ancestor's `lang`, then `<html lang>`, then English. An unsupported language shows English with one warning.
 * The region picks the wording: `en-GB` gets UK words and defaults (999, A&E, 111, GP, paracetamol,
 * physiotherapy), `es-ES` the emergency number 112; any other region gets the US defaults (911).
 *
 * @csspart base - The element's outer wrapper.
 * @csspart title - The main heading.
 * @csspart footer - Sources, update and review dates, and the not-medical-advice notice.
 * @csspart sources - The numbered list of sources (closed until the reader opens it, follows a citation or prints).
 * @csspart sources-toggle - The "Sources (n)" button that shows or hides the list.
 * @csspart disclaimer - The not-medical-advice line.
 *
 * @cssprop [--prp-color-background=#ffffff] - Background.
 * @cssprop [--prp-color-surface=#f3f6f9] - Background of highlighted areas (the open stage, result box, row headings, drawings).
 * @cssprop [--prp-color-text=#1b232c] - Text and drawing outlines.
 * @cssprop [--prp-color-text-muted=#46525e] - Secondary text (dates, details, the footer).
 * @cssprop [--prp-color-border=#aab6c2] - Borders and lines.
 * @cssprop [--prp-color-accent=#0a58a8] - Links, buttons, the current stage or step, the highlighted treatment.
 * @cssprop [--prp-color-accent-contrast=#ffffff] - Text on the accent colour.
 * @cssprop [--prp-color-focus=#0a58a8] - Focus ring.
 * @cssprop [--prp-font-family=system-ui] - Font.
 * @cssprop [--prp-font-size=medium] - Base text size; everything else scales from it. `medium` follows the reader's browser setting; a host's `html { font-size }` does not change it.
 * @cssprop [--prp-radius=8px] - Corner radius.
 * @cssprop [--prp-space=1em] - Base spacing.
 * @cssprop [--prp-motion-duration=160ms] - Speed of motion; `0s` stops it all, as reduced motion does.
 */
export abstract class PrpElement extends LitElement {
  /** The library version that defined this element. */
  static readonly version = VERSION;

  /** Registers this class as `tag`; safe to call twice and when another copy got there first. */
  static define(tag: string): void {
    defineElement(tag, this as unknown as CustomElementConstructor);
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** Colour theme: `light` (default), `dark`, or `auto` (follows the reader's system setting). */
  @property({ reflect: true }) theme?: Theme;

  /** Level (1–6) of the element's main heading; inner headings follow. Default 2. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel?: number;

  /** Name of the clinician who reviewed this content, shown in the footer: plain text, at most 120 characters. */
  @property({ attribute: 'reviewed-by' }) reviewedBy?: string;

  /** Date (YYYY-MM-DD) of the clinical review, shown in the footer. */
  @property({ attribute: 'reviewed-on' }) reviewedOn?: string;

  /**
   * Who publishes this page (usually the clinic), shown in the footer as "Published by …": plain text,
   * at most 120 characters. Unset: the clinic's name where the element has one.
   */
  @property() publisher?: string;

  private readonly warned = new Set<string>();
  private childObserver?: MutationObserver;

  /** The reader opened the source list, or followed a citation. */
  @state() private sourcesOpen = false;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    root.addEventListener('click', (event) => void this.followCitation(event));
    return root;
  }

  /** A citation link: open the sources and take the reader to the one cited. */
  private async followCitation(event: Event): Promise<void> {
    const link = (event.target as Element).closest?.(`a.${CITE_LINK}`);
    if (!link) return;
    event.preventDefault();
    this.sourcesOpen = true;
    await this.updateComplete;
    const source = this.renderRoot.querySelector<HTMLElement>(link.getAttribute('href')!);
    source?.scrollIntoView({ block: 'center' });
    source?.focus();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Once rendered, the widget shows at once in every engine (see fallback.ts for WebKit's wait animation).
    void this.updateComplete.then(() => endFallbackWait(this));
    connected.add(this);
    watchPage();
    // A clinic's JSON override child may be added or edited after the element upgrades.
    this.childObserver ??= new MutationObserver(() => this.requestUpdate());
    this.childObserver.observe(this, { childList: true, characterData: true, subtree: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
    this.childObserver?.disconnect();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  /**
   * The language the element shows: the requested one once its content has loaded, else English (only
   * when another language failed to load, since rendering waits for it).
   */
  protected get locale(): Locale {
    const requested = this.requestedLocale;
    return this.localeContent.every((content) => content.has(requested)) ? requested : DEFAULT_LOCALE;
  }

  /** The supported language asked for by `lang` (own, inherited or the page's); warns once for an unsupported one. */
  private get requestedLocale(): Locale {
    const tag = inheritedLang(this);
    if (!tag) return DEFAULT_LOCALE;
    const locale = matchLocale(tag);
    if (locale) return locale;
    this.warnOnce(
      `lang:${tag}`,
      `ignored lang="${describeValue(tag)}"${this.getAttribute('lang') === null ? ' (from the page)' : ''}: expected a supported language (${SUPPORTED_LOCALES.join(', ')}; regions such as es-MX are fine). Using English (en).`,
    );
    return DEFAULT_LOCALE;
  }

  protected get common(): CommonStrings {
    return this.regional(COMMON.get(this.locale));
  }

  /** The reader's region, from the `lang` that applies (`en-GB` → GB); US when none is given. */
  protected get region(): Region {
    return regionOf(inheritedLang(this));
  }

  /** The emergency number's digits, for the name of the emergency place; elements with `emergency-number` override it. */
  protected get emergencyDial(): string {
    return defaultEmergencyNumber(this.region);
  }

  /** `value` in the reader's regional words: the emergency place and, in the UK, UK words (see `region.ts`). */
  protected regional<T>(value: T): T {
    const common = COMMON.get(this.locale);
    return regionalize(value, common.regional, this.region, emergencyPlace(this.region, this.emergencyDial));
  }

  /** This element's content in the shown language and the reader's regional words. */
  protected localeText<T>(content: LocaleContent<T>): T {
    return this.regional(content.get(this.locale));
  }

  /** Renders statements with their citation numbers; `values` fill placeholders such as `{clinic}`. */
  protected speaker(citations: Citations, values: Readonly<Record<string, unknown>> = {}): Speaker {
    const { citationPrefix } = this.common;
    const locale = this.locale;
    return speaker(citations, (count) => countText(count, citationPrefix, locale).trim(), values);
  }

  /** @internal What this element renders from; each element class declares it. */
  declare static readonly parts: ElementParts;

  private get parts(): ElementParts {
    return (this.constructor as typeof PrpElement).parts;
  }

  /** The language content this element renders from: the common strings and its own (elements may add more). */
  protected get localeContent(): readonly LocaleContent<unknown>[] {
    return [COMMON, this.parts.content];
  }

  /** Before rendering, waits for what is not loaded yet: another language's content, the override checks. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const locale = this.requestedLocale;
    const pending = [
      ...this.localeContent.map((content) => content.load(locale)),
      this.hasOverride ? this.parts.overrides.load() : undefined,
    ].filter((load) => load !== undefined);
    if (pending.length === 0) return super.scheduleUpdate();
    return Promise.all(pending).then(
      () => super.scheduleUpdate(),
      (error: unknown) => {
        this.warnOnce(
          `load:${String(error)}`,
          `could not load part of its content (${String(error)}). Showing what it has.`,
        );
        return super.scheduleUpdate();
      },
    );
  }

  /** Logs one `console.warn` per distinct `key` for the life of this element. */
  protected warnOnce(key: string, message: string): void {
    if (this.warned.has(key)) return;
    this.warned.add(key);
    console.warn(`<${this.localName}> ${message}`);
  }

  /**
   * The parsed value of an attribute or property, or `fallback` with one warning naming the element,
   * attribute, value and fallback. Unset values (undefined, null, '') give the fallback silently.
   */
  protected option<T>(
    attribute: string,
    value: unknown,
    parse: (value: unknown) => T | undefined,
    fallback: T,
    expected: string,
    fallbackLabel = String(fallback),
  ): T {
    if (value === undefined || value === null || value === '') return fallback;
    const parsed = parse(value);
    if (parsed !== undefined) return parsed;
    const shown = this.getAttribute(attribute) ?? value;
    this.warnOnce(
      `${attribute}=${describeValue(shown)}`,
      `ignored ${attribute}="${describeValue(shown)}": expected ${expected}. Using ${fallbackLabel}.`,
    );
    return fallback;
  }

  protected enumOption<T extends string>(attribute: string, value: unknown, allowed: readonly T[], fallback: T): T {
    return this.option(attribute, value, (v) => parseEnum(v, allowed), fallback, `one of ${allowed.join(', ')}`);
  }

  /**
   * A list of ids (`treatments="prp,rfa"`, `topics="prp,recovery"`): unknown entries and repeats are skipped
   * with one warning each; a value with no valid id gives `fallback`, with one warning. Unset: `fallback`.
   */
  protected idListOption<T extends string>(
    attribute: string,
    value: unknown,
    allowed: readonly T[],
    fallback: readonly T[],
    fallbackLabel: string,
  ): readonly T[] {
    if (value === undefined || value === null) return fallback;
    const parsed = parseIdList(value, allowed, fallback);
    const shown = describeValue(value);
    const expected = `ids from ${allowed.join(', ')}`;
    if (parsed.usedDefault) {
      // One warning for the whole value: nothing in it is usable.
      this.warnOnce(
        `${attribute}-empty:${shown}`,
        `ignored ${attribute}="${shown}": expected ${expected}. Using ${fallbackLabel}.`,
      );
      return parsed.ids;
    }
    for (const entry of parsed.unknown) {
      this.warnOnce(
        `${attribute}:${entry}`,
        `ignored "${describeValue(entry)}" in ${attribute}="${shown}": expected ${expected}. Using the others.`,
      );
    }
    for (const id of parsed.duplicates) {
      this.warnOnce(`${attribute}-twice:${id}`, `${attribute}="${shown}" lists "${id}" more than once. Using it once.`);
    }
    return parsed.ids;
  }

  protected dateOption(attribute: string, value: unknown, fallbackLabel = 'no date'): CivilDate | undefined {
    return this.option(attribute, value, parseDate, undefined, 'a date as YYYY-MM-DD', fallbackLabel);
  }

  /** Who publishes the page: `publisher`, else the clinic's name where the element has one. */
  protected get publisherName(): string | undefined {
    return this.textOption('publisher', this.publisher);
  }

  /**
   * The common footer: cited sources, `updated` (when the defaults were last checked) and the next review
   * a year later, review, publisher, disclaimer. Past the review date, one warning tells the site admin.
   */
  protected footer(citations: Citations, updated: CivilDate) {
    const nextReview = addYears(updated, 1);
    if (daysBetween(nextReview, localDate()) > 0) {
      this.warnOnce(
        'review-due',
        `shows content whose review was due on ${toIsoDate(nextReview)}. Update prp-widgets to a newer version, or have a clinician review the content.`,
      );
    }
    // The footer comes last, so every statement has been cited by now.
    if (citations.unknown.size) {
      const ids = [...citations.unknown].map((id) => `"${describeValue(id)}"`).join(', ');
      this.warnOnce(
        `sources:${ids}`,
        `cites unknown source ids ${ids}: shown without a number. Add them to the override's "sources", or use a built-in id.`,
      );
    }
    return renderFooter({
      citations,
      strings: this.common,
      locale: this.locale,
      updated,
      nextReview,
      reviewedBy: this.textOption('reviewed-by', this.reviewedBy),
      reviewedOn: this.dateOption('reviewed-on', this.reviewedOn),
      publisher: this.publisherName,
      heading: (text) => this.heading(1, text, { className: 'sources-heading' }),
      open: this.sourcesOpen || printing,
      onToggle: () => (this.sourcesOpen = !this.sourcesOpen),
    });
  }

  /** Dispatches a bubbling, composed `prp-*` event; returns false if a listener cancelled it. */
  protected emit<T>(type: string, detail: T, cancelable = false): boolean {
    return this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable }));
  }

  /** Clinic-typed text: plain, short, and isolated when right-to-left (see `isolateBidi`). */
  protected textOption(attribute: string, value: unknown, maxLength = 120): string | undefined {
    const text = this.option(
      attribute,
      value,
      (v) => parseText(v, maxLength),
      undefined,
      `plain text (no markup or control characters) of at most ${maxLength} characters`,
      'nothing',
    );
    return text === undefined ? undefined : isolateBidi(text);
  }

  /** The validated heading level (1–6). */
  protected get level(): number {
    return this.option(
      'heading-level',
      this.headingLevel,
      (v) => parseIntegerInRange(v, 1, 6),
      2,
      'a whole number from 1 to 6',
    );
  }

  /** A heading `depth` levels below the element's main heading. */
  protected heading(depth: number, content: unknown, options?: HeadingOptions) {
    return renderHeading(this.level + depth, content, options);
  }

  /** The `content` property or a `<script type="application/json">` child is present. */
  private get hasOverride(): boolean {
    return (this as { content?: unknown }).content != null || this.querySelector(JSON_CHILD) !== null;
  }

  /**
   * The content to show: the defaults with the clinic's override merged over them field by field. The
   * override comes from the `content` property, else a `<script type="application/json">` child (one whose
   * `lang` matches the shown language first, else one without `lang`). If anything fails the element's
   * override rules, one warning names each failing path and the defaults are used. Clinic `sources`
   * become citable.
   */
  protected resolveContent<T extends object>(defaults: T, property: unknown): { content: T; citations: Citations } {
    const value = property ?? this.jsonChild();
    if (value === undefined)
      return { content: this.regional(defaults), citations: new Citations(this.parts.bibliography) };
    const rules = this.parts.overrides.value;
    const result = rules?.apply(defaults, value);
    if (result && result.errors.length === 0) {
      return {
        content: this.regional(result.content),
        citations: new Citations(this.parts.bibliography, result.sources),
      };
    }
    const listed = result
      ? result.errors.slice(0, 5).map((e) => `${e.path}: ${e.message}`)
      : ['its checks could not be loaded'];
    if (result && result.errors.length > 5) listed.push(`and ${result.errors.length - 5} more`);
    this.warnOnce(
      `content:${listed.join()}`,
      `ignored the content override (${listed.join('; ')}). Using the default content.`,
    );
    return { content: this.regional(defaults), citations: new Citations(this.parts.bibliography) };
  }

  private jsonChild(): unknown {
    const scripts = [...this.querySelectorAll<HTMLScriptElement>(JSON_CHILD)];
    const locale = this.locale;
    const script = scripts.find((s) => s.lang && matchLocale(s.lang) === locale) ?? scripts.find((s) => !s.lang.trim());
    if (!script) return undefined;
    const source = script.textContent ?? '';
    try {
      return JSON.parse(source);
    } catch (error) {
      this.warnOnce(
        `json:${source}`,
        `ignored its <script type="application/json"> child: not valid JSON (${(error as Error).message}). Using the default content.`,
      );
      return undefined;
    }
  }

  /** Validated `theme`; the attribute drives the CSS, this only reports a bad value. */
  private checkTheme(): void {
    this.enumOption('theme', this.theme, THEMES, 'light');
  }

  protected override render(): TemplateResult {
    try {
      this.checkTheme();
      return this.renderContent();
    } catch (error) {
      // Never leave the widget blank or throw into the host page.
      console.warn(`<${this.localName}> could not render its content.`, error);
      return html`<p class="render-error" part="error">${this.common.renderError}</p>`;
    }
  }

  /** The element's own template. */
  protected abstract renderContent(): TemplateResult;
}
