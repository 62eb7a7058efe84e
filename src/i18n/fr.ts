/**
 * Every French string of the interface, in one place. Course content lives in content/, not here.
 */

/** Site-wide strings: header, footer, skip link, theme. */
export const site = {
  title: 'Les médias sociaux en santé',
  tagline: 'Bâtir une stratégie de présence sur les médias sociaux pour une organisation de santé publique',
  skipLink: 'Aller au contenu',
  navLabel: 'Navigation principale',
  nav: {
    home: 'Parcours',
    deck: 'Diapos',
    progress: 'Progression',
    about: 'À propos',
  },
  themeToLight: 'Passer au thème clair',
  themeToDark: 'Passer au thème sombre',
  footer:
    'Module d’autoformation adapté de la conférence présentée aux 21es Journées annuelles de santé publique (JASP, 2017).',
  storageUnavailable:
    'Votre navigateur ne permet pas d’enregistrer des données : votre progression sera perdue à la fermeture de cette page.',
} as const;

/** Strings of the home page and the lesson path. */
export const home = {
  audienceTitle: 'À qui s’adresse ce module',
  objectivesTitle: 'Ce que vous saurez faire',
  pathTitle: 'Le parcours',
  start: 'Commencer le module',
  deckLink: 'Projeter la présentation',
  progressLink: 'Voir ma progression',
  minutes: (n: number) => `${n} min`,
  totalTime: (n: number) => `Durée totale : environ ${Math.round(n / 6) / 10} h`.replace('.', ','),
  lessonNumber: (n: number) => `Leçon ${n}`,
} as const;

/** Strings of a lesson page. */
export const lesson = {
  objectivesTitle: 'Objectifs',
  duration: (n: number) => `Durée : ${n} minutes`,
  updated: 'Mise à jour du contenu :',
  menuTitle: 'Le parcours',
  tocTitle: 'Dans cette leçon',
  prev: 'Leçon précédente',
  next: 'Leçon suivante',
  pagerLabel: 'Leçons précédente et suivante',
  keyPoints: 'Points clés',
  notesTitle: 'Ce qu’en dit la formatrice ou le formateur',
  slideDeckLink: 'Voir cette leçon en diapositives',
  part: 'Partie :',
} as const;

/** Names of the talk's parts, shown with lessons. */
export const parts = {
  opportunites: 'Opportunités',
  strategie: 'Élaborer une stratégie',
  plateformes: 'S’adapter aux plateformes',
  'bonnes-pratiques': 'Bonnes pratiques',
  pieges: 'Pièges à éviter',
  conclusion: 'Mot de la fin',
} as const;

/** Labels of the callout kinds. */
export const callouts = {
  'mise-a-jour': 'Mise à jour',
  exemple: 'Exemple',
  attention: 'Attention',
} as const;

/** Strings of the 404 page. */
export const notFound = {
  title: 'Page introuvable',
  body: 'La page demandée n’existe pas ou a été déplacée. Reprenez à partir du parcours.',
  back: 'Retour au parcours',
} as const;

