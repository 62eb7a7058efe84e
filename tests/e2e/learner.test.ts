// The learner on a phone and across visits: a long lesson at 360 px (table of contents folded at
// the top, a reading progress bar, a bar of shortcuts that stays on the screen), the lesson read
// to its end counted as « lue » in the course menu and the progress, and « Reprendre » leading to
// the lesson last read, at the section where the reader stopped. axe-core on each changed page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { followLink, launchBrowser, newPage, seedStorage, siteUrl, watchPage } from '../support/browser';
import { runAxe } from '../support/axe';
import { readLessonFiles } from '../support/course-files';
import { KEY } from '../support/storage-keys';

const lessons = readLessonFiles();
// A long lesson with a next one (the platforms lesson, the course's longest).
const long = lessons.find((l) => l.slug === 'sadapter-aux-plateformes') ?? lessons[1];
if (!long) throw new Error('il faut au moins deux leçons');
const next = lessons[lessons.indexOf(long) + 1];
const [first] = lessons;
if (!first) throw new Error('il faut au moins une leçon');
const PHONE = { width: 360, height: 740 };
const path = (slug: string) => new URL(siteUrl(`/lecons/${slug}/`)).pathname;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The stored lesson records. */
const records = (page: Page) =>
  page.evaluate(
    (key) =>
      JSON.parse(localStorage.getItem(key) ?? '{}') as Record<
        string,
        { visitedAt: string; readAt?: string; seenAt?: string; section?: string }
      >,
    KEY.lessons,
  );

/** The horizontal scale of the reading progress bar (0 to 1). */
const barScale = (page: Page) =>
  page.evaluate(() => {
    const bar = document.querySelector('.reading-progress');
    return bar ? new DOMMatrix(getComputedStyle(bar).transform).a : -1;
  });

/** Scrolls the window to a fraction of its height. */
const scrollTo = (page: Page, fraction: number) =>
  page.evaluate((f) => window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) * f), fraction);

