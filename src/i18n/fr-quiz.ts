/**
 * French strings of quizzes, the progress page and the certificate. Apart from fr.ts so that the
 * quiz island ships these strings only, not the whole interface's (re-exported by fr.ts).
 */

/** « text » with the no-break spaces French typography puts inside guillemets. */
const q = (text: string) => `«\u00a0${text}\u00a0»`;
/** Singular for 0 and 1, plural beyond, as French counts. */
const plural = (n: number, one: string, many: string) => (n <= 1 ? one : many);

/**
 * The line above a quiz with the learner's best score (<quiz-standing>, in QuizBlock.astro), as
 * templates: its script gets them from the page (src/lib/template.ts fills them). {points} sur
 * {max} ({percent} %), then {n} attempts.
 */
export const quizStandingText = {
  best: {
    one: 'Meilleur score\u00a0: {points} sur {max} ({percent}\u00a0%) · {n} tentative',
    other: 'Meilleur score\u00a0: {points} sur {max} ({percent}\u00a0%) · {n} tentatives',
  },
  passed: 'Réussi',
  earlier: 'Ce résultat a été obtenu sur une version antérieure de ce questionnaire.',
};

/** Strings of the quiz island and the quiz page. */
export const quiz = {
  questionNumber: (n: number, total: number) => `Question ${n} sur ${total}`,
  multipleHint: 'Plusieurs réponses possibles.',
  trueLabel: 'Vrai',
  falseLabel: 'Faux',
  orderingHint: `Placez les éléments dans le bon ordre, le premier en haut, avec les boutons ${q('Monter')} et ${q('Descendre')}.`,
  moveUp: 'Monter',
  moveDown: 'Descendre',
  moveUpLabel: (text: string) => `Monter ${q(text)}`,
  moveDownLabel: (text: string) => `Descendre ${q(text)}`,
  moved: (text: string, position: number, total: number) =>
    `${q(text)} est maintenant en position ${position} sur ${total}.`,
  matchingHint: 'Choisissez, pour chaque élément, ce qui lui correspond.',
  choose: '— Choisir —',
  check: 'Vérifier',
  retry: 'Réessayer',
  submit: 'Soumettre mes réponses',
  restart: 'Recommencer',
  needAnswer: 'Répondez à la question avant de vérifier.',
  missingAnswers: (numbers: readonly number[]) =>
    `Répondez à toutes les questions avant de soumettre\u00a0: il manque ${plural(numbers.length, 'la question', 'les questions')} ${numbers
      .join(', ')
      .replace(/, (\d+)$/, ' et $1')}.`,
  markRightChosen: 'Bonne réponse, choisie',
  markRightMissed: 'Bonne réponse',
  markWrongChosen: 'Votre choix n’est pas la bonne réponse',
  exhibitLikes: (n: number) => `${n} ${plural(n, 'mention', 'mentions')} J’aime`,
  answersLegend: 'Votre réponse',
  exhibitTableScroll: 'Tableau (défilement horizontal)',
} as const;

/** Strings of the quiz's own page and of the quiz block around the island (server only). */
export const quizPage = {
  pollIntro:
    'Un sondage pour faire le point\u00a0: vérifiez chaque réponse pour voir l’explication. Il ne compte pas dans votre progression.',
  practiceIntro: (mark: number) =>
    `Vérifiez chaque réponse pour voir l’explication. Seuil de réussite\u00a0: ${mark}\u00a0%.`,
  evaluationIntro: (mark: number) =>
    `Répondez à toutes les questions, puis soumettez\u00a0: le score et les explications s’affichent à la fin. Seuil de réussite\u00a0: ${mark}\u00a0%.`,
  finalRule:
    'Vous pouvez passer l’évaluation finale dès maintenant. Le module ne sera toutefois réussi, et l’attestation délivrée, qu’une fois toutes les leçons lues jusqu’à la fin.',
  drawIntro: (count: number, total: number) =>
    `Chaque tentative tire ${count} questions d’une banque de ${total}, dans un ordre nouveau.`,
  noscript:
    'Activez JavaScript pour vérifier vos réponses et conserver votre score. Les questions restent lisibles ci-dessous.',
  pageEyebrow: 'Questionnaire',
  readLesson: (title: string) => `Lire la leçon ${q(title)}`,
  progressLink: 'Voir ma progression',
} as const;

