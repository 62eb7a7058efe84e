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
