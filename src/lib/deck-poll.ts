/**
 * Pure helpers for poll slides: the public address of a quiz (what the QR code encodes) and a
 * stable shuffle, so items to order or match are not shown in their answer order yet every build
 * shows them the same way (a trainer can rehearse).
 */

/**
 * The absolute address of a quiz page, or undefined when the site's public URL is not configured
 * (then no QR code is drawn: a code pointing at localhost would mislead the room).
 */
export function quizUrl(site: URL | string | undefined, base: string, id: string): string | undefined {
  if (!site) return undefined;
  const root = new URL(site);
  if (!root.pathname.endsWith('/')) root.pathname = `${root.pathname}/`;
  const sub = base.replace(/^\/+|\/+$/g, '');
  const path = `quiz/${encodeURIComponent(id)}/`;
  // With a sub-path (BASE_PATH) the quiz lives under it; without one, under the site URL itself.
  return new URL(sub ? `/${sub}/${path}` : path, root).toString();
}

/** A small deterministic pseudo-random generator (mulberry32) seeded from a string. */
function seeded(seed: string): () => number {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The items in an order that depends only on `seed`, never the original one when there are at
 * least two distinct items (else the answer would show before it is revealed).
 */
export function stableShuffle<T>(items: readonly T[], seed: string): T[] {
  const random = seeded(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  if (out.length > 1 && out.every((v, i) => v === items[i])) out.push(out.shift() as T);
  return out;
}

/** « A », « B », … : the letter of the n-th option (0-based), as said aloud in the room. */
export function optionLetter(index: number): string {
  return index < 26 ? String.fromCharCode(65 + index) : String(index + 1);
}

/** The parts of a question a poll slide shows (the quiz schema's shape, kept structural here). */
export type PollQuestion =
  | { kind: 'single' | 'multiple'; options: ReadonlyArray<{ text: string; correct: boolean }> }
  | { kind: 'true-false'; answer: boolean }
  | { kind: 'ordering'; items: ReadonlyArray<{ text: string }> }
  | { kind: 'matching'; pairs: ReadonlyArray<{ left?: string | undefined; right?: string | undefined }> };

/**
 * The expected answer in one line, as the presenter reads it in the notes and as it is announced
 * when revealed (ex. « B. Élaborer une stratégie écrite », « Vrai », « Veille → Objectif → … »).
 */
export function answerSummary(question: PollQuestion, labels: { true: string; false: string }): string {
  switch (question.kind) {
    case 'single':
    case 'multiple':
      return question.options
        .map((o, i) => (o.correct ? `${optionLetter(i)}. ${o.text}` : ''))
        .filter(Boolean)
        .join(' ; ');
    case 'true-false':
      return question.answer ? labels.true : labels.false;
    case 'ordering':
      return question.items.map((i) => i.text).join(' → ');
    case 'matching':
      return question.pairs.map((p) => `${p.left ?? ''} → ${p.right ?? ''}`).join(' ; ');
  }
}
