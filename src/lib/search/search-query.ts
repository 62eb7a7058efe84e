/**
 * French as people type it, turned into what the Pagefind index holds; and Pagefind's answers
 * turned back into French as it is printed. Pure functions: no DOM, no Pagefind import.
 *
 * What Pagefind 1.6 already does (checked with real queries against the built course):
 * accents are folded both ways (« strategie » finds « stratégie »), hyphenated words are indexed
 * whole and in parts (« mot-clic », « motclic » and « mot clic » all find « mot-clic »), French
 * stemming applies (« organiser » finds « organisation »). What it does not do, and this module
 * does: an elided article in the query (« l’organisation », « d’organisation ») hides the word
 * behind it, and « oe » typed for « œ » (« boeufs ») finds nothing, because Unicode does not
 * decompose the ligature. The index side of elisions lives in search-index.ts.
 */
import { asciiApostrophes } from './search-index';
import { isMeaningfulMark, keepMeaningfulMarks, meaningfulWords } from './search-words';

/** Apostrophes people type or paste: typewriter, typographic, modifier letter, grave, acute. */
const APOSTROPHES = /[’ʼ‘`´]/g;

/**
 * French elided words: articles, pronouns and conjunctions that drop their vowel before another
 * word (l’, d’, qu’, jusqu’…). They carry no meaning for search and glue to the next word.
 */
const ELISION = /(?<![\p{L}\p{N}])(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)'(?=[\p{L}\p{N}]|\s|$)/giu;

/**
 * Normalises a query as typed: NFC, one kind of apostrophe, French or curly quotes written « " »
 * (Pagefind's phrase marks), elided words removed, spaces collapsed. Accents, hyphens and case are left to Pagefind, which handles them itself.
 */
export function normalizeQuery(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(APOSTROPHES, "'")
    .replace(/[«»“”]/g, '"')
    .replace(ELISION, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** At most this many spellings are searched for one query (each one is a Pagefind search). */
const MAX_VARIANTS = 8;

/** A word with « oe » written « œ » and « ae » written « æ », keeping capitals. */
function ligatured(word: string): string {
  return word.replace(/oe/g, 'œ').replace(/O[eE]/g, 'Œ').replace(/ae/g, 'æ').replace(/A[eE]/g, 'Æ');
}

/** A word with « œ » written « oe » and « æ » written « ae ». */
function unligatured(word: string): string {
  return word.replace(/œ/g, 'oe').replace(/Œ/g, 'Oe').replace(/æ/g, 'ae').replace(/Æ/g, 'Ae');
}

/**
 * The spellings to search for one normalised query: itself first, then each word that holds
 * « oe » or « œ » written the other way, in every combination (at most eight), without
 * duplicates. Searching them all and merging the results makes « boeufs » find « bœufs » while
 * excerpts keep the printed spelling.
 */
export function queryVariants(query: string): string[] {
  if (!query) return [];
  let variants = [''];
  for (const word of query.split(' ')) {
    const spellings = [...new Set([word, ligatured(word), unligatured(word)])];
    const next: string[] = [];
    for (const prefix of variants) {
      for (const spelling of spellings) next.push(prefix ? `${prefix} ${spelling}` : spelling);
    }
    variants = next.slice(0, MAX_VARIANTS);
  }
  return [...new Set(variants)];
}

/** The least a search hit needs to be merged: Pagefind's page id and relevance score. */
export interface ScoredHit {
  id: string;
  score: number;
}

/**
 * Merges the hits of several searches (one per spelling): each page once, with its best score,
 * best first. Ties keep the order of the first search, which is the spelling as typed.
 */
export function mergeHits<T extends ScoredHit>(lists: readonly (readonly T[])[]): T[] {
  const best = new Map<string, { hit: T; rank: number }>();
  let rank = 0;
  for (const list of lists) {
    for (const hit of list) {
      const seen = best.get(hit.id);
      if (!seen) best.set(hit.id, { hit, rank: rank++ });
      else if (hit.score > seen.hit.score) best.set(hit.id, { hit, rank: seen.rank });
    }
  }
  return [...best.values()].sort((a, b) => b.hit.score - a.hit.score || a.rank - b.rank).map((e) => e.hit);
}

/**
 * Puts the typographic apostrophe back in text that comes from the index (titles, excerpts,
 * filter names): the index is built with typewriter apostrophes so that Pagefind splits elisions
 * (see search-index.ts), and French prose prints « ’ ». Also undoes the HTML escapes of « ' ».
 */
export function typographicApostrophes(text: string): string {
  return text.replace(/&#0*39;|&#x0*27;|&apos;|'/gi, '’');
}

/** A run of excerpt text, highlighted (the query's words) or not. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The text of an HTML-escaped string: named entities of ENTITIES and numeric ones; others kept. */
function unescapeHtml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

/**
 * An excerpt from the index as plain-text runs: Pagefind escapes the page's text and wraps the
 * query's words in <mark>. The runs are shown as text nodes and <mark> elements, never parsed as
 * HTML, so whatever the index holds (« <img onerror=…> » written in a page) prints as text.
 */
export function excerptParts(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of html.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(piece)) mark = true;
    else if (/^<\/mark>$/i.test(piece)) mark = false;
    else if (piece !== '') parts.push({ text: typographicApostrophes(unescapeHtml(piece)), mark });
  }
  return parts;
}

/**
 * An excerpt's runs with the highlights that answer the query only (see keepMeaningfulMarks):
 * `terms` are the query's meaningful words (see meaningfulWords). Without terms, every highlight.
 */
export function highlightedParts(html: string, terms?: readonly string[]): ExcerptPart[] {
  const parts = excerptParts(html);
  return terms ? keepMeaningfulMarks(parts, terms) : parts;
}

/**
 * How many different words an excerpt highlights (Pagefind marks each word of the query it found),
 * counting only those that answer `terms` when given.
 */
export function markedWordCount(html: string, terms?: readonly string[]): number {
  const words = new Set<string>();
  for (const part of highlightedParts(html, terms)) if (part.mark) words.add(part.text.trim().toLocaleLowerCase('fr'));
  return words.size;
}

/**
 * The query's words (`terms`) that no excerpt highlights as written or by their stem: the words
 * Pagefind found only by a short prefix (« va » for « vacination ») or a typo early in the word
 * (« vaccination »), or not at all. When there are some, the search asks for a spelling suggestion.
 */
export function unmatchedTerms(excerpts: readonly string[], terms: readonly string[]): string[] {
  const marks = excerpts.flatMap((html) => excerptParts(html).filter((p) => p.mark));
  return terms.filter((term) => !marks.some((mark) => isMeaningfulMark(mark.text, [term])));
}

/**
 * The passage to show for a page: of the page's excerpt and its sections' excerpts, the first that
 * highlights the most different words of the query (of `terms`, when given). For « rejoindre les
 * jeunes », the passage where the words occur together rather than one that only marks « les ».
 */
export function bestExcerpt(excerpts: readonly string[], terms?: readonly string[]): string | undefined {
  let best: string | undefined;
  let most = -1;
  for (const text of excerpts) {
    const count = markedWordCount(text, terms);
    if (count > most) [best, most] = [text, count];
  }
  return best;
}

/** The filters a search can apply, as Pagefind names them in the index. */
export interface SearchFilters {
  /** Kind of page: « leçon » or « quiz ». */
  type?: string;
  /** Part of the talk, as printed (ex. « Élaborer une stratégie »). */
  partie?: string;
}

/** What a search page URL holds: the query and its filters. */
export interface SearchState {
  q: string;
  filters: SearchFilters;
}

/** Reads the query and filters from a URL's search string (ex. « ?q=veille&type=leçon »). */
export function readSearchParams(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchFilters = {};
  const type = params.get('type')?.trim();
  const partie = params.get('partie')?.trim();
  if (type) filters.type = type;
  if (partie) filters.partie = partie;
  return { q: params.get('q')?.trim() ?? '', filters };
}

/** Writes the query and filters as a URL search string, empty parts left out (« » when empty). */
export function writeSearchParams(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  if (state.filters.type) params.set('type', state.filters.type);
  if (state.filters.partie) params.set('partie', state.filters.partie);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * The filters in the form Pagefind's search() takes: only those that are set, spelt as the index
 * holds them (ASCII apostrophes, so « S’adapter aux plateformes » matches).
 */
export function pagefindFilters(filters: SearchFilters): Record<string, string> {
  const out: Record<string, string> = {};
  if (filters.type) out['type'] = asciiApostrophes(filters.type);
  if (filters.partie) out['partie'] = asciiApostrophes(filters.partie);
  return out;
}

/** What runSearch needs of Pagefind: its search function (pagefind.js, or a stand-in in tests). */
export interface SearchEngine<H extends ScoredHit> {
  search: (query: string, options: { filters: Record<string, string> }) => Promise<{ results: H[] }>;
}

/**
 * Hits of a phrase search first (pages where the words occur side by side, in order), then the
 * other hits of the words, each page once. Pagefind gives every phrase hit the same score, so
 * they are ordered by their words' relevance (their score in the word search).
 */
export function phraseFirst<T extends ScoredHit>(phrase: readonly T[], words: readonly T[]): T[] {
  const relevance = new Map(words.map((h) => [h.id, h.score]));
  const seen = new Set(phrase.map((h) => h.id));
  const ranked = [...phrase].sort((a, b) => (relevance.get(b.id) ?? 0) - (relevance.get(a.id) ?? 0));
  return [...ranked, ...words.filter((h) => !seen.has(h.id))];
}

/**
 * The phrase searches for a query of several words: each spelling in double quotes, which
 * Pagefind reads as « these words, in this order » (its exact search). None for a single word.
 */
export function phraseQueries(query: string): string[] {
  const bare = query.replace(/"/g, '').trim();
  return bare.includes(' ') ? queryVariants(bare).map((q) => `"${q}"`) : [];
}

/** The hits of `first`, in order, then those of `then` that `first` does not hold. */
function before<T extends ScoredHit>(first: readonly T[], then: readonly T[]): T[] {
  const seen = new Set(first.map((h) => h.id));
  return [...first, ...then.filter((h) => !seen.has(h.id))];
}

/**
 * Searches as the site does: normalises what was typed, searches every spelling of its
 * meaningful words (stop words left out unless the query is quoted, see meaningfulWords) with the
 * filters, and merges the hits. For several words, the pages where they occur as a phrase, as
 * typed, come first, and their hit (hence their excerpt) is the phrase search's, centred on the
 * phrase. Given a suggested spelling (see suggestQuery: « vaccination » for « vacination »), it
 * is searched too and its hits come first. An empty query (or one made only of elided words)
 * finds nothing.
 */
export async function runSearch<H extends ScoredHit>(
  engine: SearchEngine<H>,
  typed: string,
  filters: SearchFilters = {},
  suggestion?: string,
): Promise<H[]> {
  const query = normalizeQuery(typed);
  if (!query) return [];
  const options = { filters: pagefindFilters(filters) };
  const search = async (queries: string[]) =>
    mergeHits((await Promise.all(queries.map((q) => engine.search(q, options)))).map((r) => r.results));
  const [phrase, words, suggested] = await Promise.all([
    search(phraseQueries(query)),
    search(queryVariants(meaningfulWords(query).join(' '))),
    suggestion ? search(queryVariants(meaningfulWords(suggestion).join(' '))) : Promise.resolve([]),
  ]);
  return before(suggested, phraseFirst(phrase, words));
}

/** A hit whose passages can be loaded (Pagefind's data(): the page's excerpt and its sections'). */
export interface LoadableHit extends ScoredHit {
  data: () => Promise<{ excerpt: string; sub_results: { excerpt: string }[] }>;
}

/** What the site shows for a query: the hits, the spelling it suggests, the words to highlight. */
export interface SiteSearch<H> {
  hits: H[];
  suggestion?: string;
  terms: string[];
}

/**
 * Searches as the site does (see runSearch), then, when a meaningful word of the query is not
 * highlighted in the first `depth` results (see unmatchedTerms) or nothing is found, asks
 * `suggest` for the spelling the reader meant (the course's vocabulary, loaded only then) and
 * searches again with it, its hits first. The words to highlight are the query's and the
 * suggestion's meaningful words.
 */
export async function searchLikeSite<H extends LoadableHit>(
  engine: SearchEngine<H>,
  typed: string,
  filters: SearchFilters,
  suggest: (query: string) => Promise<string | undefined>,
  depth = 8,
): Promise<SiteSearch<H>> {
  const query = normalizeQuery(typed);
  const terms = meaningfulWords(query);
  const hits = await runSearch(engine, typed, filters);
  if (!query) return { hits, terms };
  const top = await Promise.all(hits.slice(0, depth).map((hit) => hit.data()));
  const passages = top.flatMap((page) => [page.excerpt, ...page.sub_results.map((r) => r.excerpt)]);
  if (hits.length > 0 && unmatchedTerms(passages, terms).length === 0) return { hits, terms };
  const suggestion = await suggest(query);
  if (!suggestion) return { hits, terms };
  return {
    hits: await runSearch(engine, typed, filters, suggestion),
    suggestion,
    terms: [...terms, ...meaningfulWords(suggestion)],
  };
}
