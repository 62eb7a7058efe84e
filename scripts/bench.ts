/**
 * npm run bench — builds the site from scratch (Astro + Pagefind), timing it, then weighs each page
 * kind in Chromium as a visitor loads it (HTML, JS and CSS, raw and gzip, request count) and the
 * Pagefind index. Prints a Markdown table and writes it to test-results/bench.md.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromePath, CHROMIUM_FLAGS } from '../tests/support/chromium.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { pageKinds } from '../tests/support/pages.ts';
import { weighPage } from '../tests/support/weigh.ts';

const kb = (n: number) => `${(n / 1024).toFixed(1)} Ko`;
const dirSize = (dir: string): { bytes: number; files: number } => {
  if (!existsSync(dir)) return { bytes: 0, files: 0 };
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const s = statSync(p);
    if (s.isDirectory()) {
      const sub = dirSize(p);
      bytes += sub.bytes;
      files += sub.files;
    } else {
      bytes += s.size;
      files++;
    }
  }
  return { bytes, files };
};

rmSync('dist', { recursive: true, force: true });
rmSync('node_modules/.astro', { recursive: true, force: true });
const started = performance.now();
execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { stdio: 'ignore' });
const buildSeconds = (performance.now() - started) / 1000;

const server = await serveStatic('dist', process.env.BASE_PATH ?? '/');
const browser = await chromium.launch({
  executablePath: chromePath,
  args: CHROMIUM_FLAGS,
});
const lines = ['| page | HTML (gzip) | JS (gzip) | CSS (gzip) | requêtes |', '|---|---|---|---|---|'];
try {
  for (const [kind, path] of Object.entries(pageKinds)) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    let html: Buffer = Buffer.alloc(0);
    page.on('response', async (r) => {
      if (r.request().resourceType() === 'document') html = await r.body().catch(() => html);
    });
    const w = await weighPage(page, new URL(path.replace(/^\//, ''), server.url).toString());
    await context.close();
    lines.push(
      `| ${kind} | ${kb(html.length)} (${kb(gzipSync(html).length)}) | ${kb(w.jsRaw)} (${kb(w.jsGzip)}) | ${kb(w.cssRaw)} (${kb(w.cssGzip)}) | ${w.requests} |`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}

const index = dirSize('dist/pagefind');
const pages = readdirSync('dist', { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
const report = [
  `Mesuré le ${new Date().toISOString().slice(0, 10)} sur ${process.platform} ${process.arch}, Node ${process.version}.`,
  '',
  `- Build complet (Astro + Pagefind), à froid : ${buildSeconds.toFixed(1)} s pour ${pages} pages.`,
  `- Index Pagefind : ${kb(index.bytes)} en ${index.files} fichiers.`,
  '',
  ...lines,
  '',
].join('\n');
console.log(report);
mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/bench.md', report);
