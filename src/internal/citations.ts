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

/**
 * Statement text (placeholders filled) followed by its citation numbers. Text only, never HTML.
 * `citationPrefix` gives the screen-reader word for the count: "(source 1)", "(sources 1, 3)".
 */
export function renderStatement(
  statement: Statement,
  citations: Citations,
  citationPrefix: (count: number) => string,
  values: Readonly<Record<string, unknown>> = {},
) {
  const numbers = citations.cite(statement.sources);
  return html`${fillParts(statement.text, values)}${numbers.length
    ? html`<sup class="cite"><span class="sr-only"> (${citationPrefix(numbers.length)} </span>${numbers.join(', ')}<span
          class="sr-only">)</span></sup>`
    : nothing}`;
}
