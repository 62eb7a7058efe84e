/**
 * A short fingerprint of what a quiz asks, computed at build time and stored with each result, so
 * a result obtained on an earlier version of a quiz can be shown as such.
 */
import type { Quiz } from '../schemas/quiz';

/** JSON with object keys sorted, so the same data always gives the same text. */
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** cyrb53: a fast 53-bit string hash (not cryptographic; collisions only cost a label). */
export function cyrb53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * The fingerprint of a quiz. It covers what decides a score — mode, pass mark, each question's
 * kind, wording, choices and right answers — and leaves out the title, the description, feedback
 * and explanations: fixing a typo in an explanation must not turn a learner's result into an
 * « earlier version » one.
 */
export function quizHash(quiz: Quiz): string {
  const questions = quiz.questions.map((q) => {
    const common = { id: q.id, kind: q.kind, prompt: q.prompt };
    switch (q.kind) {
      case 'single':
      case 'multiple':
        return { ...common, options: q.options.map((o) => ({ id: o.id, text: o.text, correct: o.correct })) };
      case 'true-false':
        return { ...common, answer: q.answer };
      case 'ordering':
        return { ...common, items: q.items };
      case 'matching':
        return { ...common, pairs: q.pairs };
    }
  });
  return cyrb53(stableStringify({ mode: quiz.mode, passMark: quiz.passMark, questions }));
}
