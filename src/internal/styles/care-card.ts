import { css } from 'lit';

/** Care cards: border weight and icon shape carry urgency as well as colour, on screen, in print and in forced colours. */
export const careCard = css`
  .care {
    margin: 1em 0;
    padding: 0;
    min-width: 0;
    border: 2px solid var(--_routine);
    border-radius: var(--_radius);
    background: var(--_bg);
    overflow: hidden;
  }
  .care-head {
    float: left; /* lets a <legend> sit inside the fieldset like any block */
    width: 100%;
    margin: 0;
    padding: 0.6em 1em;
  }
  .care-head + * {
    clear: both;
  }
  .care-title {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
    font-size: 1.0625em;
  }
  .care-icon {
    --_icon-mark: var(--_bg);
    flex: none;
    width: 1.5em;
    height: 1.5em;
  }
  .care-body {
    padding: 0 1em 0.75em;
  }
  .care-body > ul {
    margin-top: 0;
  }
  .care--emergency {
    border: 6px solid var(--_emergency);
    /* the heading band fills the rounded corners; the body keeps the page background */
    background: var(--_emergency);
  }
  .care--emergency .care-body {
    background: var(--_bg);
  }
  .care--emergency .care-head {
    background: var(--_emergency);
    color: var(--_emergency-contrast);
  }
  .care--emergency .care-head a {
    color: inherit;
  }
  .care--emergency .care-icon {
    --_icon-mark: var(--_emergency);
  }
  .care--urgent {
    border: 4px solid var(--_urgent);
  }
  .care--urgent .care-icon {
    color: var(--_urgent);
  }
  .care--routine .care-icon {
    color: var(--_routine);
  }
  .phone {
    font-weight: 600;
  }
  .tel {
    white-space: nowrap;
    font-weight: 700;
  }
  @media (forced-colors: active) {
    .care,
    .care--emergency,
    .care--urgent {
      border-color: CanvasText;
    }
    .care--emergency,
    .care--emergency .care-head {
      background: Canvas;
      color: CanvasText;
      border-bottom: 2px solid CanvasText;
    }
    .care .care-icon {
      color: CanvasText;
      --_icon-mark: Canvas;
    }
  }
  @media print {
    /* As NHS care cards: a different border weight per level, so urgency survives black-and-white printing. */
    .care {
      border: 2px solid #000;
      break-inside: avoid;
    }
    .care--urgent {
      border-width: 5px;
    }
    .care--emergency {
      border-width: 8px;
      background: none;
    }
    .care--emergency .care-head {
      background: none;
      color: #000;
      border-bottom: 2px solid #000;
    }
    .care .care-icon {
      color: #000;
      --_icon-mark: #fff;
    }
  }
`;
