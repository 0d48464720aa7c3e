import { css } from 'lit';

export const styles = css`
  .intro {
    margin: 0.5em 0;
  }
  .summary {
    margin: 0.75em 0;
    font-weight: 700;
    font-size: 1.125em;
  }
  .summary:empty {
    display: none;
  }
  .before {
    margin: 1em 0;
  }
  .before h1, .before h2, .before h3, .before h4, .before h5, .before h6,
  .complete h1, .complete h2, .complete h3, .complete h4, .complete h5, .complete h6 {
    font-size: 1.125em;
    margin-bottom: 0.25em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 0.75em;
    margin: 1em 0 0.5em;
  }
  .note {
    flex: 1 1 100%;
    margin: 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .download-status {
    flex: 1 1 100%;
    margin: 0;
    font-weight: 600;
  }
  /* Empty until a file is made: kept in the accessibility tree (a live region must exist before it speaks), out of the flow. */
  .download-status:empty {
    position: absolute;
  }
  .phases {
    list-style: none;
    margin: 0.5em 0 0;
    padding: 0;
  }
  .phase {
    position: relative;
    margin: 0;
    padding-inline-start: 2.25em;
    padding-bottom: 0.25em;
  }
  /* The line that joins the stage markers. */
  .phase::before {
    content: '';
    position: absolute;
    inset-inline-start: calc(0.75em - 1px);
    top: 1.75em;
    bottom: -0.25em;
    border-inline-start: 2px solid var(--_border);
  }
  .phase:last-child::before {
    display: none;
  }
  .marker {
    position: absolute;
    inset-inline-start: 0;
    top: 0.7em;
    width: 1.5em;
    height: 1.5em;
    border: 2px solid var(--_border);
    border-radius: 50%;
    background: var(--_bg);
  }
  .done .marker {
    border-color: var(--_done);
    background: var(--_done);
  }
  /* A check mark: finished stages differ by shape, not only colour. */
  .done .marker::after {
    content: '';
    position: absolute;
    left: 0.4em;
    top: 0.15em;
    width: 0.35em;
    height: 0.7em;
    border: solid var(--_bg);
    border-width: 0 0.15em 0.15em 0;
    transform: rotate(45deg);
  }
  .now .marker {
    border: 0.35em solid var(--_accent);
    box-shadow: 0 0 0 3px var(--_bg), 0 0 0 5px var(--_accent);
  }
  .phase-heading {
    font-size: 1em;
  }
  .toggle {
    display: grid;
    grid-template-columns: 1fr auto;
    align-items: center;
    gap: 0 0.5em;
    width: 100%;
    min-height: 44px;
    margin: 0.25em 0;
    padding: 0.5em 0.75em;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: transparent;
    text-align: start;
    cursor: pointer;
  }
  .toggle:hover {
    background: var(--_surface);
  }
  .now .toggle {
    border-color: var(--_accent);
    background: var(--_surface);
  }
  .phase-title {
    font-size: 1.125em;
    font-weight: 700;
  }
  .phase-meta {
    grid-column: 1;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    font-size: 0.9375em;
    font-weight: 400;
    color: var(--_muted);
  }
  .status {
    font-weight: 700;
    color: var(--_text);
  }
  .status-now {
    padding: 0 0.4em;
    border-radius: 4px;
    background: var(--_accent);
    color: var(--_accent-contrast);
  }
  .status-done {
    color: var(--_done);
  }
  .chevron {
    grid-column: 2;
    grid-row: 1 / span 2;
    margin-inline-end: 0.25em;
  }
  .panel {
    padding: 0 0.75em 0.75em;
  }
  .section-title {
    font-size: 1em;
    margin-top: 0.75em;
  }
  .complete {
    margin: 1em 0;
    padding: 0.75em 1em;
    border: 2px solid var(--_done);
    border-radius: var(--_radius);
  }
  @container (min-width: 560px) {
    .note {
      flex: 1 1 0;
    }
  }
  @media (forced-colors: active) {
    .marker,
    .done .marker,
    .now .marker {
      border-color: CanvasText;
      box-shadow: none;
    }
    .done .marker {
      background: CanvasText;
    }
    .done .marker::after {
      border-color: Canvas;
    }
    .now .marker {
      background: Highlight;
      border-width: 0.35em;
    }
    .now .toggle,
    .status-now {
      border: 2px solid CanvasText;
    }
    .phase::before {
      border-color: CanvasText;
    }
  }
  @media print {
    .actions {
      display: none;
    }
    .toggle {
      min-height: 0;
      padding: 0;
      border: 0;
    }
    .phase {
      break-inside: avoid-page;
    }
    .now .toggle {
      border-color: #000;
      background: none;
    }
    .status-now {
      background: none;
      color: #000;
      border: 1px solid #000;
    }
  }
`;
