/**
 * French strings of the figures (src/components/figures). Apart from fr.ts: only pages with a
 * figure need them, and figures render on the server, so no page's JavaScript carries them.
 */
import { strategySteps } from '../build-time/figures';

/** Strings of the figures: accessible names, descriptions, captions, table headers. */
export const figures = {
  cycleTitle: (current?: number) =>
    current
      ? `Les cinq étapes de la stratégie, en cycle; étape en cours\u00a0: ${current}, ${strategySteps[current - 1]?.toLowerCase() ?? ''}`
      : 'Les cinq étapes de la stratégie, en cycle',
  cycleDesc:
    'Veille, objectif, message, action, évaluation, puis retour à la veille\u00a0: l’évaluation d’une campagne nourrit la veille de la suivante.',
  cycleCenter: 'Un cycle',
  cycleCaption: 'Les cinq étapes forment un cycle\u00a0: l’évaluation nourrit la veille suivante.',
  cycleCaptionStep: (current: number) =>
    `Étape ${current} sur 5\u00a0: ${strategySteps[current - 1]?.toLowerCase() ?? ''}. Les cinq étapes forment un cycle.`,

  mediaTitle: 'Médias de masse et médias sociaux\u00a0: deux façons de faire circuler un message',
  mediaDesc:
    'À gauche, les médias de masse\u00a0: votre organisation envoie un message à sens unique vers un grand public, d’un à plusieurs. À droite, les médias sociaux\u00a0: chaque personne publie, relaie et répond; votre organisation est un point du réseau parmi d’autres, de plusieurs à plusieurs.',
  massTitle: 'Médias de masse',
  massFlow: 'D’un à plusieurs',
  socialTitle: 'Médias sociaux',
  socialFlow: 'De plusieurs à plusieurs',
  mediaCaption:
    'Médias de masse\u00a0: un émetteur, un grand public, peu de retour. Médias sociaux\u00a0: tout le monde publie et répond; votre organisation (en couleur) est une voix parmi d’autres.',

  usageTitle: (title: string) => `${title}\u00a0: diagramme à barres`,
  usageLegend: (series: { year: number; group: string }[]) => {
    const adults = series.filter((s) => s.group === 'adultes').map((s) => s.year);
    const young = series.filter((s) => s.group !== 'adultes').map((s) => s.year);
    return [
      `${adults.join(' et ')}\u00a0: tous les adultes`,
      ...(young.length ? [`18–34\u00a0: 18 à 34 ans, en ${young.join(' et ')}`] : []),
    ];
  },
  usageNote: 'n.\u00a0d.\u00a0: non disponible (non publié pour ce groupe ou cette année).',
  /** Under a chart that has a value the survey gives rounded (drawn « ≈ 70 % »). */
  usageApproxNote: '≈\u00a0: environ (valeur arrondie par l’enquête).',
  tableScroll: 'Tableau des données (défilement horizontal au besoin)',
  usageTableSummary: 'Données du graphique',
  usagePlatform: 'Plateforme',
  sources: 'Sources\u00a0:',
  source: 'Source\u00a0:',

  dashboardTitle: (title: string) => `${title}\u00a0: de l’exposition à l’action`,
  dashboardBadge: 'Exemple fictif',
  dashboardRateAfter: 'de l’étape précédente',
  dashboardTableSummary: 'Données de l’exemple',
  dashboardStage: 'Étape',
  dashboardIndicator: 'Indicateur',
  dashboardValue: 'Résultat',
  dashboardRateHeader: 'Part de l’étape précédente',

  practicesCaption: 'Les cinq bonnes pratiques',
  pitfallsCaption: 'Les quatre pièges à éviter',
  platformCaption: (name: string) => `${name} dans la grille de 2017\u00a0: qui, quoi, opportunités, défi`,
};
