import { describe, expect, it } from 'vitest';
import { asciiApostrophes, isIndexablePage, prepareHtmlForIndex } from '../../../src/lib/search-index';

describe('prepareHtmlForIndex', () => {
  it('writes typographic apostrophes as ASCII ones, so Pagefind splits elisions', () => {
    expect(prepareHtmlForIndex('<p>comment l’organiser, dʼune façon</p>')).toBe(
      "<p>comment l'organiser, d'une façon</p>",
    );
    expect(asciiApostrophes('S’adapter')).toBe("S'adapter");
  });

  it('leaves everything else as it is', () => {
    const html = '<h1 id="a">Mettre la charrue avant les bœufs « mot-clic »</h1>';
    expect(prepareHtmlForIndex(html)).toBe(html);
  });
});

describe('isIndexablePage', () => {
  it('takes HTML pages and skips the index’s own folder and other files', () => {
    expect(isIndexablePage('index.html')).toBe(true);
    expect(isIndexablePage('lecons/etape-1-veille/index.html')).toBe(true);
    expect(isIndexablePage('pagefind/pagefind-ui.html')).toBe(false);
    expect(isIndexablePage('_astro/x.js')).toBe(false);
    expect(isIndexablePage('mon-pagefind/index.html')).toBe(true);
  });
});
