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
