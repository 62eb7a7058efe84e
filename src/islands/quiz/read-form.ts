/**
 * Reads back the answers a learner gave in the server-rendered form before the island hydrated
 * (a tap on a slow phone), so hydration keeps them instead of wiping them on the next render.
 * Ordering lists have no state before hydration (their buttons need JavaScript).
 */
import type { Question } from '../../schemas/quiz';
import type { Answer } from '../../lib/quiz/answer';

/** The answers found in the form under `root`, for the questions given, by question id. */
export function readFormAnswers(
  root: ParentNode,
  questions: readonly Question[],
  prefix: string,
): Record<string, Answer> {
  const found: Record<string, Answer> = {};
  for (const q of questions) {
    const field = root.querySelector(`#${CSS.escape(`${prefix}-${q.id}`)}`);
    if (!field) continue;
    const checked = [...field.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);
    switch (q.kind) {
      case 'single':
        if (checked[0] && q.options.some((o) => o.id === checked[0]))
          found[q.id] = { kind: 'single', choice: checked[0] };
        break;
      case 'multiple': {
        const choices = checked.filter((id) => q.options.some((o) => o.id === id));
        if (choices.length > 0) found[q.id] = { kind: 'multiple', choices };
        break;
      }
      case 'true-false':
        if (checked[0] === 'true' || checked[0] === 'false')
          found[q.id] = { kind: 'true-false', value: checked[0] === 'true' };
        break;
      case 'matching': {
        const picks: Record<string, string> = {};
        for (const select of field.querySelectorAll<HTMLSelectElement>('select[data-pair]')) {
          const pair = select.dataset.pair;
          if (pair && select.value && q.pairs.some((p) => p.id === select.value)) picks[pair] = select.value;
        }
        if (Object.keys(picks).length > 0) found[q.id] = { kind: 'matching', picks };
        break;
      }
      case 'ordering':
        break;
    }
  }
  return found;
}
