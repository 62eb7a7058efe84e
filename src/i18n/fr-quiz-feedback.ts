/**
 * French strings of a quiz's feedback (verdict, what to remember, the detail of each choice).
 * Apart from fr-quiz.ts because the feedback view loads only once a question is checked.
 */
const q = (text: string) => `«\u00a0${text}\u00a0»`;

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
} as const;
