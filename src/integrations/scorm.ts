/**
 * The LMS probe of the SCORM package. With SCORM=1 (set by scripts/build-scorm.ts), every page
 * gets src/client/lms/lms-probe.ts as a bundled module script; what the adapter needs to know of the
 * course (lessons in order, whether a final evaluation sets passed or failed) is in each page's
 * head, written by PageHead.astro from the content collections. Without SCORM=1, this integration
 * does nothing: the normal site's pages and scripts stay exactly as they are.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

/** Whether this build is the SCORM package (SCORM=1, set by scripts/build-scorm.ts). */
export const isScormBuild = (): boolean => process.env.SCORM === '1';

/** Adds the LMS probe to every page when SCORM=1; otherwise nothing. */
export default function scormProbe(): AstroIntegration {
  return {
    name: 'msst-scorm-probe',
    hooks: {
      'astro:config:setup': ({ injectScript }) => {
        if (!isScormBuild()) return;
        const probe = fileURLToPath(new URL('../client/lms/lms-probe.ts', import.meta.url));
        injectScript('page', `import { startProbe } from ${JSON.stringify(probe)};\nstartProbe();`);
      },
    },
  };
}
