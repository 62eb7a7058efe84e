/**
 * A quiz: its questions are rendered on the server as native form controls (fieldset and legend,
 * radio buttons and checkboxes inside their labels, one <select> per item to match), so they read
 * without JavaScript; once hydrated the learner checks answers and gets a score.
 * - practice mode: each question has « Vérifier », feedback and « Réessayer »; the score counts
 *   the first check of each question and is recorded once every question has been checked;
 * - evaluation mode: one « Soumettre » once every question is answered, then all the feedback.
 * Ordering works with buttons (« Monter » / « Descendre »), never by dragging. Feedback goes to
 * polite live regions; after submitting, focus moves to the result.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { Question, Quiz as QuizData } from '../schemas/quiz';
import {
  emptyAnswer,
  isAnswered,
  isRightMatch,
  matchOptions,
  percentOf,
  questionSeed,
  scoreQuestion,
  totalScore,
  type Answer,
  type QuizScore,
} from '../lib/scoring';
import { quizStanding } from '../lib/progress-data';
import { $quizResults, markCompleted, recordAttempt } from '../stores/progress';
import { quiz as t } from '../i18n/fr-quiz';
import { useHydrated } from './use-hydrated';
import { StorageNotice } from './StorageNotice';

interface Props {
  quiz: QuizData;
  /** Fingerprint of this version of the quiz (quizHash), stored with each result. */
  hash: string;
  /** Slug of the lesson that passing this quiz completes, if any. */
  completes?: string | undefined;
  /** Level of the quiz title's heading; none when the page's own h1 is the title. */
  titleLevel?: 2 | 3 | undefined;
  /** The notice shown when progress cannot be stored (site.storageUnavailable). */
  storageNotice: string;
}

type Answers = Record<string, Answer>;
type Credits = Record<string, number>;
type Choice = Extract<Question, { kind: 'single' | 'multiple' }>;
type Ordering = Extract<Question, { kind: 'ordering' }>;
type Matching = Extract<Question, { kind: 'matching' }>;

function freshAnswers(quiz: QuizData, round: number): Answers {
  return Object.fromEntries(quiz.questions.map((q) => [q.id, emptyAnswer(q, questionSeed(quiz.id, q.id, round))]));
}

