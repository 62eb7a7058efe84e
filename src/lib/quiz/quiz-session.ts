/**
 * One learner's session with a quiz, as a pure reducer: the questions of the current attempt, the
 * answers, what was checked or submitted, and the result. The island only renders this state and
 * dispatches actions; storing a finished attempt is the caller's job (see `finished`).
 *
 * Rules, per mode:
 * - practice (and a room poll, which answers the same way): « Vérifier » checks one question and shows its feedback; « Réessayer » clears a
 *   question that was not fully right. The score counts the first check of each question
 *   (practiceScore), and the attempt is finished once every question has been checked once;
 * - evaluation: « Soumettre » needs every question answered, then scores them all at once and
 *   shows every feedback.
 * « Recommencer » starts a new attempt: a new seed, so a new draw (question banks) and new orders.
 */
import type { Question, Quiz } from '../../schemas/quiz';
import { emptyAnswer, isAnswered, questionSeed, scoreQuestion, totalScore, type QuizScore } from './scoring';
import { toggleChoice, type Answer } from './answer';
import { attemptSeed, balancedOrderSeed, drawQuestions } from './quiz-draw';

/** The part of a quiz a session needs. */
export type SessionQuiz = Pick<Quiz, 'id' | 'mode' | 'passMark' | 'draw' | 'questions'>;

/** Everything one attempt has in it. */
export interface SessionState {
  /** Attempt number: 0 for the first one rendered on the server, then one more per « Recommencer ». */
  round: number;
  /** Ids of this attempt's questions, in the order shown. */
  questions: readonly string[];
  /** Seed of the order of the choice questions' options (see balancedOrderSeed). */
  orderSeed: string;
  /** The answer given to each question, by question id. */
  answers: Readonly<Record<string, Answer>>;
  /**
   * Credits whose feedback is shown, by question id: in practice, the last check (removed when the
   * answer changes); in evaluation, every question once submitted.
   */
  shown: Readonly<Record<string, number>>;
  /** Practice: the credit of the first check of each question. */
  first: Readonly<Record<string, number>>;
  /** Questions checked without an answer: each shows « answer first ». */
  unanswered: readonly string[];
  /** Evaluation: the numbers (from 1) of the questions left unanswered at the last « Soumettre ». */
  missing: readonly number[];
  /** The attempt's result, once finished. */
  result: QuizScore | null;
}

/** What the learner can do. */
export type SessionAction =
  | { type: 'answer'; id: string; answer: Answer }
  /** Ticks or unticks one option of a multiple-choice question. */
  | { type: 'toggle'; id: string; option: string }
  /** Chooses, in a matching question, the partner (a pair id, or '' for none) of one left-hand item. */
  | { type: 'match'; id: string; pair: string; partner: string }
  | { type: 'check'; id: string }
  | { type: 'retry'; id: string }
  | { type: 'submit' }
  /** A new attempt; `round` defaults to the next one. */
  | { type: 'restart'; round?: number }
  /** Answers given before the island took over (read back from the server-rendered form). */
  | { type: 'restore'; answers: Readonly<Record<string, Answer>> };

/** The questions of the attempt, in order. */
export function sessionQuestions(quiz: SessionQuiz, state: SessionState): Question[] {
  return state.questions.flatMap((id) => quiz.questions.filter((q) => q.id === id));
}

/** A fresh attempt number `round`: nothing answered, ordering items shuffled. */
export function startSession(quiz: SessionQuiz, round = 0): SessionState {
  const seed = attemptSeed(quiz.id, round);
  const questions = drawQuestions(quiz, seed);
  return {
    round,
    questions: questions.map((q) => q.id),
    orderSeed: balancedOrderSeed(questions, seed),
    answers: Object.fromEntries(questions.map((q) => [q.id, emptyAnswer(q, questionSeed(quiz.id, q.id, round))])),
    shown: {},
    first: {},
    unanswered: [],
    missing: [],
    result: null,
  };
}

/**
 * The practice rule: each question counts for the credit of its first check, whatever later
 * retries give. Null until every question has been checked once.
 */
