/**
 * Props shared by the views of one question: inside the quiz island, and on a phone in the room
 * (src/islands/room/AnswerFields.tsx draws a live poll with the same choice and ordering views).
 */
import type { Question } from '../../schemas/quiz';
import type { Answer } from '../../lib/quiz/answer';
import type { SessionAction } from '../../lib/quiz/quiz-session';

/** One question's view: its data, its answer and what to call when the learner answers. */
export interface QuestionProps<Q = Question> {
  q: Q;
  answer: Answer | undefined;
  /** Whether feedback is shown: options are marked right or wrong on themselves. */
  shown: boolean;
  /** Prefix of the controls' names and ids. */
  name: string;
  /** Seed of this attempt's orders for this question. */
  seed: string;
  onAnswer: (a: Answer) => void;
  /** Sends an action about this question to the quiz session (toggling a box, matching a pair). */
  dispatch: (action: SessionAction) => void;
  /** Asks for focus on a CSS selector once the list has been re-rendered. */
  onMoved: (selector: string) => void;
}
