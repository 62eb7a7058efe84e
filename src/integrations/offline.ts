/**
 * Offline use of the static site: after the build, a service worker generated with Workbox's
 * build tools (workbox-build's generateSW, developer.chrome.com/docs/workbox/modules/workbox-build)
 * precaches every page, script, style, figure, template and the Pagefind index, so that after a
 * first visit the whole course (lessons, decks, presenter view, quizzes, plan, search) opens
 * without a network. It must run after the Pagefind and plan-templates integrations (their order
 * in astro.config.mjs): the files they write are precached too.
 *
 * Editions never mix: each file is precached with a revision (its hash), so a new build gives a
 * new sw.js; the new worker waits (no skipWaiting) until the learner presses « Mettre à jour »
 * (src/client/offline/offline-update.ts posts SKIP_WAITING), and until then the old worker serves the old
 * edition whole. With SCORM=1 (the LMS package, scripts/build-scorm.ts) this integration does
 * nothing: no worker, no registration code; the LMS controls its own caching.
 */
import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSW, getManifest, type GetManifestOptions } from 'workbox-build';
import { COURSE_SLUG } from '../course';
import { isScormBuild } from './scorm';
import { formatMegabytes } from '../lib/format';
import { OFFLINE_INFO_FILE, PRECACHE_BUDGET_BYTES, SW_FILE, type OfflineInfo } from '../lib/offline/offline';

/** What was precached. */
export interface OfflineReport extends Omit<OfflineInfo, 'label'> {
  /** Workbox's warnings (a file over the size limit is left out with a warning). */
  warnings: string[];
}

/** The precache's files: everything the build wrote, minus the worker itself. */
function manifestOptions(dir: string): GetManifestOptions {
  return {
    globDirectory: dir,
    globPatterns: ['**/*'],
    globIgnores: [SW_FILE, '**/*.map'],
    // Astro's _astro/ files carry their hash in their name: no revision needed.
    dontCacheBustURLsMatching: /^_astro\//,
    // The largest file (the deck of the whole talk) is far below; a bigger one would be a mistake.
    maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
  };
}

/** Writes dir/sw.js and dir/hors-ligne.json; throws when the precache is over its budget. */
async function buildServiceWorker(dir: string): Promise<OfflineReport> {
  const options = manifestOptions(dir);
  // The size first, so that the status file (precached too) can say it.
  const probe = await getManifest(options);
  // Its own size counts too: about 60 bytes, taken from a first draft of it.
  const draft = { count: probe.count + 1, bytes: probe.size, label: formatMegabytes(probe.size) };
  const bytes = probe.size + Buffer.byteLength(JSON.stringify(draft));
  const info: OfflineInfo = { count: draft.count, bytes, label: formatMegabytes(bytes) };
  await writeFile(join(dir, OFFLINE_INFO_FILE), JSON.stringify(info));
  if (info.bytes > PRECACHE_BUDGET_BYTES) {
    throw new Error(
      `Le précache hors ligne pèse ${formatMegabytes(info.bytes)}, au-delà du budget de ` +
        `${formatMegabytes(PRECACHE_BUDGET_BYTES)} (docs/performance.md).`,
    );
  }
  const { count, size, warnings } = await generateSW({
    ...options,
    swDest: join(dir, SW_FILE),
    mode: 'production',
    sourcemap: false,
    // One file: no workbox-*.js beside it to fetch (and to keep in step with it).
    inlineWorkboxRuntime: true,
    // A new edition waits until the learner chooses; pages are never taken over mid-visit.
    skipWaiting: false,
    clientsClaim: false,
    cleanupOutdatedCaches: true,
    cacheId: COURSE_SLUG,
    // The pages read their own parameters (search query, quiz options): any URL of a page is that page.
    ignoreURLParametersMatching: [/.*/],
  });
  return { count, bytes: size, warnings };
}

/** The Astro integration: registration code on every page, the service worker after the build. */
export default function offlineCache(): AstroIntegration {
  return {
    name: 'msst:offline',
    hooks: {
      'astro:config:setup': ({ injectScript }) => {
        if (isScormBuild()) return;
        const start = fileURLToPath(new URL('../client/offline/offline-start.ts', import.meta.url));
        injectScript('page', `import ${JSON.stringify(start)};`);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (isScormBuild()) return;
        const report = await buildServiceWorker(fileURLToPath(dir));
        for (const warning of report.warnings) logger.warn(warning);
        logger.info(
          `Hors ligne\u00a0: ${report.count} fichiers précachés, ${formatMegabytes(report.bytes)} ` +
            `(budget ${formatMegabytes(PRECACHE_BUDGET_BYTES)}).`,
        );
      },
    },
  };
}
