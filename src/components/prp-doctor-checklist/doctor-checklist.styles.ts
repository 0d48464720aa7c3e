import { css } from 'lit';

export const styles = css`
  .help {
    font-weight: 600;
  }
  .checks {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .check {
    display: flex;
    align-items: flex-start;
    gap: 0.6em;
    margin: 0;
    padding: 0.35em 0;
  }
  .check + .check {
    border-top: 1px solid var(--_border);
  }
  .check input {
    flex: none;
    width: 1.5em;
    height: 1.5em;
    margin: 0.1em 0 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }
  .check-text {
    flex: 1;
    min-height: 1.75em;
  }
  .check label {
    cursor: pointer;
  }
  /* The result takes the border weight of its level from the care-card styles. */
  .result {
    margin: 1.25em 0 0;
    padding: 0.75em 1em;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .result--none {
    border: 2px solid var(--_border);
  }
  .result-heading {
    font-size: 1.125em;
  }
  .result-level {
    text-wrap: balance;
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
    font-size: 1.0625em;
  }
  .result--emergency .care-icon {
    color: var(--_emergency);
    --_icon-mark: var(--_surface);
  }
  .privacy {
    font-size: 0.875em;
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    .check input {
      accent-color: auto;
    }
  }
  @media print {
    .help,
    .result,
    .check input {
      display: none;
    }
    .checks {
      list-style: disc;
      padding-inline-start: 1.5em;
    }
    .check {
      display: list-item;
    }
  }
`;
