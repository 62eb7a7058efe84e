/**
 * « Vouliez-vous dire : vaccination? »: the course's own vocabulary, collected from the indexed
 * pages at build time (src/integrations/pagefind.ts writes it beside the Pagefind bundle), and
 * the spelling suggestion for a query whose words it does not hold. Accents, case and ligatures
 * do not count (see fold). Pure functions: no DOM, no file access.
 */
import { commonPrefix, fold, isQuoted, meaningfulWords, STOP_WORDS } from './search-words';

/** The vocabulary as written to disk: each word as printed most often, with its number of uses. */
export interface VocabularyFile {
  version: 1;
  words: [word: string, uses: number][];
}

/** One known word: as printed, folded, and how often the course uses it. */
interface Entry {
  word: string;
  folded: string;
  uses: number;
}

/** The vocabulary ready to answer: every word by its folded form, and by length for the typo scan. */
export interface Vocabulary {
  byFolded: ReadonlyMap<string, Entry>;
  entries: readonly Entry[];
}

/** Words shorter than this are not collected, nor corrected: too many real words are one edit apart. */
const MIN_LENGTH = 4;

/**
 * The text of one built page that Pagefind indexes: its data-pagefind-body element (Base.astro's
 * <main>, which holds no other <main>), tags removed.
 */
export function indexedText(html: string): string {
  const open = /<([a-z]+)\b[^>]*\bdata-pagefind-body\b/i.exec(html);
  let body = html;
  if (open) {
    const end = html.indexOf(`</${open[1] ?? ''}>`, open.index);
    body = html.slice(open.index, end === -1 ? undefined : end);
  }
  return body
    .replace(/<(script|style|noscript|template|select|button)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|&#160;|&#xa0;/gi, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#0*39;|&#x0*27;|&apos;/gi, "'");
}

/**
 * The vocabulary of the pages given to Pagefind (their HTML): as Pagefind does, once one page has
 * a data-pagefind-body element, pages without one are left out (decks, the 404 page…).
 */
export function vocabularyOf(pages: readonly string[]): VocabularyFile {
  const bodies = pages.filter((html) => /\bdata-pagefind-body\b/.test(html));
  return collectVocabulary((bodies.length > 0 ? bodies : pages).map(indexedText));
}

/** Counts the words of some texts (letters only, split at apostrophes, hyphens and digits). */
export function collectVocabulary(texts: readonly string[]): VocabularyFile {
  const counts = new Map<string, Map<string, number>>();
  for (const text of texts) {
    for (const [word] of text.normalize('NFC').matchAll(/\p{L}+/gu)) {
      if (word.length < MIN_LENGTH) continue;
      const key = fold(word);
      const spellings = counts.get(key) ?? new Map<string, number>();
      spellings.set(word, (spellings.get(word) ?? 0) + 1);
      counts.set(key, spellings);
    }
  }
  const words: [string, number][] = [];
  for (const [key, spellings] of [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    // The spelling printed most often; on a tie, the lower-case one (a word that starts a sentence).
    const [word] = [...spellings].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? 1 : -1))[0] ?? [key];
    words.push([word, [...spellings.values()].reduce((sum, n) => sum + n, 0)]);
  }
  return { version: 1, words };
}

/** The vocabulary from its file's parsed JSON; anything malformed gives an empty one (no suggestions). */
export function readVocabulary(data: unknown): Vocabulary {
  const entries: Entry[] = [];
  const words = (data as Partial<VocabularyFile> | null)?.words;
  if (Array.isArray(words)) {
    for (const item of words) {
      if (!Array.isArray(item) || typeof item[0] !== 'string' || typeof item[1] !== 'number') continue;
      entries.push({ word: item[0], folded: fold(item[0]), uses: item[1] });
    }
  }
  return { byFolded: new Map(entries.map((e) => [e.folded, e])), entries };
}

/** Endings stripped to compare two forms of one word (plurals, feminines, verbs, nouns in -ation). */
const ENDINGS = /(?:ations?|ements?|ments?|eurs?|euses?|ees?|es|er|ez|ent|e|s|x)$/;

/** A light stem: the word without its inflectional ending, if four letters remain. */
function stem(folded: string): string {
  const bare = folded.replace(ENDINGS, '');
  return bare.length >= MIN_LENGTH ? bare : folded;
}

/**
 * Whether the course holds a folded word: as is, as the beginning of a longer word (the reader
 * is still typing), or as another form of the same stem (« organiser » for « organisation »).
 */
function isKnown(folded: string, vocabulary: Vocabulary): boolean {
  if (folded.length < MIN_LENGTH || vocabulary.byFolded.has(folded)) return true;
  const own = stem(folded);
  return vocabulary.entries.some((e) => e.folded.startsWith(folded) || stem(e.folded) === own);
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
 * The known word closest to an unknown one: fewest edits (1 up to 7 letters, 2 beyond), then the
 * longest beginning in common (typos are rarer at the start: « charue » is « charrue », not
 * « chaque »), then the most used.
 */
function closest(folded: string, vocabulary: Vocabulary): Entry | undefined {
  const max = folded.length <= 7 ? 1 : 2;
  let best: { entry: Entry; key: [number, number, number] } | undefined;
  for (const entry of vocabulary.entries) {
    const distance = editDistance(folded, entry.folded, max);
    if (distance > max) continue;
    const key: [number, number, number] = [-distance, commonPrefix(folded, entry.folded), entry.uses];
    if (!best || isGreater(key, best.key)) best = { entry, key };
  }
  return best?.entry;
}

/** Whether one ranking key beats another, comparing their parts in order. */
function isGreater(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  return false;
}

/**
 * The query the reader probably meant, or undefined when every meaningful word is known (or the
 * query is a quoted phrase). Two words that the course writes as one are joined (« tik tok » →
 * « TikTok »); an unknown word becomes the closest known one (« vacination » → « vaccination »).
 * Stop words stay as typed. The query is expected normalised (see normalizeQuery).
 */
export function suggestQuery(query: string, vocabulary: Vocabulary): string | undefined {
  if (!query.trim() || isQuoted(query) || vocabulary.entries.length === 0) return undefined;
  const words = query.trim().split(/\s+/);
  const meaningful = new Set(meaningfulWords(query));
  const out: string[] = [];
  let changed = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const next = words[i + 1];
    const joined = next === undefined ? undefined : vocabulary.byFolded.get(fold(word + next));
    if (joined && !STOP_WORDS.has(fold(word))) {
      out.push(joined.word);
      changed = true;
      i++;
      continue;
    }
    const folded = fold(word);
    const fix = meaningful.has(word) && !isKnown(folded, vocabulary) ? closest(folded, vocabulary) : undefined;
    out.push(fix?.word ?? word);
    changed ||= fix !== undefined;
  }
  return changed ? out.join(' ') : undefined;
}
