/**
 * French strings of « Mon plan »: the « À vous » activities, the running case, /mon-plan/, the
 * plan's state on the home page and the certificate. Apart from fr.ts so that only pages with
 * the plan carry them; browser code receives the few it needs as data from the page.
 */

/** Strings of the « À vous » activity in a lesson. */
export const activity = {
  kicker: 'À vous',
  title: (step: string) =>
    `Votre plan\u00a0: ${step.replace(/^Étape \d+\u00a0?: /, '').replace(/^\p{Lu}/u, (c) => c.toLowerCase())}`,
  intro:
    'Remplissez ces champs pour votre propre organisation. Ils sont enregistrés dans ce navigateur à mesure que vous écrivez et forment votre plan, que vous retrouvez sur la page «\u00a0Mon plan\u00a0».',
  noscript:
    'L’enregistrement de votre plan demande JavaScript. Vous pouvez tout de même lire les champs et la réponse du cas fil rouge.',
  repeatLegend: (legend: string, n: number) => `${legend} ${n}`,
  optionalRepeat: 'Facultatif',
  saved: 'Enregistré dans ce navigateur.',
  /** The criteria's data did not load (network cut, files replaced): what is typed is still kept. */
  checksUnavailable:
    'Les critères de cette section n’ont pas pu se charger\u00a0: ce que vous écrivez est tout de même enregistré. Rechargez la page pour les vérifier.',
  choose: '— Choisir —',
  modelSummary: 'Comparer avec la réponse du cas fil rouge',
  modelIntro: (org: string) => `Ce qu’a décidé la ${org} (cas fictif)\u00a0:`,
  seePlan: 'Voir tout mon plan',
  smart: {
    complete: 'Objectif complet\u00a0: les cinq parties SMART sont là.',
    empty: 'Remplissez les cinq parties pour vérifier cet objectif.',
    missing: 'Il manque\u00a0: ',
    parts: {
      specifique: 'spécifique (la cible et l’effet souhaité)',
      mesurable: 'mesurable (l’indicateur et la valeur à atteindre)',
      atteignable: 'atteignable (pourquoi c’est réaliste)',
      pertinent: 'pertinent (le lien avec votre mandat)',
      echeance: 'temporellement défini (le début et l’échéance)',
    },
    noNumber: 'mesurable (ajoutez un nombre et son unité, par exemple «\u00a0300 clics\u00a0»)',
    noDate: 'temporellement défini (ajoutez une date, par exemple «\u00a031 mars 2027\u00a0»)',
  },
  readability: {
    sentences: 'Phrases de {average} mots en moyenne.',
    tooLong: 'Visez {max} mots ou moins par phrase.',
    fine: 'Bonne longueur.',
    jargon: 'Jargon à remplacer\u00a0: {words}.',
  },
} as const;

