/**
 * A content lint for quizzes: the patterns that let a test-wise learner pass without knowing the
 * answer. Each finding names the file, the question when there is one, and what to change. It runs
 * in `npm test` (tests/unit/content/quiz-lint.test.ts) and from `node scripts/lint-quizzes.ts`.
 */
import type { Question, Quiz } from '../schemas/quiz';

/** A quiz as read from a file. */
export interface QuizFile {
  /** Path of the file, for the message. */
  file: string;
  quiz: Quiz;
}

/** What the lint found: the rule broken, where, and a French message for the author. */
export interface LintFinding {
  rule: 'longest-is-right' | 'absolute-words' | 'identical-options' | 'repeated-in-final';
  file: string;
  /** The question's id, when the finding is about one question. */
  question?: string;
  message: string;
}

/** Above this share of a quiz's choice questions, « pick the longest » pays off. */
export const LONGEST_RIGHT_MAX = 0.4;
/** Above this share of a quiz's distractors, « never pick an absolute » pays off. */
export const ABSOLUTE_DISTRACTORS_MAX = 1 / 3;
/** The words that give a distractor away. */
export const ABSOLUTE_WORDS = ['toujours', 'jamais', 'seulement', 'uniquement', 'exclusivement'] as const;

const absolutePattern = new RegExp(`(^|[^\\p{L}])(${ABSOLUTE_WORDS.join('|')})(?![\\p{L}])`, 'iu');

type ChoiceQuestion = Extract<Question, { kind: 'single' | 'multiple' }>;

function isChoice(q: Question): q is ChoiceQuestion {
  return q.kind === 'single' || q.kind === 'multiple';
}

/** Text compared for sameness: case, accents kept; spaces, punctuation and case folded. */
export function normalizeText(text: string): string {
  return text
    .toLocaleLowerCase('fr')
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when the longest option of the question (by characters, ties included) is a right one. */
export function longestIsRight(q: ChoiceQuestion): boolean {
  const longest = Math.max(...q.options.map((o) => o.text.trim().length));
  return q.options.some((o) => o.correct && o.text.trim().length === longest);
}

/** True when the text holds one of the absolute words (« toujours », « jamais »…). */
export function hasAbsoluteWord(text: string): boolean {
  return absolutePattern.test(text);
}

function percent(share: number): string {
  return `${Math.round(share * 100)} %`;
}

/** Findings for one quiz file: longest option right too often, absolutes in distractors, twins. */
export function lintQuiz({ file, quiz }: QuizFile): LintFinding[] {
  const findings: LintFinding[] = [];
  const choices = quiz.questions.filter(isChoice);
  if (choices.length > 0) {
    const longest = choices.filter(longestIsRight);
    const share = longest.length / choices.length;
    if (share > LONGEST_RIGHT_MAX) {
      findings.push({
        rule: 'longest-is-right',
        file,
        message:
          `la bonne réponse est le choix le plus long dans ${longest.length} questions à choix sur ${choices.length} ` +
          `(${percent(share)}, maximum ${percent(LONGEST_RIGHT_MAX)}) : ${longest.map((q) => q.id).join(', ')}. ` +
          `Raccourcissez la bonne réponse ou étoffez des distracteurs plausibles.`,
      });
    }
    const distractors = choices.flatMap((q) => q.options.filter((o) => !o.correct).map((o) => ({ q, o })));
    const absolute = distractors.filter(({ o }) => hasAbsoluteWord(o.text));
    if (distractors.length > 0 && absolute.length / distractors.length > ABSOLUTE_DISTRACTORS_MAX) {
      findings.push({
        rule: 'absolute-words',
        file,
        message:
          `${absolute.length} distracteurs sur ${distractors.length} contiennent un mot absolu ` +
          `(${ABSOLUTE_WORDS.join(', ')}) : plus du tiers. Questions : ${[...new Set(absolute.map(({ q }) => q.id))].join(', ')}.`,
      });
    }
  }
  for (const q of quiz.questions) {
    const texts =
      q.kind === 'single' || q.kind === 'multiple'
        ? q.options.map((o) => o.text)
        : q.kind === 'ordering'
          ? q.items.map((i) => i.text)
          : q.kind === 'matching'
            ? q.pairs.flatMap((p) => (p.right ? [p.right] : []))
            : [];
    const seen = new Map<string, string>();
    for (const text of texts) {
      const key = normalizeText(text);
      const twin = seen.get(key);
      if (twin !== undefined) {
        findings.push({
          rule: 'identical-options',
          file,
          question: q.id,
          message: `question « ${q.id} » : deux choix identiques, « ${twin} » et « ${text} ».`,
        });
      } else {
        seen.set(key, text);
      }
    }
  }
  return findings;
}

/** Findings across files: a final-evaluation question whose prompt a practice quiz already asks. */
export function lintRepeatedInFinal(files: readonly QuizFile[], finalId: string): LintFinding[] {
  const final = files.find((f) => f.quiz.id === finalId);
  if (!final) return [];
  const practice = new Map<string, string>();
  for (const f of files) {
    if (f === final) continue;
    for (const q of f.quiz.questions) practice.set(normalizeText(q.prompt), `${f.file} (« ${q.id} »)`);
  }
  return final.quiz.questions.flatMap((q): LintFinding[] => {
    const where = practice.get(normalizeText(q.prompt));
    return where === undefined
      ? []
      : [
          {
            rule: 'repeated-in-final',
            file: final.file,
            question: q.id,
            message: `question « ${q.id} » : même énoncé que ${where}. L’évaluation finale pose des questions nouvelles.`,
          },
        ];
  });
}

/** Every finding over the course's quiz files. */
export function lintQuizzes(files: readonly QuizFile[], finalId: string): LintFinding[] {
  return [...files.flatMap(lintQuiz), ...lintRepeatedInFinal(files, finalId)];
}

/** One line per finding, « file › question : message ». */
export function formatFindings(findings: readonly LintFinding[]): string {
  return findings.map((f) => `${f.file}${f.question ? ` › ${f.question}` : ''} : ${f.message}`).join('\n');
}
