import { literal, html, type StaticValue } from 'lit/static-html.js';
import { ifDefined } from 'lit/directives/if-defined.js';

const TAGS: readonly StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

export interface HeadingOptions {
  readonly id?: string;
  readonly part?: string;
  readonly className?: string;
}

/** A real `<h1>`–`<h6>`; levels past 6 stay at 6 so deep nesting never produces an invalid tag. */
export function renderHeading(level: number, content: unknown, options: HeadingOptions = {}) {
  const tag = TAGS[Math.min(6, Math.max(1, Math.round(level))) - 1];
  return html`<${tag} id=${ifDefined(options.id)} part=${ifDefined(options.part)} class=${ifDefined(options.className)}>${content}</${tag}>`;
}
