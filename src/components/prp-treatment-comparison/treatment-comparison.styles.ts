import { css, unsafeCSS } from 'lit';

import { tableFitWidth, tableMinWidth } from './treatment-comparison.logic.js';
import { TREATMENTS } from './types.js';

export const styles = css`
  table {
    width: 100%;
    /* Fixed columns that share the width; words never break (the element shows cards where they would). */
    table-layout: fixed;
    border-collapse: collapse;
    font-size: 0.9375em;
    overflow-wrap: normal;
  }
  /* Citation numbers normally stay together; in a narrow column they must be free to wrap. */
  td .cite {
    white-space: normal;
  }
  caption {
    text-align: start;
    font-weight: 700;
    margin-bottom: 0.5em;
  }
  th,
  td {
    padding: 0.5em 0.6em;
    border: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  thead th:first-child,
  tbody th {
    width: 9em;
    background: var(--_surface);
  }
  tbody th {
    font-weight: 700;
  }
  /* A badge beside a card's title keeps its distance from the name, also when it fits on the same line. */
  /* The badge keeps its distance from the name beside it, and none when it wraps below. */
  .card-title {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 0.5em;
  }
  .name {
    display: block;
    font-size: 1.0625em;
  }
  .detail {
    display: block;
    margin: 0.15em 0 0;
    font-weight: 400;
    font-size: 0.875em;
    color: var(--_muted);
  }
  /* The highlighted treatment: a thick accent outline and a badge in words, never colour alone. */
  th.highlighted,
  td.highlighted {
    background: var(--_surface);
    border-inline: 3px solid var(--_accent);
  }
  thead th.highlighted {
    border-top: 3px solid var(--_accent);
  }
  tbody tr:last-child td.highlighted {
    border-bottom: 3px solid var(--_accent);
  }
  .badge {
    display: inline-block;
    margin-top: 0.35em;
    padding: 0.05em 0.45em;
    border: 2px solid var(--_accent);
    border-radius: 4px;
    font-size: 0.8125em;
    font-weight: 700;
    color: var(--_text);
    background: var(--_bg);
  }
  .cards {
    list-style: none;
    margin: 1em 0;
    padding: 0;
    display: grid;
    gap: 1em;
  }
  .card {
    margin: 0;
    padding: 0.75em 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .card.highlighted {
    border: 3px solid var(--_accent);
    background: var(--_surface);
  }
  .card-title {
    font-size: 1.125em;
  }
  .card .detail {
    margin-bottom: 0.5em;
  }
  dl {
    margin: 0;
  }
  dt {
    font-weight: 700;
    margin-top: 0.6em;
  }
  dd {
    margin: 0.1em 0 0;
  }
  .scale {
    margin-top: 1.25em;
  }
  .scale-title {
    font-size: 1.0625em;
  }
  .scale-subtitle {
    margin: 0.75em 0 0;
    font-size: 1em;
    color: var(--prp-color-text-muted);
  }
  .scale dt {
    margin-top: 0.5em;
  }
  /* A table forced into a narrow container: tighter cells so every column still fits without scrolling. */
  @container (max-width: 600px) {
    table {
      font-size: 0.8125em;
    }
    th,
    td {
      padding: 0.35em 0.25em;
    }
    thead th:first-child,
    tbody th {
      width: 5.5em;
    }
  }
  @media (forced-colors: active) {
    th.highlighted,
    td.highlighted,
    .card.highlighted,
    .badge {
      border-color: Highlight;
    }
  }
  @media print {
    th.highlighted,
    td.highlighted,
    .card.highlighted {
      border-color: #000;
      background: none;
    }
    .card {
      break-inside: avoid;
    }
  }
`;

/**
 * Until its width is measured (on a server, and in the browser until the first ResizeObserver report) a
 * comparison holds both views (`view-both`): cards, and from the width where the script would
 * show a table (its `table-from-<px>` class), the table instead. In em, as the script scales the width by
 * the text size; a container query's em is the host's, the same as the widget's unless a page sizes the
 * host's text apart.
 */
const thresholds = new Set(TREATMENTS.flatMap((_, index) => [tableMinWidth(index + 1), tableFitWidth(index + 1)]));
export const bothViews = unsafeCSS(
  `.view-both .table-wrap { display: none; }\n` +
    [...thresholds]
      .map(
        (px) =>
          `@container (min-width: ${px / 16}em) { .view-both.table-from-${px} .table-wrap { display: block; } ` +
          `.view-both.table-from-${px} .cards { display: none; } }`,
      )
      .join('\n'),
);
