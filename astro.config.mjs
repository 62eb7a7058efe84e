// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import pagefindIndex from './src/integrations/pagefind.ts';

// SITE_URL: the public address the course is published at (QR codes and canonical links use it).
// BASE_PATH: a sub-path when the site is not at the root of its host (ex. /medias-sociaux/).
const site = process.env.SITE_URL || undefined;
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  ...(site ? { site } : {}),
  base,
  trailingSlash: 'ignore',
  integrations: [mdx(), preact(), pagefindIndex()],
  devToolbar: { enabled: false },
});
