/**
 * What a learner answers to one question, and the options ticked in it: shared by scoring
 * (scoring.ts, which re-exports both) and the question views, which the room's phone draws too
 * (src/islands/quiz/ChoiceQuestion.tsx). Apart, so those views do not bring the scoring with them.
 */

/** What the learner answered to one question; `kind` matches the question's kind. */
export type Answer =
  | { kind: 'single'; choice: string | null }
  | { kind: 'multiple'; choices: readonly string[] }
  | { kind: 'true-false'; value: boolean | null }
  /** Item ids in the order the learner put them. */
  | { kind: 'ordering'; order: readonly string[] }
  /** For each left-hand pair id, the id of the pair whose right-hand text the learner chose. */
  | { kind: 'matching'; picks: Readonly<Record<string, string>> };

/** `choices` with `option` ticked if it was not, unticked if it was (a box of a multiple choice). */
export function toggleChoice(choices: readonly string[], option: string): string[] {
  return choices.includes(option) ? choices.filter((c) => c !== option) : [...choices, option];
}

/** The options ticked in a single- or multiple-choice answer (none for another kind). */
export function chosenIds(answer: Answer | undefined): readonly string[] {
  if (answer?.kind === 'single') return answer.choice === null ? [] : [answer.choice];
  return answer?.kind === 'multiple' ? answer.choices : [];
}
