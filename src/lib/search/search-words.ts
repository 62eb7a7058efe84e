/**
 * Which words of a French query carry its meaning, and which highlighted words of an excerpt
 * really answer it. Pure functions: no DOM, no Pagefind import.
 *
 * Pagefind searches every word it is given and, when a word is not in the index, falls back to
 * the longest prefix of it that is: « vacination » came back marked on « va », and « rejoindre
 * les jeunes » on « le », « l’évaluation » and « leçons ». Here, words that carry no meaning
 * (articles, prepositions, pronouns, elided forms) are left out of the search and of the
 * highlights, unless the query is a quoted phrase; and a highlight is kept only when the marked
 * word is a query word, or shares a meaningful stem with one.
 */

/** Words that carry no meaning in a query, accents and case folded (see fold). */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a au aux avec c ce ces cet cette ceux d dans de des du elle elles en et etre est eux il ils ' +
    'j je l la le les leur leurs lui m ma me mes moi mon n ne ni nos notre nous on ou par pas pour ' +
    'qu que qui s sa se ses si son sont sur t ta te tes toi ton tu un une vos votre vous vs y'
  ).split(' '),
);

/**
 * A word as the comparisons see it: lower case, accents removed, ligatures « œ » and « æ »
 * written « oe » and « ae », typographic apostrophes made typewriter ones.
 */
export function fold(word: string): string {
  return word
    .toLocaleLowerCase('fr')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[’ʼ]/g, "'");
}

const ELIDED_PREFIX = /^(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’ʼ](?=\p{L})/iu;

/** Punctuation around a word (« TikTok, », « (ex. », « va. »). */
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/**
 * Whether a normalised query (see normalizeQuery, which writes « » and “ ” as « " ») is a quoted
 * phrase, searched word for word, stop words included.
 */
export function isQuoted(query: string): boolean {
  return query.includes('"');
}

/**
 * The words of a normalised query (see normalizeQuery) that carry its meaning: stop words left
 * out, unless the query is quoted or made of stop words only (then every word counts).
 */
export function meaningfulWords(query: string): string[] {
  const words = query
    .split(/\s+/)
    .map((w) => w.replace(EDGE_PUNCTUATION, ''))
    .filter(Boolean);
  if (isQuoted(query)) return words;
  const kept = words.filter((w) => !STOP_WORDS.has(fold(w.replace(ELIDED_PREFIX, ''))));
  return kept.length > 0 ? kept : words;
}

/** Length of the prefix two strings share. */
export function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * Whether a marked word (folded, no punctuation) answers one query word (folded): the same
 * word; or a stem they share that is at least four letters (or the whole of a shorter query
 * word) and leaves at most two letters of the shorter one (« jeune » for « jeunes »,
 * « organisation » for « organiser », « TikTok » for « tik »). Never a two-letter prefix (« va »
 * for « vacination »), nor a word one typo away: the suggested spelling's words are added to the
 * query's for that (see suggestQuery).
 */
function answers(marked: string, term: string): boolean {
  if (marked === term) return true;
  if (marked.length < 3) return false;
  const shared = commonPrefix(marked, term);
  return shared >= Math.min(4, term.length) && shared >= Math.min(marked.length, term.length) - 2;
}

/**
 * Whether the text of a highlight (« l’évaluation, », « mot-clic ») answers one of the query's
 * words.
 */
export function isMeaningfulMark(text: string, terms: readonly string[]): boolean {
  const word = fold(text.replace(EDGE_PUNCTUATION, '').replace(ELIDED_PREFIX, ''));
  if (!word) return false;
  const folded = terms.map((t) => fold(t.replace(ELIDED_PREFIX, '')));
  const forms = [word, word.replace(/-/g, ''), ...word.split('-')];
  return forms.some((form) => folded.some((term) => answers(form, term) || answers(form, term.replace(/-/g, ''))));
}

/** A run of excerpt text, highlighted or not (the shape of search-query.ts's ExcerptPart). */
interface Part {
  text: string;
  mark: boolean;
}

/**
 * The excerpt's runs with only the highlights that answer the query's words: the others become
 * plain text, and an elided article in front of a kept one (« l’ » of « l’évaluation ») is not
 * highlighted either.
 */
export function keepMeaningfulMarks(parts: readonly Part[], terms: readonly string[]): Part[] {
  return parts.flatMap(({ text, mark }) => {
    if (!mark || !isMeaningfulMark(text, terms)) return [{ text, mark: false }];
    const elided = ELIDED_PREFIX.exec(text)?.[0] ?? '';
    return elided
      ? [
          { text: elided, mark: false },
          { text: text.slice(elided.length), mark: true },
        ]
      : [{ text, mark }];
  });
}
