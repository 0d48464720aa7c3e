import { css } from 'lit';

/**
 * Show/hide buttons (a heading wrapping a button with `aria-expanded`) and their panels: the chevron turns
 * with the state, and in print every `.panel` is shown and the chevrons go.
 */
export const disclosure = css`
  .chevron {
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
  @media print {
    .chevron {
      display: none;
    }
    .panel[hidden] {
      display: block;
    }
  }
`;
