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
// Quizzes, progress and certificate.

// (An import may stand anywhere at the top level of a module: it sits here to keep this section
// self-contained.)
import { formatPoints } from '../lib/scoring';

/** « text » with the no-break spaces French typography puts inside guillemets. */
const q = (text: string) => `«\u00a0${text}\u00a0»`;
/** Singular for 0 and 1, plural beyond, as French counts. */
const plural = (n: number, one: string, many: string) => (n <= 1 ? one : many);
/** « N / M (P %) ». */
const score = (got: number, max: number, percent: number) =>
  `${formatPoints(got)}\u00a0/\u00a0${max} (${percent}\u00a0%)`;

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
  right: 'Bonne réponse.',
  wrong: 'Ce n’est pas la bonne réponse.',
  partial: (percent: number) => `Réponse en partie juste (${percent}\u00a0%).`,
  yourChoice: (text: string) => `Votre choix ${q(text)}\u00a0:`,
  alsoRight: (text: string) => `Il fallait aussi cocher ${q(text)}\u00a0:`,
  markRight: 'juste',
  markWrong: 'erroné',
  youAnswered: (text: string) => `Vous avez répondu ${q(text)}.`,
  rightOrder: 'Le bon ordre\u00a0:',
  matchRight: (left: string, right: string) => `${left} → ${right}\u00a0: juste.`,
  matchWrong: (left: string, chosen: string, right: string) =>
    `${left} → ${chosen}\u00a0: erroné. La bonne réponse est ${q(right)}.`,
  remember: 'À retenir\u00a0:',
  resultTitle: 'Votre résultat',
  yourScore: (got: number, max: number, percent: number) => `Score\u00a0: ${score(got, max, percent)}`,
  passed: (mark: number) => `Réussi\u00a0! Le seuil de réussite est de ${mark}\u00a0%.`,
  failed: (mark: number) =>
    `Pas encore réussi\u00a0: le seuil est de ${mark}\u00a0%. Relisez les explications, puis recommencez.`,
  practiceRule: 'Le score compte la première vérification de chaque question.',
  practiceIntro: (mark: number) =>
    `Vérifiez chaque réponse pour voir l’explication. Seuil de réussite\u00a0: ${mark}\u00a0%.`,
  evaluationIntro: (mark: number) =>
    `Répondez à toutes les questions, puis soumettez\u00a0: le score et les explications s’affichent à la fin. Seuil de réussite\u00a0: ${mark}\u00a0%.`,
  lessonCompleted: 'La leçon est marquée comme terminée dans votre progression.',
  best: (got: number, max: number, percent: number, attempts: number) =>
    `Meilleur score\u00a0: ${score(got, max, percent)} · ${attempts} ${plural(attempts, 'tentative', 'tentatives')}`,
  earlier: 'Ce résultat a été obtenu sur une version antérieure de ce questionnaire.',
  passedBadge: 'Réussi',
  noscript:
    'Activez JavaScript pour vérifier vos réponses et conserver votre score. Les questions restent lisibles ci-dessous.',
  // The quiz's own page, for a phone in a conference room.
  pageEyebrow: 'Questionnaire',
  readLesson: (title: string) => `Lire la leçon ${q(title)}`,
  progressLink: 'Voir ma progression',
} as const;

// The progress and certificate strings are templates ({name} placeholders, filled with
// fill/fillPlural from src/lib/template.ts), not functions: the pages pass them to their islands as
// props, so they never weigh on the JavaScript of lesson pages.

