/**
 * Readability of a French text: the Kandel and Moles index, sentence length and a list of jargon
 * words. Pure functions, used by the plan's criteria (plan-criteria.ts) and the activity's hints.
 *
 * The index is Flesch's reading ease adapted to French by Kandel and Moles:
 *   L = 207 − 1,015 × (words per sentence) − 73,6 × (syllables per word)
 * Source: L. Kandel et A. Moles, « Application de l'indice de Flesch à la langue française »,
 * Cahiers Études de Radio-Télévision, no 19, 1958, p. 253-274. It keeps Flesch's scale and bands
 * (Flesch, « A new readability yardstick », Journal of Applied Psychology, 32, 1948): 90 and more
 * very easy, 80 easy, 70 fairly easy, 60 standard, 50 fairly difficult, 30 difficult, below 30
 * very difficult. A message to the public should reach at least « standard » (60).
 * Syllables are counted by vowel groups, a final mute « e » or « es » not counting: a close
 * approximation of French syllabification, good enough for a score read to the nearest ten.
 */

/** Lowest Kandel and Moles score counted as easy enough for the public (« standard »). */
export const MIN_READING_EASE = 60;
/** Average sentence length (words) above which sentences are too long for a post. */
export const MAX_AVERAGE = 15;

/** Words of health and administrative jargon the public does not use, to replace in a post. */
const JARGON = [
  'asymptomatique',
  'comorbidité',
  'déterminant',
  'épidémiologie',
  'épidémiologique',
  'érythème',
  'étiologie',
  'incidence',
  'immunisation',
  'intervenant',
  'levier',
  'littératie',
  'morbidité',
  'optimiser',
  'paradigme',
  'pathogène',
  'prévalence',
  'problématique',
  'prophylactique',
  'prophylaxie',
  'sensibilisation',
  'sensibiliser',
  'séroprévalence',
  'synergie',
  'usager',
  'vecteur',
  'zoonose',
] as const;

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const VOWELS = /[aeiouyàâäéèêëîïôöùûüÿœæ]+/giu;

/** The words of a text (an elided « l’eau » is one word, as Flesch counted « it's »). */
function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** The sentences of a text that hold a word. */
function sentencesOf(text: string): string[] {
  return text.split(/[.!?…]+(?:\s|$)|\n+/).filter((s) => /[\p{L}\p{N}]/u.test(s));
}

/** Syllables of one French word, by vowel groups; a final mute « e » or « es » is not one. */
export function syllables(word: string): number {
  // « qu » and « gu » before a vowel are one consonant (« tique », « guêpe »).
  const w = word
    .toLowerCase()
    .replace(/^[a-z]+['’]/, '')
    .replace(/([qg])u(?=[aeioyéèêë])/g, '$1');
  if (/^\d+$/.test(w)) return w.length;
  let n = (w.match(VOWELS) ?? []).length;
  if (n > 1 && /[^aeiouyàâäéèêëîïôöùûüÿœæ]es?$/.test(w)) n--;
  return Math.max(1, n);
}

/** What the readability check says of a text. */
export interface ReadingEase {
  words: number;
  sentences: number;
  /** Average words per sentence. */
  average: number;
  /** Kandel and Moles score, rounded; 0 for an empty text. */
  score: number;
}

/** Kandel and Moles' index from its three counts. */
export function kandelMoles(words: number, sentences: number, syllableCount: number): number {
  if (!words || !sentences) return 0;
  return 207 - 1.015 * (words / sentences) - 73.6 * (syllableCount / words);
}

/** Counts a text and scores it. */
export function readingEase(text: string): ReadingEase {
  const words = wordsOf(text);
  const sentences = sentencesOf(text).length;
  const total = words.reduce((sum, w) => sum + syllables(w), 0);
  const average = sentences ? Math.round((words.length / sentences) * 10) / 10 : 0;
  return { words: words.length, sentences, average, score: Math.round(kandelMoles(words.length, sentences, total)) };
}

/** The jargon words of a text, each once, as written (a plural « s » or « x » is matched too). */
export function jargonIn(text: string): string[] {
  const found = new Set<string>();
  for (const word of wordsOf(text)) {
    const w = word.toLowerCase().replace(/[sx]$/, '');
    if ((JARGON as readonly string[]).includes(w) || (JARGON as readonly string[]).includes(w.replace(/e$/, '')))
      found.add(word.toLowerCase());
  }
  return [...found];
}
