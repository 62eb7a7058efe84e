/**
 * French strings of the search dialog and results page. Apart from fr.ts so that the search code,
 * loaded when search opens, ships these strings only (re-exported by fr.ts).
 */

/**
 * Strings the search code prints with the results (status, kinds, section labels): apart from
 * the others so that the search code, loaded when search opens, ships only these.
 */
export const searchResults = {
  kinds: { leçon: 'Leçon', quiz: 'Questionnaire' } as Record<string, string>,
  sectionsLabel: (title: string) => `Sections de «\u00a0${title}\u00a0»`,
  inPage: (title: string) => ` (dans «\u00a0${title}\u00a0»)`,
  loading: 'Chargement de la recherche…',
  prompt: 'Tapez un ou plusieurs mots\u00a0: les leçons et les questionnaires qui les contiennent s’affichent ici.',
  count: (n: number, query: string) =>
    n === 0
      ? `Aucun résultat pour «\u00a0${query}\u00a0». Essayez un autre mot ou retirez un filtre.`
      : `${n} résultat${n > 1 ? 's' : ''} pour «\u00a0${query}\u00a0».`,
  loadError: 'La recherche n’a pas pu être chargée. Rechargez la page, ou parcourez les leçons à partir du parcours.',
} as const;

/** Strings of the search dialog and results page (with searchResults, those of the results). */
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
  partLabel: 'Partie',
  allParts: 'Toutes les parties',
  resultsLabel: 'Résultats de la recherche',
  more: 'Afficher plus de résultats',
  /** Before the suggested spelling, a button that runs it (« Vouliez-vous dire : vaccination? »). */
  didYouMean: 'Vouliez-vous dire\u00a0: ',
  /** After the suggested spelling. */
  didYouMeanEnd: '?',
  devNotice:
    'La recherche fonctionne sur le site construit\u00a0: lancez «\u00a0npm run build\u00a0» puis «\u00a0npm run preview\u00a0». En mode développement, il n’y a pas d’index.',
  noScript:
    'Les résultats de recherche s’affichent avec JavaScript, qui est désactivé dans votre navigateur. Vous pouvez parcourir les leçons à partir du parcours.',
  pageTitle: 'Recherche',
  pageIntro:
    'Cherchez un mot ou une expression dans les leçons, les notes de la formatrice ou du formateur et les questionnaires.',
  notFoundPrompt: 'Ou cherchez ce qui vous intéresse\u00a0:',
} as const;
