/**
 * A quiz: its questions are rendered on the server as native form controls (fieldset and legend,
 * radio buttons and checkboxes inside their labels, one <select> per item to match), so they read
 * without JavaScript; once hydrated the learner checks answers and gets a score. The rules live
 * in src/lib/quiz/quiz-session.ts (a pure reducer): this island renders its state, dispatches the
 * learner's actions, stores finished attempts and moves focus. Each question kind has its own
 * view in ./quiz/. Feedback goes to polite live regions; after submitting an evaluation, its
 * result (./quiz/Result.tsx) comes first, above the questions, and focus moves to its heading,
 * scrolled to the top of the screen. A choice made before hydration is read back from the form
 * and kept (in a lesson the island hydrates on the first interaction with it: see
 * src/client/directives/interaction.ts). The learner's best score above the questions is not
 * drawn here but by <quiz-standing> (src/client/quiz-standing.ts), which needs no hydration.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Quiz as QuizData } from '../schemas/quiz';
import { questionSeed } from '../lib/quiz/scoring';
import { choiceOrder } from '../lib/quiz/quiz-draw';
import {
  finished,
  isSubmitted,
  reduceSession,
  sessionQuestions,
  startSession,
  type SessionAction,
  type SessionState,
} from '../lib/quiz/quiz-session';
import { quizStanding } from '../lib/progress/progress-records';
import { $quizResults, markCompleted, recordAttempt } from '../stores/progress';
import { quiz as t } from '../i18n/fr-quiz';
import { StorageNotice } from './StorageNotice';
import { ChoiceQuestion } from './quiz/ChoiceQuestion';
import { TrueFalseQuestion } from './quiz/TrueFalseQuestion';
import { OrderQuestion } from './quiz/OrderQuestion';
import { MatchQuestion } from './quiz/MatchQuestion';
import { Exhibit } from './quiz/Exhibit';
import type * as FeedbackModule from './quiz/Feedback';
import type { ReviewTarget } from '../lib/quiz/quiz-review';
import { readFormAnswers } from './quiz/read-form';
import './quiz/quiz.css';
import type { QuestionProps } from './quiz/types';
import type { ServerOnly } from '../lib/server-only';

interface Props {
  /**
   * The quiz: in the page's props on a quiz's own page; in a lesson, from the quiz's JSON file
   * (src/pages/quiz/[file].json.ts), added by the directive that hydrates the island.
   */
  quiz?: QuizData;
  /** In a lesson, the quiz for the server's render only (written in the page as `{}`). */
  serverQuiz?: ServerOnly<QuizData>;
  /** Fingerprint of this version of the quiz (quizHash), stored with each result. */
  hash: string;
  /** Slug of the lesson that passing this quiz completes, if any. */
  completes?: string | undefined;
  /** Level of the quiz title's heading (written by QuizBlock.astro); none when the page's h1 is the title. */
  titleLevel?: 2 | 3 | undefined;
  /** The notice shown when progress cannot be stored (site.storageUnavailable). */
  storageNotice: string;
  /** Where the certificate is, for the link shown once this quiz (the final evaluation) is passed. */
  certificateHref?: string | undefined;
  /** The course's lessons in order (final evaluation): the pass rule needs them read. */
  courseLessons?: readonly string[] | undefined;
  /** Where each question's lesson teaches it (quiz-review.ts), by question id. */
  reviews?: Readonly<Record<string, ReviewTarget>> | undefined;
}

function QuestionBody(props: QuestionProps) {
  const { q } = props;
  switch (q.kind) {
    case 'single':
    case 'multiple':
      return <ChoiceQuestion {...props} q={{ ...q, options: choiceOrder(q, props.seed) }} />;
    case 'true-false':
      return <TrueFalseQuestion {...props} q={q} />;
    case 'ordering':
      return <OrderQuestion {...props} q={q} />;
    case 'matching':
      return <MatchQuestion {...props} q={q} />;
  }
}

