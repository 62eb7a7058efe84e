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
