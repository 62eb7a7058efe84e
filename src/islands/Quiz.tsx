/**
 * A quiz: its questions are rendered on the server as native form controls (fieldset and legend,
 * radio buttons and checkboxes inside their labels, one <select> per item to match), so they read
 * without JavaScript; once hydrated the learner checks answers and gets a score. The rules live
 * in src/lib/quiz-session.ts (a pure reducer): this island renders its state, dispatches the
 * learner's actions, stores finished attempts and moves focus. Each question kind has its own
 * view in ./quiz/. Feedback goes to polite live regions; after submitting, focus moves to the
 * result. A choice made before hydration is read back from the form and kept.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useStore } from './use-store';
import type { Quiz as QuizData } from '../schemas/quiz';
import { percentOf, questionSeed } from '../lib/scoring';
import {
  finished,
  isSubmitted,
  reduceSession,
  sessionQuestions,
  startSession,
  type SessionAction,
  type SessionState,
} from '../lib/quiz-session';
import { quizStanding } from '../lib/progress-records';
import { $quizResults, markCompleted, recordAttempt } from '../stores/progress';
import { quiz as t } from '../i18n/fr-quiz';
import { useHydrated } from './use-hydrated';
import { StorageNotice } from './StorageNotice';
import { ChoiceQuestion } from './quiz/ChoiceQuestion';
import { TrueFalseQuestion } from './quiz/TrueFalseQuestion';
import { OrderQuestion } from './quiz/OrderQuestion';
import { MatchQuestion } from './quiz/MatchQuestion';
import { Exhibit } from './quiz/Exhibit';
import type { Feedback as FeedbackView } from './quiz/Feedback';
import { readFormAnswers } from './quiz/read-form';
import './quiz/quiz.css';
import type { QuestionProps } from './quiz/types';

interface Props {
  quiz: QuizData;
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
}

function QuestionBody(props: QuestionProps) {
  const { q } = props;
  switch (q.kind) {
    case 'single':
    case 'multiple':
      return <ChoiceQuestion {...props} q={q} />;
    case 'true-false':
      return <TrueFalseQuestion {...props} q={q} />;
    case 'ordering':
      return <OrderQuestion {...props} q={q} />;
    case 'matching':
      return <MatchQuestion {...props} q={q} />;
  }
}

/** A quiz with its questions, feedback and result. */
export default function Quiz({ quiz, hash, completes, titleLevel, storageNotice, certificateHref }: Props) {
  // A room poll answers like practice, without pass mark nor record in the learner's progress.
  const poll = quiz.mode === 'poll';
  const practice = quiz.mode !== 'evaluation';
  const [state, setState] = useState(() => startSession(quiz, 0));
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  // The feedback view is loaded on the first check or submit (see ./quiz/Feedback.tsx).
  const [Feedback, setFeedback] = useState<typeof FeedbackView | null>(null);
  const loadFeedback = () => {
    if (!Feedback) void import('./quiz/Feedback').then((m) => setFeedback(() => m.Feedback));
  };
  const root = useRef<HTMLDivElement>(null);
  const hydrated = useHydrated();
  const records = useStore($quizResults);
  const standing = quizStanding(records[quiz.id], hash);
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
  // result), before the next key press can arrive.
  useLayoutEffect(() => {
    if (!focusTarget) return;
    root.current?.querySelector<HTMLElement>(focusTarget)?.focus();
    setFocusTarget(null);
  }, [focusTarget]);

  const firstControl = (id: string | undefined) => `#${prefix}-${id} :is(input, select, button)`;
  const Result = titleLevel === 2 ? 'h3' : titleLevel === 3 ? 'h4' : 'h2';
  const result = state.result;

  return (
    <div class={`quiz quiz--${quiz.mode}`} ref={root}>
      <StorageNotice text={storageNotice} />
      {hydrated && standing.kind !== 'none' && (
        <p class="quiz-best">
          {t.best(
            standing.record.best,
            standing.record.max,
            percentOf(standing.record.best, standing.record.max),
            standing.record.attempts,
          )}
          {standing.record.passed && <strong class="quiz-badge">{t.passedBadge}</strong>}
          {standing.kind === 'earlier' && <span class="quiz-earlier"> {t.earlier}</span>}
        </p>
      )}
      {questions.map((q, i) => {
        const shown = state.shown[q.id];
        return (
          <fieldset class="quiz-q" id={`${prefix}-${q.id}`} key={`${state.round}-${q.id}`} disabled={submitted}>
            <legend>
              <span class="quiz-num">{t.questionNumber(i + 1, questions.length)}</span>
              <span class="quiz-prompt">{q.prompt}</span>
            </legend>
            {q.exhibit && <Exhibit exhibit={q.exhibit} />}
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
              {shown !== undefined && Feedback && <Feedback q={q} answer={state.answers[q.id]} credit={shown} />}
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
      <div class="quiz-result" aria-live={practice ? 'polite' : undefined}>
        {result && (
          <>
            <Result id={`${prefix}-result`} tabIndex={-1}>
              {t.resultTitle}
            </Result>
            <p class="quiz-score">{t.yourScore(result.points, result.max, result.percent)}</p>
            {!poll && (
              <p class={result.passed ? 'quiz-pass' : 'quiz-fail'}>
                {result.passed ? t.passed(quiz.passMark) : t.failed(quiz.passMark)}
              </p>
            )}
            {practice && !poll && <p class="quiz-rule">{t.practiceRule}</p>}
            {!poll && result.passed && completes && <p>{t.lessonCompleted}</p>}
            {!poll && result.passed && certificateHref && (
              <p>
                <a class="button" href={certificateHref}>
                  {t.finalPassedLink}
                </a>
              </p>
            )}
          </>
        )}
      </div>
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
