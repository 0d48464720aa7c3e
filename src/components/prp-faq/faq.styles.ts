import { css } from 'lit';

export const styles = css`
  .intro {
    margin: 0.5em 0;
  }
  .search {
    margin: 1em 0 0.25em;
  }
  .search label {
    display: block;
    font-weight: 700;
    margin-bottom: 0.25em;
  }
  .search input {
    width: 100%;
    min-height: 44px;
    padding: 0.5em 0.75em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    font: inherit;
  }
  .count {
    color: var(--_muted);
    margin: 0.25em 0 0.75em;
  }
  .actions {
    margin: 0.75em 0;
  }
  .button:disabled {
    opacity: 0.6;
    cursor: default;
  }
  .questions {
    list-style: none;
    margin: 0;
    padding: 0;
    border-top: 1px solid var(--_border);
  }
  .item {
    margin: 0;
    border-bottom: 1px solid var(--_border);
  }
  .item[hidden] {
    display: none;
  }
  .question-heading {
    font-size: 1em;
  }
  .question {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.75em;
    width: 100%;
    min-height: 44px;
    padding: 0.75em 0.5em;
    border: 0;
    background: transparent;
    text-align: start;
    font-size: 1.0625em;
    font-weight: 700;
    cursor: pointer;
  }
  .question:hover {
    background: var(--_surface);
  }
  .chevron {
    flex: none;
    margin-inline-end: 0.25em;
  }
  .answer {
    padding: 0 0.5em 0.75em;
  }
  @media print {
    .search,
    .count,
    .actions {
      display: none;
    }
    .item[hidden] {
      display: block;
    }
    .question {
      min-height: 0;
      padding: 0.5em 0 0.25em;
    }
  }
`;