/** Strings of a section's criteria: in the activity, on /mon-plan/, the certificate and the exports. */
export const criteria = {
  heading: 'Critères de cette section',
  intro:
    'Les vérifications automatiques lisent votre texte et disent ce qu’elles y trouvent, sans juger du fond. Les autres critères, cochez-les vous-même après avoir comparé votre réponse avec celle du cas fil rouge.',
  selfLegend: 'Votre autoévaluation',
  met: 'Rempli',
  unmet: 'À compléter',
  warn: 'À vérifier',
  self: 'Autoévaluation',
  selfOk: 'Coché après comparaison avec la réponse du cas fil rouge.',
  selfTodo: 'À cocher vous-même quand votre réponse remplit ce critère.',
  complete: 'Section complète\u00a0: tous ses critères sont remplis.',
  incomplete: {
    one: 'Section incomplète\u00a0: {n} critère sur {total} rempli.',
    other: 'Section incomplète\u00a0: {n} critères sur {total} remplis.',
  },
  notStarted: 'Section pas encore commencée.',
  reasons: {
    'filled.ok': 'Chaque champ a sa réponse.',
    'filled.empty': 'Un champ attend encore sa réponse (trois lettres ou chiffres au moins).',
    'number.ok': 'Une valeur chiffrée est là.',
    'number.no-number': 'Ajoutez une valeur chiffrée.',
    'number-date.ok': 'Un nombre avec son unité et une échéance à venir sont là.',
    'number-date.no-number': 'Ajoutez un nombre suivi de son unité, par exemple «\u00a0300 clics\u00a0».',
    'number-date.no-date': 'Ajoutez une échéance datée, par exemple «\u00a0d’ici le 31 mars 2027\u00a0».',
    'number-date.past-date': 'L’échéance est déjà passée\u00a0: choisissez une date à venir.',
    'baseline.ok': 'Un point de départ chiffré est là.',
    'baseline.no-baseline':
      'Ajoutez la valeur de départ, par exemple «\u00a0contre 120 au même trimestre de 2026\u00a0».',
    'attributable.ok': 'L’indicateur peut être relié à vos publications.',
    'attributable.vanity':
      'La notoriété, les abonnés ou les mentions «\u00a0J’aime\u00a0» disent peu de l’effet\u00a0: visez des clics, des inscriptions ou des rendez-vous.',
    'attributable.none':
      'Nommez un indicateur que vos publications font bouger\u00a0: clics, partages, inscriptions, rendez-vous.',
    'audience.ok': 'Un public est nommé et précisé.',
    'audience.none': 'Nommez qui vous voulez joindre\u00a0: des parents, des jeunes, des personnes aînées…',
    'audience.vague': 'Précisez ce public\u00a0: son âge, son lieu ou sa situation.',
    'readability.ok': 'Indice de lisibilité de Kandel et Moles\u00a0: {detail}, facile à lire (60 ou plus).',
    'readability.hard':
      'Indice de lisibilité de Kandel et Moles\u00a0: {detail}; visez 60 ou plus avec des phrases et des mots plus courts.',
    'readability.empty': 'Écrivez votre message clé pour mesurer sa lisibilité.',
    'sentence-length.ok': 'Phrases de {detail} mots en moyenne\u00a0: assez courtes.',
    'sentence-length.long': 'Phrases de {detail} mots en moyenne\u00a0: visez 15 ou moins.',
    'sentence-length.empty': 'Écrivez votre message clé pour mesurer ses phrases.',
    'jargon.ok': 'Aucun mot de la liste de jargon.',
    'jargon.found': 'Mots de jargon à remplacer\u00a0: {detail}.',
    'jargon.empty': 'Écrivez votre message clé pour y chercher le jargon.',
    'age-band.ok': 'Le choix correspond à l’âge du public ({detail}, NETendances).',
    'age-band.weak':
      'Selon NETendances, moins de la moitié de ce groupe d’âge utilise ces plateformes ({detail})\u00a0: vérifiez votre choix.',
    'age-band.unknown': 'Donnez l’âge du public à l’étape 3 et nommez les plateformes pour comparer avec NETendances.',
    'crisis-numbers.ok': 'Le 988, le 1 866 APPELLE et le 811 sont là.',
    'crisis-numbers.missing': 'Il manque\u00a0: {detail}.',
    'response-delay.ok': 'Un délai de réponse est annoncé.',
    'response-delay.no-delay': 'Annoncez un délai, par exemple «\u00a0dans un délai d’un jour ouvrable\u00a0».',
    'hours.ok': 'Chaque plateforme a ses heures par semaine.',
    'hours.no-hours': 'Donnez pour chaque plateforme ses heures par semaine, par exemple «\u00a04\u00a0h\u00a0».',
    'weeks.ok': 'La durée est donnée en semaines.',
    'weeks.no-weeks': 'Donnez la durée en semaines, par exemple «\u00a06 semaines\u00a0».',
    'decision-rule.ok': 'La règle a un seuil chiffré.',
    'decision-rule.no-threshold':
      'Donnez un seuil chiffré, par exemple «\u00a0si les clics augmentent d’au moins 20\u00a0%, on garde le format\u00a0».',
  } as Record<string, string>,
};

/** Strings of the « Cas fil rouge » block. */
export const caseStudy = {
  kicker: 'Cas fil rouge',
  download: (title: string, ext: string) => `Télécharger le modèle «\u00a0${title}\u00a0» (.${ext})`,
} as const;

