/**
 * French strings of the sources page, the per-lesson sources link and the origin labels (what
 * comes from the 2017 talk, what the module added). Kept apart so other pages do not load them.
 */

/** Labels that tell the 2017 talk from what the module added. */
export const origin = {
  '2017': {
    label: 'Conférence de 2017',
    title:
      'Ce contenu reprend mot pour mot la diapositive de la conférence de 2017; les notes sont rédigées pour le module.',
  },
  ajout: {
    label: 'Ajout du module',
    title: 'Ce contenu a été ajouté pour le module; il ne faisait pas partie de la conférence de 2017.',
  },
} as const;

/** The kinds of origin a slide or a block can carry. */
export type OriginKind = keyof typeof origin;

/** Strings of /sources/ and of the per-lesson link to it. */
export const sources = {
  title: 'Sources',
  description:
    'Toutes les sources citées dans le module «\u00a0Les médias sociaux en santé\u00a0», leçon par leçon, avec leur titre, leur éditeur, leur date et leur adresse.',
  lead: 'Chaque source citée dans le module, leçon par leçon\u00a0: titre, éditeur, date et adresse. Les liens mènent aux sites de leurs éditeurs, qui peuvent changer leurs pages\u00a0: la date indiquée est celle de la publication ou du fait cité.',
  empty: 'Aucune source n’est encore répertoriée\u00a0: ajoutez-les dans content/sources.yaml.',
  lessonHeading: (n: number, title: string) => `Leçon ${n}\u00a0: ${title}`,
  lessonLink: (title: string) => `Lire la leçon «\u00a0${title}\u00a0»`,
  tocTitle: 'Par leçon',
  date: 'Date\u00a0:',
  inEnglish: '(en anglais)',
  /** How the lessons cite the source in their text (« Source : … »). */
  cite: (cite: string) => `Citée «\u00a0${cite}\u00a0»`,
  /** A source whose address was confirmed to state the cited fact, and when. */
  verified: (date: string) => `adresse vérifiée (${date})`,
  /** A source whose address could not be confirmed: shown, never presented as checked. */
  unverified: 'adresse non vérifiée',
  /** What the « adresse non vérifiée » mark means, under the lead. */
  unverifiedNote:
    'La mention «\u00a0adresse non vérifiée\u00a0» signale une adresse que la dernière révision n’a pas pu confirmer\u00a0: le fait cité a été relu, mais la page peut avoir changé d’adresse. Cherchez alors le titre chez son éditeur.',
  back: 'Retour à À propos',
  /** The lesson's pointer to its sources on /sources/. */
  inLesson: (n: number) =>
    n === 1
      ? 'La source citée dans cette leçon, avec son adresse, se trouve sur la page'
      : `Les ${n} sources citées dans cette leçon, avec leur adresse, se trouvent sur la page`,
  /** The closing lesson's pointer to the whole list. */
  allSources: (n: number) =>
    `Les ${n} sources du module, leçon par leçon, avec leur titre, leur éditeur, leur date et leur adresse, sont réunies sur la page`,
  inLessonLink: 'Sources',
  footerLink: 'Sources',
} as const;