/** A quiz with its questions, feedback and result. */
export default function Quiz(props: Props) {
  const { hash, completes, titleLevel, storageNotice, reviews } = props;
  const quiz = props.quiz ?? props.serverQuiz?.value;
  if (!quiz) throw new Error(`Questionnaire ${hash} sans questions.`);
  // A room poll answers like practice, without pass mark nor record in the learner's progress.
  const poll = quiz.mode === 'poll';
  const practice = quiz.mode !== 'evaluation';
  const [state, setState] = useState(() => startSession(quiz, 0));
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  // The feedback and result views are loaded on the first check or submit (see ./quiz/Feedback.tsx).
  const [views, setViews] = useState<typeof FeedbackModule | null>(null);
  const loadFeedback = () => {
    if (!views) void import('./quiz/Feedback').then((m) => setViews(() => m));
  };
  const root = useRef<HTMLDivElement>(null);
  const submitted = isSubmitted(quiz, state);
  const prefix = `quiz-${quiz.id}`;
  const questions = sessionQuestions(quiz, state);

  // The latest state, so that two events before a re-render both apply.
  const latest = useRef(state);
  latest.current = state;
  /** Applies an action to the latest state and returns the new state. */
  const dispatch = (action: SessionAction): SessionState => {
    const before = latest.current;
    if (action.type === 'check' || action.type === 'submit') loadFeedback();
    const next = reduceSession(quiz, before, action);
    if (next === before) return before;
    latest.current = next;
    setState(next);
    const score = finished(before, next);
    if (score && !poll) {
      recordAttempt(quiz.id, hash, score);
      if (score.passed && completes) markCompleted(completes);
      if (!practice) setFocusTarget(`#${prefix}-result`);
    }
    return next;
  };

  // Once hydrated: keep what was chosen in the server-rendered form; otherwise, a question bank
  // already taken starts at the next attempt's draw, so a learner who comes back sees a new set.
  useLayoutEffect(() => {
    const given = root.current ? readFormAnswers(root.current, questions, prefix) : {};
    if (Object.keys(given).length > 0) {
      setState((s) => reduceSession(quiz, s, { type: 'restore', answers: given }));
      return;
    }
    const record = quizStanding($quizResults.get()[quiz.id], hash);
    if (quiz.draw !== undefined && record.kind === 'current' && record.record.attempts > 0) {
      setState((s) => reduceSession(quiz, s, { type: 'restart', round: record.record.attempts }));
    }
    // Runs once, on the hydrating render only.
  }, []);

  // Focus is moved right after the render that creates its target (a moved item's button, the
  // result), before the next key press can arrive. The result waits for its view to load: the
  // target is kept until it exists. Its heading goes to the top of the screen, so that the score
  // and the verdict under it are in view.
  useLayoutEffect(() => {
    if (!focusTarget) return;
    const target = root.current?.querySelector<HTMLElement>(focusTarget);
    if (!target && focusTarget.endsWith('-result') && !views) return;
    if (target?.id.endsWith('-result')) {
      target.focus({ preventScroll: true });
      target.scrollIntoView({ block: 'start' });
    } else {
      target?.focus();
    }
    setFocusTarget(null);
  }, [focusTarget, views]);

  const firstControl = (id: string | undefined) => `#${prefix}-${id} :is(input, select, button)`;
  const result = state.result;
  const resultBlock = (
    <div class="quiz-result" aria-live={practice ? 'polite' : undefined}>
      {result && views && (
        <views.Result
          quiz={quiz}
          result={result}
          level={titleLevel === 2 ? 'h3' : titleLevel === 3 ? 'h4' : 'h2'}
          prefix={prefix}
          completes={completes}
          certificateHref={props.certificateHref}
          courseLessons={props.courseLessons}
          credits={state.shown}
          order={state.questions}
          reviews={reviews}
        />
      )}
    </div>
  );

  return (
    <div class={`quiz quiz--${quiz.mode}`} ref={root}>
      <StorageNotice text={storageNotice} />
      {!practice && resultBlock}
      {questions.map((q, i) => {
        const shown = state.shown[q.id];
        return (
          <fieldset class="quiz-q" id={`${prefix}-${q.id}`} key={`${state.round}-${q.id}`}>
            <legend>
              <span class="quiz-num">{t.questionNumber(i + 1, questions.length)}</span>
              <span class="quiz-prompt">{q.prompt}</span>
            </legend>
            {q.exhibit && <Exhibit exhibit={q.exhibit} />}
            {/* Only the answer controls are disabled once submitted: the exhibit's table stays a
                scroll region that the keyboard can reach. */}
            <fieldset class="quiz-answers" disabled={submitted}>
              <legend class="visually-hidden">{t.answersLegend}</legend>
              <QuestionBody
                q={q}
                answer={state.answers[q.id]}
                shown={shown !== undefined}
                name={`${prefix}-${q.id}`}
                seed={
                  q.kind === 'single' || q.kind === 'multiple'
                    ? state.orderSeed
                    : questionSeed(quiz.id, q.id, state.round)
                }
                onAnswer={(answer) => dispatch({ type: 'answer', id: q.id, answer })}
                dispatch={dispatch}
                onMoved={setFocusTarget}
              />
            </fieldset>
            {practice && (
              <p class="quiz-actions">
                <button type="button" class="button" onClick={() => dispatch({ type: 'check', id: q.id })}>
                  {t.check}
                </button>
                {shown !== undefined && shown < 1 && (
                  <button
                    type="button"
                    class="button button--secondary"
                    onClick={() => {
                      dispatch({ type: 'retry', id: q.id });
                      setFocusTarget(firstControl(q.id));
                    }}
                  >
                    {t.retry}
                  </button>
                )}
              </p>
            )}
            <div class="quiz-feedback" aria-live={practice ? 'polite' : undefined}>
              {state.unanswered.includes(q.id) && <p class="quiz-hint-error">{t.needAnswer}</p>}
              {shown !== undefined && views && (
                <views.Feedback q={q} answer={state.answers[q.id]} credit={shown} review={reviews?.[q.id]} />
              )}
            </div>
          </fieldset>
        );
      })}
      <p class="quiz-message" aria-live="polite">
        {state.missing.length > 0 ? t.missingAnswers(state.missing) : ''}
      </p>
      {!practice && !submitted && (
        <p class="quiz-actions">
          <button
            type="button"
            class="button"
            onClick={() => {
              const next = dispatch({ type: 'submit' });
              if (next.missing.length > 0) setFocusTarget(firstControl(questions[(next.missing[0] ?? 1) - 1]?.id));
            }}
          >
            {t.submit}
          </button>
        </p>
      )}
      {practice && resultBlock}
      {result && (
        <p class="quiz-actions">
          <button
            type="button"
            class="button"
            onClick={() => {
              const next = dispatch({ type: 'restart' });
              setFocusTarget(firstControl(next.questions[0]));
            }}
          >
            {t.restart}
          </button>
        </p>
      )}
    </div>
  );
}
