/**
 * The progress page's panel: overall completion and « Reprendre », each lesson's status, each
 * quiz's best score, and the tools to export, import and reset progress. Reset asks for a
 * confirmation in the page (a group of two buttons, focus moved to it); every outcome is
 * announced in a polite live region.
 */
import { useRef, useState } from 'preact/hooks';
import { useStore } from './use-store';
import { $lessons, $quizResults, resetProgress } from '../stores/progress';
import {
  applyProgress,
  exportProgress,
  readProgressFile,
  restoreProgress,
  type ImportMode,
  type KeptProgress,
} from '../stores/progress-transfer';
import type { ProgressSnapshot } from '../lib/progress/progress-records';
import { FINAL_QUIZ_ID } from '../course';
import { summarize } from '../lib/progress/course-summary';
import { resumeLink, type ResumeContext } from '../lib/progress/resume';
import { quizStanding } from '../lib/progress/progress-records';
import { MAX_FILE_LENGTH } from '../lib/progress/progress-file';
import { formatPoints, percentOf } from '../lib/quiz/scoring';
import type { progress } from '../i18n/fr';
import { fill, fillPlural } from '../lib/template';
import { useHydrated } from './use-hydrated';
import './progress-panel.css';
import { StorageNotice } from './StorageNotice';

/** A lesson as the panel lists it. */
export interface PanelLesson {
  slug: string;
  title: string;
  /** Its page's address, as the build writes links. */
  href: string;
}

/** A quiz as the panel lists it. */
export interface PanelQuiz {
  id: string;
  title: string;
  hash: string;
  /** Pass mark in percent: an imported result marked passed below it is refused. */
  passMark: number;
  /** Its page's address, as the build writes links. */
  href: string;
}

interface Props {
  /** The notice shown when progress cannot be stored (site.storageUnavailable). */
  storageNotice: string;
  /** The progress strings of src/i18n/fr.ts, passed by the page (see the comment there). */
  strings: typeof progress;
  /** Lessons in course order. */
  lessons: PanelLesson[];
  /** Quizzes in course order (each lesson's, then the final evaluation). */
  quizzes: PanelQuiz[];
  /** Where « Reprendre » may lead (resumeLink). */
  paths: ResumeContext['paths'];
}

