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

/** An elided article or pronoun at the start of a word (« l’ », « qu’ »…), as it was written. */
const ELIDED_PREFIX = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’ʼ](?=\p{L})/iu;

/** Punctuation around a word (« TikTok, », « (ex. », « va. »). */
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** Whether a query is a quoted phrase, searched word for word, stop words included. */
export function isQuoted(query: string): boolean {
  return /["«»“”]/.test(query);
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
 * Optimal string alignment distance (Damerau–Levenshtein without repeated edits) between two
 * strings, or `max + 1` as soon as it is sure to exceed `max` (so long words cost little).
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (before[j - 2] ?? 0) + 1);
      current.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * Whether a marked word (folded, no punctuation) answers one query word (folded): the same
 * word; or a stem they share that is at least four letters (or the whole of a shorter query
 * word) and leaves at most two letters of the shorter one (« jeune » for « jeunes »,
 * « organisation » for « organiser », « TikTok » for « tik »); or, for a long word, the same word
 * give or take one typo. Never a two-letter prefix (« va » for « vacination »).
 */
function answers(marked: string, term: string): boolean {
  if (marked === term) return true;
  if (marked.length < 3) return false;
  const shared = commonPrefix(marked, term);
  if (shared >= Math.min(4, term.length) && shared >= Math.min(marked.length, term.length) - 2) return true;
  return Math.min(marked.length, term.length) >= 6 && editDistance(marked, term, 1) <= 1;
}

/** Whether the text of a highlight (« l’évaluation, », « mot-clic ») answers one of the query's words. */
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
 * highlighted either. Neighbouring plain runs are joined.
 */
export function keepMeaningfulMarks<P extends Part>(parts: readonly P[], terms: readonly string[]): Part[] {
  const out: Part[] = [];
  const push = (text: string, mark: boolean) => {
    const last = out.at(-1);
    if (last && !last.mark && !mark) last.text += text;
    else if (text) out.push({ text, mark });
  };
  for (const part of parts) {
    if (!part.mark || !isMeaningfulMark(part.text, terms)) {
      push(part.text, false);
      continue;
    }
    const elided = ELIDED_PREFIX.exec(part.text)?.[0] ?? '';
    push(elided, false);
    push(part.text.slice(elided.length), true);
  }
  return out;
}
