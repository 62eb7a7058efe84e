/**
 * The search behind one <search-panel>: loads Pagefind's browser API from the built site (never
 * bundled: it is fetched from `<base>pagefind/pagefind.js` the first time search is opened), runs
 * a search as the reader types, renders the results, moves through them with the arrow keys and,
 * on the results page, keeps the URL shareable. Loaded on demand by SearchPanel.astro; the query
 * and display rules are pure functions in src/lib/search/search-query.ts.
 */
import { searchResults as s } from '../../i18n/fr-search';
import {
  bestExcerpt,
  highlightedParts,
  markedWordCount,
  normalizeQuery,
  readSearchParams,
  searchLikeSite,
  typographicApostrophes,
  writeSearchParams,
  type SearchFilters,
} from '../../lib/search/search-query';
import { VOCABULARY_FILE } from '../../lib/search/search-index';
import { withBase } from '../../lib/url';
import { el } from '../el';

/** One section of a page that matched (Pagefind's sub_results). */
interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { id: string };
}

/** What Pagefind returns for one result once its data is loaded (the fields used here). */
interface PagefindPage {
  url: string;
  excerpt: string;
  meta: Partial<Record<string, string>>;
  filters: Partial<Record<string, string[]>>;
  sub_results: PagefindSubResult[];
}

/** One search hit before its data is loaded. */
interface PagefindHit {
  id: string;
  score: number;
  data: () => Promise<PagefindPage>;
}

/** The part of pagefind.js used here (its API is documented at pagefind.app/docs/api/). */
interface PagefindApi {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string, options: { filters: Record<string, string> }) => Promise<{ results: PagefindHit[] }>;
}

/** Results rendered at a time; « more » adds as many. */
const PAGE_SIZE = 8;
/** Wait after the last keystroke before searching, so typing is not slowed down. */
const DEBOUNCE_MS = 200;
/** Sections shown under one page result. */
const MAX_SECTIONS = 3;

let pagefind: Promise<PagefindApi> | undefined;

/** Loads pagefind.js once per page, configured for the site's base path. */
function loadPagefind(): Promise<PagefindApi> {
  pagefind ??= (async () => {
    const api = (await import(/* @vite-ignore */ withBase('/pagefind/pagefind.js'))) as PagefindApi;
    // Pagefind's web worker keeps the WebAssembly work off the main thread: measured here, the
    // results page blocked the main thread for 0.8 s on a throttled phone without it.
    await api.options({ baseUrl: withBase('/'), excerptLength: 24 });
    await api.init();
    return api;
  })();
  // A failed load is not cached: opening search again retries.
  pagefind.catch(() => {
    pagefind = undefined;
  });
  return pagefind;
}

let suggester: Promise<(query: string) => string | undefined> | undefined;

/**
 * Loads, once per page and only when a query needs it, the spelling suggestions: their code and
 * the course's vocabulary (written by the build beside the index). Without the vocabulary
 * (missing file, bad JSON, offline), search works, unsuggested.
 */
function loadSuggester(): Promise<(query: string) => string | undefined> {
  suggester ??= Promise.all([
    import('../../lib/search/search-suggest'),
    fetch(withBase(`/pagefind/${VOCABULARY_FILE}`)).then(
      (response) => (response.ok ? (response.json() as Promise<unknown>) : null),
      () => null,
    ),
  ]).then(([{ readVocabulary, suggestQuery }, data]) => {
    const vocabulary = readVocabulary(data);
    return (query: string) => suggestQuery(query, vocabulary);
  });
  suggester.catch(() => {
    suggester = undefined;
  });
  return suggester;
}

/** The passages of a page's result: its excerpt and its sections'. */
const passages = (page: PagefindPage): string[] => [page.excerpt, ...page.sub_results.map((r) => r.excerpt)];

/**
 * An excerpt paragraph, built from text nodes and <mark> elements only (see excerptParts), with
 * only the highlights that answer the query's words (see keepMeaningfulMarks).
 */
