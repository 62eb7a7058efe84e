/**
 * French strings of the slide decks and the presenter view. Apart from fr.ts so that the deck's
 * browser scripts load these strings only: importing fr.ts also loads the quiz strings it
 * re-exports (re-exported by fr.ts, like them).
 */
/**
 * What the projection's browser code shows (src/client/deck/deck-controller.ts, deck-window.ts):
 * apart so that the deck's script ships these strings, not the whole deck's.
 */
export const deckRuntime = {
  counter: (n: number, total: number) => `${n} / ${total}`,
  announce: (n: number, total: number, title: string) => `Diapositive ${n} sur ${total}\u00a0: ${title}`,
  overviewItem: (n: number, title: string) => `${n}. ${title}`,
  blackoutOn: 'Écran noir',
  blackoutOff: 'Fin de l’écran noir',
} as const;

/**
 * The notices of the deck's windows (« Vue présentateur » and the projection), which only show when
 * something is missing: the layouts put them in data attributes of the notice line (deckNoticeData),
 * and the browser code names the one to show (DeckWindow.notify), so it ships none of their text.
 */
export const deckNotices = {
  fullscreenUnavailable: 'Le plein écran n’est pas disponible dans ce navigateur.',
  /** On the projection: the presenter view's window did not open. */
  popupBlocked:
    'Le navigateur a bloqué l’ouverture de la fenêtre. Autorisez les fenêtres surgissantes pour ce site, ou utilisez le lien «\u00a0Vue présentateur\u00a0».',
  /** In the presenter view: the projection's window did not open (its data-popup-blocked). */
  popupBlockedPresenter:
    'Le navigateur a bloqué l’ouverture de la fenêtre. Autorisez les fenêtres surgissantes pour ce site, ou utilisez le lien «\u00a0Ouvrir la projection\u00a0».',
  syncUnavailable:
    'Ce navigateur ne permet pas de relier les fenêtres\u00a0: la projection et la vue présentateur avanceront chacune de leur côté.',
  /** The room overlay's or a simulation's script did not load (network cut, files replaced). */
  partUnavailable: 'Une partie du diaporama n’a pas pu démarrer\u00a0: rechargez la page.',
  prefsNotKept: 'Ce navigateur ne conserve pas les réglages\u00a0: ils valent pour cette séance seulement.',
} as const;

/** The name of a notice the deck's windows show (DeckWindow.notify). */
export type DeckNotice = Exclude<keyof typeof deckNotices, 'popupBlockedPresenter'>;

/**
 * The notice line's data attributes, for the layouts: « data-popup-blocked » holds the notice
 * popupBlocked, and so on; in the presenter view, the one that names its own link to the other
 * window.
 */
export function deckNoticeData(view: 'screen' | 'presenter'): Record<string, string> {
  const { popupBlockedPresenter, ...shared } = deckNotices;
  const notices: Record<DeckNotice, string> = { ...shared };
  if (view === 'presenter') notices.popupBlocked = popupBlockedPresenter;
  return Object.fromEntries(
    Object.entries(notices).map(([key, text]) => [`data-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`, text]),
  );
}

/**
 * Strings of the slide decks and the presenter view that only the pages draw (the build): what
 * the browser code shows is in deckRuntime above and presenterRuntime (fr-presenter.ts).
 */
