/**
 * npm run audit — Lighthouse (mobile preset) on each page kind of the built site, with Debian's
 * Chromium. Fails under 98 for performance and under 100 for accessibility, best practices, SEO.
 * Run after `npm run build`.
 */
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { assertChromium, chromePath, CHROMIUM_FLAGS } from '../tests/support/chromium.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { pageKinds } from '../tests/support/pages.ts';

try {
  assertChromium();
} catch (e) {
  console.error((e as Error).message);
  process.exit(2);
}
const minimum = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 } as const;
type Category = keyof typeof minimum;

const port = 9300 + Math.floor(Math.random() * 500);
const server = await serveStatic('dist', process.env.BASE_PATH ?? '/');
const browser = await chromium.launch({
  executablePath: chromePath,
  args: [`--remote-debugging-port=${port}`, ...CHROMIUM_FLAGS],
});

const rows: { kind: string; scores: Record<Category, number> }[] = [];
let failed = false;
try {
  const only = process.env.AUDIT_ONLY?.split(',');
  for (const [kind, path] of Object.entries(pageKinds)) {
    if (kind === '404') continue; // Lighthouse scores a 404 status as an SEO failure by design.
    if (only && !only.includes(kind)) continue;
    const url = new URL(path.replace(/^\//, ''), server.url).toString();
    const result = await lighthouse(url, { port, output: 'json', logLevel: 'error' });
    if (!result) throw new Error(`Lighthouse n’a rien rendu pour ${url}`);
    const scores = Object.fromEntries(
      (Object.keys(minimum) as Category[]).map((c) => [c, Math.round((result.lhr.categories[c]?.score ?? 0) * 100)]),
    ) as Record<Category, number>;
    rows.push({ kind, scores });
    for (const c of Object.keys(minimum) as Category[]) {
      if (scores[c] < minimum[c]) {
        failed = true;
        const audits = Object.values(result.lhr.audits)
          .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative')
          .map((a) => `  - ${a.id}: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}`)
          .slice(0, 8);
        console.error(`${kind} — ${c} ${scores[c]} < ${minimum[c]}\n${audits.join('\n')}`);
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}

console.log('\n| page | performance | accessibilité | bonnes pratiques | SEO |\n|---|---|---|---|---|');
for (const r of rows) {
  const s = r.scores;
  console.log(`| ${r.kind} | ${s.performance} | ${s.accessibility} | ${s['best-practices']} | ${s.seo} |`);
}
process.exit(failed ? 1 : 0);
