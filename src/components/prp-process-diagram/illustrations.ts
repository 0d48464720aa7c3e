/**
 * Hand-drawn illustrations for each step, made for this library: plain SVG, no external assets or icon
 * fonts. Labels are real text in the reader's language. Every drawing is decorative (`aria-hidden`): the
 * step's text says everything the picture shows.
 */
import { html, svg, type SVGTemplateResult } from 'lit';

import type { Guidance, IllustrationId, IllustrationLabels } from './types.js';

/** A label at (x, y) with a leader line from the point it names (toX, toY) to the label (fromX, fromY). */
const label = (
  text: string,
  x: number,
  y: number,
  anchor: 'start' | 'middle' | 'end',
  [toX, toY, fromX, fromY]: readonly number[],
) =>
  svg`<line class="leader" x1=${toX} y1=${toY} x2=${fromX} y2=${fromY}/><text class="label" x=${x} y=${y} text-anchor=${anchor}>${text}</text>`;

const tube = (x: number, y: number, h: number) =>
  svg`<rect class="glass" x=${x} y=${y} width="26" height=${h} rx="10"/>`;

/** A syringe filled with `contents` (PRP is plasma-coloured, prolotherapy's sugar solution is dextrose-blue). */
const syringe = (x: number, y: number, angle: number, tip = 86, contents: 'plasma' | 'dextrose' = 'plasma') =>
  svg`<g transform="translate(${x} ${y}) rotate(${angle})">
    <rect class="syringe" x="0" y="-7" width="52" height="14" rx="3"/>
    <rect class=${contents} x="14" y="-5" width="36" height="10" rx="2"/>
    <line class="stroke" x1="-12" y1="0" x2="0" y2="0"/>
    <rect class="stroke-fill" x="-18" y="-9" width="6" height="18" rx="2"/>
    <line class="needle" x1="52" y1="0" x2=${tip} y2="0"/>
  </g>`;

/** An ultrasound probe on the skin at x, with its waves and its label at (labelX, labelY). */
const probe = (x: number, label_: string, labelX: number, labelY: number) =>
  svg`<rect class="probe" x=${x} y="46" width="28" height="24" rx="6"/>
    <path class="wave pulse" d="M${x + 5} 80q9 8 18 0M${x + 2} 90q12 10 24 0"/>
    ${label(label_, labelX, labelY, 'end', [x + 22, 70, labelX - 16, labelY - 14])}`;

/** A calendar page (240 × 160 drawing) with its binding rings; `inside` is drawn on the page. */
const calendar = (inside: unknown) =>
  svg`<rect class="calendar" x="40" y="22" width="160" height="122" rx="10"/>
    <rect class="calendar-top" x="40" y="22" width="160" height="26" rx="10"/>
    <path class="stroke" d="M80 14v16M160 14v16"/>
    ${inside}`;

