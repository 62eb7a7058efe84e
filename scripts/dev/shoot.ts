// Dev helper (not part of the tests): screenshots of built pages, to look at what a user sees.
// node scripts/dev/shoot.ts <out-dir> <width>x<height>[@dark] <path> [<path>…]
import { chromium } from 'playwright-core';
import { chromePath, CHROMIUM_FLAGS } from '../../tests/support/chromium.ts';
import { serveStatic } from '../../tests/support/static-server.ts';

const [out = '/tmp/shots', size = '360x740', ...paths] = process.argv.slice(2);
const [dims = '360x740', theme = 'light'] = size.split('@');
const [width, height] = dims.split('x').map(Number);
const server = await serveStatic('dist', '/');
const browser = await chromium.launch({ executablePath: chromePath, headless: true, args: CHROMIUM_FLAGS });
try {
  const context = await browser.newContext({
    viewport: { width: width ?? 360, height: height ?? 740 },
    colorScheme: theme === 'dark' ? 'dark' : 'light',
    locale: 'fr-CA',
  });
  const page = await context.newPage();
  for (const path of paths) {
    const [p, action] = path.split('!');
    await page.goto(new URL((p ?? '/').replace(/^\//, ''), server.url).toString(), { waitUntil: 'networkidle' });
    if (action) await page.evaluate(action);
    await page.waitForTimeout(500);
    const name = `${out}/${(p ?? '').replace(/[^a-z0-9]+/gi, '_')}-${dims}-${theme}.png`;
    await page.screenshot({ path: name, fullPage: false });
    console.log(name);
  }
} finally {
  await browser.close();
  await server.close();
}
