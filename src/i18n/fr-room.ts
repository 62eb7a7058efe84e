/**
 * French strings of room mode: the participant page (/salle/), the room overlay of the deck and
 * the presenter view, the room server's error messages and its console output. Apart from fr.ts
 * so that only room mode loads them.
 */
import type { RoomErrorCode } from '../lib/room/room-messages.ts';

/** Strings of room mode. */
export const room = {
  /** /salle/ */
  pageTitle: 'Répondre en salle',
  pageLead:
    'Pendant une formation en salle, répondez aux sondages projetés depuis votre téléphone. Vos réponses sont anonymes\u00a0: ni nom ni compte.',
  notRunning:
    'Le mode salle n’est pas en cours\u00a0: cette page fonctionne seulement quand la personne qui donne la formation a lancé le serveur de salle et que vous l’ouvrez à l’adresse projetée.',
  notRunningQuiz: 'Pour vous exercer seul, les questionnaires restent accessibles à partir de',
  notRunningLink: 'l’accueil du module',
  codeLabel: 'Code de la séance',
  codeHint: '4 lettres, affichées sur la diapositive du sondage',
  join: 'Rejoindre',
  badCode: 'Le code compte 4 lettres (sans I, L ni O). Vérifiez-le sur la diapositive.',
  connecting: 'Connexion à la salle…',
  reconnecting: 'Connexion perdue\u00a0: nouvelle tentative…',
  joined: (code: string) => `Séance ${code}`,
  leave: 'Quitter la séance',
  backToCourse: 'Retour au module',
  waiting:
    'En attente de la prochaine question\u00a0: elle s’affichera ici dès que la personne qui présente l’ouvrira.',
  send: 'Envoyer',
  sent: 'Réponse envoyée.',
  /** Open answers (src/lib/room/room-open.ts) */
  openLabel: (max: number) => `Votre réponse (${max} caractères au plus)`,
  openCount: (n: number, max: number) => `${n} / ${max} caractères`,
  openEmpty: 'Écrivez une réponse avant de l’envoyer.',
  openNone: 'Aucune réponse à afficher.',
  openGroups: 'Réponses de la salle',
  openGroupsBefore: 'Réponses reçues (visibles par vous seul jusqu’à la révélation)',
  openHide: (text: string) => `Masquer « ${text} »`,
  openShow: (text: string) => `Afficher « ${text} »`,
  openHidden: '(masquée)',
  openHideButton: 'Masquer',
  openShowButton: 'Afficher',
  unsent: 'Pas encore envoyée.',
  unsentHint: 'Touchez «\u00a0Envoyer\u00a0» pour que votre choix compte.',
  unsentReplace: 'Votre réponse précédente compte toujours\u00a0: touchez «\u00a0Envoyer\u00a0» pour la remplacer.',
  sending: 'Envoi…',
  sendingOffline: 'Connexion perdue\u00a0: votre réponse partira dès le retour de la connexion.',
  notSent: 'Réponse non envoyée.',
  sentHint: 'Vous pouvez la modifier tant que le sondage est ouvert.',
  closed: 'Le sondage est fermé. Le résultat s’affichera quand la personne qui présente le révélera.',
  closedNoAnswer: 'Le sondage est fermé\u00a0: aucune réponse de votre part.',
  pickOne: 'Choisissez une réponse avant d’envoyer.',
  yourAnswer: 'Votre réponse',
  /** Before the right options of a revealed poll: one, or several (a multiple choice). */
  rightAnswer: (count: number) => (count > 1 ? 'Bonnes réponses' : 'Bonne réponse'),
  roomResult: 'Résultat de la salle',
  correctMark: 'bonne réponse',
  yoursMark: 'votre choix',
  rightOrder: 'Le bon ordre',
  decided: (option: string, how: 'majority' | 'override' | 'trainer') =>
    `${how === 'majority' ? 'La salle a choisi' : 'La personne qui présente a retenu'}\u00a0: ${option}${how === 'override' ? ' (contre la majorité)' : ''}`,
  /** Deck overlay */
  joinAt: 'Pour répondre, ouvrez',
  codeIs: 'code',
  qrAlt: (url: string) => `Code QR menant à ${url}`,
  answers: (n: number) => (n > 1 ? `${n} réponses` : `${n} réponse`),
  countLabel: 'Réponses reçues',
  staleCount: (n: number) =>
    `${n > 1 ? `${n} réponses` : `${n} réponse`} (dernier compte connu\u00a0: serveur de salle injoignable)`,
  barLabel: (letter: string, count: number, pct: number) =>
    `${letter}\u00a0: ${count} réponse${count > 1 ? 's' : ''}, ${pct} %`,
  topOrders: 'Ordres les plus fréquents',
  orderCount: (count: number, pct: number) => `${count} (${pct} %)`,
  rightOrderMark: 'bon ordre',
  /** Presenter panel */
  panelTitle: 'Salle',
  sessionIs: (code: string) => `Séance ${code}`,
  present: (n: number) => (n > 1 ? `${n} participants connectés` : `${n} participant connecté`),
  open: 'Ouvrir le sondage',
  close: 'Fermer',
  reveal: 'Révéler le résultat',
  hide: 'Masquer le résultat',
  reset: 'Réinitialiser',
  export: 'Exporter les résultats (CSV)',
  newSession: 'Nouvelle séance',
  newSessionConfirm: (code: string) =>
    `Terminer la séance ${code} et en commencer une nouvelle? Ses réponses seront effacées (exportez-les d’abord si vous voulez les garder) et les téléphones devront entrer le nouveau code.`,
  statusOpen: 'Sondage ouvert',
  statusClosed: 'Sondage fermé',
  statusRevealed: 'Résultat révélé',
  statusNone: 'Sondage pas encore ouvert',
  notAPoll: 'Les contrôles de la salle s’activent sur une diapositive de sondage.',
  notLive: 'Cette question (associations) se répond à voix haute\u00a0: elle n’est pas ouverte aux téléphones.',
  exportFailed: 'L’export a échoué\u00a0: réessayez.',
  connectionLost: 'Connexion au serveur de salle perdue\u00a0: nouvelle tentative…',
  /** Questions from the room: the phone's section, the presenter's moderation list, the screen. */
  asks: {
    title: 'Questions à la personne qui présente',
    lead: 'Posez une question ou appuyez celles des autres. Elle paraît ici une fois publiée par la personne qui présente.',
    label: 'Votre question',
    hint: 'Anonyme, 280 caractères au plus.',
    counter: (n: number, max: number) => `${n} caractère${n > 1 ? 's' : ''} sur ${max}`,
    send: 'Envoyer la question',
    sending: 'Envoi de la question…',
    sent: 'Question envoyée\u00a0: elle est en attente de modération.',
    empty: 'Écrivez votre question avant de l’envoyer.',
    offline: 'Connexion perdue\u00a0: votre question n’est pas partie. Réessayez dans un moment.',
    listTitle: 'Questions de la salle',
    none: 'Aucune question publiée pour l’instant.',
    yours: 'Votre question',
    pending: 'En attente de modération',
    hidden: 'Non publiée',
    answered: 'Répondue',
    onScreen: 'À l’écran',
    votes: (n: number) => (n > 1 ? `${n} votes` : `${n} vote`),
    vote: 'Voter',
    published: 'Votre question a été publiée.',
    answeredNow: 'Votre question est marquée répondue.',
    hiddenNow: 'Votre question n’a pas été publiée.',
    /** Presenter panel */
    panelTitle: (n: number, pending: number) =>
      `Questions de la salle (${n}${pending > 0 ? `, dont ${pending} en attente` : ''})`,
    panelEmpty: 'Aucune question reçue. Les téléphones les envoient depuis la page de la salle.',
    newPending: (n: number) =>
      n > 1 ? `${n} nouvelles questions en attente de modération.` : 'Nouvelle question en attente de modération.',
    approve: 'Publier',
    hide: 'Masquer',
    answer: 'Répondue',
    show: 'Afficher à l’écran',
    unshow: 'Retirer de l’écran',
    statusPending: 'En attente',
    statusApproved: 'Publiée',
    statusHidden: 'Masquée',
    statusAnswered: 'Répondue',
    /** Projection */
    screenTitle: 'Question de la salle',
  },
  /** Server errors (sent to clients). */
  errors: {
    'bad-message': 'Message illisible\u00a0: il a été ignoré.',
    'too-large': 'Message trop long\u00a0: il a été ignoré.',
    'unknown-session': 'Aucune séance en cours avec ce code. Vérifiez-le sur la diapositive.',
    forbidden: 'Seule la vue présentateur qui a créé la séance peut la piloter.',
    'not-joined': 'Rejoignez d’abord une séance avec son code.',
    'no-question': 'Cette question n’est pas ouverte dans la séance.',
    closed: 'Le sondage est fermé\u00a0: la réponse n’a pas été enregistrée.',
    'out-of-range': 'Réponse invalide pour cette question.',
    'rate-limited': 'Trop de messages à la fois : patientez un instant.',
    'too-many-sessions': 'Trop de séances en cours sur ce serveur : réessayez plus tard.',
    'presenter-token':
      'Jeton de présentateur absent ou erroné : ouvrez la vue présentateur à l’adresse affichée par « npm run salle ».',
    'too-many-attempts': 'Trop de codes essayés depuis cette connexion : patientez quelques minutes.',
    'session-full': 'Cette séance a atteint sa limite (questions, participants ou réponses).',
    ended:
      'La personne qui présente a terminé cette séance. Entrez le code de la nouvelle séance, affiché sur la diapositive.',
    'server-error':
      'Le serveur de salle n’a pas pu enregistrer ceci (disque plein ou fichier occupé) : réessayez dans un moment.',
    'ask-limit': 'Vous avez déjà envoyé le nombre maximal de questions pour cette séance.',
    'ask-unavailable': 'Cette question n’est plus ouverte aux votes (répondue, masquée ou retirée).',
  } satisfies Record<RoomErrorCode, string>,
  /** Reasons a WebSocket is closed (at most 123 bytes each: the protocol's limit). */
  closeReasons: {
    origin: 'Origine refusée : ouvrez la page depuis le serveur de salle.',
    connections: 'Trop de connexions depuis cette adresse.',
    deadline: 'Connexion fermée : aucune séance rejointe à temps.',
  },
  /** Faults of the sessions file and of the data folder, for the console of `npm run salle`. */
  store: {
    locked: (path: string) =>
      `Le fichier ${path} est verrouillé par un autre programme (un autre serveur, une copie de sauvegarde?). Il n’a pas été modifié. Fermez ce programme, puis relancez « npm run salle ».`,
    failed: (path: string, reason: string) =>
      `Le fichier ${path} n’a pas pu être ouvert (${reason}). Il n’a pas été modifié.`,
    newer: (path: string, version: number) =>
      `Le fichier ${path} vient d’une version plus récente du serveur de salle (format ${version}). Il n’a pas été modifié : mettez le projet à jour ou choisissez un autre ROOM_DATA_DIR.`,
    inUse: (dir: string, pid: number) =>
      `Un autre serveur de salle (processus ${pid}) utilise déjà le dossier ${dir}. Arrêtez-le, ou lancez celui-ci avec un autre ROOM_DATA_DIR.`,
    setAside: (name: string) => `Fichier de séances endommagé, mis de côté sous ${name}; la salle repart à vide.`,
    migrated: (from: number) => `Fichier de séances mis à jour depuis le format ${from}.`,
  },
  /** Console of `npm run salle`. */
  console: {
    building: 'Construction du site (dist/ absent ou plus ancien que les sources)…',
    buildFailed:
      'La construction du site a échoué\u00a0: corrigez l’erreur ci-dessus, puis relancez «\u00a0npm run salle\u00a0».',
    ready: 'Mode salle prêt.',
    participants: 'Participants (à projeter, ou le code QR ci-dessous)\u00a0:',
    presenter: 'Vue présentateur (sur cet ordinateur)\u00a0:',
    deck: 'Projection\u00a0:',
    data: 'Réponses enregistrées dans\u00a0:',
    noLan:
      'Aucune adresse réseau local trouvée\u00a0: les téléphones ne pourront pas joindre cet ordinateur. Branchez-le au Wi-Fi de la salle ou réglez PUBLIC_URL.',
    stop: 'Ctrl+C pour arrêter.',
    stopping: 'Arrêt du serveur de salle…',
    portBusy: (port: number) =>
      `Le port ${port} est déjà utilisé\u00a0: choisissez-en un autre avec PORT=4323 npm run salle.`,
  },
} as const;
