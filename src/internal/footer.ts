import { html, nothing } from 'lit';
import type { CommonStrings } from '../content/types.js';
import type { Citations } from './citations.js';
import type { CivilDate } from './dates.js';
import { fill, formatDate, type Locale } from './localize.js';

export interface FooterOptions {
  readonly citations: Citations;
  readonly strings: CommonStrings;
  readonly locale: Locale;
  /** When the default content was last checked against its sources. */
  readonly updated: CivilDate;
  readonly reviewedBy?: string;
  readonly reviewedOn?: CivilDate;
  /** Renders the "Sources" heading at the right level. */
  readonly heading: (content: unknown) => unknown;
}

/** Only http(s) links are rendered; anything else (such as `javascript:`) shows as plain text. */
export const isWebUrl = (url: string) => /^https?:\/\/[^\s]+$/i.test(url);

function reviewLine({ strings, locale, reviewedBy, reviewedOn }: FooterOptions): string | undefined {
  const date = reviewedOn && formatDate(reviewedOn, locale, { dateStyle: 'long' });
  if (reviewedBy && date) return fill(strings.reviewedByOn, { name: reviewedBy, date });
  if (reviewedBy) return fill(strings.reviewedBy, { name: reviewedBy });
  if (date) return fill(strings.reviewedOn, { date });
  return undefined;
}

/** The footer every element ends with: numbered sources, update and review dates, and the disclaimer. */
export function renderFooter(options: FooterOptions) {
  const { citations, strings, locale, updated } = options;
  const review = reviewLine(options);
  return html`<footer class="footer" part="footer">
    ${options.heading(strings.sourcesHeading)}
    <ol class="sources" part="sources">
      ${citations.entries.map(
        ({ number, source }) =>
          html`<li value=${number}>
            ${isWebUrl(source.url)
              ? html`<a href=${source.url} referrerpolicy="no-referrer" rel="noreferrer">${source.title}</a>`
              : source.title}.
            ${source.publisher}${source.year ? `, ${source.year}` : ''}.
          </li>`,
      )}
    </ol>
    <p class="meta">
      ${fill(strings.updated, { date: formatDate(updated, locale, { month: 'long', year: 'numeric' }) })}
      ${review ?? nothing}
    </p>
    <p class="disclaimer" part="disclaimer">${strings.disclaimer}</p>
  </footer>`;
}
