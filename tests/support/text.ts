/** Text helpers for content tests: compare French text regardless of typographic spacing. */

/** Lower-cases and folds what typography varies: apostrophes, no-break spaces, space before « : ! ? ; ». */
export function normalizeText(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/ ([:!?;])/g, '$1')
    .trim();
}

/** Counts the words of a French text (elided words count once: « l’organisation » is one). */
export function countWords(s: string): number {
  return s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}
