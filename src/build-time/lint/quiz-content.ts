/**
 * Course-wide checks on quizzes that zod cannot make one file at a time: a quiz's id must be its
 * file name, and a <Quiz id> in a lesson must name an existing quiz. Each returns the French
 * message that stops the build.
 */

/** A quiz file as loaded: the id taken from its file name, the id written inside, its path. */
export interface QuizFileRef {
  /** Collection id: the file name without « .yaml ». */
  fileId: string;
  /** The `id` field written in the file. */
  dataId: string;
  /** Path of the file, for the message. */
  file: string;
}

/** A message naming every quiz file whose `id` field differs from its file name, or undefined. */
export function describeIdMismatches(files: readonly QuizFileRef[]): string | undefined {
  const wrong = files.filter((f) => f.dataId !== f.fileId);
  if (wrong.length === 0) return undefined;
  return wrong
    .map(
      (f) =>
        `${f.file} : le champ « id » vaut « ${f.dataId} » mais le fichier s’appelle « ${f.fileId}.yaml ». ` +
        `Donnez-leur le même nom (les leçons appellent un questionnaire par son id).`,
    )
    .join('\n');
}

/** The message for a <Quiz id> that names no quiz; `where` says which lesson or page holds it. */
export function describeMissingQuiz(id: string, known: readonly string[], where: string): string {
  const list = known.length > 0 ? [...known].sort().join(', ') : 'aucun';
  return (
    `<Quiz id="${id}" /> dans ${where} : aucun questionnaire « ${id} » (fichier attendu : content/quizzes/${id}.yaml). ` +
    `Questionnaires existants : ${list}.`
  );
}

/** What the check of lessons' « quiz » fields needs of a lesson. */
export interface LessonQuizRef {
  /** The lesson's file, as the message names it. */
  file: string;
  /** The `quiz` field of its front matter, if any. */
  quiz?: string | undefined;
  /** The MDX body, where the quiz must be placed with <Quiz id="…" />. */
  body: string;
}

/**
 * Checks each lesson's `quiz` field — the quiz whose pass completes the lesson: the quiz exists, is
 * not a room poll, is placed in the lesson, and completes no other lesson. A French message naming
 * every problem, or undefined.
 */
export function describeLessonQuizProblems(
  lessons: readonly LessonQuizRef[],
  quizzes: ReadonlyMap<string, { mode: string }>,
): string | undefined {
  const problems: string[] = [];
  const owners = new Map<string, string[]>();
  for (const { file, quiz, body } of lessons) {
    if (quiz === undefined) continue;
    owners.set(quiz, [...(owners.get(quiz) ?? []), file]);
    const found = quizzes.get(quiz);
    if (!found) {
      problems.push(
        `${file} : le champ « quiz » vaut « ${quiz} », mais aucun questionnaire n’a cet id (content/quizzes/${quiz}.yaml).`,
      );
    } else if (found.mode === 'poll') {
      problems.push(
        `${file} : « ${quiz} » est un sondage de salle ; il ne peut pas terminer la leçon (champ « quiz »).`,
      );
    }
    // The schema keeps quiz ids to [a-z0-9-], so the id needs no escaping in the pattern.
    if (!new RegExp(`<Quiz\\s+id=["']${quiz}["']`).test(body)) {
      problems.push(
        `${file} : le champ « quiz » vaut « ${quiz} », mais la leçon ne le présente pas (<Quiz id="${quiz}" />).`,
      );
    }
  }
  for (const [quiz, files] of owners) {
    if (files.length > 1) problems.push(`Le questionnaire « ${quiz} » termine plusieurs leçons : ${files.join(', ')}.`);
  }
  return problems.length > 0 ? problems.join('\n') : undefined;
}

/** What the objective check needs of a lesson: its slug and its front-matter objectives. */
export interface LessonObjectivesRef {
  slug: string;
  objectives: readonly string[];
}

/** What the objective check needs of a quiz: its id and each question's lesson and objective. */
export interface QuizObjectivesRef {
  id: string;
  questions: readonly { id: string; lesson?: string | undefined; objective?: string | undefined }[];
}

/**
 * Checks each question's `objective`: it must be, word for word, one of the objectives in the
 * front matter of the question's `lesson`. A French message naming quiz, question and lesson for
 * every mismatch, or undefined.
 */
export function describeObjectiveProblems(
  quizzes: readonly QuizObjectivesRef[],
  lessons: readonly LessonObjectivesRef[],
): string | undefined {
  const bySlug = new Map(lessons.map((l) => [l.slug, l.objectives]));
  const problems: string[] = [];
  for (const quiz of quizzes) {
    for (const q of quiz.questions) {
      if (q.objective === undefined) continue;
      const where = `content/quizzes/${quiz.id}.yaml, question « ${q.id} »`;
      if (q.lesson === undefined) {
        problems.push(`${where} : un objectif (champ objective) demande la leçon qu’il vise (champ lesson).`);
        continue;
      }
      const objectives = bySlug.get(q.lesson);
      if (objectives === undefined) {
        problems.push(`${where} : la leçon « ${q.lesson} » n’existe pas.`);
      } else if (!objectives.includes(q.objective)) {
        problems.push(
          `${where} : l’objectif « ${q.objective} » n’est pas un des objectifs de la leçon « ${q.lesson} » ` +
            `(recopiez-en un mot pour mot : ${objectives.map((o) => `« ${o} »`).join(' ; ')}).`,
        );
      }
    }
  }
  return problems.length > 0 ? problems.join('\n') : undefined;
}