describe('a long lesson on a 360 px phone', () => {
  it('offers the table of contents at the top, folded, and it leads to each section', async () => {
    const { context, page } = await newPage(browser, PHONE);
    await page.goto(siteUrl(`/lecons/${long.slug}/`));
    const toc = page.locator('details#sommaire');
    await expect.poll(() => toc.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    const summary = toc.locator('summary');
    await expect.poll(() => summary.textContent()).toBe('Dans cette leçon');
    // On the first screen.
    const box = await summary.boundingBox();
    expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThanOrEqual(PHONE.height);
    await summary.click();
    const links = toc.locator('a');
    expect(await links.count()).toBeGreaterThan(2);
    const target = decodeURIComponent(((await links.nth(1).getAttribute('href')) ?? '').slice(1));
    await links.nth(1).click();
    await expect
      .poll(() => page.evaluate((id) => document.getElementById(id)?.getBoundingClientRect().top ?? -1, target))
      .toBeLessThan(PHONE.height / 2);
    await context.close();
  });

  it('shows a thin reading progress bar, decorative, that follows the reading', async () => {
    const { context, page } = await newPage(browser, PHONE);
    await page.goto(siteUrl(`/lecons/${long.slug}/`));
    const bar = page.locator('.reading-progress');
    expect(await bar.getAttribute('aria-hidden')).toBe('true');
    expect((await bar.boundingBox())?.height).toBeLessThanOrEqual(6);
    await expect.poll(() => barScale(page)).toBeLessThan(0.05);
    await scrollTo(page, 0.5);
    await expect.poll(() => barScale(page)).toBeGreaterThan(0.2);
    expect(await barScale(page)).toBeLessThan(0.9);
    await page.evaluate(() => document.querySelector('[data-lesson-end]')?.scrollIntoView({ block: 'end' }));
    await expect.poll(() => barScale(page)).toBeGreaterThan(0.95);
    await context.close();
  });

  it('keeps the top of the page, the table of contents and the next lesson one tap away', async () => {
    const { context, page } = await newPage(browser, PHONE);
    const seen = watchPage(page);
    await page.goto(siteUrl(`/lecons/${long.slug}/`));
    await scrollTo(page, 0.6);
    const bar = page.locator('nav.lesson-bar');
    await expect.poll(() => bar.getAttribute('aria-label')).toBe('Raccourcis de la leçon');
    // The bar sits at the bottom of the screen, its three links inside the viewport.
    const inView = async (name: string | RegExp) => {
      const b = await bar.getByRole('link', { name }).boundingBox();
      return !!b && b.y >= 0 && b.y + b.height <= PHONE.height && b.height >= 44;
    };
    await expect.poll(() => inView('Haut de page')).toBe(true);
    await expect.poll(() => inView('Sommaire')).toBe(true);
    if (next) await expect.poll(() => inView(`Leçon suivante\u00a0: ${next.title}`)).toBe(true);

    // « Sommaire » opens the folded table of contents and shows it.
    await bar.getByRole('link', { name: 'Sommaire' }).click();
    await expect
      .poll(() => page.locator('details#sommaire').evaluate((d) => (d as HTMLDetailsElement).open))
      .toBe(true);
    await expect.poll(() => page.locator('details#sommaire a').first().isVisible()).toBe(true);
    const tocTop = await page.locator('details#sommaire a').first().boundingBox();
    expect(tocTop?.y ?? -10).toBeGreaterThanOrEqual(-2);
    expect(tocTop?.y ?? Infinity).toBeLessThan(PHONE.height);

    // « Haut » goes back to the lesson's title.
    await scrollTo(page, 0.7);
    await bar.getByRole('link', { name: 'Haut de page' }).click();
    await expect
      .poll(() => page.locator('h1').evaluate((h) => h.getBoundingClientRect().top))
      .toBeGreaterThanOrEqual(0);
    expect(await page.locator('h1').evaluate((h) => h.getBoundingClientRect().bottom)).toBeLessThan(PHONE.height);

    // « Suivante » opens the next lesson.
    if (next) {
      await scrollTo(page, 0.4);
      await followLink(page, bar.getByRole('link', { name: /^Leçon suivante/ }));
      await expect.poll(() => page.locator('h1').textContent()).toBe(next.title);
    }
    expect(seen.errors).toEqual([]);
    await context.close();
  });

  it('never covers the footer with the bar at the end of the page', async () => {
    const { context, page } = await newPage(browser, PHONE);
    await page.goto(siteUrl(`/lecons/${long.slug}/`));
    await scrollTo(page, 1);
    const footer = await page.locator('body > footer, footer').last().boundingBox();
    const bar = await page.locator('nav.lesson-bar').boundingBox();
    expect(footer && bar && bar.y + bar.height <= footer.y + 1).toBe(true);
    await context.close();
  });

  it.each(['light', 'dark'] as const)('has no axe violation, %s theme, table of contents open', async (colorScheme) => {
    const { context, page } = await newPage(browser, { ...PHONE, colorScheme });
    await page.goto(siteUrl(`/lecons/${long.slug}/`));
    await page.locator('details#sommaire summary').click();
    await scrollTo(page, 0.5);
    expect(await runAxe(page)).toEqual([]);
    await context.close();
  });
});

describe('where am I in the course', () => {
  it('a lesson read to its end is « lue » in the menu and in the progress, not « terminée »', async () => {
    const { context, page } = await newPage(browser, PHONE);
    const seen = watchPage(page);
    await page.goto(siteUrl(`/lecons/${long.slug}/`));
    const item = page.locator(`.course-menu li[data-slug="${long.slug}"]`);
    const other = page.locator(`.course-menu li[data-slug="${first.slug}"]`);
    await expect.poll(() => item.getAttribute('data-state')).toBe('visited');
    await expect.poll(() => other.getAttribute('data-state')).toBe('todo');
    // The state is a shape and a text for screen readers (the link's description), not a colour.
    const described = async (li: typeof item) => {
      const id = await li.locator('a').getAttribute('aria-describedby');
      return page.evaluate(
        (i) =>
          [...(document.getElementById(i ?? '')?.children ?? [])]
            .filter((c) => getComputedStyle(c).display !== 'none')
            .map((c) => c.textContent)
            .join(''),
        id,
      );
    };
    await expect.poll(() => described(item)).toBe('commencée');
    await expect.poll(() => described(other)).toBe('non commencée');

    // Reading halfway is not reading to the end.
    await scrollTo(page, 0.4);
    await expect.poll(async () => (await records(page))[long.slug]?.seenAt).toBeTruthy();
    expect((await records(page))[long.slug]?.readAt).toBeUndefined();

    await page.evaluate(() => document.querySelector('[data-lesson-end]')?.scrollIntoView({ block: 'end' }));
    await expect.poll(async () => (await records(page))[long.slug]?.readAt).toBeTruthy();
    await expect.poll(() => item.getAttribute('data-state')).toBe('read');
    await expect.poll(() => described(item)).toBe('lue');
    const mark = (li: typeof item) =>
      li
        .locator('.mark')
        .evaluate((m) => `${getComputedStyle(m).backgroundColor} ${getComputedStyle(m, '::after').content}`);
    expect(await mark(item)).not.toBe(await mark(other));

    // On a phone the menu's lessons look like links: link colour and underline.
    const look = await other.locator('a').evaluate((a) => {
      const probe = document.createElement('a');
      probe.href = '#';
      document.querySelector('main p')?.append(probe);
      const linkColour = getComputedStyle(probe).color;
      probe.remove();
      return { colour: getComputedStyle(a).color, linkColour, line: getComputedStyle(a).textDecorationLine };
    });
    expect(look.line).toContain('underline');
    expect(look.colour).toBe(look.linkColour);

    // The progress page: « Lue », the overall bar moved, and the rule explained.
    await page.goto(siteUrl('/progression/'));
    const row = page.locator(`li[data-lesson="${long.slug}"]`);
    await expect.poll(() => row.getAttribute('data-status')).toBe('read');
    await expect.poll(() => row.locator('.progress-status').textContent()).toBe('Lue');
    await expect
      .poll(() => page.locator('.progress-overall progress').evaluate((p) => (p as HTMLProgressElement).value))
      .toBeGreaterThan(0);
    await expect
      .poll(() => page.locator('main').textContent())
      .toMatch(
        /«\u00a0lue\u00a0» quand vous en atteignez la fin[\s\S]*«\u00a0terminée\u00a0» que lorsque vous réussissez son questionnaire/,
      );
    expect(await page.locator('.progress-lessons li[data-status="completed"]').count()).toBe(0);
    expect(seen.errors).toEqual([]);
    await context.close();
  });

  it.each(['light', 'dark'] as const)(
    'the menu with states and the progress page have no axe violation, %s theme',
    async (colorScheme) => {
      const { context, page } = await newPage(browser, { colorScheme });
      const at = '2026-11-26T10:00:00.000Z';
      await seedStorage(page, {
        [KEY.lessons]: { [long.slug]: { visitedAt: at, readAt: at }, [first.slug]: { visitedAt: at, completedAt: at } },
      });
      for (const p of [`/lecons/${long.slug}/`, '/progression/', '/']) {
        await page.goto(siteUrl(p));
        if (p.startsWith('/lecons/')) {
          await expect
            .poll(() => page.locator(`.course-menu li[data-slug="${first.slug}"]`).getAttribute('data-state'))
            .toBe('completed');
        }
        expect(await runAxe(page), p).toEqual([]);
      }
      await context.close();
    },
  );
});

describe('« Reprendre »', () => {
  it('goes to the lesson last read, at the section where the reader stopped', async () => {
    const { context, page } = await newPage(browser, PHONE);
    const seen = watchPage(page);
    // The first lesson is opened (and left unfinished), then a later one is read up to a section.
    await page.goto(siteUrl(`/lecons/${first.slug}/`));
    await expect.poll(async () => (await records(page))[first.slug]).toBeTruthy();
    await page.goto(siteUrl(`/lecons/${long.slug}/`));
    // A section heading followed by a long stretch of text: stopping there, it is the last heading
    // reached (the reading line is a third of the screen down).
    const id = await page.evaluate((h) => {
      const all = [...document.querySelectorAll<HTMLElement>('article h2[id], article h3[id]')];
      const top = (e: HTMLElement) => e.getBoundingClientRect().top + window.scrollY;
      return (
        all.find(
          (e, i) => i >= 3 && e.tagName === 'H2' && (all[i + 1] ? top(all[i + 1] as HTMLElement) - top(e) : h) > h,
        )?.id ?? ''
      );
    }, PHONE.height);
    expect(id).not.toBe('');
    await page.evaluate((i) => {
      const h = document.getElementById(i);
      if (h) window.scrollTo(0, h.getBoundingClientRect().top + window.scrollY - 40);
    }, id);
    await expect.poll(async () => (await records(page))[long.slug]?.section).toBe(id);

    await page.goto(siteUrl('/'));
    const start = page.locator('[data-start-link]');
    await expect.poll(() => start.innerText()).toBe(`Reprendre\u00a0: ${long.title}`);
    const href = `${path(long.slug)}#${encodeURIComponent(id)}`;
    await expect.poll(() => start.getAttribute('href')).toBe(href);

    // The progress page's « Reprendre » is the same link.
    await page.goto(siteUrl('/progression/'));
    await expect.poll(() => page.locator('[data-resume-link]').getAttribute('href')).toBe(href);

    await page.goto(siteUrl('/'));
    await expect.poll(() => start.getAttribute('href')).toBe(href);
    await followLink(page, start);
    await expect.poll(() => page.evaluate(() => decodeURIComponent(location.hash.slice(1)))).toBe(id);
    const top = () => page.evaluate((i) => document.getElementById(i)?.getBoundingClientRect().top ?? Number.NaN, id);
    await expect.poll(top).toBeLessThan(PHONE.height / 3);
    expect(await top()).toBeGreaterThanOrEqual(-1);
    expect(seen.errors).toEqual([]);
    await context.close();
  });
});