/** Strings of /mon-plan/. */
export const planPage = {
  title: 'Mon plan',
  intro:
    'Votre stratégie, telle que vous l’avez écrite dans les activités «\u00a0À vous\u00a0» des leçons, dans l’ordre des cinq étapes. Elle reste dans ce navigateur\u00a0: téléchargez-la ou imprimez-la pour la garder.',
  needsJs: 'Cette page lit votre plan dans ce navigateur et demande JavaScript.',
  empty: 'Pas encore rempli.',
  fillIn: (lesson: string) => `Remplir dans la leçon «\u00a0${lesson}\u00a0»`,
  toolsTitle: 'Télécharger ou imprimer',
  docx: 'Télécharger en Word (.docx)',
  markdown: 'Télécharger en Markdown (.md)',
  print: 'Imprimer',
  preparing: 'Préparation du fichier…',
  downloaded: 'Fichier téléchargé\u00a0: {file}.',
  exportFailed: 'Le fichier n’a pas pu être préparé. Réessayez, ou imprimez la page.',
  clear: 'Vider mon plan',
  clearConfirm: 'Vider tout votre plan? Ce que vous avez écrit dans les activités sera effacé de ce navigateur.',
  clearYes: 'Oui, vider mon plan',
  clearNo: 'Annuler',
  cleared: 'Votre plan a été vidé.',
  alsoInProgress:
    'Votre plan fait aussi partie du fichier de progression que vous pouvez exporter et importer sur la page «\u00a0Progression\u00a0».',
  progressLink: 'Aller à la page Progression',
  templatesTitle: 'Modèles à télécharger',
  templatesIntro: 'Des gabarits prêts à remplir, avec les exemples du cas fil rouge.',
  docTitle: 'Mon plan de présence sur les médias sociaux',
  docSource: 'Rédigé avec le module «\u00a0Les médias sociaux en santé\u00a0».',
  fileBase: 'mon-plan-medias-sociaux',
  docAuthor: 'Plan de {name}.',
  docCriteria: 'Critères',
  docCriterion: 'Critère',
  docStatus: 'État',
  gridLink: 'Grille de relecture à imprimer',
  annexTitle: 'Annexe\u00a0: les réponses du cas fil rouge',
  annexIntro: (org: string) =>
    `Les réponses de la ${org}, une organisation fictive, montrent le niveau de détail attendu pour chaque section. Elles ne sont pas les bonnes réponses pour votre organisation.`,
  reviewTitle: 'Faire relire votre plan',
  reviewSteps: [
    'Choisissez une personne qui connaît votre public ou votre mandat\u00a0: votre gestionnaire, une formatrice ou un formateur, une ou un collègue des communications.',
    'Remettez-lui ce document et la grille de relecture. Demandez-lui de lire chaque section avec ses critères et de cocher ceux qui sont remplis selon elle.',
    'Les vérifications automatiques disent seulement ce que le texte montre (un nombre, une date, un numéro)\u00a0: demandez-lui de juger du fond. L’objectif est-il réaliste? Le public, bien choisi? Le délai de réponse, tenable?',
    'Comparez avec les réponses du cas fil rouge, en annexe\u00a0: elles montrent le niveau de détail attendu, pas les réponses qui conviennent à votre organisation.',
    'Convenez ensemble de ce qui change, d’une date de mise à jour et de la personne qui approuve la version finale.',
  ],
} as const;

/** Strings of the printable review grid (/mon-plan/grille/). */
export const reviewGrid = {
  title: 'Grille de relecture',
  intro:
    'Pour la personne qui relit un plan\u00a0: cochez chaque critère rempli et notez vos commentaires. Les critères reprennent les mots des leçons.',
  reviewer: 'Relu par',
  date: 'Date',
  comments: 'Commentaires',
  print: 'Imprimer la grille',
  back: 'Retour à mon plan',
  auto: '(vérifié aussi dans le navigateur)',
} as const;

/** The plan's state, on the home page, /mon-plan/ and the certificate. */
export const planStatus = {
  label: 'Mon plan',
  sections: {
    one: '{n} section complète sur {total}',
    other: '{n} sections complètes sur {total}',
  },
  completeList: 'Sections complètes\u00a0: {list}.',
  complete: 'Plan complété\u00a0: ses {total} sections sont complètes.',
  homeLink: 'Voir mon plan',
} as const;
