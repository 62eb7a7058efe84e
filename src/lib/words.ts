/**
 * Words of a French text for comparing meaning roughly: lower case, accents folded, elisions
 * (« l’ », « d’ ») and short function words dropped. Used to find the lesson section that teaches
 * an objective (quiz-review.ts) and near-duplicate items (quiz-lint.ts).
 */

/** Function words that carry no topic: they would make any two French sentences look alike. */
const STOP = new Set(
  (
    'les des une que qui quoi pour par sur dans avec sans aux son ses leur leurs cette ces est sont ' +
    'pas plus elle elles ils nous vous mais donc car comme tout tous toute toutes etre avoir fait ' +
    'faire peut doit entre dont ou vers chez lui leur meme aussi bien tres quel quelle quels quelles'
  ).split(' '),
);

/** The topic words of `text`, in order: accent-folded, lower case, three letters or more. */
export function foldedWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\b[a-z][’']/g, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3 && !STOP.has(w));
}
