// Layout from a 360 px phone to a 1920 px projector: nothing scrolls sideways, and text reflows
// when zoomed (a 1280 px window at 200 % and 400 % is a 640 px and 320 px wide layout).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newPage, siteUrl } from '../support/browser';
import { pageKinds } from '../support/pages';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const widths = [
  { name: 'téléphone 360 px', width: 360, height: 740 },
  { name: 'zoom 200 % (640 px)', width: 640, height: 400 },
  { name: 'zoom 400 % (320 px)', width: 320, height: 256 },
  { name: 'projecteur 1920 px', width: 1920, height: 1080 },
];

describe.each(widths)('$name', ({ width, height }) => {
  it.each(Object.entries(pageKinds))('%s does not scroll sideways', async (_kind, path) => {
    const { context, page } = await newPage(browser, { width, height });
    await page.goto(siteUrl(path));
    const overflow = await page.evaluate(() => {
      const doc = document.documentElement;
      const wide = [...document.querySelectorAll<HTMLElement>('body *')]
        .filter((e) => {
          const r = e.getBoundingClientRect();
          // Elements inside a scrollable region (a wide table) may be wider than the page.
          return r.right > doc.clientWidth + 1 && !e.closest('[data-scroll-region], [hidden], dialog:not([open])');
        })
        .slice(0, 3)
        .map((e) => `${e.tagName.toLowerCase()}.${e.className}`);
      return { scroll: doc.scrollWidth - doc.clientWidth, wide };
    });
    expect(overflow).toEqual({ scroll: 0, wide: [] });
    await context.close();
  });
});
