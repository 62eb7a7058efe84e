import { describe, expect, it } from 'vitest';
import { scopeIds, slidesOnly, splitSlideBody } from '../../../src/build-time/deck-html';

describe('splitSlideBody', () => {
  it('takes notes and polls out of the projected body', () => {
    const html =
      '<ul><li>Un</li></ul><deck-notes><p>Ce que l’on dit.</p></deck-notes><deck-poll data-id="sondage-strategie"></deck-poll><p>Fin</p>';
    expect(splitSlideBody(html)).toEqual({
      body: '<ul><li>Un</li></ul><p>Fin</p>',
      notes: '<p>Ce que l’on dit.</p>',
      polls: ['sondage-strategie'],
      opens: [],
    });
  });
  it('keeps several notes and polls in order, and drops the paragraph Markdown put around a poll', () => {
    const html =
      '<deck-notes class="x"><p>A</p></deck-notes><p><deck-poll hidden data-id="a"></deck-poll></p><deck-notes><p>B</p></deck-notes><deck-poll data-id="b"> </deck-poll>';
    expect(splitSlideBody(html)).toEqual({ body: '', notes: '<p>A</p>\n<p>B</p>', polls: ['a', 'b'], opens: [] });
  });
  it('leaves a slide without markers as it is', () => {
    expect(splitSlideBody(' <ul><li>Un</li></ul> ')).toEqual({
      body: '<ul><li>Un</li></ul>',
      notes: '',
      polls: [],
      opens: [],
    });
  });
  it('takes the open questions out, their prompts as text', () => {
    const html =
      '<p>Avant</p><p><deck-open hidden data-id="obstacle" data-prompt="Quel &quot;obstacle&quot; &amp; quoi?"></deck-open></p>';
    expect(splitSlideBody(html)).toEqual({
      body: '<p>Avant</p>',
      notes: '',
      polls: [],
      opens: [{ id: 'obstacle', prompt: 'Quel "obstacle" & quoi?' }],
    });
  });
});

describe('scopeIds', () => {
  it('prefixes ids and what points at them', () => {
    const html =
      '<h2 id="lessentiel">L’essentiel</h2><a href="#lessentiel">lien</a><label for="q1">Q</label><div aria-labelledby="a b"></div><a href="https://x.org/#y">ext</a>';
    expect(scopeIds(html, 'veille')).toBe(
      '<h2 id="veille-lessentiel">L’essentiel</h2><a href="#veille-lessentiel">lien</a><label for="veille-q1">Q</label><div aria-labelledby="veille-a veille-b"></div><a href="https://x.org/#y">ext</a>',
    );
  });
  it('does not touch text that merely looks like an attribute', () => {
    expect(scopeIds('<p>id=&quot;x&quot; and data-id="y"</p>', 'p')).toBe('<p>id=&quot;x&quot; and data-id="y"</p>');
  });
});

describe('slidesOnly', () => {
  it('keeps the top-level slides, byte for byte and in order, and drops the prose around them', () => {
    const first =
      '<section class="deck-slide" data-slide data-slide-title="Un">\n<p>Titre &amp; texte</p><svg viewBox="0 0 1 1"><path d="M0 0"/></svg></section>';
    const second = '<div class="deck-slide deck-poll" data-slide><ol><li>A</li></ol></div>';
    const html = `<h2 id="x">Titre</h2>\n<p>Prose de la leçon.</p>${first}<aside class="callout"><section data-slide>dans la prose</section></aside>\n${second}<p>Fin.</p>`;
    expect(slidesOnly(html)).toBe(`${first}\n${second}`);
  });

  it('returns nothing for a lesson without slides', () => {
    expect(slidesOnly('<p>Seulement de la prose.</p><deck-poll hidden data-id="q"></deck-poll>')).toBe('');
  });
});

describe('slidesOnly on broken HTML', () => {
  it('stops the build with the slide’s title when a slide is left unclosed, instead of losing the slides after it', () => {
    const html =
      '<section data-slide data-slide-title="Deux"><p>Texte <span>ouvert</p></div><section data-slide>Trois</section>';
    expect(() => slidesOnly(html)).toThrow(/Deux/);
  });
});