// The progress and certificate strings are templates ({name} placeholders, filled with
// fill/fillPlural from src/lib/template.ts), not functions: the pages pass them to their islands as
// props, so they never weigh on the JavaScript of lesson pages.

/** Strings of the progress page and of the progress shown on the home page. */
export const progress = {
  score: '{points} sur {max} ({percent}\u00a0%)',
  progressTitle: 'Ma progression',
  progressIntro:
    'Votre progression est conservée dans ce navigateur seulement. Exportez-la dans un fichier pour la retrouver sur un autre appareil.',
  rules:
    'Une leçon est «\u00a0commencée\u00a0» dès que vous l’ouvrez et «\u00a0lue\u00a0» quand vous en atteignez la fin; elle n’est «\u00a0terminée\u00a0» que lorsque vous réussissez son questionnaire (le score compte la première vérification de chaque question). Une leçon lue compte pour une demi-leçon dans la progression. Vous pouvez passer l’évaluation finale quand vous le voulez, mais le module n’est réussi (et l’attestation ne s’affiche) que lorsque l’évaluation finale est réussie ({mark}\u00a0% ou plus) ET que toutes les leçons sont au moins «\u00a0lues\u00a0»\u00a0: l’attestation certifie le parcours, pas seulement un score.',
  progressNeedsJs: 'Cette page a besoin de JavaScript pour lire votre progression, conservée dans votre navigateur.',
  overall: 'Parcours complété à {percent}\u00a0%',
  lessonsDone: { one: '{n} leçon terminée sur {total}', other: '{n} leçons terminées sur {total}' },
  finalDone: 'Évaluation finale réussie\u00a0: module réussi',
  finalNeedsLessons: {
    one: 'Évaluation finale réussie; il reste {n} leçon à lire pour réussir le module',
    other: 'Évaluation finale réussie; il reste {n} leçons à lire pour réussir le module',
  },
  finalTodo: 'Évaluation finale à réussir',
  start: 'Commencer',
  resumeLesson: 'Reprendre\u00a0: {title}',
  takeFinal: 'Passer l’évaluation finale',
  allDone: 'Parcours terminé\u00a0: voir mon attestation',
  modulePassed: 'Module réussi\u00a0: voir mon attestation',
  lessonsTitle: 'Les leçons',
  status: { todo: 'Non commencée', visited: 'Commencée', read: 'Lue', completed: 'Terminée' },
  quizzesTitle: 'Les questionnaires',
  best: 'Meilleur score\u00a0:',
  attempts: { one: '{n} tentative', other: '{n} tentatives' },
  notTaken: 'Pas encore fait',
  passed: 'Réussi',
  notPassed: 'Pas encore réussi',
  earlierShort: '(version antérieure)',
  manageTitle: 'Sauvegarder, transférer ou effacer',
  exportButton: 'Exporter ma progression (fichier JSON)',
  exported: 'Votre progression a été enregistrée dans le fichier «\u00a0{file}\u00a0».',
  fileName: 'progression-medias-sociaux-sante-{date}.json',
  importLabel: 'Importer une progression depuis un fichier',
  imported: 'Progression importée\u00a0: {lessons} et {quizzes}.',
  importChoice:
    'Ce fichier contient {lessons} et {quizzes}{plan}. «\u00a0Fusionner\u00a0» garde ce que ce navigateur contient déjà (dont une évaluation finale réussie) et y ajoute le fichier; «\u00a0Remplacer\u00a0» met le contenu du fichier à la place.',
  importPlan: ', avec un plan',
  merge: 'Fusionner',
  replace: 'Remplacer',
  importCancel: 'Annuler',
  importCancelled: 'Importation annulée. Rien n’a été modifié.',
  merged: 'Progression fusionnée\u00a0: {lessons} et {quizzes} en tout.',
  undoImport: 'Annuler l’importation',
  undone: 'L’importation a été annulée\u00a0: votre progression d’avant est rétablie.',
  undoFailed: 'Le stockage de votre navigateur est plein\u00a0: la progression d’avant n’a pas pu être rétablie.',
  lessonCount: { one: '{n} leçon', other: '{n} leçons' },
  quizCount: { one: '{n} questionnaire', other: '{n} questionnaires' },
  importProblems: {
    'too-big':
      'Ce fichier est trop volumineux (plus de 1\u00a0Mo) pour être un fichier de progression. Rien n’a été modifié.',
    'storage-full':
      'Le stockage de votre navigateur est plein\u00a0: l’importation a été annulée et votre progression précédente est conservée. Rien n’a été modifié.',
    'not-json': 'Ce fichier n’est pas un fichier JSON lisible. Rien n’a été modifié.',
    'not-progress': 'Ce fichier n’est pas un fichier de progression de ce module. Rien n’a été modifié.',
    'newer-version':
      'Ce fichier vient d’une version plus récente du module, que cette page ne sait pas lire. Rien n’a été modifié.',
    damaged: 'Ce fichier de progression est endommagé (son contenu n’est pas valide). Rien n’a été modifié.',
    incoherent: 'Ce fichier de progression est incohérent\u00a0: {detail}. Rien n’a été modifié.',
    unreadable: 'Le fichier n’a pas pu être lu. Rien n’a été modifié.',
  },
  resetButton: 'Effacer ma progression',
  resetQuestion: 'Effacer toute votre progression (leçons et questionnaires)? Cette action est définitive.',
  resetYes: 'Oui, tout effacer',
  resetNo: 'Annuler',
  resetDone: 'Votre progression a été effacée.',
  certificateLink: 'Voir mon attestation',
  homeSummary: {
    one: '{n} leçon terminée sur {total} · parcours complété à {percent}\u00a0%',
    other: '{n} leçons terminées sur {total} · parcours complété à {percent}\u00a0%',
  },
} as const;

