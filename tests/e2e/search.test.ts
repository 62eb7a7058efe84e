// Search on the built course: French as people type it (no accents, elisions, hyphens, « oe »),
// results with their part, highlighted excerpts and links to sections, filters, a shareable
// results page, the keyboard path through the header dialog, Pagefind loaded only on demand,
// decks never in the results, and axe-core on the open dialog and the results page.
// The queries use the words of the course outline, so they stay valid as the prose grows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, siteUrl, watchPage } from '../support/browser';
import { runAxe } from '../support/axe';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** One result as the reader sees it. */
interface ShownResult {
  href: string;
  title: string;
  meta: string;
  excerpts: string[];
  sections: string[];
}

/**
 * Waits until the status line of a panel reports the number of results for `query` (not for
 * what was typed so far: a search may run after the first letter, before the last one).
 */
async function waitForCount(page: Page, panel: string, query: string): Promise<string> {
  const status = page.locator(`${panel} [data-status]`);
  await page.waitForFunction(
    ([selector, q]) => {
      const text = document.querySelector(selector ?? '')?.textContent ?? '';
      return /résultat/.test(text) && text.includes(`«\u00a0${q}\u00a0»`);
    },
    [`${panel} [data-status]`, query],
  );
  return (await status.textContent()) ?? '';
}

/** The results a panel shows, read from the page. */
function readResults(page: Page, panel: string): Promise<ShownResult[]> {
  return page.$$eval(`${panel} .result`, (items) =>
    items.map((item) => ({
      href: item.querySelector<HTMLAnchorElement>('.result-link')?.getAttribute('href') ?? '',
      title: item.querySelector('.result-link')?.textContent ?? '',
      meta: item.querySelector('.result-meta')?.textContent ?? '',
      excerpts: [...item.querySelectorAll('.excerpt')].map((e) => e.innerHTML),
      sections: [...item.querySelectorAll<HTMLAnchorElement>('.sub-link')].map((a) => a.getAttribute('href') ?? ''),
    })),
  );
}

/** Opens /recherche/ with a query (and filters) and returns the status line and the results. */
async function searchPage(
  page: Page,
  params: Record<string, string>,
): Promise<{ status: string; results: ShownResult[] }> {
  await page.goto(siteUrl(`/recherche/?${new URLSearchParams(params).toString()}`));
  const status = await waitForCount(page, 'main search-panel', params['q'] ?? '');
  return { status, results: await readResults(page, 'main search-panel') };
}

/** Whether the header's search dialog is open. */
const isOpen = (page: Page) =>
  page.evaluate(() => document.querySelector('search-dialog dialog')?.hasAttribute('open'));

/** The path of a lesson page, with the site's base path. */
const lesson = (slug: string) => siteUrl(`/lecons/${slug}/`).replace(/^https?:\/\/[^/]+/, '');