function draw(id: IllustrationId, labels: IllustrationLabels, guidance: Guidance | undefined): SVGTemplateResult {
  switch (id) {
    case 'blood-draw':
      // The arm with a band (tourniquet) above the vein, the needle in the vein, and the tube half full.
      return svg`
        <path class="skin" d="M6 104c30-10 90-16 150-12 22 2 34 10 34 20s-12 18-34 20c-60 4-120-2-150-12z"/>
        <path class="vein" d="M30 112c40-4 80-6 130-2"/>
        <rect class="tourniquet" x="52" y="92" width="12" height="42" rx="4"/>
        <line class="needle" x1="120" y1="108" x2="150" y2="80"/>
        <path class="tubing" d="M150 80c12-14 20-30 40-36"/>
        ${tube(190, 20, 96)}
        <rect class="blood" x="193" y="64" width="20" height="48" rx="8"/>`;
    case 'centrifuge':
      return svg`
        <rect class="machine" x="40" y="40" width="160" height="100" rx="14"/>
        <rect class="panel" x="56" y="118" width="40" height="10" rx="3"/>
        <g class="spin">
          <circle class="rotor" cx="120" cy="80" r="36"/>
          ${[45, 135, 225, 315].map(
            (a) =>
              svg`<g transform="rotate(${a} 120 80)"><rect class="glass" x="113" y="44" width="14" height="28" rx="6"/><rect class="blood" x="116" y="56" width="8" height="13" rx="3"/></g>`,
          )}
          <circle class="hub" cx="120" cy="80" r="6"/>
        </g>`;
    case 'layers':
      return svg`
        ${tube(36, 14, 136)}
        <rect class="plasma settle" x="39" y="26" width="20" height="56" rx="6"/>
        <rect class="buffy settle" x="39" y="82" width="20" height="8"/>
        <rect class="blood settle" x="39" y="90" width="20" height="54" rx="8"/>
        ${label(labels.plasma, 78, 56, 'start', [60, 52, 74, 52])}
        ${label(labels.buffyCoat, 78, 92, 'start', [60, 87, 74, 87])}
        ${label(labels.redCells, 78, 128, 'start', [60, 122, 74, 123])}`;
    case 'guided-injection':
    case 'injection': {
      // An unguided injection draws neither the ultrasound probe nor the X-ray beam.
      const ultrasound = id === 'guided-injection' && guidance !== 'fluoroscopy';
      const xray = id === 'guided-injection' && guidance !== 'ultrasound';
      // Skin over the spine: two vertebrae with a disc between them. PRP's needle is aimed at the disc;
      // prolotherapy's (`injection`) stops at the bone, where ligaments attach. An X-ray
      // (fluoroscopy) arm curves round from the source above to the detector below; a probe sits on the skin.
      return svg`
        <rect class="skin" x="0" y="70" width="240" height="24"/>
        <rect class="tissue" x="0" y="94" width="240" height="66"/>
        <rect class="vertebra" x="86" y="100" width="64" height="16" rx="5"/>
        <rect class="disc" x="90" y="117" width="56" height="8" rx="4"/>
        <rect class="vertebra" x="86" y="126" width="64" height="16" rx="5"/>
        ${
          xray
            ? svg`<path class="c-arm" d="M138 7c64 0 88 34 88 73s-24 73-88 73"/>
              <rect class="stroke-fill" x="108" y="3" width="30" height="10" rx="2"/>
              <rect class="stroke-fill" x="104" y="147" width="36" height="8" rx="2"/>
              <path class="beam" d="M114 13 100 147M132 13l12 134"/>
              ${label(labels.xray, 146, 30, 'start', [138, 11, 146, 22])}`
            : ''
        }
        ${id === 'guided-injection' ? syringe(56, 24, 55, 118) : syringe(56, 24, 55, 100, 'dextrose')}
        ${
          ultrasound
            ? // With the X-ray arm too, the probe sits between the beam and the arm, labelled inside its curve.
              xray
              ? probe(150, labels.probe, 198, 112)
              : probe(164, labels.probe, 236, 122)
            : ''
        }
        ${label(labels.needle, 66, 68, 'end', [88, 72, 68, 64])}`;
    }
    case 'follow-up':
    case 'tissue-repair':
      // After the injection: a calendar with the follow-up visit marked. Nothing that implies repair.
      return calendar(svg`${[...Array(15).keys()].map((i) => svg`<rect class="day" x=${54 + (i % 5) * 28} y=${60 + Math.floor(i / 5) * 26} width="20" height="16" rx="3"/>`)}
        <circle class="mark" cx="148" cy="120" r="14"/>`);
    case 'soreness':
      // A short irritation: the back with the injection spots, each with a few short marks around it.
      return svg`
        <path class="skin" d="M70 150c-4-40 0-90 20-118 10-14 50-14 60 0 20 28 24 78 20 118z"/>
        ${[
          [104, 70],
          [136, 70],
          [104, 104],
          [136, 104],
        ].map(
          ([x, y]) =>
            svg`<g transform="translate(${x} ${y})"><circle class="spot" r="4"/><path class="ache" d="M-11 0h-5M11 0h5M0-11v-5M0 11v5"/></g>`,
        )}`;
    case 'assessment':
      return svg`
        <path class="skin" d="M70 150c-4-40 0-90 20-118 10-14 50-14 60 0 20 28 24 78 20 118z"/>
        <line class="spine" x1="120" y1="30" x2="120" y2="146"/>
        ${[44, 64, 84, 104, 124].map((y) => svg`<rect class="vertebra" x="112" y=${y} width="16" height="10" rx="3"/>`)}
        <circle class="lens" cx="160" cy="104" r="20"/>
        <line class="stroke" x1="174" y1="118" x2="196" y2="140"/>`;
    case 'solution':
      return svg`
        <rect class="glass" x="48" y="50" width="48" height="84" rx="8"/>
        <rect class="cap" x="54" y="36" width="36" height="16" rx="4"/>
        <rect class="dextrose" x="52" y="80" width="40" height="50" rx="6"/>
        ${label(labels.dextrose, 72, 152, 'middle', [72, 134, 72, 140])}
        ${syringe(120, 70, 0, 86, 'dextrose')}`;
    case 'repeat':
      return calendar(
        svg`${[0, 1, 2].map((i) => svg`<g transform="translate(${72 + i * 48} 96)"><circle class="visit" r="18"/><path class="tick" d="M-8 0l6 6 10-12"/></g>`)}`,
      );
  }
}

/** The illustration for a step, 240 × 160, decorative. */
export function illustration(id: IllustrationId, labels: IllustrationLabels, guidance?: Guidance) {
  return html`<svg class="illustration" part="illustration" viewBox="0 0 240 160" aria-hidden="true" focusable="false">${draw(id, labels, guidance)}</svg>`;
}