/** A quiz with its questions, feedback and result. */
export default function Quiz({ quiz, hash, completes, titleLevel, storageNotice }: Props) {
  // A room poll answers like practice, without pass mark nor record in the learner's progress.
  const poll = quiz.mode === 'poll';
  const practice = quiz.mode !== 'evaluation';
  const [round, setRound] = useState(0);
  const [answers, setAnswers] = useState<Answers>(() => freshAnswers(quiz, 0));
  // Practice: the credit of the check whose feedback is shown (removed when the answer changes).
  // Evaluation: every question's credit once submitted.
  const [shown, setShown] = useState<Credits>({});
  const [first, setFirst] = useState<Credits>({});
  const [hints, setHints] = useState<Record<string, string>>({});
  const [message, setMessage] = useState('');
  const [result, setResult] = useState<QuizScore | null>(null);
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const hydrated = useHydrated();
  const records = useStore($quizResults);
  const standing = quizStanding(records[quiz.id], hash);
  const submitted = !practice && result !== null;
  const prefix = `quiz-${quiz.id}`;

  // Focus is moved right after the render that creates its target (a moved item's button, the
  // result), before the next key press can arrive.
  useLayoutEffect(() => {
    if (!focusTarget) return;
    root.current?.querySelector<HTMLElement>(focusTarget)?.focus();
    setFocusTarget(null);
  }, [focusTarget]);

  const finish = (credits: number[]) => {
    const score = totalScore(credits, quiz.passMark);
    setResult(score);
    if (!poll) recordAttempt(quiz.id, hash, score);
    if (!poll && score.passed && completes) markCompleted(completes);
    if (!practice) setFocusTarget(`#${prefix}-result`);
  };

  const answer = (q: Question, next: Answer) => {
    setAnswers((all) => ({ ...all, [q.id]: next }));
    setHints(({ [q.id]: _, ...rest }) => rest);
    if (practice) setShown(({ [q.id]: _, ...rest }) => rest);
  };

  const check = (q: Question) => {
    if (!isAnswered(q, answers[q.id])) {
      setHints((h) => ({ ...h, [q.id]: t.needAnswer }));
      return;
    }
    const credit = scoreQuestion(q, answers[q.id]);
    setShown((s) => ({ ...s, [q.id]: credit }));
    if (first[q.id] !== undefined) return;
    const firstChecks = { ...first, [q.id]: credit };
    setFirst(firstChecks);
    if (result === null && quiz.questions.every((x) => firstChecks[x.id] !== undefined)) {
      finish(quiz.questions.map((x) => firstChecks[x.id] ?? 0));
    }
  };

  const retry = (q: Question) => {
    answer(q, emptyAnswer(q, questionSeed(quiz.id, q.id, round)));
    setFocusTarget(`#${prefix}-${q.id} :is(input, select, button)`);
  };

  const submit = () => {
    const missing = quiz.questions.flatMap((q, i) => (isAnswered(q, answers[q.id]) ? [] : [i + 1]));
    if (missing.length > 0) {
      setMessage(t.missingAnswers(missing));
      setFocusTarget(`#${prefix}-${quiz.questions[(missing[0] ?? 1) - 1]?.id} :is(input, select, button)`);
      return;
    }
    setMessage('');
    const credits = quiz.questions.map((q) => scoreQuestion(q, answers[q.id]));
    setShown(Object.fromEntries(quiz.questions.map((q, i) => [q.id, credits[i] ?? 0])));
    finish(credits);
  };

  const restart = () => {
    const next = round + 1;
    setRound(next);
    setAnswers(freshAnswers(quiz, next));
    setShown({});
    setFirst({});
    setHints({});
    setMessage('');
    setResult(null);
    setFocusTarget(`#${prefix}-${quiz.questions[0]?.id} :is(input, select, button)`);
  };

  const Title = titleLevel === 2 ? 'h2' : 'h3';
  const Result = titleLevel === 2 ? 'h3' : titleLevel === 3 ? 'h4' : 'h2';

  return (
    <div class={`quiz quiz--${quiz.mode}`} ref={root}>
      {titleLevel && <Title class="quiz-title">{quiz.title}</Title>}
      {quiz.description && <p class="quiz-description">{quiz.description}</p>}
      <p class="quiz-intro">
        {poll ? t.pollIntro : practice ? t.practiceIntro(quiz.passMark) : t.evaluationIntro(quiz.passMark)}
      </p>
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
      {quiz.questions.map((q, i) => (
        <fieldset class="quiz-q" id={`${prefix}-${q.id}`} key={`${round}-${q.id}`} disabled={submitted}>
          <legend>
            <span class="quiz-num">{t.questionNumber(i + 1, quiz.questions.length)}</span>
            <span class="quiz-prompt">{q.prompt}</span>
          </legend>
          <QuestionBody
            q={q}
            answer={answers[q.id]}
            shown={shown[q.id] !== undefined}
            name={`${prefix}-${q.id}`}
            seed={questionSeed(quiz.id, q.id, round)}
            onAnswer={(a) => answer(q, a)}
            onMoved={setFocusTarget}
          />
          {practice && (
            <p class="quiz-actions">
              <button type="button" class="button" onClick={() => check(q)}>
                {t.check}
              </button>
              {shown[q.id] !== undefined && (shown[q.id] ?? 0) < 1 && (
                <button type="button" class="button button--secondary" onClick={() => retry(q)}>
                  {t.retry}
                </button>
              )}
            </p>
          )}
          <div class="quiz-feedback" aria-live={practice ? 'polite' : undefined}>
            {hints[q.id] && <p class="quiz-hint-error">{hints[q.id]}</p>}
            {shown[q.id] !== undefined && <Feedback q={q} answer={answers[q.id]} credit={shown[q.id] ?? 0} />}
          </div>
        </fieldset>
      ))}
      <p class="quiz-message" aria-live="polite">
        {message}
      </p>
      {!practice && !submitted && (
        <p class="quiz-actions">
          <button type="button" class="button" onClick={submit}>
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
          </>
        )}
      </div>
      {result && (
        <p class="quiz-actions">
          <button type="button" class="button" onClick={restart}>
            {t.restart}
          </button>
        </p>
      )}
    </div>
  );
}

