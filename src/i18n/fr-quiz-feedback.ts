/**
 * French strings of a quiz's feedback (verdict, what to remember, the detail of each choice).
 * Apart from fr-quiz.ts because the feedback view loads only once a question is checked.
 */
const q = (text: string) => `«\u00a0${text}\u00a0»`;
/** Singular for 0 and 1, plural beyond, as French counts. */
const plural = (n: number, one: string, many: string) => (n <= 1 ? one : many);

/** Strings of the feedback shown under a checked question. */
export const quizFeedback = {
  right: 'Bonne réponse.',
  wrong: 'Ce n’est pas la bonne réponse.',
  partial: (percent: number) => `Réponse en partie juste (${percent}\u00a0%).`,
  yourChoice: (text: string) => `Votre choix ${q(text)}`,
  alsoRight: (text: string) => `Il fallait aussi cocher ${q(text)}\u00a0:`,
  markRight: 'est une bonne réponse',
  markWrong: 'n’est pas la bonne réponse',
  details: 'Le détail de vos choix',
  rightWas: (text: string) => `La bonne réponse était ${q(text)}\u00a0:`,
  youAnswered: (text: string) => `Vous avez répondu ${q(text)}.`,
  rightOrder: 'Le bon ordre\u00a0:',
  matchRight: (left: string, right: string) => `${left} → ${right}\u00a0: juste.`,
  matchWrong: (left: string, chosen: string, right: string) =>
    `${left} → ${chosen}\u00a0: ce n’est pas la bonne réponse, qui est ${q(right)}.`,
  remember: 'À retenir\u00a0:',
  review: (lesson: string, section: string | undefined) =>
    `Revoir ${section ? `${q(section)}, dans la leçon ${q(lesson)}` : `la leçon ${q(lesson)}`}`,
  yourOrder: 'Votre ordre, élément par élément\u00a0:',
  wellPlaced: (position: number, text: string) => `${position}. ${text}\u00a0: bien placé.`,
  misplaced: (position: number, text: string, expected: number) =>
    `${position}. ${text}\u00a0: mal placé (place attendue\u00a0: ${expected}).`,
  yourMatches: 'Vos associations, ligne par ligne\u00a0:',
} as const;

/** Strings of the result shown once a quiz is finished (submitted, or every question checked). */
export const quizResult = {
  resultTitle: 'Votre résultat',
  /** `got` comes formatted (formatPoints): a module without imports stays out of pages that only re-export it. */
  yourScore: (got: string, max: number, percent: number) => `Score\u00a0: ${got} sur ${max} (${percent}\u00a0%)`,
  passed: (mark: number) => `Réussi! Le seuil de réussite est de ${mark}\u00a0%.`,
  failed: (mark: number) =>
    `Pas encore réussi\u00a0: le seuil est de ${mark}\u00a0%. Relisez les explications, puis recommencez.`,
  practiceRule: 'Le score compte la première vérification de chaque question.',
  lessonCompleted: 'La leçon est marquée comme terminée dans votre progression.',
  finalPassedLink: 'Obtenir mon attestation',
  lessonsFirst: (n: number) =>
    `Seuil atteint. Il vous reste ${n} ${plural(n, 'leçon', 'leçons')} à lire jusqu’à la fin\u00a0: le module sera réussi, et l’attestation délivrée, une fois ${plural(n, 'celle-ci lue', 'celles-ci lues')}.`,
  lessonsFirstLink: 'Voir ce qu’il reste à faire',
  reviewButton: 'Revoir les leçons ciblées',
  reviewIntro: 'Les leçons qui enseignent les questions manquées\u00a0:',
  missedCount: (n: number) => `${n} ${plural(n, 'question manquée', 'questions manquées')}`,
} as const;
