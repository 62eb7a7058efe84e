import { it } from 'vitest';
import { launchBrowser, newPage, siteUrl } from '../support/browser';
import { weighPage } from '../support/weigh';
it('weigh', async () => {
  const browser = await launchBrowser();
  for (const p of (process.env.WEIGH ?? '/lecons/sadapter-aux-plateformes/').split(',')) {
    const { context, page } = await newPage(browser, { width: 390, height: 844 });
    if (process.env.SEEDPLAN) { await page.goto(siteUrl('/a-propos/')); await page.evaluate(() => localStorage.setItem('msst:plan:v1', JSON.stringify({'objectif.objectif.1.specifique':'x'}))); }
    const w = await weighPage(page, siteUrl(p));
    console.log(p, w.jsGzip, w.cssGzip, w.scripts.join(' '));
    await context.close();
  }
  await browser.close();
});
