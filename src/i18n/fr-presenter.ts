/**
 * French strings the presenter view's browser code shows. Apart from fr-deck.ts, which the
 * projection loads too: the projection ships none of them (docs/performance.md).
 */
/** What presenter-controller.ts and PresenterTime.astro show. */
export const presenterRuntime = {
  end: 'Fin de la présentation',
  noNotes: 'Aucune note pour cette diapositive.',
  pause: 'Pause',
  resume: 'Reprendre',
  countdown: 'Temps restant',
  countdownOver: 'Temps dépassé',
  countdownUnset: '—',
  talkLengthInvalid: 'Entrez une durée de 1 à 600 minutes, par exemple 45 ou 1 h 30.',
  goToHint: (n: number) => `Un numéro de 1 à ${n}, ou quelques mots du titre.`,
  goToNotFound: 'Aucune diapositive ne porte ce numéro ou ce titre.',
  blackoutActive: 'La projection est en écran noir.',
  revealedActive: 'Réponse révélée à l’écran.',
} as const;
