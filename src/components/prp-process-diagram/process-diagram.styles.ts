import { css } from 'lit';

export const styles = css`
  :host {
    --_blood: #b3261e;
    --_plasma: #f2c94c;
    --_buffy: #f7f3e3;
    --_skin: #efc3a4;
    --_tissue: #f6d7d2;
    --_glass: #ffffff;
    --_spin-time: calc(var(--_duration) * 6);
  }
  .step-nav {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    list-style: none;
    margin: 1em 0;
    padding: 0;
  }
  .step-nav li {
    margin: 0;
  }
  .step-button {
    display: flex;
    align-items: center;
    gap: 0.4em;
    min-height: 44px;
    padding: 0.35em 0.75em 0.35em 0.4em;
    border: 2px solid var(--_border);
    border-radius: 999px;
    background: var(--_bg);
    cursor: pointer;
    font-size: 0.9375em;
  }
  .step-button.current {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_accent-contrast);
    font-weight: 700;
  }
  .step-marker {
    display: inline-grid;
    place-items: center;
    width: 1.6em;
    height: 1.6em;
    border: 2px solid currentColor;
    border-radius: 50%;
    font-weight: 700;
  }
  /* Steps already seen: a check mark, not only a colour. */
  .step-button.done .step-marker {
    border-color: var(--_done);
    background: var(--_done);
    position: relative;
  }
  .step-button.done .step-marker::after {
    content: '';
    width: 0.35em;
    height: 0.7em;
    margin-top: -0.15em;
    border: solid var(--_bg);
    border-width: 0 0.15em 0.15em 0;
    transform: rotate(45deg);
  }
  .steps {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .step {
    margin: 0 0 1.25em;
  }
  .layout-stepper .step.entering {
    animation: appear calc(var(--_duration) * 2) ease-out;
  }
  .step-heading {
    display: flex;
    flex-direction: column;
    font-size: 1.1875em;
    margin-bottom: 0.5em;
  }
  .step-position {
    font-size: 0.75em;
    font-weight: 600;
    color: var(--_muted);
  }
  .step-body {
    display: grid;
    gap: 0.75em 1.25em;
  }
  .illustration {
    width: 100%;
    max-width: 17.5em;
    height: auto;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .step-text p:first-child {
    margin-top: 0;
  }
  /* Previous, the position, Next on one row at any width: the position's words wrap, not the buttons. */
  .controls {
    display: grid;
    grid-template-columns: auto minmax(min-content, auto) auto;
    justify-content: start;
    align-items: center;
    gap: 0.5em 0.75em;
    margin: 0.5em 0 0;
  }
  .autoplay-row {
    margin: 0.75em 0 0;
  }
  .button[aria-disabled='true'] {
    border-color: var(--_border);
    color: var(--_muted);
    cursor: default;
  }
  .position {
    font-weight: 600;
    overflow-wrap: normal;
  }
  @container (min-width: 560px) {
    .layout-stepper .step-body {
      grid-template-columns: minmax(12.5em, 17.5em) 1fr;
      align-items: start;
    }
  }
  @container (min-width: 900px) {
    .layout-overview .steps {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(9.5em, 1fr));
      gap: 0 1em;
    }
    /* Headings share a row and drawings the next, so the drawings line up however the titles wrap. */
    .layout-overview .step {
      display: grid;
      grid-row: span 2;
      grid-template-rows: subgrid;
      margin-bottom: 1.25em;
    }
    .layout-overview .step-body {
      align-content: start;
    }
  }

  /* The drawings: outlines in the text colour, fills that stay readable in light and dark themes. */
  .illustration {
    fill: none;
    stroke: var(--_text);
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .label {
    fill: var(--_text);
    font: 600 14px var(--_font);
    /* A halo in the drawing's background colour keeps a label readable over any fill, in either theme. */
    stroke: var(--_surface);
    stroke-width: 4px;
    paint-order: stroke;
  }
  .leader {
    stroke-width: 1.5;
  }
  .glass { fill: var(--_glass); }
  .blood { fill: var(--_blood); }
  .plasma { fill: var(--_plasma); }
  .buffy { fill: var(--_buffy); }
  .skin, .probe { fill: var(--_skin); }
  .tissue { fill: var(--_tissue); }
  .bone, .vertebra { fill: #fbf7ee; }
  .machine { fill: var(--_bg); }
  .panel, .hub, .cap, .stroke-fill { fill: var(--_text); }
  .rotor { fill: var(--_surface); }
  .syringe { fill: var(--_glass); }
  .dextrose { fill: #cfe8ff; }
  .calendar { fill: var(--_bg); }
  .calendar-top { fill: var(--_accent); }
  .visit { fill: var(--_bg); }
  .tick { stroke: var(--_done); stroke-width: 3; }
  .tourniquet { fill: var(--_accent); }
  .disc { fill: var(--_buffy); }
  .c-arm { stroke-width: 4; }
  .day { fill: var(--_surface); stroke-width: 1.5; }
  .mark { stroke: var(--_accent); stroke-width: 3; }
  .spot { fill: var(--_text); stroke: none; }
  .ache { stroke-width: 2; }
  .vein { stroke: #7b61c9; stroke-width: 3; }
  .beam { stroke-dasharray: 6 6; }
  .needle { stroke-width: 2.5; }
  .spin {
    transform-origin: 120px 80px;
    animation: spin var(--_spin-time) linear infinite;
  }
  .settle {
    animation: settle calc(var(--_duration) * 8) ease-out both;
  }
  .pulse {
    animation: pulse calc(var(--_duration) * 10) ease-in-out infinite;
  }

  @keyframes spin {
    to { transform: rotate(1turn); }
  }
  @keyframes settle {
    from { transform: translateY(-10px); opacity: 0.3; }
  }
  @keyframes pulse {
    50% { opacity: 0.35; }
  }
  @keyframes appear {
    from { opacity: 0; transform: translateY(6px); }
  }
  @media (prefers-reduced-motion: reduce) {
    .spin, .settle, .pulse, .layout-stepper .step.entering {
      animation: none;
    }
  }
  @media (forced-colors: active) {
    /* System colours would fill every shape alike: outlines on the background keep each part visible. */
    .illustration { forced-color-adjust: none; background: Canvas; }
    .illustration * { fill: Canvas; stroke: CanvasText; }
    .illustration .panel, .illustration .hub, .illustration .cap, .illustration .stroke-fill, .illustration .spot { fill: CanvasText; }
    .illustration .label { fill: CanvasText; stroke: Canvas; }
    .step-button.current { border-color: Highlight; }
    /* The tick keeps its own colours: forced colours would paint it CanvasText, like its disc. */
    .step-button.done .step-marker { forced-color-adjust: none; border-color: CanvasText; background: CanvasText; }
    .step-button.done .step-marker::after { border-color: Canvas; }
  }
  @media print {
    .step-nav, .controls, .autoplay-row { display: none; }
    .step[hidden] { display: block; }
    .step { break-inside: avoid; }
    .spin, .settle, .pulse { animation: none; }
  }
`;
