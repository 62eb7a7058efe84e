import { defineConfig } from 'vitest/config';

// Four projects: pure unit tests; tests that run Astro's content sync, a build or the Pagefind
// binary on fixtures (slow, apart so the unit tests stay fast); checks over the built files of
// dist/ (links, HTML); browser tests against the built site, all connected to the one Chromium
// that their global setup starts.
//
// Vitest's default is one worker fewer than there are cores: on a 2-core machine, one, and the
// whole run goes file after file. Every core is used instead, browser files included: one browser
// file at a time leaves about a third of the CPU idle (a browser test also waits on the page), and
// two side by side take 81 % of that time; three are slower again. In the whole run, where they
// share the cores with the build tests, the gain is smaller (docs/performance.md, « deux fichiers
// navigateur à la fois, deuxième essai »).
export default defineConfig({
  test: {
    maxWorkers: '100%',
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          environment: 'node',
          // The build files run Astro in their own process (tests/support/astro-sync.ts): a worker
          // that keeps its modules from file to file loads Astro and Vite once, not once per file.
          isolate: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 60_000,
          // The machine has 2 cores: give UI state that settles asynchronously time to settle.
          expect: { poll: { timeout: 5_000 } },
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
