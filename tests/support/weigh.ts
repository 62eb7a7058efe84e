/**
 * Weighs what a page loads before any interaction: every script and stylesheet fetched (after
 * scrolling to the end, so client:visible islands hydrate) plus inline scripts, raw and gzip.
 */
import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';

/** Bytes loaded by a page, by kind. */
export interface Weight {
  jsRaw: number;
  jsGzip: number;
  cssRaw: number;
  cssGzip: number;
  requests: number;
  scripts: string[];
}

const gz = (b: Buffer) => gzipSync(b, { level: 9 }).length;

/**
 * Opens `url`, scrolls to the bottom, waits for the network to settle, and sums the bytes. With
 * `ready`, a selector, also waits for it (an element that loads code once idle marks itself drawn).
 */
export async function weighPage(page: Page, url: string, ready?: string): Promise<Weight> {
  const w: Weight = { jsRaw: 0, jsGzip: 0, cssRaw: 0, cssGzip: 0, requests: 0, scripts: [] };
  const pending: Promise<void>[] = [];
  // A page used before (to seed storage, say) may still be fetching: leave it first, so no response
  // of the earlier page is counted, or read after its page went away (its body is then gone).
  await page.goto('about:blank');
  const onResponse = (res: Response) => {
    w.requests++;
    const type = res.request().resourceType();
    if (type !== 'script' && type !== 'stylesheet') return;
    pending.push(
      res.body().then((body) => {
        if (type === 'script') {
          w.jsRaw += body.length;
          w.jsGzip += gz(body);
          w.scripts.push(new URL(res.url()).pathname);
        } else {
          w.cssRaw += body.length;
          w.cssGzip += gz(body);
        }
      }),
    );
  };
  page.on('response', onResponse);
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 30));
    }
    window.scrollTo(0, document.body.scrollHeight);
  });
  // Every island that is laid out has hydrated (those inside hidden parts never will, nor those
  // that wait for the learner's first interaction, unless told to hydrate in view), and what
  // hydration fetched has arrived. An island is `display: contents`: whether it is laid out is read
  // from its children.
  await page.waitForFunction(() =>
    [...document.querySelectorAll('astro-island[ssr]')]
      .filter(
        (island) =>
          island.getAttribute('client') !== 'interaction' || /"view":true/.test(island.getAttribute('opts') ?? ''),
      )
      .every((island) => ![...island.children].some((child) => child.getClientRects().length > 0)),
  );
  if (ready) await page.waitForSelector(ready, { state: 'attached' });
  await page.waitForLoadState('networkidle');
  const inline = await page.evaluate(() => ({
    js: [...document.querySelectorAll('script:not([src])')]
      .filter((s) => !/json/.test(s.getAttribute('type') ?? ''))
      .map((s) => s.textContent ?? ''),
    css: [...document.querySelectorAll('style')].map((s) => s.textContent ?? ''),
  }));
  for (const js of inline.js) {
    const b = Buffer.from(js);
    w.jsRaw += b.length;
    w.jsGzip += gz(b);
  }
  for (const css of inline.css) {
    const b = Buffer.from(css);
    w.cssRaw += b.length;
    w.cssGzip += gz(b);
  }
  page.off('response', onResponse);
  await Promise.all(pending);
  return w;
}