/** Formats a fact's date: « 18 novembre 2024 », « avril 2024 » or « 2019 », as precisely as known. */
export function formatFactDate(d: { year: number; month?: number; day?: number }): string {
  if (d.month === undefined) return String(d.year);
  const date = new Date(Date.UTC(d.year, d.month - 1, d.day ?? 1));
  const options: Intl.DateTimeFormatOptions =
    d.day === undefined
      ? { month: 'long', year: 'numeric', timeZone: 'UTC' }
      : { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat('fr-CA', options).format(date);
}

/** Formats a date the way Québec writes it (ex. « 26 novembre 2026 »). */
export function formatDate(date: Date): string {
  return new Intl.DateTimeFormat('fr-CA', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    date,
  );
}

// ---------------------------------------------------------------------------------------------
// Decks and presenter view.

/** Strings of the slide decks and the presenter view. */
export const deck = {
  /** <title> and hidden heading of a deck page. */
  pageTitle: (title: string) => `Diapositives : ${title}`,
  /** <title> and hidden heading of a presenter view. */
  presenterTitle: (title: string) => `Vue présentateur : ${title}`,
  /** The hidden heading's prefix for the whole talk. */
  wholeTalk: 'la présentation complète',
  noScript: 'JavaScript est désactivé : toutes les diapositives sont affichées l’une après l’autre.',
  openingKicker: 'Formation',
  openingCredit:
    'D’après la conférence présentée le 6 décembre 2017 aux 21es Journées annuelles de santé publique (JASP), à Québec.',
  openingNotes: (lessons: number, minutes: number) =>
    `${lessons} leçons, environ ${Math.round(minutes / 6) / 10} h en autoformation. Présentez le plan, puis les objectifs de chaque leçon à sa diapositive de titre.`.replace(
      /(\d)\.(\d)/,
      '$1,$2',
    ),
  lessonKicker: (n: number) => `Leçon ${n}`,
  lessonNotes: 'Objectifs de la leçon :',
  closingTitle: 'Merci!',
  closingLead: 'Des questions?',
  closingCourse: 'Le module d’autoformation, pour aller plus loin :',
  counter: (n: number, total: number) => `${n} / ${total}`,
  counterLabel: (n: number, total: number) => `Diapositive ${n} sur ${total}`,
  announce: (n: number, total: number, title: string) => `Diapositive ${n} sur ${total} : ${title}`,
  toolbar: 'Commandes de la présentation',
  prev: 'Précédente',
  next: 'Suivante',
  overview: 'Vue d’ensemble',
  blackout: 'Écran noir',
  fullscreen: 'Plein écran',
  presenter: 'Vue présentateur',
  help: 'Aide',
  handout: 'Imprimer avec les notes',
  exit: 'Quitter',
  close: 'Fermer',
  overviewTitle: 'Vue d’ensemble des diapositives',
  overviewHint: 'Flèches pour choisir, Entrée pour y aller, Échap pour fermer.',
  overviewItem: (n: number, title: string) => `${n}. ${title}`,
  helpTitle: 'Raccourcis clavier',
  helpKeys: 'Touches',
  helpAction: 'Action',
  helpSwipe: 'Sur un écran tactile, balayez vers la gauche pour avancer, vers la droite pour reculer.',
  helpPrint:
    'Pour imprimer, utilisez la commande d’impression du navigateur : une diapositive par page. Le bouton « Imprimer avec les notes » ajoute les notes sous chaque diapositive.',
  actions: {
    next: 'Diapositive suivante',
    prev: 'Diapositive précédente',
    first: 'Première diapositive',
    last: 'Dernière diapositive',
    reveal: 'Révéler ou masquer la réponse d’un sondage',
    overview: 'Vue d’ensemble des diapositives',
    blackout: 'Écran noir, puis retour',
    fullscreen: 'Plein écran, puis retour',
    presenter: 'Ouvrir la vue présentateur',
    help: 'Afficher cette aide',
  },
  keyNames: {
    ArrowRight: '→',
    ArrowDown: '↓',
    ' ': 'Espace',
    PageDown: 'Page suivante',
    ArrowLeft: '←',
    ArrowUp: '↑',
    PageUp: 'Page précédente',
    Home: 'Début',
    End: 'Fin',
    f: 'F',
    o: 'O',
    b: 'B',
    '.': 'point',
    p: 'P',
    '?': '?',
    r: 'R',
  } as Record<string, string>,
  blackoutOn: 'Écran noir',
  blackoutOff: 'Fin de l’écran noir',
  fullscreenUnavailable: 'Le plein écran n’est pas disponible dans ce navigateur.',
  popupBlocked:
    'Le navigateur a bloqué l’ouverture de la fenêtre. Autorisez les fenêtres surgissantes pour ce site, ou utilisez le lien « Vue présentateur ».',
  syncUnavailable:
    'Ce navigateur ne permet pas de relier les fenêtres : la projection et la vue présentateur avanceront chacune de leur côté.',
  pollKicker: 'Sondage',
  pollQuestion: (n: number, total: number) => `Question ${n} sur ${total}`,
  pollQuestions: (n: number) => (n > 1 ? `${n} questions` : '1 question'),
  pollScan: 'Répondez sur votre téléphone : balayez le code QR ou ouvrez',
  pollQr: (url: string) => `Code QR menant au questionnaire ${url}`,
  pollReveal: 'Révéler la réponse',
  pollRevealed: (answer: string) => `Réponse : ${answer}`,
  pollCorrect: 'bonne réponse',
  pollTrue: 'Vrai',
  pollFalse: 'Faux',
  pollOrder: 'Dans l’ordre',
  pollPairs: 'Les bonnes associations',
  pollExpected: 'Réponse attendue :',
  current: 'Diapositive actuelle',
  upNext: 'Diapositive suivante',
  end: 'Fin de la présentation',
  notes: 'Notes',
  noNotes: 'Aucune note pour cette diapositive.',
  timer: 'Temps écoulé',
  pause: 'Pause',
  resume: 'Reprendre',
  reset: 'Remettre à zéro',
  clock: 'Heure',
  openProjection: 'Ouvrir la projection',
  blackoutActive: 'La projection est en écran noir.',
  revealedActive: 'Réponse révélée à l’écran.',
} as const;

// Strings of the islands live beside this file, so that each island ships only its own.
export { quiz, progress, certificate } from './fr-quiz';
export { search } from './fr-search';
