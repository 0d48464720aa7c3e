import { css } from 'lit';

/**
 * What every element's shadow root starts with: a reset that the host page's CSS cannot reach, text
 * sizes in em from `--prp-font-size` (default `medium`: the reader's browser setting, which a host's
 * `html { font-size: 62.5% }` cannot shrink, where rem would), a visible focus ring, show/hide buttons,
 * and the footer with its sources behind one button.
 */
export const base = css`
  :host {
    display: block;
    container-type: inline-size;
    min-width: 0;
    max-width: 100%;
    color: var(--_text);
    background: var(--_bg);
    border-radius: var(--_radius);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  /*
   * Text styles are set on the wrapper, not on :host: the page's own rules on the host element (such as
   * a theme's  * { line-height: 1 }) win over :host and would be inherited. Letter and word spacing
   * are inherited on purpose: a reader's text-spacing style sheet reaches the widget only that way
   * (WCAG 1.4.12). The content languages (en, es) read left to right, also on a right-to-left page.
   */
  .widget,
  .render-error {
    direction: ltr;
    unicode-bidi: isolate;
    font: normal 400 var(--_font-size) / 1.5 var(--_font);
    color: var(--_text);
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    overflow-wrap: break-word;
  }
  .widget {
    padding: var(--_space);
  }
  @container (min-width: 560px) {
    .widget {
      padding: calc(var(--_space) * 1.5);
    }
  }
  .title {
    font-size: 1.375em;
    margin-bottom: 0.25em;
  }
  .button {
    min-height: 44px;
    padding: 0.5em 1em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_accent);
    font-weight: 600;
    cursor: pointer;
  }
  .button:hover {
    background: var(--_surface);
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  h1, h2, h3, h4, h5, h6 {
    margin: 0;
    line-height: 1.25;
    font-weight: 700;
    /* lines of even length: no lone "if:" at the end of a card's heading */
    text-wrap: balance;
  }
  p {
    margin: 0.5em 0;
  }
  ul,
  ol {
    margin: 0.25em 0 0.75em;
    padding-inline-start: 1.5em;
  }
  li {
    margin: 0.25em 0;
  }
  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  button {
    font: inherit;
    color: inherit;
    line-height: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .cite {
    font-size: 0.7em;
    line-height: 0;
    color: var(--_muted);
    margin-inline-start: 0.15em;
    white-space: nowrap;
  }
  .footer {
    margin-top: 1.5em;
    padding-top: 0.75em;
    border-top: 1px solid var(--_border);
    font-size: 0.875em;
    color: var(--_muted);
  }
  .sources-heading {
    font-size: 1em;
  }
  .sources-toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.6em;
    min-height: 44px;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font-weight: 700;
    text-align: start;
    cursor: pointer;
  }
  .sources li:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  /* Show/hide buttons: the chevron turns with the state. */
  .chevron {
    flex: none;
    width: 0.6em;
    height: 0.6em;
    border: solid currentColor;
    border-width: 0 0.15em 0.15em 0;
    transform: rotate(45deg);
    transition: transform var(--_duration) ease;
  }
  [aria-expanded='true'] .chevron {
    transform: rotate(-135deg);
  }
  .sources {
    padding-inline-start: 1.75em;
  }
  .disclaimer {
    font-weight: 600;
    color: var(--_text);
  }
  .render-error {
    padding: 1em;
    border: 2px solid currentColor;
  }
  @media (forced-colors: active) {
    :host {
      forced-color-adjust: auto;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
  @media print {
    :host,
    .widget {
      color: #000;
      background: #fff;
    }
    .widget {
      font-size: 12pt;
    }
    a {
      color: #000;
    }
    .sources a::after {
      content: ' (' attr(href) ')';
      word-break: break-all;
    }
    /* Print shows every hidden panel, the sources included, without the chevrons. */
    .chevron {
      display: none;
    }
    .panel[hidden] {
      display: block;
    }
  }
`;
