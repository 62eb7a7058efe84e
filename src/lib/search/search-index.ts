/**
 * What the search index is built from: the built HTML pages, lightly rewritten for Pagefind.
 * Pure functions, used by src/integrations/pagefind.ts and unit-tested without Pagefind.
 */

/**
 * Typographic apostrophes (’ U+2019, ʼ U+02BC). Pagefind splits a word on ASCII punctuation
 * only, so it indexes « l'organisation » as « lorganisation » plus « organisation », but
 * « l’organisation » only as « lorganisation » and « l’organisation »: a search for
 * « organisation » would miss every elided occurrence, and French prose is full of them.
 * (pagefind/src/fossick/splitting.rs, get_discrete_words; its own test indexes « l'alphabet ».)
 */
const TYPOGRAPHIC_APOSTROPHES = /[’ʼ]/g;

/**
 * File name of the course's vocabulary (see search-suggest.ts), written by the build in the
 * Pagefind bundle's folder and fetched by the search only when a query needs a suggestion.
 */
export const VOCABULARY_FILE = 'vocabulaire.json';

/** Text with typographic apostrophes written as ASCII ones, the way the index holds it. */
export function asciiApostrophes(text: string): string {
  return text.replace(TYPOGRAPHIC_APOSTROPHES, "'");
}

/**
 * The HTML Pagefind should index for a built page: the page itself with typographic apostrophes
 * written as ASCII ones, so elided words are found by the word alone. The served page is not
 * changed; the search UI puts « ’ » back when it prints titles, excerpts and filter values.
 */
export function prepareHtmlForIndex(html: string): string {
  return asciiApostrophes(html);
}

/**
 * Whether a built file (path relative to the output folder, « / » separators) is a page to give
 * Pagefind: HTML files, except anything under the index's own folder.
 */
export function isIndexablePage(relativePath: string, bundleDir = 'pagefind'): boolean {
  return relativePath.endsWith('.html') && !relativePath.startsWith(`${bundleDir}/`);
}

/**
 * What Pagefind leaves out of every page, besides data-pagefind-ignore: the controls of a quiz
 * (its buttons, the « — Choisir — » menus of a matching question, « Question 3 sur 6 », the
 * hints on how to answer, the feedback and score regions, the noscript notice) and any other
 * button. They are widgets, not content: in an excerpt they read as noise. The question prompts
 * and the options' text stay, so a quiz is found by what it asks.
 */
export const INDEX_EXCLUDE_SELECTORS: readonly string[] = [
  'button',
  'select',
  'noscript',
  '.quiz-num',
  '.quiz-hint',
  '.quiz-intro',
  '.quiz-order-pos',
  '.quiz-feedback',
  '.quiz-message',
  '.quiz-result',
];

/** The quizzes a lesson page shows in its flow (QuizBlock's data-quiz), by id. */
export function embeddedQuizIds(html: string): string[] {
  return [...html.matchAll(/<section\b[^>]*\bdata-quiz="([a-z0-9][a-z0-9-]*)"/g)].map((m) => m[1] ?? '');
}

/**
 * The built pages to give Pagefind, given each page's path and HTML: every indexable page, except
 * the own page (/quiz/<id>/) of a quiz that a lesson already shows. Such a quiz is found in its
 * lesson (a section of the lesson's result), never as a second result that repeats it.
 */
export function pagesToIndex(pages: readonly { path: string; html: string }[], bundleDir = 'pagefind'): string[] {
  const inLessons = new Set(pages.filter((p) => p.path.startsWith('lecons/')).flatMap((p) => embeddedQuizIds(p.html)));
  return pages
    .map((p) => p.path)
    .filter((path) => isIndexablePage(path, bundleDir))
    .filter((path) => {
      const quiz = /^quiz\/([^/]+)\/index\.html$/.exec(path)?.[1];
      return quiz === undefined || !inLessons.has(quiz);
    });
}
