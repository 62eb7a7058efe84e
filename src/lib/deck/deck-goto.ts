/**
 * The presenter view's « Aller à la diapositive » field: which slide a typed number or title names.
 * Apart from deck-nav.ts so that the projected deck, which has no such field, does not load it.
 */

/**
 * The slide « Aller à la diapositive » asks for: a number (« 12 », « #12 », or a list entry
 * « 12. Titre »), else a title or part of one, accents and case aside. Null when nothing matches
 * or the number is outside the deck (the caller says so rather than guess).
 */
export function parseGoTo(text: string, titles: readonly string[]): number | null {
  const input = text.trim();
  const number = /^#?\s*(\d{1,6})(?!\d)/.exec(input);
  if (number?.[1]) {
    const n = Number(number[1]);
    return n >= 1 && n <= titles.length ? n - 1 : null;
  }
  const wanted = foldText(input);
  if (wanted.length < 2) return null;
  const folded = titles.map(foldText);
  const exact = folded.indexOf(wanted);
  if (exact >= 0) return exact;
  const partial = folded.findIndex((title) => title.includes(wanted));
  return partial >= 0 ? partial : null;
}

/** Text for matching: no accents, lower case, one space between words, typographic quotes as plain. */
function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
}