describe('search: French as people type it', () => {
  let page: Page;
  let seen: ReturnType<typeof watchPage>;
  beforeAll(async () => {
    ({ page } = await newPage(browser));
    seen = watchPage(page);
  });
  afterAll(async () => {
    expect(seen.errors).toEqual([]);
    expect(seen.foreign).toEqual([]);
    await page.context().close();
  });

  const hrefs = async (q: string) => (await searchPage(page, { q })).results.map((r) => r.href);

  it('finds « stratégie » typed without its accent', async () => {
    const withoutAccent = await hrefs('strategie');
    expect(withoutAccent).toContain(lesson('pourquoi-une-strategie'));
    expect(withoutAccent).toEqual(await hrefs('stratégie'));
  });

  it('finds « évaluation » typed « evaluation », and prints titles with typographic apostrophes', async () => {
    const { results } = await searchPage(page, { q: 'evaluation' });
    const evaluation = results.find((r) => r.href === lesson('etape-5-evaluation'));
    expect(evaluation?.title).toBe('Étape 5\u00a0: l’évaluation');
    for (const r of results) expect(`${r.title} ${r.meta} ${r.excerpts.join(' ')}`).not.toContain("'");
  });

  it('finds the word behind an elided article, with either apostrophe', async () => {
    const bare = await hrefs('organisation');
    expect(bare.length).toBeGreaterThan(0);
    expect(await hrefs("l'organisation")).toEqual(bare);
    expect(await hrefs('d’organisation')).toEqual(bare);
    // « Étape 2 : l’objectif » is found by « objectif »: the elision is split in the index too.
    const { results } = await searchPage(page, { q: 'objectif' });
    expect(results[0]?.href).toBe(lesson('etape-2-objectif'));
  });

  it('finds a hyphenated word typed with or without its hyphen', async () => {
    for (const typed of ['mot-clic', 'motclic', 'mot clic']) {
      expect(await hrefs(typed), typed).toContain(lesson('sadapter-aux-plateformes'));
    }
  });

  it('finds « bœufs » typed « boeufs »', async () => {
    const typed = await hrefs('boeufs');
    expect(typed).toContain(lesson('pieges-a-eviter'));
    expect(typed).toEqual(await hrefs('bœufs'));
  });

  it('shows the part of the talk, a highlighted excerpt and links to the sections', async () => {
    const { status, results } = await searchPage(page, { q: 'veille' });
    expect(status).toMatch(/^\d+ résultats? pour «\sveille\s»/);
    const veille = results.find((r) => r.href === lesson('etape-1-veille'));
    expect(veille?.meta).toBe('Leçon · Élaborer une stratégie');
    expect(veille?.excerpts.join(' ')).toMatch(/<mark>[^<]*veille[^<]*<\/mark>/i);
    const section = veille?.sections[0];
    expect(section).toMatch(/^\/.*#.+/);
    await page.goto(new URL(section ?? '', siteUrl()).toString());
    const id = decodeURIComponent(section?.split('#')[1] ?? '');
    await expect.poll(() => page.locator(`[id="${id}"]`).count()).toBe(1);
  });

  it('says so when nothing matches', async () => {
    const { status, results } = await searchPage(page, { q: 'zzqxw' });
    expect(status).toMatch(/^Aucun résultat pour «\szzqxw\s»/);
    expect(results).toEqual([]);
  });
});

describe('search: what is never found', () => {
  /** Every page Pagefind finds for words that every kind of page has, with its indexed text. */
  async function everyHit(page: Page): Promise<Array<{ url: string; content: string }>> {
    await page.goto(siteUrl('/recherche/'));
    // A string, so the test runner does not rewrite the dynamic import meant for the browser.
    return page.evaluate(`(async () => {
      const pagefind = await import(${JSON.stringify(siteUrl('/pagefind/pagefind.js'))});
      const found = new Map();
      const queries = ['veille', 'strategie', 'diapositives', 'objectifs', 'notes', 'facebook', 'progression',
        'recherche', 'questionnaire'];
      for (const q of queries) {
        const { results } = await pagefind.search(q);
        for (const r of results) {
          const data = await r.data();
          found.set(data.url, data.content);
        }
      }
      return [...found].map(([url, content]) => ({ url, content }));
    })()`);
  }

  it('never returns a deck, a presenter view, the progress, certificate or search pages', async () => {
    const { context, page } = await newPage(browser);
    const hits = await everyHit(page);
    expect(hits.length).toBeGreaterThan(5);
    for (const { url } of hits) expect(url).not.toMatch(/\/(diapos|presentateur|progression|attestation|recherche)\//);
    await context.close();
  });

  it('indexes the body of a lesson only: no header, menus, table of contents, pager or footer', async () => {
    const { context, page } = await newPage(browser);
    const hits = await everyHit(page);
    const veille = hits.find((h) => h.url === lesson('etape-1-veille'));
    expect(veille?.content).toMatch(/Écouter avant de parler/);
    for (const { url, content } of hits.filter((h) => h.url.includes('/lecons/'))) {
      for (const chrome of [
        'Passer au thème', // header
        'Navigation principale',
        'Sources, crédits et licence', // footer
        'Le parcours', // course menu
        'Leçon suivante', // pager
        'Dans cette leçon', // table of contents
        'Voir cette leçon en diapositives',
        'Mise à jour du contenu',
      ]) {
        expect(content, `${url}: ${chrome}`).not.toContain(chrome);
      }
    }
    await context.close();
  });
});

describe('search: filters and the shareable results page', () => {
  it('filters by part and by kind, and keeps both in the URL', async () => {
    const { context, page } = await newPage(browser);
    const all = await searchPage(page, { q: 'objectif' });
    expect(new Set(all.results.map((r) => r.meta)).size).toBeGreaterThan(1);

    await page.selectOption('main select[name="partie"]', 'Élaborer une stratégie');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('partie') === 'Élaborer une stratégie');
    await page.waitForFunction(() => {
      const metas = [...document.querySelectorAll('main .result-meta')];
      return metas.length > 0 && metas.every((m) => m.textContent?.endsWith('Élaborer une stratégie'));
    });
    // A filter change re-renders the list: read it once it is back, not while it is empty.
    let filtered: Awaited<ReturnType<typeof readResults>> = [];
    await expect.poll(async () => (filtered = await readResults(page, 'main search-panel')).length).toBeGreaterThan(0);
    expect(filtered.length).toBeLessThan(all.results.length);

    await page.selectOption('main select[name="type"]', 'leçon');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('type') === 'leçon');
    await page.waitForFunction(() => {
      const metas = [...document.querySelectorAll('main .result-meta')];
      return metas.length > 0 && metas.every((m) => m.textContent === 'Leçon · Élaborer une stratégie');
    });
    const shared = page.url();
    let lessonsOnly: Awaited<ReturnType<typeof readResults>> = [];
    await expect
      .poll(async () => (lessonsOnly = await readResults(page, 'main search-panel')).length)
      .toBeGreaterThan(0);
    for (const r of lessonsOnly) expect(r.meta).toBe('Leçon · Élaborer une stratégie');

    // The URL gives the same results in a new tab.
    const other = await newPage(browser);
    await other.page.goto(shared);
    await waitForCount(other.page, 'main search-panel', 'objectif');
    await expect.poll(() => other.page.inputValue('main input[name="q"]')).toBe('objectif');
    await expect.poll(() => other.page.inputValue('main select[name="partie"]')).toBe('Élaborer une stratégie');
    const again = await readResults(other.page, 'main search-panel');
    expect(again.map((r) => r.href)).toEqual(lessonsOnly.map((r) => r.href));
    await other.context.close();

    // The part name with an apostrophe filters too (the index holds it with an ASCII one).
    const platforms = await searchPage(page, { q: 'facebook', partie: 'S’adapter aux plateformes' });
    expect(platforms.results.map((r) => r.href)).toContain(lesson('sadapter-aux-plateformes'));
    // Quizzes come with their own pages: with the « quiz » kind, only quizzes are listed.
    const quizzes = await searchPage(page, { q: 'veille', type: 'quiz' });
    for (const r of quizzes.results) expect(r.meta.startsWith('Questionnaire')).toBe(true);
    await context.close();
  });

  it('shows results eight at a time, and « more » brings the focus to the first new one', async () => {
    const { context, page } = await newPage(browser);
    const { status, results } = await searchPage(page, { q: 'objectif' });
    const total = Number(/^(\d+)/.exec(status)?.[1]);
    expect(total).toBeGreaterThan(8);
    expect(results).toHaveLength(8);
    await page.click('main [data-more]');
    await page.waitForFunction((n) => document.querySelectorAll('main .result').length === n, Math.min(total, 16));
    const focusOnNinth = () =>
      document.activeElement?.closest('.result') === document.querySelectorAll('main .result')[8];
    await expect.poll(() => page.evaluate(focusOnNinth)).toBe(true);
    if (total <= 16) await expect.poll(() => page.locator('main [data-more]').isVisible()).toBe(false);
    await context.close();
  });

  it('searches as the reader types, and keeps the URL in step', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(siteUrl('/recherche/'));
    await page.waitForFunction(() => /Tapez/.test(document.querySelector('main [data-status]')?.textContent ?? ''));
    await page.fill('main input[name="q"]', 'veille');
    await waitForCount(page, 'main search-panel', 'veille');
    expect(new URL(page.url()).searchParams.get('q')).toBe('veille');
    await context.close();
  });

  it('without JavaScript, keeps the query in a GET form and says results need JavaScript', async () => {
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await page.goto(siteUrl('/recherche/?q=veille'));
    await expect.poll(() => page.locator('main noscript').count()).toBe(1);
    const notice = page.locator('main .notice');
    await expect.poll(() => notice.textContent()).toMatch(/^Les résultats de recherche s’affichent avec JavaScript/);
    await expect.poll(() => notice.isVisible()).toBe(true);
    await expect.poll(() => page.locator('main [data-more]').isVisible()).toBe(false);
    await expect.poll(() => page.locator('main form[method="get"] input[name="q"]').count()).toBe(1);
    await context.close();
  });

  it('offers a search form on the 404 page that leads to the results', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(siteUrl('/page-inexistante/'));
    await page.fill('main input[name="q"]', 'veille');
    await page.press('main input[name="q"]', 'Enter');
    await page.waitForURL(/\/recherche\/\?q=veille$/);
    await waitForCount(page, 'main search-panel', 'veille');
    await expect.poll(() => page.locator('main .result').count()).toBeGreaterThan(0);
    await context.close();
  });
});

