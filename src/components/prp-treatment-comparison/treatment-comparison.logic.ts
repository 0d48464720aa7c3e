/** Pure logic of the comparison: no DOM, unit-tested in Node. */
import { parseIdList, type IdList } from '../../internal/attributes.js';
import { DEFAULT_TREATMENTS, TREATMENTS, type TreatmentId } from './types.js';

/** Parses `treatments="prp, steroid,rfa"`: commas or spaces between ids, any case; the default set when none is valid. */
export function parseTreatments(value: unknown): IdList<TreatmentId> {
  return parseIdList(value, TREATMENTS, DEFAULT_TREATMENTS);
}

/** Width (CSS px) from which `view="auto"` shows a table: a row-heading column plus 150 px a treatment. */
export function tableMinWidth(columns: number): number {
  return 180 + 150 * columns;
}


/**
 * A treatment name as it reads inside a sentence: "Steroid injection" → "steroid injection",
 * "Inyección de PRP" → "inyección de PRP"; names that start with an abbreviation ("PRP injection") keep it.
 */
export function inSentence(name: string): string {
  return /^\p{Lu}\p{Ll}/u.test(name) ? name[0]!.toLocaleLowerCase() + name.slice(1) : name;
}
