// The learner's path through the lessons: previous/next walk the course in order, every lesson
// rendering its title and objectives on the way, with no console error nor request to another
// origin; the skip link reaches the content.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { followLink, launchBrowser, newPage, siteUrl, watchPage } from '../support/browser';
import { readLessonFiles } from '../support/course-files';

const lessons = readLessonFiles();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('lesson pages', () => {
  it('has the eleven lessons of the course map', () => {
    expect(lessons.map((l) => l.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  // One walk also checks each lesson as it renders (a separate visit of every lesson used to):
  // 23 page loads in one test, hence its own time limit.
  it('walks the whole course in order with « Leçon suivante », each lesson with its title and objectives, no console error nor foreign request, then back with « Leçon précédente »', async () => {
    const { context, page } = await newPage(browser);
    const seen = watchPage(page);
    const statuses: string[] = [];
    page.on('response', (r) => {
      if (r.request().isNavigationRequest() && r.frame() === page.mainFrame())
        statuses.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(siteUrl('/'));
    await followLink(page, page.locator('[data-start-link]'));
    const forward: string[] = [];
    for (;;) {
      const title = (await page.locator('h1').textContent()) ?? '';
      forward.push(title);
      const lesson = lessons.find((l) => l.title === title);
      expect(await page.locator('.objectives li').allTextContents(), title).toEqual(lesson?.objectives);
      await expect.poll(() => page.locator('.course-menu a[aria-current="page"]').textContent()).toBe(title);
      const next = page.locator('a[rel="next"]');
      if ((await next.count()) === 0) break;
      await followLink(page, next);
    }
    expect(forward).toEqual(lessons.map((l) => l.title));
    const backward: string[] = [];
    for (;;) {
      backward.push((await page.locator('h1').textContent()) ?? '');
      const prev = page.locator('a[rel="prev"]');
      if ((await prev.count()) === 0) break;
      await followLink(page, prev);
    }
    expect(backward).toEqual(lessons.map((l) => l.title).reverse());
    expect(statuses.filter((s) => !s.startsWith('200 '))).toEqual([]);
    expect(seen.errors).toEqual([]);
    expect(seen.foreign).toEqual([]);
    await context.close();
  }, 180_000);

  it('paints the lesson first on a phone while the page is still arriving, never the course menu over it', async () => {
    // A slow connection paints the page as its HTML arrives. Cut before each of its blocks in turn,
    // the page must never show the course menu (below the lesson on a phone) at the top of the
    // screen: it did, then moved down as the lesson arrived (a layout shift Lighthouse counted,
    // 0.05 to 0.5, now and then).
    const { context, page } = await newPage(browser, { width: 360, height: 780 });
    const url = siteUrl('/lecons/sadapter-aux-plateformes/');
    const whole = await (await context.request.get(url)).text();
    const blocks = [...whole.matchAll(/<(?:article|section|nav|div class="(?:menu-col|toc-col)")\b/g)].map(
      (m) => m.index,
    );
    expect(blocks.length).toBeGreaterThan(4);
    for (const cut of blocks.slice(0, 12)) {
      await page.route(url, (route) =>
        route.fulfill({ contentType: 'text/html; charset=utf-8', body: whole.slice(0, cut) }),
      );
      await page.goto(url);
      const menuTop = await page.evaluate(() => document.querySelector('.menu-col')?.getBoundingClientRect().top);
      expect(menuTop === undefined || menuTop > 780, `cut at ${cut}: course menu at ${menuTop}px`).toBe(true);
      await page.unroute(url);
    }
    // The whole page: the menu under the lesson on a phone, in the first column on a laptop.
    await page.unroute(url);
    await page.goto(url);
    const below = await page.evaluate(() => {
      const menu = document.querySelector('.menu-col')?.getBoundingClientRect();
      const lesson = document.querySelector('article.lesson')?.getBoundingClientRect();
      return Boolean(menu && lesson && menu.top >= lesson.bottom);
    });
    expect(below).toBe(true);
    await page.setViewportSize({ width: 1366, height: 768 });
    const beside = await page.evaluate(() => {
      const menu = document.querySelector('.menu-col')?.getBoundingClientRect();
      const lesson = document.querySelector('article.lesson')?.getBoundingClientRect();
      return Boolean(menu && lesson && menu.right <= lesson.left && Math.abs(menu.top - lesson.top) < 2);
    });
    expect(beside).toBe(true);
    await context.close();
  });

  it('moves focus to the content with the skip link, from the keyboard', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(siteUrl(`/lecons/${lessons[2]?.slug}/`));
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Aller au contenu');
    const box = await page.locator('.skip-link').boundingBox();
    expect(box && box.y >= 0).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('contenu');
    await context.close();
  });

  it('shows an on-page table of contents whose links reach their sections', async () => {
    const { context, page } = await newPage(browser, { width: 1440 });
    await page.goto(siteUrl(`/lecons/${lessons[0]?.slug}/`));
    const links = page.locator('.toc a');
    const count = await links.count();
    expect(count).toBeGreaterThan(1);
    for (let i = 0; i < count; i++) {
      const href = (await links.nth(i).getAttribute('href')) ?? '';
      await expect.poll(() => page.locator(`[id="${decodeURIComponent(href.slice(1))}"]`).count()).toBe(1);
    }
    await context.close();
  });

  it('prints a lesson without the site chrome, in dark text on white even in the dark theme', async () => {
    const { context, page } = await newPage(browser, { colorScheme: 'dark' });
    await page.goto(siteUrl(`/lecons/${lessons[2]?.slug}/`));
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => ({
      hidden: ['.site-header', '.course-menu', '.pager', '.deck-link'].map(
        (s) => getComputedStyle(document.querySelector(s) ?? document.body).display,
      ),
      text: getComputedStyle(document.querySelector('.lesson .body > p') ?? document.body).color,
      background: getComputedStyle(document.body).backgroundColor,
    }));
    expect(printed).toEqual({
      hidden: ['none', 'none', 'none', 'none'],
      text: 'rgb(0, 0, 0)',
      background: 'rgb(255, 255, 255)',
    });
    const pdf = await page.pdf({ format: 'Letter' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await context.close();
  });

  it('answers an unknown address with the French 404 page', async () => {
    const { context, page } = await newPage(browser);
    const response = await page.goto(siteUrl('/lecons/nexiste-pas/'));
    expect(response?.status()).toBe(404);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Page introuvable');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('fr');
    await context.close();
  });
});
