/**
 * Every French string of the interface, in one place. Course content lives in content/, not here.
 */
import { COURSE_EDITION, COURSE_TITLE } from '../course';
import { formatNumber } from '../lib/format';

/** Site-wide strings: header, footer, skip link, theme. */
export const site = {
  title: COURSE_TITLE,
  /** The course's edition, printed on the certificate (src/course.ts). */
  edition: COURSE_EDITION,
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
    'Votre navigateur ne permet pas d’enregistrer des données\u00a0: votre progression sera perdue à la fermeture de cette page.',
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
  totalTime: (n: number) => `Durée totale\u00a0: environ ${formatNumber(n / 60)} h`,
  lessonNumber: (n: number) => `Leçon ${n}`,
} as const;

/** Strings of a lesson page. */
export const lesson = {
  objectivesTitle: 'Objectifs',
  duration: (n: number) => `Durée\u00a0: ${n} minutes`,
  updated: 'Mise à jour du contenu\u00a0:',
  menuTitle: 'Le parcours',
  tocTitle: 'Dans cette leçon',
  prev: 'Leçon précédente',
  next: 'Leçon suivante',
  pagerLabel: 'Leçons précédente et suivante',
  keyPoints: 'Points clés',
  notesTitle: 'Ce qu’en dit la formatrice ou le formateur',
  slideDeckLink: 'Voir cette leçon en diapositives',
  part: 'Partie\u00a0:',
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
  return firstOfMonth(new Intl.DateTimeFormat('fr-CA', options).format(date));
}

/** « 1er août 2023 »: French writes the first day of a month as an ordinal. */
function firstOfMonth(text: string): string {
  return text.replace(/^1(?=[\s\u00a0])/, '1er');
}

/** Formats a date the way Québec writes it (ex. « 26 novembre 2026 »). */
export function formatDate(date: Date): string {
  return firstOfMonth(
    new Intl.DateTimeFormat('fr-CA', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date),
  );
}

// Strings of the islands and of the deck's scripts live beside this file, so that each ships only its own.
export { quiz, quizPage, quizStandingText, progress, certificate } from './fr-quiz';
export { quizFeedback } from './fr-quiz-feedback';
export { search } from './fr-search';
export { deck, deckRuntime } from './fr-deck';
export { presenterRuntime } from './fr-presenter';