function excerpt(html: string, terms: readonly string[]): HTMLParagraphElement {
  const p = el('p', 'excerpt');
  for (const part of highlightedParts(html, terms))
    p.append(part.mark ? el('mark', '', part.text) : document.createTextNode(part.text));
  return p;
}

/**
 * One result: title link, kind and part, excerpt, and links to the sections that matched a
 * meaningful word of the query (`terms`, see meaningfulWords): never a section found by « les ».
 */
function renderResult(page: PagefindPage, terms: readonly string[]): HTMLLIElement {
  const title = typographicApostrophes(page.meta['title'] ?? page.url);
  const item = el('li', 'result');
  const link = el('a', 'result-link', title);
  link.href = page.url;
  item.append(link);

  const kind = page.filters['type']?.[0];
  const part = page.filters['partie']?.[0];
  const labels = [kind ? (s.kinds[kind] ?? kind) : '', part ? typographicApostrophes(part) : ''].filter(Boolean);
  if (labels.length > 0) item.append(el('p', 'result-meta', labels.join(' · ')));

  // The page's excerpt is the passage, over the whole page or one of its sections, that holds the
  // most words of the query (for a phrase, the passage where it occurs); the sections that matched
  // follow, each with its own passage. A section named like the page (its <h1> has an id) would
  // only repeat the title, and one whose passage is the lead would repeat it.
  const lead = bestExcerpt(passages(page), terms) ?? '';
  const sections = page.sub_results
    .filter((r) => r.anchor && r.url !== page.url && typographicApostrophes(r.title) !== title && r.excerpt !== lead)
    .filter((r) => markedWordCount(r.excerpt, terms) > 0)
    .slice(0, MAX_SECTIONS);
  if (lead) item.append(excerpt(lead, terms));

  if (sections.length > 0) {
    const list = el('ul', 'subs');
    list.setAttribute('aria-label', s.sectionsLabel(title));
    for (const section of sections) {
      const sub = el('li', 'sub');
      const subLink = el('a', 'sub-link', typographicApostrophes(section.title));
      subLink.href = section.url;
      // Several results have a section called « Objectifs »: the link says which page it is in.
      subLink.append(el('span', 'visually-hidden', s.inPage(title)));
      sub.append(subLink, excerpt(section.excerpt, terms));
      list.append(sub);
    }
    item.append(list);
  }
  return item;
}

