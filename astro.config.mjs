// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import pagefindIndex from './src/integrations/pagefind.ts';
import scormProbe, { isScormBuild } from './src/integrations/scorm.ts';
import planTemplates from './src/integrations/plan-templates.ts';
import offlineCache from './src/integrations/offline.ts';
import { lightPreloadHelper } from './src/integrations/preload-helper.ts';
import { clientChunkGroups } from './src/integrations/chunks.ts';
import clientDirectives from './src/integrations/client-directives.ts';

// SITE_URL: the public address the course is published at (QR codes and canonical links use it).
// BASE_PATH: a sub-path when the site is not at the root of its host (ex. /medias-sociaux/).
const site = process.env.SITE_URL || undefined;
const base = process.env.BASE_PATH || '/';
// ASTRO_CACHE_DIR: where Astro keeps its content store and Vite its optimised dependencies (else
// node_modules/.astro and node_modules/.vite), so two Astro processes can run side by side without
// sharing them (npm test runs `astro check` beside the build).
const cacheDir = process.env.ASTRO_CACHE_DIR || undefined;

export default defineConfig({
  ...(site ? { site } : {}),
  ...(cacheDir ? { cacheDir } : {}),
  base,
  trailingSlash: 'ignore',
  // offlineCache last: its service worker precaches what the others write (search index, templates).
  integrations: [mdx(), preact(), clientDirectives(), pagefindIndex(), scormProbe(), planTemplates(), offlineCache()],
  devToolbar: { enabled: false },
  vite: {
    ...(cacheDir ? { cacheDir: `${cacheDir}/vite` } : {}),
    // Whether this build is the SCORM package: its links to pages name their index.html
    // (src/lib/page-link.ts), its pages tell the LMS adapter the course (PageHead.astro).
    define: { __SCORM_PACKAGE__: JSON.stringify(isScormBuild()) },
    // The browser build's weight (docs/performance.md): a small dynamic-import helper, and the
    // modules most pages share grouped into a few chunks instead of many small requests.
    plugins: [lightPreloadHelper()],
    build: {
      // The room phone's style (src/islands/room/*.css, imported by the module /salle/ loads in room
      // mode only) goes in that one page's own <style>: drawn with its style in room mode, never a
      // request on a static host. Everything else keeps Vite's rule (inlined under 4 KB).
      assetsInlineLimit: (file) => (/(^|\/)room-participant\.[\w-]+\.css$/.test(file) ? true : undefined),
    },
    environments: {
      client: { build: { rolldownOptions: { output: { codeSplitting: { groups: clientChunkGroups } } } } },
    },
  },
  // No code blocks in the course; Shiki's inline styles would also clash with the CSP below.
  markdown: { syntaxHighlight: false },
  // Content Security Policy, delivered as a <meta> tag on every page: only this site's own
  // scripts (Astro hashes the inline ones it bundles; ThemeInit's comes before the tag), styles and
  // images; nothing from any other origin.
  // Pagefind's search runs WebAssembly, hence 'wasm-unsafe-eval'.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
