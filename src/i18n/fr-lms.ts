/**
 * French messages of the LMS adapter (SCORM package only): warnings written to the browser console
 * for whoever sets the course up in the LMS, and the notice shown when tracking is paused. Apart from fr.ts so that only the adapter ships them.
 */
/** Console messages of the LMS adapter ({placeholders} filled with fill from src/lib/template.ts). */
export const lms = {
  refused: 'LMS\u00a0: {call} a été refusé (code {code}{text}). Le module continue sans cette donnée.',
  threw: 'LMS\u00a0: {call} a levé une exception ({text}). Le module continue sans cette donnée.',
  noSession:
    'LMS\u00a0: la session SCORM n’a pas pu être ouverte. Le module fonctionne, mais le LMS ne recevra pas la progression.',
  loadFailed: 'LMS\u00a0: le suivi SCORM n’a pas pu être chargé ({text}). Le module fonctionne sans suivi.',
  /** The notice on the page when the LMS returned progress the course cannot read. */
  paused: 'Enregistrement de votre progression détaillée dans la plateforme de formation en pause :',
  pausedUnreadable: 'les données de progression qu’elle a renvoyées sont illisibles (incomplètes ou endommagées).',
  pausedOtherVersion: 'les données de progression qu’elle a renvoyées viennent d’une autre version du module.',
  pausedKept:
    'Elles y sont conservées telles quelles, et votre progression reste enregistrée dans ce navigateur. Votre statut et votre note continuent d’y être transmis.',
} as const;
