/**
 * The course's identity, in one place: its title and edition as the site, the attestation and the
 * SCORM manifests print them, the final evaluation that decides « réussi » (its pass mark is in its
 * own file, content/quizzes/<FINAL_QUIZ_ID>.yaml, read through the quiz schema), and the name its
 * packages and its offline cache carry. Plain values, so any side (browser, build, scripts) may
 * import them.
 */

/** The course's title. */
export const COURSE_TITLE = 'Les médias sociaux en santé';

/** The edition, printed on the attestation: change it with the final evaluation's bank. */
export const COURSE_EDITION = '2e édition, novembre 2026';

/** Id of the final evaluation (its file is content/quizzes/<id>.yaml, its pass mark inside). */
export const FINAL_QUIZ_ID = 'evaluation-finale';

/** The course's name in file names and identifiers: the SCORM zips, their manifests, the offline cache. */
export const COURSE_SLUG = 'medias-sociaux-en-sante';

/** The SCORM manifest's identifier: unique per course and version (package.json's version). */
export function packageIdentifier(version: string): string {
  return `${COURSE_SLUG}-${version}`;
}
