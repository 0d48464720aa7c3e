import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';

import { {{camel}} as en } from '../../content/en/{{name}}.js';
import type { Statement } from '../../content/types.js';
import type { ClinicSource, Speaker } from '../../internal/citations.js';
import type { CivilDate } from '../../internal/dates.js';
import { Lazy } from '../../internal/lazy.js';
import { LocaleContent } from '../../internal/locale-content.js';
import { printing } from '../../internal/page-watch.js';
import { type ElementParts, PrpElement } from '../../internal/prp-element.js';
import { base } from '../../internal/styles/base.js';
import { tokens } from '../../internal/styles/tokens.js';
import { introView } from './{{name}}.logic.js';
import { styles } from './{{name}}.styles.js';
import { {{CONST}}_SOURCES } from './sources.js';
import type { {{Pascal}}Content, {{Pascal}}LocaleContent, {{Pascal}}Strings } from './types.js';

const CONTENT = new LocaleContent<{{Pascal}}LocaleContent>({
  en,
  es: () => import('../../content/es/{{name}}.js').then((module) => module.{{camel}}),
});
const OVERRIDES = new Lazy(() => import('./{{name}}.schema.js').then((module) => module.overrides));

/** When the default content was last checked against its sources. */
const CONTENT_UPDATED: CivilDate = {{updated}};

/**
 * PLACEHOLDER (npm run new-element): say what the element shows and how a reader uses it. As generated:
 * a title, an introduction (with `preview`, its first paragraphs and a "Show more" button), and the footer
 * with the sources.
 *
 * @tag {{tag}}
 * @summary PLACEHOLDER: what the element shows, in one line.
 *
 * @fires {CustomEvent<IntroToggleDetail>} prp-intro-toggle - The reader showed or hid the rest of the introduction. `detail`: `{ open }`.
 *
 * @csspart intro - The introduction's paragraphs.
 * @csspart intro-toggle - The "Show more" / "Show less" button (when `preview` hides paragraphs).
 */
export class {{Class}} extends PrpElement {
  static override styles = [tokens, base, styles];

  /** @internal */
  static override readonly parts: ElementParts = {
    content: CONTENT,
    overrides: OVERRIDES,
    bibliography: {{CONST}}_SOURCES,
  };

  /** How many intro paragraphs show before a "Show more" button (1–4). Unset: all of them, no button. */
  @property({ type: Number }) preview?: number;

  /**
   * Clinic content override: `title` and `intro`, plus `sources`. Also read from a
   * `<script type="application/json">` child.
   */
  @property({ attribute: false }) content?: Partial<{{Pascal}}Content> & { sources?: ClinicSource[] };

  /** The reader opened the rest of the introduction ("Show more"). */
  @state() private introOpen = false;

  private get settings() {
    return {
      preview: this.options.integer('preview', this.preview, [1, 4, 'paragraphs'], undefined, 'all paragraphs'),
    };
  }

  /** What the reader sees: the settings, the content with the clinic's override, and how much of the intro. */
  private get shown() {
    const settings = this.settings;
    const { content, citations } = this.resolveContent(CONTENT.get(this.locale).content);
    return {
      ...settings,
      content,
      citations,
      intro: introView(content.intro.length, settings.preview, this.introOpen || printing),
      strings: this.localeStrings(CONTENT),
    };
  }

  protected override renderContent(): TemplateResult {
    const { content, citations, intro, strings } = this.shown;
    const say = this.speaker(citations);

    return html`<section class="{{name}} widget" part="base" lang=${this.locale} aria-labelledby="title">
      ${this.heading(0, content.title, { id: 'title', part: 'title', className: 'title' })}
      ${this.intro(content.intro.slice(0, intro.shown), say)}
      ${intro.toggle ? this.introToggle(strings) : nothing}
      ${this.footer(citations, CONTENT_UPDATED)}
    </section>`;
  }

  private intro(statements: readonly Statement[], say: Speaker) {
    return html`<div class="intro" part="intro" id="intro">
      ${statements.map((statement) => html`<p>${say(statement)}</p>`)}
    </div>`;
  }

  private introToggle(strings: {{Pascal}}Strings) {
    return html`<button type="button" class="button intro-toggle" part="intro-toggle" aria-controls="intro"
      aria-expanded=${this.introOpen ? 'true' : 'false'} @click=${() => this.toggleIntro()}>
      ${this.introOpen ? strings.showLess : strings.showMore}
    </button>`;
  }

  private toggleIntro(): void {
    this.introOpen = !this.introOpen;
    this.emit('prp-intro-toggle', { open: this.introOpen });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    '{{tag}}': {{Class}};
  }
}