interface BodyProps {
  q: Question;
  answer: Answer | undefined;
  /** Whether feedback is shown: marks chosen options right or wrong. */
  shown: boolean;
  /** Prefix of the controls' names and ids. */
  name: string;
  seed: string;
  onAnswer: (a: Answer) => void;
  /** Asks for focus on a CSS selector once the list has been re-rendered. */
  onMoved: (selector: string) => void;
}

function QuestionBody(props: BodyProps) {
  const { q } = props;
  switch (q.kind) {
    case 'single':
    case 'multiple':
      return <Choices {...props} q={q} />;
    case 'true-false': {
      const value = props.answer?.kind === 'true-false' ? props.answer.value : null;
      return (
        <ul class="quiz-options" role="list">
          {[true, false].map((v) => (
            <li class={props.shown && value === v ? (v === q.answer ? 'is-right' : 'is-wrong') : undefined}>
              <label class="quiz-option">
                <input
                  type="radio"
                  name={props.name}
                  checked={value === v}
                  onChange={() => props.onAnswer({ kind: 'true-false', value: v })}
                />
                <span>{v ? t.trueLabel : t.falseLabel}</span>
              </label>
            </li>
          ))}
        </ul>
      );
    }
    case 'ordering':
      return <OrderList {...props} q={q} />;
    case 'matching':
      return <MatchList {...props} q={q} />;
  }
}

/** The options ticked in a single- or multiple-choice answer. */
function chosenIds(answer: Answer | undefined): readonly string[] {
  if (answer?.kind === 'single') return answer.choice === null ? [] : [answer.choice];
  return answer?.kind === 'multiple' ? answer.choices : [];
}

function Choices({ q, answer, shown, name, onAnswer }: BodyProps & { q: Choice }) {
  const chosen = chosenIds(answer);
  const toggle = (id: string) =>
    q.kind === 'single'
      ? onAnswer({ kind: 'single', choice: id })
      : onAnswer({ kind: 'multiple', choices: chosen.includes(id) ? chosen.filter((c) => c !== id) : [...chosen, id] });
  return (
    <>
      {q.kind === 'multiple' && <p class="quiz-hint">{t.multipleHint}</p>}
      <ul class="quiz-options" role="list">
        {q.options.map((o) => (
          <li class={shown && chosen.includes(o.id) ? (o.correct ? 'is-right' : 'is-wrong') : undefined}>
            <label class="quiz-option">
              <input
                type={q.kind === 'single' ? 'radio' : 'checkbox'}
                name={name}
                value={o.id}
                checked={chosen.includes(o.id)}
                onChange={() => toggle(o.id)}
              />
              <span>{o.text}</span>
            </label>
          </li>
        ))}
      </ul>
    </>
  );
}

