/**
 * French strings of the branching simulations (<Scenario id="…" />): the player island and the
 * script read without JavaScript. Apart from fr.ts so that the player ships these strings only.
 */

/** « text » with the no-break spaces French typography puts inside guillemets. */
const q = (text: string) => `«\u00a0${text}\u00a0»`;

/**
 * Strings of the player's introduction, which every lesson with a scenario loads: they travel to
 * the island as props (data in the page, not code), the played count as a template.
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

/** Strings of a simulation played on a deck slide (room mode or the trainer's clicks). */
export const scenarioDeck = {
  kicker: 'Mise en situation',
  slideTitle: (title: string) => `Mise en situation\u00a0: ${title}`,
  introHint:
    'Appuyez sur → (ou «\u00a0Commencer\u00a0») pour afficher la première situation. À chaque situation, la salle vote sur son téléphone, ou vous cliquez le choix retenu.',
  start: 'Commencer',
  situation: (n: number, time: string) => `Situation ${n} · ${time}`,
  decisionKicker: (n: number, time: string) => `Situation ${n} · ${time} · Décision`,
  followMajority: 'Suivre la majorité',
  noMajority: 'Pas de majorité\u00a0: choisissez l’option retenue.',
  majorityIs: (letter: string, votes: number, total: number) =>
    `Majorité\u00a0: ${letter} (${votes} vote${votes > 1 ? 's' : ''} sur ${total})`,
  how: {
    majority: (votes: number, total: number) =>
      `Choix de la salle\u00a0: ${votes} vote${votes > 1 ? 's' : ''} sur ${total}.`,
    override: (letter: string) => `Choix du formateur, contre la majorité de la salle (${letter}).`,
    trainer: 'Choix du formateur.',
  },
  effects: 'Jauges\u00a0:',
  next: 'Situation suivante',
  seeEnding: 'Voir la fin de la soirée',
  undo: 'Reprendre cette décision',
  restart: 'Rejouer depuis le début',
  endingKicker: 'Fin de la soirée',
  pathTitle: 'Le parcours de la salle',
  pathStep: (n: number, title: string, letter: string, choice: string) => `${n}. ${title}\u00a0: ${letter}. ${choice}`,
  gaugesLabel: 'Jauges de la soirée',
  gaugeValue: (label: string, value: number, max: number) => `${label}\u00a0: ${value} sur ${max}`,
  panelTitle: 'Mise en situation',
  panelChoose: (letter: string, text: string) => `${letter}. ${text}`,
  notes: [
    'Lisez la situation à voix haute. En mode salle, ouvrez le vote («\u00a0Ouvrir le sondage\u00a0»)\u00a0: les téléphones votent, la répartition s’affiche en direct. Fermez le vote en cliquant «\u00a0Suivre la majorité\u00a0» ou un autre choix (il sera affiché comme votre choix, contre la majorité).',
    'Sans serveur de salle, faites voter à main levée et cliquez le choix retenu. →\u00a0passe de la conséquence à la situation suivante; «\u00a0Reprendre cette décision\u00a0» revient en arrière pour explorer l’autre branche.',
  ],
} as const;
