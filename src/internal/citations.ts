import { html, nothing } from 'lit';

import type { CitedSource, Source, Statement } from '../content/types.js';
import { fillParts } from './localize.js';

/** A source a clinic adds in its content override, citable by `id`. */
export type ClinicSource = CitedSource;

/**
 * Numbers sources in the order a render first cites them, so the footer lists exactly the
 * sources the reader saw, numbered as in the text.
 */
export class Citations {
  private readonly numbers = new Map<string, number>();
  /** Ids cited but not in the bibliography or the clinic's sources (a typo in an override, usually). */
  readonly unknown = new Set<string>();
  private readonly known: ReadonlyMap<string, Source>;

  /** `bibliography`: the sources the element's default content cites; a clinic's own sources win on the same id. */
  constructor(bibliography: readonly CitedSource[], clinicSources: readonly CitedSource[] = []) {
    this.known = new Map([...bibliography, ...clinicSources].map((source) => [source.id, source]));
  }

  private lookup(id: string): Source | undefined {
    return this.known.get(id);
  }

  /** The numbers of the given sources, assigning new numbers on first use; unknown ids are skipped. */
  cite(ids: readonly string[] = []): number[] {
    const found: number[] = [];
    for (const id of ids) {
      if (!this.lookup(id)) {
        this.unknown.add(id);
        continue;
      }
      if (!this.numbers.has(id)) this.numbers.set(id, this.numbers.size + 1);
      found.push(this.numbers.get(id)!);
    }
    return found;
  }

  /** Cited sources in number order. */
  get entries(): { readonly number: number; readonly source: Source }[] {
    return [...this.numbers].map(([id, number]) => ({ number, source: this.lookup(id)! }));
  }
}

/** A statement's text and its citation, apart: a label takes the text, and the citation follows it. */
export interface SpokenStatement {
  readonly text: unknown;
  readonly cite: unknown;
}

/** Renders a statement, text then citation; `.parts` gives the two apart. */
export interface Speaker {
  (statement: Statement): unknown;
  parts(statement: Statement): SpokenStatement;
}

/** The class of citation links: the element opens its sources when one is followed (`PrpElement`). */
export const CITE_LINK = 'cite-link';

/**
 * Citation numbers in ascending order, each a link to its source that stays out of the Tab order: a
 * keyboard reader gets every source in one step through the footer's "Sources" button. `citationPrefix`
 * gives the screen-reader word for the count: "(source 1)", "(sources 1, 3)".
 */
function citationMark(numbers: readonly number[], citationPrefix: (count: number) => string) {
  if (!numbers.length) return nothing;
  const sorted = [...numbers].sort((a, b) => a - b);
  // The spaces are in expressions: the build's template minifier drops a space next to a tag.
  return html`<sup class="cite"><span class="sr-only">${` (${citationPrefix(sorted.length)} `}</span>${sorted.map(
    (number, index) =>
      html`${index ? ', ' : ''}<a class=${CITE_LINK} href="#source-${number}" tabindex="-1">${number}</a>`,
  )}<span class="sr-only">)</span></sup>`;
}

/** Statement text (placeholders filled) with its citation numbers. Text only, never HTML. */
export function speaker(
  citations: Citations,
  citationPrefix: (count: number) => string,
  values: Readonly<Record<string, unknown>> = {},
): Speaker {
  const parts = (statement: Statement): SpokenStatement => ({
    text: fillParts(statement.text, values),
    cite: citationMark(citations.cite(statement.sources), citationPrefix),
  });
  const say = (statement: Statement) => {
    const { text, cite } = parts(statement);
    return html`${text}${cite}`;
  };
  return Object.assign(say, { parts });
}
