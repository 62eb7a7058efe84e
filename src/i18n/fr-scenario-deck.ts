/**
 * French strings of a simulation played on a deck slide (DeckScenario.astro and
 * src/client/deck/deck-scenario.ts). Apart from fr-scenario.ts so that the deck loads these only, and
 * the learner's player none of them.
 */
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
  pathStep: (title: string, letter: string, choice: string) => `${title}\u00a0: ${letter}. ${choice}`,
  gaugesLabel: 'Jauges de la soirée',
  gaugeValue: (label: string, value: number, max: number) => `${label}\u00a0: ${value} sur ${max}`,
  panelTitle: 'Mise en situation',
  panelChoose: (letter: string, text: string) => `${letter}. ${text}`,
  notes: [
    'Lisez la situation à voix haute. En mode salle, ouvrez le vote («\u00a0Ouvrir le sondage\u00a0»)\u00a0: les téléphones votent, la répartition s’affiche en direct. Fermez le vote en cliquant «\u00a0Suivre la majorité\u00a0» ou un autre choix (il sera affiché comme votre choix, contre la majorité).',
    'Sans serveur de salle, faites voter à main levée et cliquez le choix retenu. →\u00a0passe de la conséquence à la situation suivante; «\u00a0Reprendre cette décision\u00a0» revient en arrière pour explorer l’autre branche.',
  ],
} as const;