/** Wires one <search-panel>: form, filters, results, keyboard, URL (results page only). */
export function startSearch(panel: HTMLElement): void {
  const form = panel.querySelector('form');
  const input = panel.querySelector<HTMLInputElement>('input[name="q"]');
  const type = panel.querySelector<HTMLSelectElement>('select[name="type"]');
  const part = panel.querySelector<HTMLSelectElement>('select[name="partie"]');
  const status = panel.querySelector<HTMLElement>('[data-status]');
  const list = panel.querySelector<HTMLOListElement>('[data-results]');
  const more = panel.querySelector<HTMLButtonElement>('[data-more]');
  const suggest = panel.querySelector<HTMLElement>('[data-suggest]');
  const suggestion = panel.querySelector<HTMLButtonElement>('[data-suggestion]');
  if (!form || !input || !type || !part || !status || !list || !more || !suggest || !suggestion) return;
  const onPage = panel.dataset['mode'] === 'page';

  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let hits: PagefindHit[] = [];
  let terms: string[] = [];
  let shown = 0;

  const filters = (): SearchFilters => ({
    ...(type.value ? { type: type.value } : {}),
    ...(part.value ? { partie: part.value } : {}),
  });

  /**
   * Loads and appends the next results, and returns the first new one; stale calls (a newer
   * search started meanwhile) add nothing.
   */
  const showMore = async (mine: number): Promise<HTMLLIElement | undefined> => {
    const pages = await Promise.all(hits.slice(shown, shown + PAGE_SIZE).map((hit) => hit.data()));
    if (mine !== generation) return undefined;
    const items = pages.map((page) => renderResult(page, terms));
    list.append(...items);
    shown += pages.length;
    list.hidden = hits.length === 0;
    more.hidden = shown >= hits.length;
    return items[0];
  };

  const run = async (): Promise<void> => {
    clearTimeout(timer);
    const mine = ++generation;
    const typed = input.value.trim();
    const query = normalizeQuery(typed);
    if (onPage) {
      const params = writeSearchParams({ q: typed, filters: filters() });
      history.replaceState(history.state, '', `${location.pathname}${params}`);
    }
    suggest.hidden = true;
    if (!query) {
      hits = [];
      list.replaceChildren();
      list.hidden = true;
      more.hidden = true;
      status.textContent = s.prompt;
      return;
    }
    try {
      // A word found only by a short prefix or a typo, or not at all: the course's vocabulary
      // (loaded only then) suggests what was meant, and that spelling's results come first.
      const found = await searchLikeSite(await loadPagefind(), typed, filters(), async (q) =>
        (await loadSuggester().catch(() => undefined))?.(q),
      );
      if (mine !== generation) return;
      terms = found.terms;
      suggestion.textContent = found.suggestion ?? '';
      suggest.hidden = found.suggestion === undefined;
      hits = found.hits;
      shown = 0;
      list.replaceChildren();
      await showMore(mine);
      if (mine !== generation) return;
      status.textContent = s.count(hits.length, typed);
    } catch {
      if (mine === generation) status.textContent = s.loadError;
    }
  };

  const schedule = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), DEBOUNCE_MS);
  };

  if (onPage) {
    const state = readSearchParams(location.search);
    input.value = state.q;
    // An unknown value in the URL leaves the select on « all », which is what the reader sees.
    type.value = state.filters.type ?? '';
    part.value = state.filters.partie ?? '';
  }

  input.addEventListener('input', schedule);
  suggestion.addEventListener('click', () => {
    input.value = suggestion.textContent ?? '';
    input.focus();
    void run();
  });
  type.addEventListener('change', () => void run());
  part.addEventListener('change', () => void run());
  more.addEventListener('click', () => {
    more.disabled = true;
    showMore(generation)
      .then(
        // The button may vanish (no more results): keyboard users go on from the first new result.
        (first) => first?.querySelector('a')?.focus(),
        () => (status.textContent = s.loadError),
      )
      .finally(() => (more.disabled = false));
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    // On the results page, Enter searches in place. In the dialog, Enter (no result selected)
    // goes to the results page, at a clean shareable URL (no empty filters).
    if (onPage) void run();
    else location.assign(`${form.action}${writeSearchParams({ q: input.value, filters: filters() })}`);
  });

  // Up and down move between the field and the result links; Tab works as usual.
  panel.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const stops: HTMLElement[] = [input, ...list.querySelectorAll<HTMLAnchorElement>('a[href]')];
    if (!more.hidden) stops.push(more);
    const at = stops.indexOf(event.target as HTMLElement);
    if (at === -1) return;
    const next = stops[event.key === 'ArrowDown' ? Math.min(at + 1, stops.length - 1) : Math.max(at - 1, 0)];
    event.preventDefault();
    next?.focus();
  });

  // The results page opened with no query has nothing to search yet: Pagefind (its script, its
  // WebAssembly, its index) loads when the reader comes to the form, not while the page loads.
  // Opened with a query, or as the dialog the reader just opened, it loads at once.
  if (onPage && !normalizeQuery(input.value)) {
    status.textContent = s.prompt;
    const warm = () => void loadPagefind().catch(() => undefined);
    for (const event of ['focusin', 'pointerdown'] as const) panel.addEventListener(event, warm, { once: true });
    return;
  }
  status.textContent = s.loading;
  loadPagefind().then(
    () => void run(),
    () => (status.textContent = s.loadError),
  );
}
