/**
 * French strings of the branching simulations (<Scenario id="…" />): the player island and the
 * script read without JavaScript. Apart from fr.ts so that the player ships these strings only.
 */

/** « text » with the no-break spaces French typography puts inside guillemets. */
const q = (text: string) => `«\u00a0${text}\u00a0»`;

/**
 * Strings of the player's introduction, which a lesson with a scenario loads at the learner's first
 * interaction with it: they travel to the island as props (data in the page, not code), the played
 * count as a template. The player itself (ScenarioRun.tsx) shows the last two as well.
 */
export const scenarioIntro = {
  kicker: 'Simulation',
  practice:
    'Une mise en pratique\u00a0: votre parcours n’est pas noté et ne compte pas pour l’attestation. Rejouez autant de fois que vous le souhaitez.',
  gaugesTitle: 'Les jauges de la soirée',
  gaugeHighIsBad: '(plus elle monte, pire c’est)',
  start: 'Commencer la soirée',
  played: {
    one: 'Vous avez terminé cette simulation une fois.',
    other: 'Vous avez terminé cette simulation {n} fois.',
  },
  storageNotice: 'Votre navigateur ne conserve pas les données de ce site\u00a0: le parcours ne sera pas gardé.',
  loadFailed:
    'La simulation n’a pas pu se charger. Vérifiez votre connexion, puis appuyez de nouveau sur «\u00a0Commencer la soirée\u00a0»; en attendant, son texte intégral suit.',
};

/** Strings of the scenario player (loaded when started) and of its script. */
export const scenario = {
  decision: (n: number, time: string) => `Décision ${n} · ${time}`,
  choicesLegend: 'Que faites-vous?',
  yourChoice: 'Votre choix',
  consequenceTitle: 'Ce qui se passe',
  gaugeValue: (label: string, value: number, max: number) => `${label}\u00a0: ${value} sur ${max}`,
  gaugeChange: (label: string, delta: number) => `${label} ${delta > 0 ? '+' : '−'}${Math.abs(delta)}`,
  noChange: 'Les jauges ne bougent pas.',
  next: 'Situation suivante',
  seeEnding: 'Voir la fin de la soirée',
  restart: 'Recommencer depuis le début',
  endingKicker: 'Fin de la soirée',
  debriefTitle: 'À retenir',
  pathTitle: 'Votre parcours, décision par décision',
  whatHappened: 'Ce qui s’est passé',
  lessons: 'Ce qu’en disent les leçons',
  review: 'Revoir\u00a0:',
  print: 'Imprimer le bilan',
  replay: 'Rejouer pour essayer un autre chemin',
  // The script read without JavaScript (and printed before a path is played).
  scriptTitle: 'Le script de la simulation',
  scriptIntro:
    'Sans JavaScript, la simulation se lit comme un script\u00a0: chaque situation, ses choix et leurs suites, puis les fins possibles. Suivez les liens pour aller d’une situation à la suivante.',
  situation: (n: number, time: string) => `Situation ${n} · ${time}`,
  choiceLabel: (letter: string) => `Choix ${letter}`,
  goTo: (title: string) => `Suite\u00a0: ${title}`,
  goToIf: (title: string, condition: string) => `Suite, ${condition}\u00a0: ${title}`,
  otherwise: 'sinon',
  when: (label: string, min?: number, max?: number) =>
    min !== undefined && max !== undefined
      ? `si ${q(label)} est entre ${min} et ${max}`
      : min !== undefined
        ? `si ${q(label)} atteint ${min} ou plus`
        : `si ${q(label)} est à ${max} ou moins`,
  effects: 'Effet sur les jauges\u00a0:',
  endingsTitle: 'Les fins possibles',
} as const;
