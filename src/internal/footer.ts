import { html, nothing } from 'lit';

import type { CommonStrings, Source } from '../content/types.js';
import type { Citations } from './citations.js';
import type { CivilDate } from './dates.js';
import { fill, formatDate, type Locale } from './localize.js';

export interface FooterOptions {
  readonly citations: Citations;
  readonly strings: CommonStrings;
  readonly locale: Locale;
  /** When the default content was last checked against its sources. */
  readonly updated: CivilDate;
  /** When it is due to be checked again. */
  readonly nextReview: CivilDate;
  readonly reviewedBy?: string;
  readonly reviewedOn?: CivilDate;
  /** Who publishes the widget on this page (the clinic). */
  readonly publisher?: string;
  /** Renders the "Sources" heading at the right level. */
  readonly heading: (content: unknown) => unknown;
  /** The source list is shown (the reader opened it, followed a citation, or the page is printing). */
  readonly open: boolean;
  /** The reader pressed the "Sources (n)" button. */
  readonly onToggle: () => void;
}

/** The language of a source's title, without its region: `es-MX` → `es`; English unless it says otherwise. */
const languageOf = (source: Source) => (source.lang ?? 'en').split('-')[0].toLowerCase();

/** Only http(s) links are rendered; anything else (such as `javascript:`) shows as plain text. */
export const isWebUrl = (url: string) => /^https?:\/\/[^\s]+$/i.test(url);

function reviewLine({ strings, locale, reviewedBy, reviewedOn }: FooterOptions): string {
  const date = reviewedOn && formatDate(reviewedOn, locale, { dateStyle: 'long' });
  if (reviewedBy && date) return fill(strings.reviewedByOn, { name: reviewedBy, date });
  if (reviewedBy) return fill(strings.reviewedBy, { name: reviewedBy });
  // A date alone says when, not who: without a reviewer the reader is told nobody at this clinic signed off.
  return date ? `${fill(strings.reviewedOn, { date })} ${strings.notReviewed}` : strings.notReviewed;
}

/**
 * The footer every element ends with, as the NHS standard for health content asks: numbered sources,
 * when the content was updated and is next due for review, who reviewed and who publishes it, and the
 * disclaimer. The sources sit behind one "Sources (n)" button, so a keyboard reader passes them in one
 * step; print shows them (see `base.ts`). Titles in another language than the widget's carry their own `lang`.
 */
export function renderFooter(options: FooterOptions) {
  const { citations, strings, locale, updated, nextReview, publisher, open } = options;
  const month = (date: CivilDate) => formatDate(date, locale, { month: 'long', year: 'numeric' });
  const entries = citations.entries;
  const allEnglish =
    locale !== 'en' && entries.length > 0 && entries.every(({ source }) => languageOf(source) === 'en');
  const toggle = html`<button type="button" class="sources-toggle" part="sources-toggle" aria-expanded=${open ? 'true' : 'false'}
    aria-controls="sources" @click=${options.onToggle}>${fill(allEnglish ? strings.sourcesInEnglish : strings.sourcesHeading, { count: entries.length })}<span
    class="chevron" aria-hidden="true"></span></button>`;
  return html`<footer class="footer" part="footer">
    ${
      entries.length
        ? html`${options.heading(toggle)}
          <ol class="sources panel" id="sources" part="sources" ?hidden=${!open}>
            ${entries.map(({ number, source }) => {
              const lang = languageOf(source) === locale ? nothing : (source.lang ?? 'en');
              return html`<li value=${number} id="source-${number}" tabindex="-1">
                ${
                  isWebUrl(source.url)
                    ? html`<a href=${source.url} lang=${lang} referrerpolicy="no-referrer" rel="noreferrer">${source.title}</a>`
                    : html`<span lang=${lang}>${source.title}</span>`
                }.
                ${source.publisher}${source.year ? `, ${source.year}` : ''}.
              </li>`;
            })}
          </ol>`
        : nothing
    }
    <p class="meta">${fill(strings.updated, { date: month(updated) })} ${fill(strings.nextReview, { date: month(nextReview) })}</p>
    <p class="meta">${reviewLine(options)}</p>
    <p class="meta">${strings.writtenBy}${publisher ? ` ${fill(strings.publishedBy, { name: publisher })}` : ''}</p>
    <p class="disclaimer" part="disclaimer">${strings.disclaimer}</p>
  </footer>`;
}
