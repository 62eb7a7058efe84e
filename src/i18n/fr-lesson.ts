/**
 * French strings of a lesson page's reading aids: the course menu's lesson states, the phone
 * shortcuts bar and the folded table of contents. Rendered on the server only (no script imports them), in their own module like
 * the other domains' strings.
 */
/** Each lesson's state in the course menu, read after its title by screen readers. */
export const lessonStates = {
  todo: 'non commencée',
  visited: 'commencée',
  read: 'lue',
  completed: 'terminée',
} as const;

/** Strings of the lesson page's reading aids. */
export const lessonReading = {
  /** The shortcuts bar at the bottom of a lesson on a phone. */
  barLabel: 'Raccourcis de la leçon',
  backToTop: 'Haut',
  /** The name screen readers give the link « Haut ». */
  backToTopLabel: 'Haut de page',
  toc: 'Sommaire',
  /** The name of the folded table of contents' landmark (the other one is « Dans cette leçon »). */
  tocLabel: 'Sommaire de la leçon',
  next: 'Suivante',
  /** The name screen readers give the link « Suivante », with {title}. */
  nextLabel: 'Leçon suivante\u00a0: {title}',
  final: 'Évaluation finale',
} as const;

/** Strings of the platform profiles (<Platforms /> in lesson 8): the comparison table and the cards. */
export const platformProfiles = {
  /** The name of the table's scrolling region. */
  tableLabel: 'Tableau comparatif des plateformes',
  caption: 'Les plateformes de la conférence de 2017, dans sa grille\u00a0: qui, quoi, opportunités, défi',
  platform: 'Plateforme',
  /** The 2017 talk's frame, its words as the slides wrote them. */
  columns: { who: 'Qui', what: 'Quoi', opportunities: 'Opportunités', challenge: 'Défi' },
  /** The kicker before a card's platform name: « En 2026 ». */
  cardYear: (year: number) => `En ${year}`,
  /** Before the date of a card's note: « Note du 26 novembre 2026 ». */
  noteDate: 'Note du',
} as const;
