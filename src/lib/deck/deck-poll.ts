/**
 * Pure helpers for poll slides: the public address of a quiz (what the QR code encodes), option
 * letters and answer summaries. Items to order or match are shown with src/lib/shuffle.ts's
 * seededShuffle: never in their answer order, yet the same way at every build (a trainer can
 * rehearse).
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

/** An order of options as the room gave it: their texts, first to last, joined by arrows. */
export function orderText(order: readonly number[], options: readonly string[]): string {
  return order.map((i) => options[i] ?? '').join(' → ');
}
