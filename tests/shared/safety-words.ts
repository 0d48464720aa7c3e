/**
 * The wording the clinical safety rules forbid, written once for the unit tests (content data) and the
 * browser tests (rendered text, hidden panels included). See docs/evidence.md, "Safety rules".
 */

/** Sentences of a text: split after ., !, ? or : followed by a space. */
export function sentences(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?:])\s+/)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

/** Words for getting worse, in English and Spanish. */
const WORSE = /\b(worse|worsen(?:s|ing)?|flare)\b|\bpeor(?:es)?\b|empeor\w*/i;
/** Words that make something sound expected or harmless. */
const EXPECTED =
  /\b(normal|expected|usual|fine|okay|ok|common)\b|\bnormal(?:es)?\b|esperad[oa]s?|habitual(?:es)?|común|comunes|no se preocupe/i;

/**
 * Sentences that call getting worse normal: a word for worse and a word for normal in the same sentence.
 * Strict on purpose: "a flare of pain is common" is listed too, and must be worded another way.
 */
export function callsWorseningNormal(text: string): string[] {
  return sentences(text).filter((sentence) => WORSE.test(sentence) && EXPECTED.test(sentence));
}

/** Words that only US readers use, which must not show on an `en-GB` page. */
export const US_ONLY = [
  /\bTylenol\b/,
  /\bacetaminophen\b/i,
  /\bphysical therap/i,
  /\bemergency room\b/i,
  /\burgent care\b/i,
  /\bshots?\b/i,
  /\b911\b/,
  /\btumors?\b/i,
  /\bprograms?\b/i,
  /\bcenters?\b/, // lower case: a US institution's proper name (a source's publisher) may keep it
  /\bcolor\b/i,
];

/** The US-only words found in `text`. */
export function usOnlyWords(text: string): string[] {
  return US_ONLY.flatMap(
    (pattern) =>
      text.match(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`)) ?? [],
  );
}
