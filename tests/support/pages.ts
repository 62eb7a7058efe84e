/**
 * One representative URL per page kind of the built site, for checks that run over every kind
 * (accessibility, layout, budgets, console errors). Add a kind here when a new kind of page lands.
 */
import { readLessonFiles } from './course-files.ts';

const lessons = readLessonFiles();
const lesson = lessons.find((l) => l.slug === 'sadapter-aux-plateformes') ?? lessons[0];

/** Page kind → path (relative to the site's base). */
export const pageKinds: Record<string, string> = {
  accueil: '/',
  leçon: `/lecons/${lesson?.slug}/`,
  'à propos': '/a-propos/',
  diapos: '/diapos/',
  'diapos d’une leçon': `/diapos/${lesson?.slug}/`,
  présentateur: '/diapos/presentateur/',
  recherche: '/recherche/?q=veille',
  quiz: '/quiz/etape-1-veille/',
  progression: '/progression/',
  attestation: '/attestation/',
  salle: '/salle/',
  'mon plan': '/mon-plan/',
  '404': '/page-inexistante/',
};

/** Paths that answer 404 on purpose. */
export const notFoundPaths = new Set(['/page-inexistante/']);