/** Everything the learner has done, and what to do next. */
export default function ProgressPanel({ storageNotice, strings: t, lessons, quizzes, paths }: Props) {
  const hydrated = useHydrated();
  const storedLessons = useStore($lessons);
  const storedQuizzes = useStore($quizResults);
  // Before hydration (and on the server) the panel is drawn with no progress, in its final shape,
  // so that filling it in does not move the page (no layout shift).
  const lessonRecords = hydrated ? storedLessons : {};
  const quizRecords = hydrated ? storedQuizzes : {};
  const [said, setSaid] = useState('');
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLDivElement>(null);
  const resetRef = useRef<HTMLButtonElement>(null);
  // A file read and waiting for « Fusionner » or « Remplacer »; then what it replaced, for undo.
  const [pending, setPending] = useState<ProgressSnapshot | null>(null);
  const [undo, setUndo] = useState<KeptProgress | null>(null);
  const choiceRef = useRef<HTMLDivElement>(null);
  const importRef = useRef<HTMLInputElement>(null);

  const summary = summarize(
    lessons.map((l) => l.slug),
    lessonRecords,
    quizRecords,
    quizzes.find((q) => q.id === FINAL_QUIZ_ID)?.hash,
  );
  const resume = resumeLink(summary.resume, {
    lessons,
    strings: t,
    paths,
  });

  const download = async () => {
    // The helper loads on the click: the page's budget has no room for code used this rarely.
    const { saveFile } = await import('../client/download');
    const name = saveFile(new Blob([exportProgress()], { type: 'application/json' }), t.fileName);
    setSaid(fill(t.exported, { file: name }));
  };

  const upload = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    // Refused before reading: a huge file would freeze the page while being read.
    if (file.size > MAX_FILE_LENGTH) {
      input.value = '';
      setSaid(t.importProblems['too-big']);
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setSaid(t.importProblems.unreadable);
      return;
    } finally {
      input.value = '';
    }
    const result = readProgressFile(text, Object.fromEntries(quizzes.map((q) => [q.id, q.passMark])));
    if (!result.ok) {
      setSaid(fill(t.importProblems[result.problem], { detail: result.detail ?? '' }));
      return;
    }
    setSaid('');
    setPending(result.snapshot);
    setTimeout(() => choiceRef.current?.focus());
  };

  const choose = (mode: ImportMode | null) => {
    const snapshot = pending;
    setPending(null);
    setTimeout(() => importRef.current?.focus());
    if (!snapshot || !mode) {
      setSaid(t.importCancelled);
      return;
    }
    const { outcome, before } = applyProgress(snapshot, mode);
    if (!outcome.ok) {
      setSaid(fill(t.importProblems[outcome.problem], { detail: outcome.detail ?? '' }));
      return;
    }
    setUndo(before);
    setSaid(
      fill(mode === 'merge' ? t.merged : t.imported, {
        lessons: fillPlural(t.lessonCount, outcome.lessons),
        quizzes: fillPlural(t.quizCount, outcome.quizzes),
      }),
    );
  };

  const undoImport = () => {
    if (!undo) return;
    const restored = restoreProgress(undo);
    if (restored) setUndo(null);
    setSaid(restored ? t.undone : t.undoFailed);
  };

  const askReset = () => {
    setConfirming(true);
    setTimeout(() => confirmRef.current?.focus());
  };
  const reset = (confirmed: boolean) => {
    if (confirmed) {
      resetProgress();
      setSaid(t.resetDone);
    }
    setConfirming(false);
    setTimeout(() => resetRef.current?.focus());
  };

  return (
    <div class="progress-panel">
      <StorageNotice text={storageNotice} />
      <section class="progress-overall" aria-labelledby="vue-ensemble">
        <h2 id="vue-ensemble">{fill(t.overall, { percent: summary.percent })}</h2>
        <progress max={100} value={summary.percent} aria-labelledby="vue-ensemble" />
        <p>
          {fillPlural(t.lessonsDone, summary.completed, { total: lessons.length })} ·{' '}
          {summary.passed
            ? t.finalDone
            : summary.finalPassed
              ? fillPlural(t.finalNeedsLessons, summary.unread.length)
              : t.finalTodo}
        </p>
        <p>
          <a class="button" href={resume.href} data-resume-link>
            {resume.label}
          </a>
        </p>
      </section>

      <section aria-labelledby="lecons-statut">
        <h2 id="lecons-statut">{t.lessonsTitle}</h2>
        <ol class="progress-lessons">
          {/* summarize lists the lessons in the order it is given them: the panel's own. */}
          {summary.lessons.map(({ slug, status }, i) => (
            <li data-lesson={slug} data-status={status}>
              <span class="progress-row">
                <a href={lessons[i]?.href}>{lessons[i]?.title}</a>
                <span class={`progress-status progress-status--${status}`}>{t.status[status]}</span>
              </span>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="quiz-statut">
        <h2 id="quiz-statut">{t.quizzesTitle}</h2>
        <ul class="progress-quizzes" role="list">
          {quizzes.map((quiz) => {
            const standing = quizStanding(quizRecords[quiz.id], quiz.hash);
            const record = standing.kind === 'none' ? undefined : standing.record;
            const state = !record ? 'todo' : record.passed ? 'passed' : 'failed';
            return (
              <li data-quiz={quiz.id} data-state={state}>
                <a href={quiz.href}>{quiz.title}</a>
                <span class="progress-facts">
                  {record ? (
                    <>
                      <span>
                        {t.best}{' '}
                        {fill(t.score, {
                          points: formatPoints(record.best),
                          max: record.max,
                          percent: percentOf(record.best, record.max),
                        })}
                        {standing.kind === 'earlier' && <span class="progress-earlier"> {t.earlierShort}</span>}
                      </span>
                      <span>{fillPlural(t.attempts, record.attempts)}</span>
                    </>
                  ) : null}
                  <strong class={`progress-state progress-state--${state}`}>
                    {state === 'todo' ? t.notTaken : state === 'passed' ? t.passed : t.notPassed}
                  </strong>
                </span>
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="gerer">
        <h2 id="gerer">{t.manageTitle}</h2>
        <p>
          <button type="button" class="button" onClick={download}>
            {t.exportButton}
          </button>
        </p>
        <p class="progress-import">
          <label for="import-progression">{t.importLabel}</label>
          <input
            id="import-progression"
            type="file"
            accept="application/json,.json"
            ref={importRef}
            onChange={(e) => void upload(e.currentTarget)}
          />
        </p>
        {pending && (
          <div class="progress-confirm" role="group" aria-labelledby="importer-choix" tabIndex={-1} ref={choiceRef}>
            <p id="importer-choix">
              {fill(t.importChoice, {
                lessons: fillPlural(t.lessonCount, Object.keys(pending.lessons).length),
                quizzes: fillPlural(t.quizCount, Object.keys(pending.quizzes).length),
                plan: pending.plan && Object.keys(pending.plan).length ? t.importPlan : '',
              })}
            </p>
            <p class="progress-confirm-actions">
              <button type="button" class="button" onClick={() => choose('merge')}>
                {t.merge}
              </button>
              <button type="button" class="button button--secondary" onClick={() => choose('replace')}>
                {t.replace}
              </button>
              <button type="button" class="button button--secondary" onClick={() => choose(null)}>
                {t.importCancel}
              </button>
            </p>
          </div>
        )}
        {undo && (
          <p>
            <button type="button" class="button button--secondary" onClick={undoImport}>
              {t.undoImport}
            </button>
          </p>
        )}
        {confirming ? (
          <div class="progress-confirm" role="group" aria-labelledby="confirmer" tabIndex={-1} ref={confirmRef}>
            <p id="confirmer">{t.resetQuestion}</p>
            <p class="progress-confirm-actions">
              <button type="button" class="button" onClick={() => reset(true)}>
                {t.resetYes}
              </button>
              <button type="button" class="button button--secondary" onClick={() => reset(false)}>
                {t.resetNo}
              </button>
            </p>
          </div>
        ) : (
          <p>
            <button type="button" class="button button--secondary" ref={resetRef} onClick={askReset}>
              {t.resetButton}
            </button>
          </p>
        )}
        <p class="progress-said" role="status">
          {said}
        </p>
      </section>
    </div>
  );
}