/** Strings of the certificate page (templates, as above). */
export const certificate = {
  certificateTitle: 'Attestation',
  certificateLocked:
    'L’attestation s’obtient en lisant toutes les leçons jusqu’à la fin et en réussissant l’évaluation finale (seuil\u00a0: {mark}\u00a0%). Voici ce qu’il vous reste à faire.',
  missingFinal: 'Réussir l’évaluation finale.',
  bestSoFar: 'Votre meilleur score jusqu’ici\u00a0: {score}.',
  missingLessons: 'Lire ces leçons jusqu’à la fin (requis pour l’attestation)\u00a0:',
  finalDoneLessonsMissing: 'Évaluation finale réussie\u00a0: il ne reste que les leçons ci-dessous.',
  nameLabel: 'Votre nom, tel qu’il figurera sur l’attestation',
  nameHint: 'Conservé dans ce navigateur seulement.',
  certificateHeading: 'Attestation de réussite',
  certifies: 'Ce document atteste que',
  noName: 'Inscrivez votre nom ci-dessus',
  completedModule: 'a réussi le module d’autoformation',
  course: '«\u00a0{title}\u00a0»',
  finalScore: 'avec un score de {score} à l’évaluation finale,',
  passedEarlier:
    'Vous avez réussi une version antérieure de l’évaluation finale. Les questions ont changé depuis\u00a0: cette réussite ne compte plus pour l’attestation. Repassez l’évaluation.',
  selfReported:
    'Attestation de réussite autodéclarée\u00a0: elle indique que l’évaluation finale de ce module a été réussie dans ce navigateur. Aucun établissement ne l’a enregistrée. Pour un suivi officiel, suivez le module dans la plateforme d’apprentissage (LMS) de votre organisation.',
  onDate: 'le {date}.',
  issuer:
    'Module adapté de la conférence présentée aux 21es Journées annuelles de santé publique (JASP, Québec, 2017).',
  print: 'Imprimer l’attestation',
} as const;
