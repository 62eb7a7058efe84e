/**
 * A content lint for quizzes: the patterns that let a test-wise learner pass without knowing the
 * answer. Each finding names the file, the question when there is one, and what to change. It runs
 * in `npm test` (tests/unit/content/quiz-lint.test.ts) and from `node scripts/lint-quizzes.ts`.
 */
import type { Question, Quiz } from '../../schemas/quiz';
import { foldedWords } from '../../lib/words.ts';

/** A quiz as read from a file. */
export interface QuizFile {
  /** Path of the file, for the message. */
  file: string;
  quiz: Quiz;
}

/** What the lint found: the rule broken, where, and a French message for the author. */
export interface LintFinding {
  rule:
    | 'longest-is-right'
    | 'absolute-words'
    | 'identical-options'
    | 'repeated-in-final'
    | 'near-duplicate'
    | 'hedged-key'
    | 'no-objective'
    | 'thin-objective';
  file: string;
  /** The question's id, when the finding is about one question. */
  question?: string;
  message: string;
}

/** Above this share of a quiz's choice questions, « pick the longest » pays off. */
const LONGEST_RIGHT_MAX = 0.4;
/** Above this share of a quiz's distractors, « never pick an absolute » pays off. */
const ABSOLUTE_DISTRACTORS_MAX = 1 / 3;
/** The words that give a distractor away. */
const ABSOLUTE_WORDS = ['toujours', 'jamais', 'seulement', 'uniquement', 'exclusivement'] as const;

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
function longestIsRight(q: ChoiceQuestion): boolean {
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

/** A lesson as the bank rules read it: its file, slug, front-matter objectives and MDX body. */
export interface LessonFile {
  file: string;
  slug: string;
  objectives: readonly string[];
  body: string;
}

/**
 * Above this similarity (cosine over accent-folded topic word sets, see similarity), a bank item
 * reads as a rewording of a practice item or a lesson example. Measured on the content of
 * 2026-12-06 (63-item bank, 73 practice items, 17 example boxes): against practice items, 7 bank
 * items score 0.47 to 0.89 (defis-2017 0.89, meta-verification-2025 0.64, detresse-samedi-soir
 * 0.58, norme-federale-liste-controle 0.54, commentaire-grippe-jaime 0.52,
 * blocage-nouvelles-etrangers 0.51, contenu-de-la-netiquette 0.47: each a copy of one practice
 * item's case and options), then a gap down to 0.39 and a long tail of items that merely share a
 * topic (median 0.22); against example boxes, one item scores 0.55 (chaleur-preparer-terrain,
 * the heat case study of lesson 6 retold), the next 0.39. 0.45 sits in both gaps. Items that copy
 * an idea in other words (klout-fermeture, 0.26) are left to the reviewer: wording cannot tell.
 */
const NEAR_DUPLICATE_MIN = 0.45;

/**
 * Hedge and process words that make a cautious-sounding key stand out when no distractor has
 * one (accent-folded patterns, matched on whole words): « vérifier », « avant de », « d’abord »,
 * « selon », « au besoin », « généralement »…
 */
const HEDGE_PATTERNS = [
  'verifi\\w*',
  'avant (de|d)',
  "d[’']abord",
  'selon',
  'au besoin',
  'generalement',
  'en general',
  'habituellement',
  'le cas echeant',
  'si possible',
  'dans la mesure du possible',
  "s[’']assur\\w*",
  'au prealable',
  'prealablement',
  'consult\\w*',
  'valid\\w*',
  'nuanc\\w*',
] as const;

const hedgePattern = new RegExp(`(^|[^\\p{L}])(${HEDGE_PATTERNS.join('|')})(?![\\p{L}])`, 'u');

/** True when the text holds a hedge or process word (accents and case aside). */
export function hasHedge(text: string): boolean {
  return hedgePattern.test(
    text
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase(),
  );
}

/** What a question gives to read: its prompt and every option, item or pair. */
function questionText(q: Question): string {
  const parts =
    q.kind === 'single' || q.kind === 'multiple'
      ? q.options.map((o) => o.text)
      : q.kind === 'ordering'
        ? q.items.map((i) => i.text)
        : q.kind === 'matching'
          ? q.pairs.flatMap((p) => [p.left ?? '', p.right ?? ''])
          : [];
  return [q.prompt, ...parts].join('\n');
}

/** Cosine similarity of two texts' sets of topic words: 1 for the same words, 0 for none shared. */
export function similarity(a: string, b: string): number {
  const x = new Set(foldedWords(a));
  const y = new Set(foldedWords(b));
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / Math.sqrt(x.size * y.size);
}

/** The example boxes of a lesson body (<Callout kind="exemple"> and <CaseStudy>), as plain text. */
export function exampleBoxes(body: string): string[] {
  const boxes = body.matchAll(
    /<Callout\s[^>]*kind=["']exemple["'][\s\S]*?<\/Callout>|<CaseStudy\b[\s\S]*?<\/CaseStudy>/g,
  );
  // Tag and attribute names out, their values (a case study's title) kept.
  return [...boxes].map((m) => m[0].replace(/<\/?[A-Za-z]+|\b[a-zA-Z]+=/g, ' '));
}

/**
 * Findings of a question bank (the quiz with `finalId`): items that reword a practice item or a
 * lesson's example box, keys that alone carry a hedge, items without an objective, and objectives
 * of the lessons it covers measured by fewer than two items.
 */
export function lintBank(files: readonly QuizFile[], finalId: string, lessons: readonly LessonFile[]): LintFinding[] {
  const final = files.find((f) => f.quiz.id === finalId);
  if (!final) return [];
  const findings: LintFinding[] = [];
  const at = (rule: LintFinding['rule'], question: string | undefined, message: string) =>
    findings.push({ rule, file: final.file, ...(question ? { question } : {}), message });
  const others = [
    ...files
      .filter((f) => f !== final)
      .flatMap((f) => f.quiz.questions.map((q) => ({ where: `${f.file} (« ${q.id} »)`, text: questionText(q) }))),
    ...lessons.flatMap((l) =>
      exampleBoxes(l.body).map((text, i) => ({ where: `${l.file} (encadré d’exemple n° ${i + 1})`, text })),
    ),
  ];
  for (const q of final.quiz.questions) {
    const text = questionText(q);
    let best = { score: 0, where: '' };
    for (const o of others) {
      const score = similarity(text, o.text);
      if (score > best.score) best = { score, where: o.where };
    }
    if (best.score >= NEAR_DUPLICATE_MIN) {
      at(
        'near-duplicate',
        q.id,
        `question « ${q.id} » : formulation trop proche de ${best.where} (similarité ${best.score.toFixed(2)}, ` +
          `maximum ${NEAR_DUPLICATE_MIN}). Posez un cas nouveau, que l’exercice n’a pas déjà résolu.`,
      );
    }
    if (isChoice(q)) {
      const hedged = q.options.filter((o) => hasHedge(o.text));
      if (hedged.length > 0 && hedged.every((o) => o.correct)) {
        at(
          'hedged-key',
          q.id,
          `question « ${q.id} » : seule la bonne réponse porte un mot de prudence ou de démarche ` +
            `(« ${hedged[0]?.text} »). Donnez-en autant aux distracteurs, ou retirez-le.`,
        );
      }
    }
    if (!q.objective) at('no-objective', q.id, `question « ${q.id} » : aucun objectif (champ objective).`);
  }
  const covered = new Set(final.quiz.questions.flatMap((q) => (q.lesson ? [q.lesson] : [])));
  for (const lesson of lessons.filter((l) => covered.has(l.slug))) {
    for (const objective of lesson.objectives) {
      const n = final.quiz.questions.filter((q) => q.lesson === lesson.slug && q.objective === objective).length;
      if (n < 2) {
        at(
          'thin-objective',
          undefined,
          `l’objectif « ${objective} » (${lesson.file}) est mesuré par ${n} question${n > 1 ? 's' : ''} : ` +
            `au moins 2. Ajoutez une question, ou reformulez l’objectif s’il ne s’évalue pas.`,
        );
      }
    }
  }
  return findings;
}

/** Every finding over the course's quiz files; with the lessons, the bank rules too (lintBank). */
export function lintQuizzes(
  files: readonly QuizFile[],
  finalId: string,
  lessons: readonly LessonFile[] = [],
): LintFinding[] {
  return [
    ...files.flatMap(lintQuiz),
    ...lintRepeatedInFinal(files, finalId),
    ...(lessons.length > 0 ? lintBank(files, finalId, lessons) : []),
  ];
}

/** One line per finding, « file › question : message ». */
export function formatFindings(findings: readonly LintFinding[]): string {
  return findings.map((f) => `${f.file}${f.question ? ` › ${f.question}` : ''} : ${f.message}`).join('\n');
}
