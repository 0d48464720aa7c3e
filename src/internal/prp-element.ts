import { adoptStyles, html, isServer, LitElement, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';

import { common as commonEn } from '../content/en/common.js';
import type { CitedSource, CommonStrings } from '../content/types.js';
import { describeValue } from './attributes.js';
import { type Citations, CITE_LINK, type Speaker, speaker } from './citations.js';
import type { OverrideRules } from './content.js';
import { ContentOverrideController, type ResolvedContent } from './content-override.js';
import { addYears, type CivilDate, daysBetween, localDate, toIsoDate } from './dates.js';
import { defineElement, VERSION } from './define.js';
import { endFallbackWait } from './fallback.js';
import { renderFooter } from './footer.js';
import { type HeadingOptions, renderHeading } from './heading.js';
import { localeLoads, requestedLocale, shownLocale } from './language.js';
import { afterLoads, type Lazy } from './lazy.js';
import { LocaleContent } from './locale-content.js';
import { countText, inheritedLang, langOrEnglish, type Locale } from './localize.js';
import { Options } from './options.js';
import { PageWatchController, printing } from './page-watch.js';
import { defaultEmergencyNumber, emergencyPlace, type Region, regionalize, regionOf } from './region.js';
import { inRenderSlice, joinSliceStyles, leaveSliceStyles } from './render-slices.js';

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

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

/** `detail` of a `prp-*` event, from its declaration in `HTMLElementEventMap` (each element's `types.ts`). */
export type PrpEventDetail<K extends PrpEventType> = HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;
export type PrpEventType = Extract<keyof HTMLElementEventMap, `prp-${string}`>;

/** `detail` of `prp-warning`: the console warning's words, and the attribute it is about, if one is. */
export interface WarningDetail {
  message: string;
  attribute?: string;
}

declare global {
  interface HTMLElementEventMap {
    'prp-warning': CustomEvent<WarningDetail>;
  }
}

/**
 * Whether `element`'s prerendered shadow root can be hydrated: Lit's hydration support is loaded
 * (`defineElement` loads it first on a page with prerendered elements), and the server rendered the language
 * and region the element shows here, with this version's templates. `prerendered` holds the `lang` the server
 * saw (the page's own it could not) and the version that rendered it: `"es 0.1.0"`.
 */
function hydrates(element: Element): boolean {
  return (
    'litElementHydrateSupport' in globalThis &&
    element.getAttribute('prerendered') === prerenderedMark(inheritedLang(element))
  );
}

/** What `prerendered` says: the `lang` a server saw and the version that rendered it. */
export function prerenderedMark(lang: string): string {
  return `${langOrEnglish(lang)} ${VERSION}`;
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
 * @fires {CustomEvent<WarningDetail>} prp-warning - Beside each console warning (a bad attribute value, an override that does not fit): `detail`: `{ message, attribute }`, the warning's words without the tag, and the attribute it is about (none for content and loading). Once per distinct warning, like the console's; the embed builder shows them beside its fields.
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

  /** @internal What this element renders from; each element class declares it. */
  declare static readonly parts: ElementParts;

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

  /** The reader opened the source list, or followed a citation. */
  @state() private sourcesOpen = false;

  private readonly warned = new Set<string>();

  /** This render takes over a prerendered shadow root, so it must be the server's render; see `serverState`. */
  private hydrating = false;

  /** The hydrating render asked for `serverState`: what it left neutral comes in the render after. */
  private readerStateDeferred = false;

  /** Reads attributes and properties: the parsed value, or a fallback with one warning. */
  protected readonly options = new Options(this, (key, message) => this.warnOnce(key, message));
  private readonly override = new ContentOverrideController(
    this,
    this.parts.overrides,
    this.parts.bibliography,
    (key, message) => this.warnOnce(key, message),
  );

  /**
   * Upgraded where it stood in a page: only such an element was ever `:not(:defined)` under prp-widgets.css,
   * so only it can have the stylesheet's wait animation (one made by `createElement` is defined from birth).
   */
  private readonly upgradedInPage = this.isConnected;
  /** The shadow root rendered here (not by a server), which follows the render slices' skip rule. */
  private slicedRoot?: ShadowRoot;

  constructor() {
    super();
    new PageWatchController(this);
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const prerendered = this.shadowRoot; // a declarative shadow root, written by prp-widgets/ssr
    let root: HTMLElement | DocumentFragment;
    if (prerendered && !hydrates(this)) {
      // Render again in place: the server's nodes go, Lit's styles come, in the same task (no flash).
      prerendered.replaceChildren();
      adoptStyles(prerendered, (this.constructor as typeof LitElement).elementStyles);
      root = prerendered;
    } else {
      // Lit's hydration support keeps the server's nodes and binds them.
      root = super.createRenderRoot();
      if (!prerendered && root instanceof ShadowRoot) this.slicedRoot = root;
      if (prerendered) {
        this.hydrating = true;
        // What the server could not know (the reader's date, motion setting) comes next, where it was asked for.
        void this.updateComplete.then(() => {
          this.hydrating = false;
          if (this.readerStateDeferred) this.requestUpdate();
        });
      }
    }
    root.addEventListener('click', (event) => void this.followCitation(event));
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback(); // makes the render root, the first time
    if (this.slicedRoot) joinSliceStyles(this.slicedRoot);
    // Once rendered, the widget shows at once in every engine (see fallback.ts for WebKit's wait animation).
    // Reading animations brings the page's style up to date, at once, so only an element that can have the
    // animation reads them: one upgraded in the page. prp-widgets.css never holds a prerendered one.
    if (this.upgradedInPage && !this.hasAttribute('prerendered'))
      void this.updateComplete.then(() => endFallbackWait(this));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.slicedRoot) leaveSliceStyles(this.slicedRoot);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  /**
   * Before rendering, waits for what is not loaded yet: another language's content, the override checks.
   * A first render takes its turn in the page's render slices (a prerendered element hydrates in turns of its own).
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const firstRender = !this.hasUpdated && !this.hasAttribute('prerendered');
    return afterLoads(
      [...localeLoads(this.requestedLocale, this.localeContent), this.override.load()],
      () => (firstRender ? inRenderSlice(this, () => super.scheduleUpdate()) : super.scheduleUpdate()),
      (error) =>
        this.warnOnce(
          `load:${String(error)}`,
          `could not load part of its content (${String(error)}). Showing what it has.`,
        ),
    );
  }

  private get parts(): ElementParts {
    return (this.constructor as typeof PrpElement).parts;
  }

  /** The supported language `lang` asks for (own, inherited or the page's); warns once for an unsupported one. */
  private get requestedLocale(): Locale {
    return requestedLocale(this, (key, message) => this.warnOnce(key, message));
  }

  /**
   * The language the element shows: the requested one once its content has loaded, else English (only
   * when another language failed to load, since rendering waits for it).
   */
  protected get locale(): Locale {
    return shownLocale(this.requestedLocale, this.localeContent);
  }

  /**
   * @internal The language content this element renders from: the common strings and its own (elements may
   * add more). Public for `prp-widgets/ssr`, which loads it before a server renders.
   */
  get localeContent(): readonly LocaleContent<unknown>[] {
    return [COMMON, this.parts.content];
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

  /** This element's interface words in the shown language and the reader's regional words. */
  protected localeStrings<S>(content: LocaleContent<{ strings: S }>): S {
    return this.regional(content.get(this.locale).strings);
  }

  /**
   * The content to show, in the reader's regional words: `defaults` with the clinic's override (the
   * `content` property or a JSON child) merged over them; see `ContentOverrideController`.
   */
  protected resolveContent<T extends object>(defaults: T): ResolvedContent<T> {
    const { content, citations } = this.override.resolve(defaults, this.locale);
    return { content: this.regional(content), citations };
  }

  /**
   * Rendering what a server renders: on the server, and in the browser while hydrating a prerendered element.
   * What depends on the reader's clock, layout or settings takes a neutral value then.
   */
  protected get serverState(): boolean {
    if (this.hydrating) this.readerStateDeferred = true;
    return isServer || this.hydrating;
  }

  /** The validated heading level (1–6). */
  protected get level(): number {
    return this.options.integer('heading-level', this.headingLevel, [1, 6], 2);
  }

  /** Who publishes the page: `publisher`, else the clinic's name where the element has one. */
  protected get publisherName(): string | undefined {
    return this.options.text('publisher', this.publisher);
  }

  protected override render(): TemplateResult {
    try {
      // `theme` drives the CSS; this only reports a bad value.
      this.options.oneOf('theme', this.theme, THEMES, 'light');
      return this.renderContent();
    } catch (error) {
      // Never leave the widget blank or throw into the host page.
      console.warn(`<${this.localName}> could not render its content.`, error);
      return html`<p class="render-error" part="error">${this.common.renderError}</p>`;
    }
  }

  /** The element's own template. */
  protected abstract renderContent(): TemplateResult;

  /** A heading `depth` levels below the element's main heading. */
  protected heading(depth: number, content: unknown, options?: HeadingOptions) {
    return renderHeading(this.level + depth, content, options);
  }

  /** Renders statements with their citation numbers; `values` fill placeholders such as `{clinic}`. */
  protected speaker(citations: Citations, values: Readonly<Record<string, unknown>> = {}): Speaker {
    const { citationPrefix } = this.common;
    const locale = this.locale;
    return speaker(citations, (count) => countText(count, citationPrefix, locale).trim(), values);
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
      reviewedBy: this.options.text('reviewed-by', this.reviewedBy),
      reviewedOn: this.options.date('reviewed-on', this.reviewedOn),
      publisher: this.publisherName,
      heading: (text) => this.heading(1, text, { className: 'sources-heading' }),
      open: this.sourcesOpen || printing,
      onToggle: () => (this.sourcesOpen = !this.sourcesOpen),
    });
  }

  /** Dispatches a bubbling, composed `prp-*` event typed by `HTMLElementEventMap`; false if a listener cancelled it. */
  protected emit<K extends PrpEventType>(type: K, detail: PrpEventDetail<K>, cancelable = false): boolean {
    return this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
  }

  /**
   * Logs one `console.warn` per distinct `key` for the life of this element, and fires `prp-warning`. A key
   * starts with the attribute it is about (`clinic-phone=…`), so the longest attribute name it starts with is it.
   */
  protected warnOnce(key: string, message: string): void {
    if (this.warned.has(key)) return;
    this.warned.add(key);
    console.warn(`<${this.localName}> ${message}`);
    if (isServer) return;
    const attribute = (this.constructor as typeof LitElement).observedAttributes
      .filter((name) => key.startsWith(name))
      .sort((a, b) => b.length - a.length)[0];
    this.emit('prp-warning', { message, ...(attribute ? { attribute } : {}) });
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
}
