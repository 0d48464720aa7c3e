/** Pure logic of the comparison: no DOM, unit-tested in Node. */
import { DEFAULT_TREATMENTS, TREATMENTS, type TreatmentId } from './types.js';

export interface TreatmentList {
  /** Valid ids, in the order given, each once; the default set when none was valid. */
  readonly ids: readonly TreatmentId[];
  /** Entries that are not treatment ids, as written. */
  readonly unknown: readonly string[];
  /** Ids listed more than once (shown once). */
  readonly duplicates: readonly TreatmentId[];
  /** True when the value named no valid treatment and the default set is used. */
  readonly usedDefault: boolean;
}

/** Parses `treatments="prp, steroid,rfa"`: commas or spaces between ids, any case. */
export function parseTreatments(value: unknown): TreatmentList {
  const entries = typeof value === 'string' ? value.split(/[\s,]+/).map((entry) => entry.trim()).filter(Boolean) : [];
  const ids: TreatmentId[] = [];
  const unknown: string[] = [];
  const duplicates: TreatmentId[] = [];
  for (const entry of entries) {
    const id = TREATMENTS.find((treatment) => treatment === entry.toLowerCase());
    if (!id) unknown.push(entry);
    else if (ids.includes(id)) duplicates.push(id);
    else ids.push(id);
  }
  const usedDefault = ids.length === 0;
  return { ids: usedDefault ? DEFAULT_TREATMENTS : ids, unknown, duplicates, usedDefault };
}

/** Width (CSS px) from which `view="auto"` shows a table: a row-heading column plus 150 px a treatment. */
export function tableMinWidth(columns: number): number {
  return 180 + 150 * columns;
}

