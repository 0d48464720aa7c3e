/** Pure logic of the comparison: no DOM, unit-tested in Node. */
import { type IdList, parseIdList } from '../../internal/attributes.js';
import { DEFAULT_TREATMENTS, type TreatmentId, TREATMENTS } from './types.js';

/** Parses `treatments="prp, steroid,rfa"`: commas or spaces between ids, any case; the default set when none is valid. */
export function parseTreatments(value: unknown): IdList<TreatmentId> {
  return parseIdList(value, TREATMENTS, DEFAULT_TREATMENTS);
}

/**
 * Widths are CSS px at 16 px text; the element scales them with its own text size, so a reader's larger
 * default font gets cards sooner.
 * `tableMinWidth`: from here `view="auto"` shows a table, a row-heading column plus 150 px a treatment.
 */
export function tableMinWidth(columns: number): number {
  return 180 + 150 * columns;
}

/** Below this, even a forced table (`view="table"`) would break words inside its cells, so cards show instead. */
export function tableFitWidth(columns: number): number {
  return TABLE_FIT_HEADING + TABLE_FIT_COLUMN * columns;
}
const TABLE_FIT_HEADING = 130;
const TABLE_FIT_COLUMN = 140;

/**
 * A treatment name as it reads inside a sentence: "Steroid injection" → "steroid injection",
 * "Inyección de PRP" → "inyección de PRP"; names that start with an abbreviation ("PRP injection") keep it.
 */
export function inSentence(name: string): string {
  return /^\p{Lu}\p{Ll}/u.test(name) ? name[0].toLocaleLowerCase() + name.slice(1) : name;
}
