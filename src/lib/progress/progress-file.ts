/**
 * The progress file: what « Exporter ma progression » writes and « Importer » reads back, « Mon
 * plan » included (an optional field: files exported before the plan existed import, leaving the
 * plan alone). Apart
 * from progress-records.ts (stored records, which every page with a quiz loads) so that only the
 * progress page loads the file format and its checks. An imported file is refused as a whole,
 * with the problem named, when any part of it is damaged or incoherent — never an exception.
 */
import {
  isCount,
  isDate,
  quizRecordFault,
  MAX_POINTS,
  isObject,
  parse,
  MAX_STORED_LENGTH,
  pickLessons,
  pickQuizzes,
  type ProgressSnapshot,
  type QuizRecord,
  type QuizRecordFault,
} from './progress-records';
import { pickPlan } from '../plan/plan-data';
import { percentOf } from '../quiz/percent';
import { cleanName, nameProblem } from './learner-name';

/** Marks a progress file, so that any other JSON file is told apart. */
export const EXPORT_FORMAT = 'msst-progression';
/** Version of the progress file format. */
const EXPORT_VERSION = 1;
/** Largest progress file read, in bytes or characters (a real one is a few kilobytes). */
export const MAX_FILE_LENGTH = MAX_STORED_LENGTH;

/** Why an imported file was refused. */
export type ImportProblem = 'too-big' | 'not-json' | 'not-progress' | 'newer-version' | 'damaged' | 'incoherent';

/** The outcome of reading a progress file; `detail` names what is incoherent, in French. */
export type ImportResult =
  { ok: true; snapshot: ProgressSnapshot } | { ok: false; problem: ImportProblem; detail?: string };

/** The text of a progress file. */
export function encodeSnapshot(snapshot: ProgressSnapshot, exportedAt: Date): string {
  return JSON.stringify(
    { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: exportedAt.toISOString(), ...snapshot },
    null,
    2,
  );
}

/** What makes a quiz record impossible, in French, or undefined when it is coherent (see quizRecordFault). */
function describeIncoherence(
  id: string,
  record: Pick<QuizRecord, 'attempts' | 'best' | 'max' | 'passed'>,
  passMark?: number,
): string | undefined {
  const fault = quizRecordFault(record, passMark);
  if (!fault) return undefined;
  const { attempts, best, max } = record;
  const messages: Record<QuizRecordFault, string> = {
    1: 'un résultat sans aucune tentative',
    2: `${attempts} tentatives, bien plus que possible`,
    3: `un score hors des limites (plus de ${MAX_POINTS} points)`,
    4: `marqué réussi sans aucun point (${best} sur ${max})`,
    5: `un meilleur score (${best}) plus grand que le maximum (${max})`,
    6: `marqué réussi avec ${percentOf(best, max)}\u00a0%, sous le seuil de ${passMark}\u00a0%`,
  };
  return `questionnaire «\u00a0${id}\u00a0»\u00a0: ${messages[fault]}`;
}

function incoherence(id: string, record: Record<string, unknown>, passMark: number | undefined): string | undefined {
  for (const field of ['at', 'passedAt'] as const) {
    const value = record[field];
    if (value !== undefined && !isDate(value)) {
      const shown = `la date «\u00a0${String(value).slice(0, 40)}\u00a0»`;
      return isDate(String(value).replace(/^[+-]?\d+/, '2020'))
        ? `questionnaire «\u00a0${id}\u00a0»\u00a0: ${shown} est hors des limites plausibles (de 2017 à 2099)`
        : `questionnaire «\u00a0${id}\u00a0»\u00a0: ${shown} n’est pas au format ISO\u00a08601`;
    }
  }
  const { attempts, best, max, passed } = record;
  if (!isCount(attempts) || !isCount(best) || !isCount(max)) return undefined;
  return describeIncoherence(id, { attempts, best, max, passed: passed === true }, passMark);
}

/**
 * Reads a progress file; the whole file is refused if any part of it is not valid. `passMarks`
 * (by quiz id) lets it refuse a quiz marked passed below its pass mark.
 */
export function decodeSnapshot(text: string, passMarks: Readonly<Record<string, number>> = {}): ImportResult {
  if (text.length > MAX_FILE_LENGTH) return { ok: false, problem: 'too-big' };
  const data = parse(text);
  if (data === undefined) return { ok: false, problem: 'not-json' };
  if (!isObject(data) || data.format !== EXPORT_FORMAT) return { ok: false, problem: 'not-progress' };
  if (typeof data.version === 'number' && data.version > EXPORT_VERSION) return { ok: false, problem: 'newer-version' };
  if (data.version !== EXPORT_VERSION) return { ok: false, problem: 'damaged' };
  const lessons = pickLessons(data.lessons);
  const quizzes = pickQuizzes(data.quizzes);
  const name = data.learnerName ?? '';
  // Named before the generic « damaged »: a record that is well formed but impossible says why.
  for (const [id, record] of Object.entries(isObject(data.quizzes) ? data.quizzes : {})) {
    const detail = isObject(record)
      ? incoherence(id, record, Object.hasOwn(passMarks, id) ? passMarks[id] : undefined)
      : undefined;
    if (detail) return { ok: false, problem: 'incoherent', detail };
  }
  for (const [id, record] of Object.entries(isObject(data.lessons) ? data.lessons : {})) {
    for (const field of ['visitedAt', 'completedAt', 'readAt', 'seenAt'] as const) {
      const raw = isObject(record) ? record[field] : undefined;
      const value = typeof raw === 'string' ? raw : '';
      if (value && !isDate(raw) && isDate(value.replace(/^[+-]?\d+/, '2020')))
        return {
          ok: false,
          problem: 'incoherent',
          detail: `leçon «\u00a0${id.slice(0, 100)}\u00a0»\u00a0: la date «\u00a0${value.slice(0, 40)}\u00a0» est hors des limites plausibles (de 2017 à 2099)`,
        };
    }
  }
  if (lessons.dropped || quizzes.dropped || typeof name !== 'string') return { ok: false, problem: 'damaged' };
  const badName = nameProblem(name);
  if (badName) return { ok: false, problem: 'incoherent', detail: badName };
  const snapshot = { lessons: lessons.entries, quizzes: quizzes.entries, learnerName: cleanName(name) };
  if (data.plan === undefined) return { ok: true, snapshot };
  const plan = pickPlan(data.plan);
  if (plan.dropped) return { ok: false, problem: 'damaged' };
  return { ok: true, snapshot: { ...snapshot, plan: plan.values } };
}