/** Strings of the progress page and of the progress shown on the home page. */
export const progress = {
  score: '{points}\u00a0/\u00a0{max} ({percent}\u00a0%)',
  progressTitle: 'Ma progression',
  progressIntro:
    'Votre progression est conservée dans ce navigateur seulement. Exportez-la dans un fichier pour la retrouver sur un autre appareil.',
  progressNeedsJs: 'Cette page a besoin de JavaScript pour lire votre progression, conservée dans votre navigateur.',
  loading: 'Lecture de votre progression…',
  overall: 'Parcours complété à {percent}\u00a0%',
  lessonsDone: { one: '{n} leçon terminée sur {total}', other: '{n} leçons terminées sur {total}' },
  finalDone: 'Évaluation finale réussie',
  finalTodo: 'Évaluation finale à réussir',
  start: 'Commencer',
  resumeLesson: 'Reprendre\u00a0: {title}',
  takeFinal: 'Passer l’évaluation finale',
  allDone: 'Parcours terminé\u00a0: voir mon attestation',
  lessonsTitle: 'Les leçons',
  status: { todo: 'À faire', visited: 'Commencée', completed: 'Terminée' },
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
  importLabel: 'Importer une progression depuis un fichier (elle remplace la progression actuelle)',
  imported: 'Progression importée\u00a0: {lessons} et {quizzes}.',
  lessonCount: { one: '{n} leçon', other: '{n} leçons' },
  quizCount: { one: '{n} questionnaire', other: '{n} questionnaires' },
  importProblems: {
    'too-big': 'Ce fichier est trop volumineux pour être un fichier de progression. Rien n’a été modifié.',
    'not-json': 'Ce fichier n’est pas un fichier JSON lisible. Rien n’a été modifié.',
    'not-progress': 'Ce fichier n’est pas un fichier de progression de ce module. Rien n’a été modifié.',
    'newer-version':
      'Ce fichier vient d’une version plus récente du module, que cette page ne sait pas lire. Rien n’a été modifié.',
    damaged: 'Ce fichier de progression est endommagé (son contenu n’est pas valide). Rien n’a été modifié.',
    unreadable: 'Le fichier n’a pas pu être lu. Rien n’a été modifié.',
  },
  resetButton: 'Effacer ma progression',
  resetQuestion: 'Effacer toute votre progression (leçons et questionnaires)\u00a0? Cette action est définitive.',
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
    'L’attestation s’obtient en réussissant l’évaluation finale (seuil\u00a0: {mark}\u00a0%). Voici ce qu’il vous reste à faire.',
  missingFinal: 'Réussir l’évaluation finale.',
  bestSoFar: 'Votre meilleur score jusqu’ici\u00a0: {score}.',
  missingLessons: 'Terminer ces leçons (conseillé avant l’évaluation)\u00a0:',
  nameLabel: 'Votre nom, tel qu’il figurera sur l’attestation',
  nameHint: 'Conservé dans ce navigateur seulement.',
  certificateHeading: 'Attestation de réussite',
  certifies: 'Ce document atteste que',
  noName: 'Inscrivez votre nom ci-dessus',
  completedModule: 'a réussi le module d’autoformation',
  course: '«\u00a0{title}\u00a0»',
  finalScore: 'avec un score de {percent}\u00a0% à l’évaluation finale,',
  onDate: 'le {date}.',
  issuer:
    'Module adapté de la conférence présentée aux 21es Journées annuelles de santé publique (JASP, Québec, 2017).',
  print: 'Imprimer l’attestation',
} as const;

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

// ---------------------------------------------------------------------------------------------
// Search.

/** Strings of the search dialog and results page. */
export const search = {
  open: 'Rechercher',
  shortcut: 'Ctrl K',
  shortcutMac: '⌘ K',
  dialogTitle: 'Rechercher dans le module',
  close: 'Fermer',
  label: 'Mots à chercher',
  placeholder: 'Ex.\u00a0: veille, mot-clic, évaluation',
  submit: 'Rechercher',
  help: 'Flèches haut et bas pour parcourir les résultats, Entrée pour en ouvrir un.',
  filtersLegend: 'Filtrer les résultats',
  kindLabel: 'Type',
  allKinds: 'Tous les types',
  kinds: { leçon: 'Leçon', quiz: 'Questionnaire' } as Record<string, string>,
  partLabel: 'Partie',
  allParts: 'Toutes les parties',
  resultsLabel: 'Résultats de la recherche',
  sectionsLabel: (title: string) => `Sections de «\u00a0${title}\u00a0»`,
  inPage: (title: string) => ` (dans «\u00a0${title}\u00a0»)`,
  loading: 'Chargement de la recherche…',
  prompt: 'Tapez un ou plusieurs mots\u00a0: les leçons et les questionnaires qui les contiennent s’affichent ici.',
  count: (n: number, query: string) =>
    n === 0
      ? `Aucun résultat pour «\u00a0${query}\u00a0». Essayez un autre mot ou retirez un filtre.`
      : `${n} résultat${n > 1 ? 's' : ''} pour «\u00a0${query}\u00a0».`,
  more: 'Afficher plus de résultats',
  devNotice:
    'La recherche fonctionne sur le site construit\u00a0: lancez «\u00a0npm run build\u00a0» puis «\u00a0npm run preview\u00a0». En mode développement, il n’y a pas d’index.',
  loadError: 'La recherche n’a pas pu être chargée. Rechargez la page, ou parcourez les leçons à partir du parcours.',
  noScript:
    'Les résultats de recherche s’affichent avec JavaScript, qui est désactivé dans votre navigateur. Vous pouvez parcourir les leçons à partir du parcours.',
  pageTitle: 'Recherche',
  pageIntro:
    'Cherchez un mot ou une expression dans les leçons, les notes de la formatrice ou du formateur et les questionnaires.',
  notFoundPrompt: 'Ou cherchez ce qui vous intéresse\u00a0:',
} as const;
