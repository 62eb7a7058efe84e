/**
 * String work on the HTML a lesson renders, for the deck: Astro gives a component its children as
 * an HTML string, and the deck needs to take the trainer's notes and the polls out of a slide's
 * body (they go beside the slide, not on it) and to keep ids unique when lessons share a page.
 *
 * The deck's own components write the markers read here: <deck-notes>…</deck-notes> around notes,
 * <deck-poll data-id="…"></deck-poll> where a quiz stands, and <deck-open data-id="…" data-prompt="…">
 * </deck-open> where an open question to the room stands (<OpenQuestion>).
 */
import { HTMLElement, parse } from 'node-html-parser';

/** A slide's body split into what is projected, the notes, and the ids of the polls it holds. */
export interface SlideParts {
  /** What is projected, markers removed. */
  body: string;
  /** The notes' HTML, in order, joined; empty when the slide has none. */
  notes: string;
  /** Quiz ids, in order of appearance. */
  polls: string[];
  /** Open questions to the room, in order of appearance. */
  opens: Array<{ id: string; prompt: string }>;
}

const NOTES = /<deck-notes\b[^>]*>([\s\S]*?)<\/deck-notes>/g;
const POLL = /<deck-poll\b[^>]*?\bdata-id="([^"]*)"[^>]*>\s*<\/deck-poll>/g;
const OPEN = /<deck-open\b[^>]*?\bdata-id="([^"]*)"[^>]*?\bdata-prompt="([^"]*)"[^>]*>\s*<\/deck-open>/g;
// Markdown wraps an inline component in a paragraph: once the marker is gone the paragraph is empty.
const EMPTY_P = /<p>\s*<\/p>/g;

/** Splits a rendered slide body into projected content, notes, and poll ids. */
export function splitSlideBody(html: string): SlideParts {
  const notes: string[] = [];
  const polls: string[] = [];
  const opens: SlideParts['opens'] = [];
  const body = html
    .replace(NOTES, (_all, inner: string) => {
      notes.push(inner.trim());
      return '';
    })
    .replace(POLL, (_all, id: string) => {
      polls.push(id);
      return '';
    })
    .replace(OPEN, (_all, id: string, prompt: string) => {
      opens.push({ id, prompt: unescapeAttribute(prompt) });
      return '';
    })
    .replace(EMPTY_P, '')
    .trim();
  return { body, notes: notes.join('\n'), polls, opens };
}

/** An attribute's value as Astro escaped it, back to text. */
function unescapeAttribute(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * Prefixes every id (and the in-page links and label references to it) with `prefix`, so headings
 * of several lessons rendered on one deck page never share an id (each lesson has « L’essentiel »).
 */
export function scopeIds(html: string, prefix: string): string {
  return html
    .replace(
      /(\s(?:id|for|aria-labelledby|aria-describedby|aria-controls)=")([^"]+)"/g,
      (_all, attr: string, value: string) =>
        `${attr}${value
          .split(/\s+/)
          .map((v) => `${prefix}-${v}`)
          .join(' ')}"`,
    )
    .replace(/(\shref="#)([^"]+)"/g, (_all, attr: string, value: string) => `${attr}${prefix}-${value}"`);
}

/**
 * Only the slides of a lesson's rendered HTML, each kept byte for byte: the prose, headings and
 * callouts around them are never shown on a deck page, and leaving them out makes the whole-talk
 * deck and presenter view about 40 % lighter to download, parse and style. A slide is a top-level
 * element with data-slide (a <Slide>, a poll's slides, a figure slide); anything nested in prose is
 * not projected either, as before.
 */
export function slidesOnly(html: string): string {
  return parse(html)
    .childNodes.filter((n): n is HTMLElement => n instanceof HTMLElement && n.hasAttribute('data-slide'))
    .map((n) => {
      const slide = html.slice(n.range[0], n.range[1]);
      // The parser ignores a closing tag it cannot match: a slide left unclosed by a stray element
      // would swallow the slides after it. Fail the build with the slide's title rather than lose them.
      if (!slide.endsWith(`</${n.rawTagName}>`)) {
        throw new Error(
          `Diapositive mal formée (balise non fermée) : « ${n.getAttribute('data-slide-title') ?? slide.slice(0, 80)} »`,
        );
      }
      return slide;
    })
    .join('\n');
}
