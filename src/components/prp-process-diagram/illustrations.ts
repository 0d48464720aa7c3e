/**
 * Hand-drawn illustrations for each step, made for this library: plain SVG, no external assets or icon
 * fonts. Labels are real text in the reader's language. Every drawing is decorative (`aria-hidden`): the
 * step's text says everything the picture shows.
 */
import { html, svg, type SVGTemplateResult } from 'lit';
import type { Guidance, IllustrationId, IllustrationLabels } from './types.js';

/** A label at (x, y) with a leader line from the point it names (toX, toY) to the label (fromX, fromY). */
const label = (text: string, x: number, y: number, anchor: 'start' | 'middle' | 'end', [toX, toY, fromX, fromY]: readonly number[]) =>
  svg`<line class="leader" x1=${toX} y1=${toY} x2=${fromX} y2=${fromY}/><text class="label" x=${x} y=${y} text-anchor=${anchor}>${text}</text>`;

const tube = (x: number, y: number, h: number) =>
  svg`<rect class="glass" x=${x} y=${y} width="26" height=${h} rx="10"/>`;

const syringe = (x: number, y: number, angle: number, tip = 86) =>
  svg`<g transform="translate(${x} ${y}) rotate(${angle})">
    <rect class="syringe" x="0" y="-7" width="52" height="14" rx="3"/>
    <rect class="plasma" x="14" y="-5" width="36" height="10" rx="2"/>
    <line class="stroke" x1="-12" y1="0" x2="0" y2="0"/>
    <rect class="stroke-fill" x="-18" y="-9" width="6" height="18" rx="2"/>
    <line class="needle" x1="52" y1="0" x2=${tip} y2="0"/>
  </g>`;

function draw(id: IllustrationId, labels: IllustrationLabels, guidance: Guidance | undefined): SVGTemplateResult {
  switch (id) {
    case 'blood-draw':
      return svg`
        <path class="skin" d="M6 104c30-10 90-16 150-12 22 2 34 10 34 20s-12 18-34 20c-60 4-120-2-150-12z"/>
        <path class="vein" d="M30 112c40-4 80-6 130-2"/>
        <line class="needle" x1="120" y1="108" x2="150" y2="80"/>
        <path class="tubing" d="M150 80c12-14 20-30 40-36"/>
        ${tube(190, 20, 96)}
        <rect class="blood drip" x="193" y="58" width="20" height="54" rx="8"/>`;
    case 'centrifuge':
      return svg`
        <rect class="machine" x="40" y="40" width="160" height="100" rx="14"/>
        <rect class="panel" x="56" y="118" width="40" height="10" rx="3"/>
        <g class="spin">
          <circle class="rotor" cx="120" cy="80" r="34"/>
          ${[0, 90, 180, 270].map((a) => svg`<g transform="rotate(${a} 120 80)"><rect class="blood" x="114" y="48" width="12" height="22" rx="5"/></g>`)}
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
      return svg`
        <rect class="skin" x="0" y="70" width="240" height="24"/>
        <rect class="tissue" x="0" y="94" width="240" height="66"/>
        <path class="bone" d="M96 124h48l8 13-8 13H96l-8-13z"/>
        ${xray
          ? svg`<rect class="stroke-fill" x="116" y="2" width="28" height="10" rx="2"/>
              <path class="beam" d="M122 12 104 150M138 12l14 138"/>
              ${label(labels.xray, 150, 24, 'start', [144, 10, 148, 18])}`
          : ''}
        ${syringe(50, 18, 55, 110)}
        ${ultrasound
          ? svg`<rect class="probe" x="162" y="46" width="30" height="26" rx="6"/>
              <path class="wave pulse" d="M168 82q9 8 18 0M164 92q13 10 26 0"/>
              ${label(labels.probe, 236, 122, 'end', [190, 68, 214, 108])}`
          : ''}
        ${label(labels.needle, 62, 62, 'end', [84, 66, 64, 58])}`;
    }
    case 'tissue-repair':
      return svg`
        <rect class="tissue" x="10" y="40" width="220" height="90" rx="14"/>
        ${[56, 74, 92, 110].map((y) => svg`<path class="fiber" d="M20 ${y}c40-10 80 10 120 0s60-10 90 0"/>`)}
        ${[[60, 62], [110, 96], [160, 70], [196, 104], [86, 112]].map(([x, y]) => svg`<circle class="platelet pulse" cx=${x} cy=${y} r="5"/>`)}`;
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
        ${syringe(120, 70, 0)}`;
    case 'repeat':
      return svg`
        <rect class="calendar" x="30" y="24" width="180" height="120" rx="10"/>
        <rect class="calendar-top" x="30" y="24" width="180" height="26" rx="10"/>
        ${[0, 1, 2].map((i) => svg`<g transform="translate(${56 + i * 56} 96)"><circle class="visit" r="18"/><path class="tick" d="M-8 0l6 6 10-12"/></g>`)}`;
  }
}

/** The illustration for a step, 240 × 160, decorative. */
export function illustration(id: IllustrationId, labels: IllustrationLabels, guidance?: Guidance) {
  return html`<svg class="illustration" part="illustration" viewBox="0 0 240 160" aria-hidden="true" focusable="false">${draw(id, labels, guidance)}</svg>`;
}
