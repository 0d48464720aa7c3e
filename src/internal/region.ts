/**
 * The reader's region: which emergency number a page gets by default, what the emergency place is called,
 * and which words replace US-only ones. Default text is written for the US; the region comes from the
 * `lang` tag (`en-GB`), the place also from the emergency number (999 is A&E even on a plain `en` page).
 * The words themselves are content: `CommonStrings.regional` in each language.
 */
import type { RegionalWording } from '../content/types.js';

/** Regions with their own defaults; any other region (or none) gets the US defaults. */
export const REGIONS = ['US', 'GB', 'ES'] as const;
export type Region = (typeof REGIONS)[number];

export type EmergencyPlace = keyof RegionalWording['places'];

/** The region of a BCP 47 tag: `en-GB` → GB, `es-ES` → ES, anything else → US. */
export function regionOf(tag: string): Region {
  const region = /^[a-z]{2,3}[-_]([a-z]{2})\b/i.exec(tag.trim())?.[1]?.toUpperCase();
  return region === 'GB' || region === 'ES' ? region : 'US';
}

/** The emergency number a region gets when the page sets none. */
export function defaultEmergencyNumber(region: Region): string {
  return region === 'GB' ? '999' : region === 'ES' ? '112' : '911';
}

/** What the emergency place is called: A&E in the UK or with 999, the emergency room with 911, else the emergency department. */
export function emergencyPlace(region: Region, dial: string): EmergencyPlace {
  if (region === 'GB' || dial === '999') return 'accidentAndEmergency';
  if (dial === '911') return 'emergencyRoom';
  return 'emergencyDepartment';
}

/** Keys whose strings are ids or addresses, never text for the reader. */
const NOT_TEXT = new Set(['id', 'sources', 'url', 'protocol', 'illustration', 'level', 'topics', 'regional', 'lang']);

/** `phrase` as a whole-word pattern; the first letter matches either case so sentence starts are found. */
function wholePhrase(phrase: string): RegExp {
  const escaped = phrase.slice(1).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const first = phrase[0];
  return new RegExp(
    `(?<![\\p{L}\\p{N}])[${first.toLowerCase()}${first.toUpperCase()}]${escaped}(?![\\p{L}\\p{N}])`,
    'gu',
  );
}

/** The swaps to make, as patterns; empty for US text with 911. */
export function regionalSwaps(
  wording: RegionalWording,
  region: Region,
  place: EmergencyPlace,
): readonly (readonly [RegExp, string])[] {
  const pairs: (readonly [string, string])[] = [];
  if (place !== 'emergencyRoom') pairs.push([wording.places.emergencyRoom, wording.places[place]]);
  pairs.push(...(wording.terms[region] ?? []));
  return pairs.map(([from, to]) => [wholePhrase(from), to] as const);
}

/** Applies the swaps to one string, keeping a capital first letter capital. */
export function swapWords(text: string, swaps: readonly (readonly [RegExp, string])[]): string {
  return swaps.reduce(
    (result, [pattern, to]) =>
      result.replace(pattern, (found) =>
        found[0] === found[0].toUpperCase() && found[0] !== found[0].toLowerCase()
          ? to[0].toUpperCase() + to.slice(1)
          : to,
      ),
    text,
  );
}

const cache = new WeakMap<object, Map<string, unknown>>();

/**
 * `value` with every reader-facing string swapped (ids, source ids and addresses untouched). Returns `value`
 * itself when there is nothing to swap, and the same copy for the same object and region every time.
 */
export function regionalize<T>(value: T, wording: RegionalWording, region: Region, place: EmergencyPlace): T {
  // US words and 911 need no swap; otherwise the patterns are compiled only when a copy is made.
  if ((place === 'emergencyRoom' && !wording.terms[region]?.length) || value === null || typeof value !== 'object')
    return value;
  const key = `${region}:${place}`;
  let copies = cache.get(value);
  if (!copies) cache.set(value, (copies = new Map<string, unknown>()));
  if (!copies.has(key)) {
    const swaps = regionalSwaps(wording, region, place);
    copies.set(
      key,
      mapStrings(value, (text) => swapWords(text, swaps)),
    );
  }
  return copies.get(key) as T;
}

function mapStrings(value: unknown, map: (text: string) => string, key = ''): unknown {
  if (NOT_TEXT.has(key)) return value;
  if (typeof value === 'string') return map(value);
  if (Array.isArray(value)) return value.map((entry) => mapStrings(entry, map, key));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, entry]) => [k, mapStrings(entry, map, k)]));
  }
  return value;
}
