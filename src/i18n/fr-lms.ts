/**
 * French messages of the LMS adapter (SCORM package only): warnings written to the browser console
 * for whoever sets the course up in the LMS. Apart from fr.ts so that only the adapter ships them.
 */
/** Console messages of the LMS adapter ({placeholders} filled with fill from src/lib/template.ts). */
export const lms = {
  refused: 'LMS\u00a0: {call} a été refusé (code {code}{text}). Le module continue sans cette donnée.',
  threw: 'LMS\u00a0: {call} a levé une exception ({text}). Le module continue sans cette donnée.',
  noSession:
    'LMS\u00a0: la session SCORM n’a pas pu être ouverte. Le module fonctionne, mais le LMS ne recevra pas la progression.',
  loadFailed: 'LMS\u00a0: le suivi SCORM n’a pas pu être chargé ({text}). Le module fonctionne sans suivi.',
} as const;