function OrderList({ q, answer, name, onAnswer, onMoved }: BodyProps & { q: Ordering }) {
  const order = answer?.kind === 'ordering' ? answer.order : [];
  const [said, setSaid] = useState('');
  const move = (from: number, step: -1 | 1) => {
    const to = from + step;
    const id = order[from];
    if (id === undefined || to < 0 || to >= order.length) return;
    const next = [...order];
    next[from] = next[to] as string;
    next[to] = id;
    onAnswer({ kind: 'ordering', order: next });
    setSaid(t.moved(q.items.find((i) => i.id === id)?.text ?? '', to + 1, order.length));
    // When the item reaches an end, its button there is inert: focus goes to the other one.
    const dir = (step < 0 && to === 0) || (step > 0 && to === order.length - 1) ? -step : step;
    onMoved(`[data-move="${name}/${id}/${dir}"]`);
  };
  return (
    <>
      <p class="quiz-hint">{t.orderingHint}</p>
      <ol class="quiz-order">
        {order.map((id, i) => {
          const text = q.items.find((item) => item.id === id)?.text ?? '';
          return (
            <li key={id}>
              <span class="quiz-order-pos" aria-hidden="true">
                {i + 1}
              </span>
              <span class="quiz-order-text">{text}</span>
              <span class="quiz-order-moves">
                <button
                  type="button"
                  class="quiz-move tool-button"
                  data-move={`${name}/${id}/-1`}
                  aria-label={t.moveUpLabel(text)}
                  aria-disabled={i === 0 ? 'true' : undefined}
                  onClick={() => move(i, -1)}
                >
                  <span aria-hidden="true">↑</span> {t.moveUp}
                </button>
                <button
                  type="button"
                  class="quiz-move tool-button"
                  data-move={`${name}/${id}/1`}
                  aria-label={t.moveDownLabel(text)}
                  aria-disabled={i === order.length - 1 ? 'true' : undefined}
                  onClick={() => move(i, 1)}
                >
                  <span aria-hidden="true">↓</span> {t.moveDown}
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <p class="visually-hidden" aria-live="polite">
        {said}
      </p>
    </>
  );
}

function MatchList({ q, answer, name, seed, onAnswer }: BodyProps & { q: Matching }) {
  const picks = answer?.kind === 'matching' ? answer.picks : {};
  const options = matchOptions(q, seed);
  return (
    <>
      <p class="quiz-hint">{t.matchingHint}</p>
      <div class="quiz-match">
        {q.pairs.map((p) => (
          <p class="quiz-match-row">
            <label for={`${name}-${p.id}`}>{p.left}</label>
            <select
              id={`${name}-${p.id}`}
              value={picks[p.id] ?? ''}
              onChange={(e) => onAnswer({ kind: 'matching', picks: { ...picks, [p.id]: e.currentTarget.value } })}
            >
              <option value="">{t.choose}</option>
              {options.map((o) => (
                <option value={o.value}>{o.text}</option>
              ))}
            </select>
          </p>
        ))}
      </div>
    </>
  );
}

function Feedback({ q, answer, credit }: { q: Question; answer: Answer | undefined; credit: number }) {
  const verdict = credit >= 1 ? t.right : credit <= 0 ? t.wrong : t.partial(Math.round(credit * 100));
  return (
    <div class={`quiz-verdict ${credit >= 1 ? 'is-right' : credit <= 0 ? 'is-wrong' : 'is-partial'}`}>
      <p class="quiz-verdict-head">{verdict}</p>
      <Details q={q} answer={answer} />
      <p>
        <strong>{t.remember}</strong> {q.explanation}
      </p>
    </div>
  );
}

function Details({ q, answer }: { q: Question; answer: Answer | undefined }) {
  switch (q.kind) {
    case 'single':
    case 'multiple': {
      const chosen = chosenIds(answer);
      const picked = q.options.filter((o) => chosen.includes(o.id));
      const missed = q.kind === 'multiple' ? q.options.filter((o) => o.correct && !chosen.includes(o.id)) : [];
      return (
        <ul>
          {picked.map((o) => (
            <li>
              {t.yourChoice(o.text)} <em>{o.correct ? t.markRight : t.markWrong}</em>. {o.feedback}
            </li>
          ))}
          {missed.map((o) => (
            <li>
              {t.alsoRight(o.text)} {o.feedback}
            </li>
          ))}
        </ul>
      );
    }
    case 'true-false': {
      const value = answer?.kind === 'true-false' ? answer.value : null;
      if (value === null) return null;
      return (
        <p>
          {t.youAnswered(value ? t.trueLabel : t.falseLabel)} {value ? q.feedback.whenTrue : q.feedback.whenFalse}
        </p>
      );
    }
    case 'ordering':
      return (
        <>
          <p>{t.rightOrder}</p>
          <ol>
            {q.items.map((item) => (
              <li>{item.text}</li>
            ))}
          </ol>
        </>
      );
    case 'matching': {
      const picks = answer?.kind === 'matching' ? answer.picks : {};
      return (
        <ul>
          {q.pairs.map((p) => {
            const chosen = q.pairs.find((x) => x.id === picks[p.id])?.right ?? '—';
            return (
              <li>
                {isRightMatch(q, p.id, picks[p.id])
                  ? t.matchRight(p.left ?? '', chosen)
                  : t.matchWrong(p.left ?? '', chosen, p.right ?? '')}
              </li>
            );
          })}
        </ul>
      );
    }
  }
}