describe('search: the header dialog', () => {
  it('loads Pagefind only once search is opened', async () => {
    const { context, page } = await newPage(browser);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(siteUrl('/lecons/etape-1-veille/'));
    await page.waitForLoadState('networkidle');
    expect(requested.filter((p) => /pagefind|search-controller/.test(p))).toEqual([]);

    await page.click('search-dialog [data-open]');
    await page.waitForFunction(() => /Tapez/.test(document.querySelector('dialog [data-status]')?.textContent ?? ''));
    expect(requested.some((p) => p.endsWith('/pagefind/pagefind.js'))).toBe(true);
    expect(requested.some((p) => p.includes('search-controller'))).toBe(true);
    await context.close();
  });

  it('on the results page without a query, loads Pagefind when the reader comes to the field', async () => {
    const { context, page } = await newPage(browser);
    const seen = watchPage(page);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(siteUrl('/recherche/'));
    await page.waitForLoadState('networkidle');
    const status = page.locator('main [data-status]');
    await expect.poll(() => status.textContent()).toMatch(/Tapez/);
    expect(requested.filter((p) => p.includes('/pagefind/'))).toEqual([]);

    await page.focus('main input[name="q"]');
    await expect.poll(() => requested.some((p) => p.endsWith('/pagefind/pagefind.js'))).toBe(true);
    await page.keyboard.type('veille');
    await waitForCount(page, 'main search-panel', 'veille');
    expect(seen.errors).toEqual([]);
    await context.close();
  });

  it('Ctrl+K, type, ArrowDown, Enter: lands on the lesson', async () => {
    const { context, page } = await newPage(browser);
    const seen = watchPage(page);
    await page.goto(siteUrl('/lecons/bonnes-pratiques/'));
    await page.keyboard.press('Control+k');
    await expect.poll(() => isOpen(page)).toBe(true);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('q');

    await page.keyboard.type('veille');
    const status = await waitForCount(page, 'dialog search-panel', 'veille');
    expect(status).toMatch(/résultats? pour «\sveille\s»/);
    await expect.poll(() => page.locator('dialog [data-status]').getAttribute('role')).toBe('status');

    await page.keyboard.press('ArrowDown');
    const first = lesson('etape-1-veille');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(first);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(first);
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('q');
    await page.keyboard.press('ArrowDown');

    await Promise.all([page.waitForURL(siteUrl('/lecons/etape-1-veille/')), page.keyboard.press('Enter')]);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Étape 1\u00a0: la veille');
    expect(seen.errors).toEqual([]);
    expect(seen.foreign).toEqual([]);
    await context.close();
  });

  it('keeps focus inside while open; Esc closes it and gives focus back to the button', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(siteUrl('/'));
    await page.focus('search-dialog [data-open]');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('q');
    await page.keyboard.type('strategie');
    await waitForCount(page, 'dialog search-panel', 'strategie');
    for (let i = 0; i < 25; i += 1) {
      await page.keyboard.press('Tab');
      const inside = await page.evaluate(() => {
        const active = document.activeElement;
        return !active || active === document.body || !!active.closest('dialog');
      });
      expect(inside, `Tab ${i + 1}`).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => isOpen(page)).toBe(false);
    await expect.poll(() => page.evaluate(() => document.activeElement?.hasAttribute('data-open'))).toBe(true);
    await context.close();
  });

  it('opens with « / » unless the reader is typing in a field; the close button and Ctrl+K close it', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(siteUrl('/page-inexistante/'));
    await page.focus('main input[name="q"]');
    await page.keyboard.type('a/b');
    await expect.poll(() => page.inputValue('main input[name="q"]')).toBe('a/b');
    await expect.poll(() => isOpen(page)).toBe(false);

    await page.click('h1');
    await page.keyboard.press('/');
    await expect.poll(() => isOpen(page)).toBe(true);
    await page.click('dialog [data-close]');
    await expect.poll(() => isOpen(page)).toBe(false);
    await page.keyboard.press('Control+k');
    await page.keyboard.press('Control+k');
    await expect.poll(() => isOpen(page)).toBe(false);
    await context.close();
  });

  it('Enter in the field opens the results page for the query, with its filters', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(siteUrl('/'));
    await page.click('search-dialog [data-open]');
    await page.keyboard.type('veille');
    await waitForCount(page, 'dialog search-panel', 'veille');
    await page.selectOption('dialog select[name="type"]', 'leçon');
    await page.focus('dialog input[name="q"]');
    await Promise.all([page.waitForURL(/\/recherche\/\?q=veille&type=le%C3%A7on$/), page.keyboard.press('Enter')]);
    await waitForCount(page, 'main search-panel', 'veille');
    await expect.poll(() => page.inputValue('main select[name="type"]')).toBe('leçon');
    await context.close();
  });

  it('closes when a section of the current page is chosen, and scrolls there', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(siteUrl('/lecons/etape-1-veille/'));
    await page.keyboard.press('Control+k');
    await page.keyboard.type('veille');
    await waitForCount(page, 'dialog search-panel', 'veille');
    const result = page.locator(`dialog .result:has(.result-link[href="${lesson('etape-1-veille')}"])`);
    const section = result.locator('.sub-link').first();
    const href = (await section.getAttribute('href')) ?? '';
    await section.click();
    await page.waitForFunction((hash) => location.hash === hash, `#${href.split('#')[1]}`);
    await expect.poll(() => isOpen(page)).toBe(false);
    await context.close();
  });
});

describe.each(['light', 'dark'] as const)('search: axe-core, %s theme', (colorScheme) => {
  it('the open dialog with results has no violation', async () => {
    const { context, page } = await newPage(browser, { colorScheme });
    await page.goto(siteUrl('/lecons/etape-1-veille/'));
    await page.keyboard.press('Control+k');
    await page.keyboard.type('veille');
    await waitForCount(page, 'dialog search-panel', 'veille');
    expect(await runAxe(page)).toEqual([]);
    await context.close();
  });

  it('/recherche/ with results has no violation', async () => {
    const { context, page } = await newPage(browser, { colorScheme });
    await searchPage(page, { q: 'strategie' });
    expect(await runAxe(page)).toEqual([]);
    await context.close();
  });

  it('a small screen shows the dialog full-width, with no violation', async () => {
    const { context, page } = await newPage(browser, { colorScheme, width: 375, height: 700 });
    await page.goto(siteUrl('/'));
    await page.click('search-dialog [data-open]');
    await page.keyboard.type('mot-clic');
    await waitForCount(page, 'dialog search-panel', 'mot-clic');
    const box = await page.locator('search-dialog dialog').boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(370);
    expect(await runAxe(page)).toEqual([]);
    await context.close();
  });
});
