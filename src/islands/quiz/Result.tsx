/**
 * The result of a finished quiz: heading (focused and scrolled to the top of the screen by the
 * island, so that score and verdict are in view at once, on a phone too), score, verdict and one
 * next step. For the final evaluation: « Obtenir mon attestation » once the module is passed by
 * the one pass rule (src/lib/progress/course-pass.ts), what remains when lessons are still unread, and
 * « Revoir les leçons ciblées » after a fail, a disclosure that lists the lessons of the missed
 * questions, each linked to the section that teaches them. Loaded with ./Feedback.tsx.
 */
import type { Quiz } from '../../schemas/quiz';
import { formatPoints, type QuizScore } from '../../lib/quiz/scoring';
import { missedLessons, type ReviewTarget } from '../../lib/quiz/quiz-review';
import { summarize } from '../../lib/progress/course-summary';
import { $lessons } from '../../stores/progress';
import { useStore } from '../use-store';
import { quizResult as t } from '../../i18n/fr-quiz-feedback';

/** What the result needs from the island. */
export interface ResultProps {
  quiz: Pick<Quiz, 'mode' | 'passMark'>;
  result: QuizScore;
  /** The heading's element, one level below the quiz title. */
  level: 'h2' | 'h3' | 'h4';
  /** Prefix of the ids (the heading is `${prefix}-result`). */
  prefix: string;
  /** Slug of the lesson that passing completes, if any. */
  completes?: string | undefined;
  /** The certificate's address: set for the final evaluation only. */
  certificateHref?: string | undefined;
  /** The course's lessons, in order (final evaluation): the pass rule needs them read. */
  courseLessons?: readonly string[] | undefined;
  /** Each question's credit in this attempt, by id. */
  credits: Readonly<Record<string, number>>;
  /** This attempt's question ids, in the order asked. */
  order: readonly string[];
  /** Where each question is taught, by id. */
  reviews?: Readonly<Record<string, ReviewTarget>> | undefined;
}

/** The result block. */
export function Result(props: ResultProps) {
  const { quiz, result, prefix, certificateHref } = props;
  const Heading = props.level;
  const poll = quiz.mode === 'poll';
  const practice = quiz.mode !== 'evaluation';
  const lessons = useStore($lessons);
  // The pass rule's list of unread lessons (courseVerdict, through summarize).
  const unread = summarize(props.courseLessons ?? [], lessons, {}).unread;
  const missed = result.passed ? [] : missedLessons(props.credits, props.order, props.reviews ?? {});
  return (
    <>
      <Heading id={`${prefix}-result`} tabIndex={-1} aria-describedby={`${prefix}-score ${prefix}-verdict`}>
        {t.resultTitle}
      </Heading>
      <p class="quiz-score" id={`${prefix}-score`}>
        {t.yourScore(formatPoints(result.points), result.max, result.percent)}
      </p>
      {!poll && (
        <p class={result.passed ? 'quiz-pass' : 'quiz-fail'} id={`${prefix}-verdict`}>
          {result.passed ? t.passed(quiz.passMark) : t.failed(quiz.passMark)}
        </p>
      )}
      {practice && !poll && <p class="quiz-rule">{t.practiceRule}</p>}
      {!poll && result.passed && props.completes && <p>{t.lessonCompleted}</p>}
      {!poll && result.passed && certificateHref && unread.length > 0 && <p>{t.lessonsFirst(unread.length)}</p>}
      {!poll && result.passed && certificateHref && (
        <p>
          <a class="button" href={certificateHref}>
            {unread.length > 0 ? t.lessonsFirstLink : t.finalPassedLink}
          </a>
        </p>
      )}
      {!practice && missed.length > 0 && (
        <details class="quiz-review">
          <summary class="button">{t.reviewButton}</summary>
          <p>{t.reviewIntro}</p>
          <ul>
            {missed.map((m) => (
              <li key={m.lesson}>
                <a href={m.href}>{m.title}</a> · {t.missedCount(m.missed)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