export const deck = {
  /** <title> and hidden heading of a deck page. */
  pageTitle: (title: string) => `Diapositives\u00a0: ${title}`,
  /** <title> and hidden heading of a presenter view. */
  presenterTitle: (title: string) => `Vue présentateur\u00a0: ${title}`,
  /** The hidden heading's prefix for the whole talk. */
  wholeTalk: 'la présentation complète',
  noScript: 'JavaScript est désactivé\u00a0: toutes les diapositives sont affichées l’une après l’autre.',
  openingKicker: 'Formation',
  openingCredit:
    'D’après la conférence présentée le 6 décembre 2017 aux 21es Journées annuelles de santé publique (JASP), à Québec.',
  /** `hours` written the French way (formatNumber), ex. « 2,5 ». */
  openingNotes: (lessons: number, hours: string) =>
    `${lessons} leçons, environ ${hours} h en autoformation. Présentez le plan, puis les objectifs de chaque leçon à sa diapositive de titre.`,
  lessonKicker: (n: number) => `Leçon ${n}`,
  lessonNotes: 'Objectifs de la leçon\u00a0:',
  closingTitle: 'Merci!',
  closingLead: 'Des questions?',
  closingCourse: 'Le module d’autoformation, pour aller plus loin\u00a0:',
  counterLabel: (n: number, total: number) => `Diapositive ${n} sur ${total}`,
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
  helpTitle: 'Raccourcis clavier',
  helpKeys: 'Touches',
  helpAction: 'Action',
  helpSwipe: 'Sur un écran tactile, balayez vers la gauche pour avancer, vers la droite pour reculer.',
  helpPrint:
    'Pour imprimer, utilisez la commande d’impression du navigateur\u00a0: une diapositive par page. Le bouton «\u00a0Imprimer avec les notes\u00a0» met les notes à côté de chaque diapositive, une page en format paysage par diapositive.',
  /** What G does on the projection (the help there says so). */
  gotoOnProjector: 'Aller à une diapositive par la vue d’ensemble (titres et miniatures)',
  actions: {
    next: 'Diapositive suivante',
    prev: 'Diapositive précédente',
    first: 'Première diapositive',
    last: 'Dernière diapositive',
    reveal: 'Révéler ou masquer la réponse d’un sondage',
    overview: 'Vue d’ensemble des diapositives (Échap la ferme aussi; en plein écran, Échap quitte le plein écran)',
    goto: 'Aller à la diapositive (numéro ou titre)',
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
    Escape: 'Échap',
    g: 'G',
    b: 'B',
    '.': 'point',
    p: 'P',
    '?': '?',
    r: 'R',
  } as Record<string, string>,
  pollKicker: 'Sondage',
  /** An open question's slide (<OpenQuestion> in a slide): answered in a few words from a phone. */
  openKicker: 'Question à la salle',
  openHint: 'Répondez en quelques mots depuis votre téléphone. Les réponses paraîtront ici une fois révélées.',
  pollQuestion: (n: number, total: number) => `Question ${n} sur ${total}`,
  pollQuestions: (n: number) => (n > 1 ? `${n} questions` : '1 question'),
  pollScan: 'Répondez sur votre téléphone\u00a0: balayez le code QR ou ouvrez',
  pollQr: (url: string) => `Code QR menant au questionnaire ${url}`,
  pollReveal: 'Révéler la réponse',
  pollRevealed: (answer: string) => `Réponse\u00a0: ${answer}`,
  pollCorrect: 'bonne réponse',
  pollTrue: 'Vrai',
  pollFalse: 'Faux',
  pollOrder: 'Dans l’ordre',
  pollPairs: 'Les bonnes associations',
  pollExpected: 'Réponse attendue\u00a0:',
  current: 'Diapositive actuelle',
  upNext: 'Diapositive suivante',
  notes: 'Notes',
  timer: 'Temps écoulé',
  reset: 'Remettre à zéro',
  clock: 'Heure',
  notesSize: 'Taille du texte des notes',
  notesSmaller: 'Réduire le texte des notes',
  notesLarger: 'Agrandir le texte des notes',
  talkLength: 'Durée (min)',
  talkLengthSet: 'Régler',
  goTo: 'Aller à la diapositive',
  goToShort: 'Aller à…',
  goToField: 'Numéro ou titre',
  goToList: 'Ou choisir dans la liste',
  goToChoose: '— Choisir une diapositive —',
  goToSubmit: 'Aller',
  cancel: 'Annuler',
  openProjection: 'Ouvrir la projection',
} as const;
