/**
 * French strings of offline use: the footer's status, the update banner and room mode's notice
 * when the network is gone. Apart from fr.ts so that only the code that shows them loads them.
 */

/** Strings of offline use. */
export const offline = {
  /** Footer status once the service worker is active and its precache complete (« () » is dropped without a size). */
  ready: (size: string) => `Disponible hors ligne (${size})`,
  /** The update banner. */
  updateLabel: 'Mise à jour du module',
  updateReady: 'Une nouvelle version du module est disponible.',
  updateHint: 'La page se rechargera; votre progression et votre plan sont conservés.',
  updateApply: 'Mettre à jour',
  /** /salle/ without a network. */
  roomOffline:
    'Vous êtes hors ligne\u00a0: le mode salle a besoin du réseau pour recevoir les sondages. Reconnectez-vous au Wi-Fi de la salle, puis rechargez la page.',
} as const;
