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
    noNumber: 'mesurable (ajoutez un chiffre à atteindre)',
    noDate: 'temporellement défini (ajoutez une date ou une durée)',
  },
  readability: {
    sentences: 'Phrases de {average} mots en moyenne.',
    tooLong: 'Visez {max} mots ou moins par phrase.',
    fine: 'Bonne longueur.',
    longWords: 'Mots longs à remplacer si possible\u00a0: {words}.',
  },
} as const;

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
} as const;

/** The plan's state, on the home page and the certificate. */
export const planStatus = {
  label: 'Mon plan',
  steps: { one: '{n} étape sur {total} remplie', other: '{n} étapes sur {total} remplies' },
  complete: 'Plan de communication complété\u00a0: les cinq étapes sont remplies.',
  homeLink: 'Voir mon plan',
} as const;
