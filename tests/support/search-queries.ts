/**
 * The measured search: French queries as learners type them, each with the page that must come
 * first. Chosen by topic (the lesson that teaches it), not by wording, so that they hold when a
 * lesson is reworded. tests/site/search-ranking.test.ts runs them against the built index, with
 * the site's search and with Pagefind's default ranking; docs/performance.md records both.
 */

/** One query and the page (URL path under the site's base, « lecons/… ») that must come first. */
export interface RankedQuery {
  q: string;
  first: string;
  /** What the query tests: typo, elision, plural, ligature, acronym, 2017 outline, 2026 fact… */
  kind: string;
}

/** The query set (at least 30). */
export const RANKED_QUERIES: readonly RankedQuery[] = [
  // Typos.
  { q: 'netiquete', first: 'lecons/bonnes-pratiques/', kind: 'faute' },
  { q: 'statistiqes intégrées', first: 'lecons/etape-5-evaluation/', kind: 'faute' },
  { q: 'reseautage profesionnel', first: 'lecons/sadapter-aux-plateformes/', kind: 'faute' },
  { q: 'charue avant les boeufs', first: 'lecons/pieges-a-eviter/', kind: 'faute' },
  { q: 'tik tok', first: 'lecons/sadapter-aux-plateformes/', kind: 'faute' },
  { q: 'instagramm', first: 'lecons/sadapter-aux-plateformes/', kind: 'faute' },
  { q: 'veile en continu', first: 'lecons/etape-1-veille/', kind: 'faute' },
  // Elisions.
  { q: 'l’objectif mesurable', first: 'lecons/etape-2-objectif/', kind: 'élision' },
  { q: 'ce qu’on dit de vous', first: 'lecons/etape-1-veille/', kind: 'élision' },
  { q: "l'IA générative", first: 'lecons/etape-1-veille/', kind: 'élision' },
  { q: 's’adapter aux plateformes', first: 'lecons/sadapter-aux-plateformes/', kind: 'élision' },
  { q: 'l’effet souhaité', first: 'lecons/etape-2-objectif/', kind: 'élision' },
  // Plurals and singulars.
  { q: 'compte temporaire', first: 'lecons/pieges-a-eviter/', kind: 'pluriel' },
  { q: 'objectifs mesurables', first: 'lecons/etape-2-objectif/', kind: 'pluriel' },
  { q: 'pièce jointe', first: 'lecons/etape-3-message/', kind: 'pluriel' },
  { q: 'politiques internes', first: 'lecons/bonnes-pratiques/', kind: 'pluriel' },
  // Ligatures.
  { q: 'boeufs', first: 'lecons/pieges-a-eviter/', kind: 'ligature' },
  { q: 'la charrue avant les bœufs', first: 'lecons/pieges-a-eviter/', kind: 'ligature' },
  // Acronyms.
  { q: 'SMART', first: 'lecons/etape-2-objectif/', kind: 'sigle' },
  // The third edition tells the ITSS case in lesson 8 only (one home per fact).
  { q: 'ITSS', first: 'lecons/sadapter-aux-plateformes/', kind: 'sigle' },
  { q: 'organisme communautaire ITSS', first: 'lecons/sadapter-aux-plateformes/', kind: 'sigle' },
  { q: 'CISSS objectif', first: 'lecons/etape-2-objectif/', kind: 'sigle' },
  { q: 'objectif du CISSS vaccination grippe', first: 'lecons/etape-2-objectif/', kind: 'sigle' },
  { q: 'CISSS recrutement infirmières', first: 'lecons/etape-5-evaluation/', kind: 'sigle' },
  { q: 'ITSS Instagram TikTok exercice', first: 'lecons/sadapter-aux-plateformes/', kind: 'sigle' },
  // The 2017 outline (/work/shared/seed/conference-2017.txt).
  { q: 'Rejoindre certaines clientèles', first: 'lecons/medias-de-masse-et-medias-sociaux/', kind: 'plan 2017' },
  { q: 'Créer un lien avec son public', first: 'lecons/medias-de-masse-et-medias-sociaux/', kind: 'plan 2017' },
  { q: 'Améliorer sa réputation', first: 'lecons/medias-de-masse-et-medias-sociaux/', kind: 'plan 2017' },
  { q: 'Médias de masse vs médias sociaux', first: 'lecons/medias-de-masse-et-medias-sociaux/', kind: 'plan 2017' },
  {
    q: 'S’assurer que les médias sociaux sont appropriés',
    first: 'lecons/pourquoi-une-strategie/',
    kind: 'plan 2017',
  },
  { q: 'Partir sur des bases solides', first: 'lecons/pourquoi-une-strategie/', kind: 'plan 2017' },
  { q: 'Ce qui se fait ailleurs', first: 'lecons/etape-1-veille/', kind: 'plan 2017' },
  { q: 'Radian6 TweetDeck', first: 'lecons/etape-1-veille/', kind: 'plan 2017' },
  { q: 'Les pièces jointes (ex.: images)', first: 'lecons/etape-3-message/', kind: 'plan 2017' },
  { q: 'Ouvrir des comptes temporaires', first: 'lecons/pieges-a-eviter/', kind: 'plan 2017' },
  { q: 'Savoir improviser', first: 'lecons/bonnes-pratiques/', kind: 'plan 2017' },
  { q: 'Soyez originaux', first: 'lecons/mot-de-la-fin/', kind: 'plan 2017' },
  // Facts of 2026.
  { q: 'Loi 25 vie privée', first: 'lecons/etape-1-veille/', kind: '2026' },
  { q: 'taux d’engagement', first: 'lecons/etape-5-evaluation/', kind: '2026' },
  { q: 'Bluesky', first: 'lecons/sadapter-aux-plateformes/', kind: '2026' },
  { q: 'marque employeur Santé Québec', first: 'lecons/sadapter-aux-plateformes/', kind: '2026' },
  { q: 'tableau de bord', first: 'lecons/etape-5-evaluation/', kind: '2026' },
  { q: 'vidéo en direct', first: 'lecons/sadapter-aux-plateformes/', kind: '2026' },
];
