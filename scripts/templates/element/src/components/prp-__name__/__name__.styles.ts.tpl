import { css } from 'lit';

export const styles = css`
  .intro p {
    margin: 0.5em 0;
  }
  .intro-toggle {
    margin: 0.25em 0 0.75em;
  }
  /* Print shows the whole introduction, so the button has nothing to do there. */
  @media print {
    .intro-toggle {
      display: none;
    }
  }
`;