export function practiceScore(
  questionIds: readonly string[],
  firstChecks: Readonly<Record<string, number>>,
  passMark: number,
): QuizScore | null {
  if (questionIds.some((id) => firstChecks[id] === undefined)) return null;
  return totalScore(
    questionIds.map((id) => firstChecks[id] ?? 0),
    passMark,
  );
}

/** Whether an evaluation's answers are locked (submitted). */
export function isSubmitted(quiz: SessionQuiz, state: SessionState): boolean {
  return quiz.mode === 'evaluation' && state.result !== null;
}

function without<T>(map: Readonly<Record<string, T>>, id: string): Record<string, T> {
  const { [id]: _, ...rest } = map;
  return rest;
}

/** The state after `action`; an action that does not apply leaves the state as it is. */
export function reduceSession(quiz: SessionQuiz, state: SessionState, action: SessionAction): SessionState {
  const find = (id: string) => sessionQuestions(quiz, state).find((q) => q.id === id);
  switch (action.type) {
    case 'answer': {
      const q = find(action.id);
      if (!q || action.answer.kind !== q.kind || isSubmitted(quiz, state)) return state;
      return {
        ...state,
        answers: { ...state.answers, [q.id]: action.answer },
        unanswered: state.unanswered.filter((id) => id !== q.id),
        shown: quiz.mode !== 'evaluation' ? without(state.shown, q.id) : state.shown,
      };
    }
    case 'toggle': {
      const current = state.answers[action.id];
      if (current?.kind !== 'multiple') return state;
      const choices = toggleChoice(current.choices, action.option);
      return reduceSession(quiz, state, { type: 'answer', id: action.id, answer: { kind: 'multiple', choices } });
    }
    case 'match': {
      const current = state.answers[action.id];
      if (current?.kind !== 'matching') return state;
      const picks = { ...current.picks, [action.pair]: action.partner };
      return reduceSession(quiz, state, { type: 'answer', id: action.id, answer: { kind: 'matching', picks } });
    }
    case 'check': {
      const q = find(action.id);
      if (!q || quiz.mode === 'evaluation') return state;
      if (!isAnswered(q, state.answers[q.id])) {
        return state.unanswered.includes(q.id) ? state : { ...state, unanswered: [...state.unanswered, q.id] };
      }
      const credit = scoreQuestion(q, state.answers[q.id]);
      const first = state.first[q.id] === undefined ? { ...state.first, [q.id]: credit } : state.first;
      return {
        ...state,
        shown: { ...state.shown, [q.id]: credit },
        first,
        result: state.result ?? practiceScore(state.questions, first, quiz.passMark),
      };
    }
    case 'retry': {
      const q = find(action.id);
      if (!q || quiz.mode === 'evaluation') return state;
      return {
        ...state,
        answers: { ...state.answers, [q.id]: emptyAnswer(q, questionSeed(quiz.id, q.id, state.round)) },
        shown: without(state.shown, q.id),
      };
    }
    case 'submit': {
      if (quiz.mode !== 'evaluation' || state.result !== null) return state;
      const questions = sessionQuestions(quiz, state);
      const missing = questions.flatMap((q, i) => (isAnswered(q, state.answers[q.id]) ? [] : [i + 1]));
      if (missing.length > 0) return { ...state, missing };
      const credits = questions.map((q) => scoreQuestion(q, state.answers[q.id]));
      return {
        ...state,
        missing: [],
        shown: Object.fromEntries(questions.map((q, i) => [q.id, credits[i] ?? 0])),
        result: totalScore(credits, quiz.passMark),
      };
    }
    case 'restart':
      return startSession(quiz, action.round ?? state.round + 1);
    case 'restore': {
      if (state.result !== null) return state;
      const answers = { ...state.answers };
      for (const q of sessionQuestions(quiz, state)) {
        const given = action.answers[q.id];
        if (given && given.kind === q.kind) answers[q.id] = given;
      }
      return { ...state, answers };
    }
  }
}

/** The result an action produced: set by this action, null otherwise (the attempt to store). */
export function finished(before: SessionState, after: SessionState): QuizScore | null {
  return before.result === null && after.result !== null ? after.result : null;
}
