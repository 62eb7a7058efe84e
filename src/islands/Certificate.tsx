/**
 * The certificate: once the final evaluation is passed on its current version, a printable
 * attestation with the name the learner types (kept in this browser), the course title and
 * edition, the score and the date of the pass, and a plain statement that it is self-reported;
 * before that, what is still missing (a pass on an earlier version of the evaluation is named as
 * such and does not count).
 */
import { useState } from 'preact/hooks';
import { useStore } from './use-store';
import { $lessons, $quizResults } from '../stores/progress';
import { $learnerName, setLearnerName } from '../stores/learner';
import { FINAL_QUIZ_ID } from '../course';
import { summarize } from '../lib/progress/course-summary';
import { formatPoints, percentOf } from '../lib/quiz/scoring';
import { formatDate, type certificate, type progress } from '../i18n/fr';
import { fill } from '../lib/template';
import { useHydrated } from './use-hydrated';
import { StorageNotice } from './StorageNotice';

interface Props {
  /** The notice shown when progress cannot be stored (site.storageUnavailable). */
  storageNotice: string;
  /** The certificate strings of src/i18n/fr.ts, passed by the page (see the comment there). */
  strings: typeof certificate;
  /** The few progress strings the page needs: the final evaluation's link and the score. */
  progressStrings: Pick<typeof progress, 'takeFinal' | 'score'>;
  /** The course title, as printed. */
  course: string;
  /** The final evaluation's pass mark, in percent. */
  passMark: number;
  /** Fingerprint of the final evaluation as built: only a pass on this version counts. */
  finalHash: string;
  /** The course's edition, as printed (ex. « 2e édition, novembre 2026 »). */
  edition: string;
  /** Lessons in course order. */
  lessons: { slug: string; title: string; href: string }[];
  /** The final evaluation's address, as the build writes links. */
  finalHref: string;
}

/** The attestation, or the list of what remains before it. */
export default function Certificate({
  storageNotice,
  strings: t,
  progressStrings: p,
  course,
  passMark,
  finalHash,
  edition,
  lessons,
  finalHref,
}: Props) {
  const hydrated = useHydrated();
  const storedQuizzes = useStore($quizResults);
  const storedLessons = useStore($lessons);
  // Before hydration (and on the server) the page shows the « not yet » view with no progress, in
  // its final shape for most visitors, rather than a loading line that the page would jump from.
  const records = hydrated ? storedQuizzes : {};
  const lessonRecords = hydrated ? storedLessons : {};
  const name = useStore($learnerName);
  // What the field shows while typing; the store keeps the tidied name.
  const [draft, setDraft] = useState<string | null>(null);

  const final = records[FINAL_QUIZ_ID];
  const summary = summarize(
    lessons.map((l) => l.slug),
    lessonRecords,
    records,
    finalHash,
  );
  if (!final || !summary.passed) {
    const todo = summary.unread;
    return (
      <div class="certificate-locked">
        <StorageNotice text={storageNotice} />
        <p>{fill(t.certificateLocked, { mark: passMark })}</p>
        {summary.finalPassedEarlier && <p class="certificate-earlier">{t.passedEarlier}</p>}
        <ul>
          <li>
            {summary.finalPassed ? t.finalDoneLessonsMissing : t.missingFinal}{' '}
            {final &&
              !summary.finalPassed &&
              !summary.finalPassedEarlier &&
              fill(t.bestSoFar, {
                score: fill(p.score, {
                  points: formatPoints(final.best),
                  max: final.max,
                  percent: percentOf(final.best, final.max),
                }),
              })}{' '}
            {!summary.finalPassed && <a href={finalHref}>{p.takeFinal}</a>}
          </li>
        </ul>
        {todo.length > 0 && (
          <>
            <p>{t.missingLessons}</p>
            <ul>
              {todo.map((slug) => {
                const lesson = lessons.find((x) => x.slug === slug);
                return (
                  <li>
                    <a href={lesson?.href}>{lesson?.title}</a>
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </div>
    );
  }

  const date = formatDate(new Date(final.passedAt ?? final.at));
  return (
    <div class="certificate-ready">
      <StorageNotice text={storageNotice} />
      <p class="certificate-name-field" data-print="hide">
        <label for="nom-attestation">{t.nameLabel}</label>
        <input
          id="nom-attestation"
          type="text"
          autocomplete="name"
          maxLength={120}
          aria-describedby="nom-attestation-aide"
          value={draft ?? name}
          onInput={(e) => {
            setDraft(e.currentTarget.value);
            setLearnerName(e.currentTarget.value);
          }}
        />
        <span id="nom-attestation-aide" class="certificate-hint">
          {t.nameHint}
        </span>
      </p>
      <article class="certificate" aria-labelledby="attestation-titre">
        <h2 id="attestation-titre">{t.certificateHeading}</h2>
        <p>{t.certifies}</p>
        <p class="certificate-learner">{name || <span class="certificate-blank">{t.noName}</span>}</p>
        <p>{t.completedModule}</p>
        <p class="certificate-course">{fill(t.course, { title: course })}</p>
        <p class="certificate-edition">{edition}</p>
        <p>
          {fill(t.finalScore, {
            score: fill(p.score, {
              points: formatPoints(final.best),
              max: final.max,
              percent: percentOf(final.best, final.max),
            }),
          })}{' '}
          {fill(t.onDate, { date })}
        </p>
        <p class="certificate-issuer">{t.issuer}</p>
        <p class="certificate-kind">{t.selfReported}</p>
      </article>
      <p data-print="hide">
        <button type="button" class="button" onClick={() => window.print()}>
          {t.print}
        </button>
      </p>
    </div>
  );
}
