// The projected deck: slides from the lessons' MDX in course order, one at a time, a URL per slide,
// the keys a clicker sends, the overview, the blackout, the help, poll slides, printing, and the
// deck without JavaScript.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, siteUrl, watchPage } from '../support/browser';
import { runAxe } from '../support/axe';
import { expectedDeck, pdfPageCount, readLessonSlides } from '../support/deck-files';

const lessons = readLessonSlides();
const whole = expectedDeck(lessons, true);
const pollLesson = lessons.find((l) => l.slides.some((s) => s.polls.length > 0));
const firstPoll = whole.findIndex((s) => s.kind === 'poll');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** 0-based index of the slide shown, as the deck marks it. */
const current = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[data-deck-track] [data-slide]')].findIndex((s) => s.hasAttribute('data-current')),
  );

/** How many slides are displayed (have a box) right now. */
const displayed = (page: Page) =>
  page.evaluate(
    () =>
      [...document.querySelectorAll<HTMLElement>('[data-deck-track] [data-slide]')].filter(
        (s) => s.getClientRects().length > 0,
      ).length,
  );

const hash = (page: Page) => page.evaluate(() => location.hash);

async function openDeck(path = '/diapos/', options: Parameters<typeof newPage>[1] = {}) {
  const { context, page } = await newPage(browser, options);
  const seen = watchPage(page);
  await page.goto(siteUrl(path));
  await page.waitForFunction(() => document.querySelector('[data-counter]')?.textContent !== '');
  return { context, page, seen };
}

describe('deck content', () => {
  it('gives back the talk: opening, each lesson’s title slide and slides in course order, closing', async () => {
    const { context, page, seen } = await openDeck();
    const slides = await page.$$eval('[data-deck-track] [data-slide]', (els) =>
      els.map((e) => ({
        kind: (e as HTMLElement).dataset.slideKind ?? '',
        title: (e as HTMLElement).dataset.slideTitle ?? '',
        poll: (e as HTMLElement).dataset.poll,
      })),
    );
    expect(slides.map((s) => ({ kind: s.kind, title: s.kind === 'poll' ? (s.poll ?? '') : s.title }))).toEqual(whole);
    // Concatenating every lesson's slides in course order gives back the talk.
    const talk = lessons.flatMap((l) => l.slides.filter((s) => !s.scenario).map((s) => s.title));
    expect(slides.filter((s) => s.kind === 'content').map((s) => s.title)).toEqual(talk);
    expect(talk.length).toBeGreaterThan(15);
    await expect.poll(() => page.locator('[data-counter]').textContent()).toBe(`1 / ${whole.length}`);
    expect(seen.errors).toEqual([]);
    expect(seen.foreign).toEqual([]);
    await context.close();
  });

  it('gives each lesson its own deck: its title slide, then its slides', async () => {
    const { context, page } = await newPage(browser);
    for (const lesson of lessons) {
      await page.goto(siteUrl(`/diapos/${lesson.slug}/`));
      const kinds = await page.$$eval('[data-deck-track] [data-slide]', (els) =>
        els.map(
          (e) =>
            `${(e as HTMLElement).dataset.slideKind}:${(e as HTMLElement).dataset.slideKind === 'poll' ? (e as HTMLElement).dataset.poll : (e as HTMLElement).dataset.slideTitle}`,
        ),
      );
      expect(kinds, lesson.file).toEqual(expectedDeck([lesson], false).map((s) => `${s.kind}:${s.title}`));
    }
    await context.close();
  });

  it('carries only the slides, not the lessons’ reading text', async () => {
    const { context, page } = await openDeck();
    // Every child of a lesson is a slide; the prose around the slides is not in the page at all
    // (a sentence of lesson 1's reading text, outside any slide, is the witness).
    await expect.poll(() => page.locator('.deck-lesson > :not([data-slide])').count()).toBe(0);
    await expect.poll(() => page.locator('.deck-lesson > [data-slide]').count()).toBeGreaterThan(30);
    expect(await page.content()).not.toContain('Chaque leçon se termine par un questionnaire');
    // Headings of several lessons share a page: their ids stay unique.
    const ids = await page.$$eval('[id]', (els) => els.map((e) => e.id));
    expect(new Set(ids).size).toBe(ids.length);
    // Decks repeat the lessons: search does not index them.
    await expect.poll(() => page.locator('[data-pagefind-body]').count()).toBe(0);
    await expect.poll(() => page.locator('main').getAttribute('data-pagefind-ignore')).toBe('all');
    await context.close();
  });

  it('fits every slide in its 16:9 frame', async () => {
    const { context, page } = await openDeck('/diapos/', { width: 1024, height: 768 });
    const count = whole.length;
    for (let i = 0; i < count; i++) {
      await page.evaluate((n) => (location.hash = `#${n}`), i + 1);
      await expect.poll(() => current(page)).toBe(i);
      const box = await page.evaluate(() => {
        const s = document.querySelector<HTMLElement>('[data-current] .frame');
        const c = s?.querySelector<HTMLElement>('.content');
        return s && c
          ? { w: s.clientWidth, h: s.clientHeight, overflow: c.scrollHeight - c.clientHeight, vw: innerWidth }
          : null;
      });
      expect(box, `slide ${i + 1}`).not.toBeNull();
      expect(Math.abs((box?.w ?? 0) / (box?.h ?? 1) - 16 / 9)).toBeLessThan(0.02);
      expect(box?.overflow, `slide ${i + 1} overflows`).toBeLessThanOrEqual(1);
      expect(box?.w).toBeLessThanOrEqual(box?.vw ?? 0);
    }
    await context.close();
  });
});

describe('navigation', () => {
  it('moves with the keys of a keyboard or a clicker, one slide shown at a time, others inert', async () => {
    const { context, page } = await openDeck();
    const steps: Array<[string, number]> = [
      ['ArrowRight', 1],
      ['ArrowDown', 2],
      [' ', 3],
      ['PageDown', 4],
      ['ArrowLeft', 3],
      ['ArrowUp', 2],
      ['PageUp', 1],
      ['End', whole.length - 1],
      ['ArrowRight', whole.length - 1],
      ['Home', 0],
      ['ArrowLeft', 0],
    ];
    for (const [key, expected] of steps) {
      await page.keyboard.press(key === ' ' ? 'Space' : key);
      await expect.poll(() => current(page), { message: key }).toBe(expected);
      await expect.poll(() => hash(page)).toBe(`#${expected + 1}`);
      await expect.poll(() => page.locator('[data-counter]').textContent()).toBe(`${expected + 1} / ${whole.length}`);
      await expect.poll(() => displayed(page)).toBe(1);
    }
    const inert = await page.$$eval('[data-deck-track] [data-slide]', (els) =>
      els.map((e) => (e as HTMLElement).inert),
    );
    expect(inert.filter((x) => !x)).toHaveLength(1);
    expect(inert[0]).toBe(false);
    await context.close();
  });

  it('announces each slide politely, and shows progress', async () => {
    const { context, page } = await openDeck();
    await expect.poll(() => page.locator('[aria-live="polite"][data-announce]').count()).toBe(1);
    await page.keyboard.press('ArrowRight');
    const second = whole[1]?.title ?? '';
    await expect
      .poll(() => page.locator('[data-announce]').textContent())
      .toBe(`Diapositive 2 sur ${whole.length}\u00a0: ${second}`);
    const scale = await page.evaluate(() => document.querySelector<HTMLElement>('[data-progress]')?.style.transform);
    expect(Number(/scaleX\(([\d.]+)\)/.exec(scale ?? '')?.[1])).toBeCloseTo(1 / (whole.length - 1), 4);
    await expect.poll(() => page.locator('[role="application"]').count()).toBe(0);
    await context.close();
  });

  it('opens the slide a link points to, and clamps or ignores a bad slide number', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(siteUrl('/diapos/#12'));
    await expect.poll(() => current(page)).toBe(11);
    if (whole[11]?.kind !== 'poll')
      await expect.poll(() => page.locator('[data-current]').getAttribute('data-slide-title')).toBe(whole[11]?.title);
    await page.goto(siteUrl('/diapos/etape-1-veille/#999'));
    await expect
      .poll(() => current(page))
      .toBe(
        expectedDeck(
          lessons.filter((l) => l.slug === 'etape-1-veille'),
          false,
        ).length - 1,
      );
    await page.goto(siteUrl('/diapos/#nimportequoi'));
    await expect.poll(() => current(page)).toBe(0);
    await expect.poll(() => hash(page)).toBe('#1');
    // Typing another number in the address bar moves too.
    await page.evaluate(() => (location.hash = '#5'));
    await expect.poll(() => current(page)).toBe(4);
    await context.close();
  });

  it('moves back and forward through slides with the browser’s buttons', async () => {
    const { context, page } = await openDeck();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => current(page)).toBe(3);
    await page.goBack();
    await expect.poll(() => current(page)).toBe(2);
    await page.goBack();
    await expect.poll(() => current(page)).toBe(1);
    await page.goForward();
    await expect.poll(() => current(page)).toBe(2);
    await expect.poll(() => hash(page)).toBe('#3');
    await context.close();
  });

  it('moves with the toolbar from the keyboard alone, without Space on a button moving twice', async () => {
    const { context, page } = await openDeck();
    const next = page.locator('[data-action="next"]');
    await next.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => current(page)).toBe(1);
    await page.keyboard.press('Space');
    await expect.poll(() => current(page)).toBe(2);
    await page.locator('[data-action="prev"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => current(page)).toBe(1);
    // The presenter view has a visible link as well as key P.
    await expect
      .poll(() => page.locator('a[data-presenter-link]').getAttribute('href'))
      .toBe(new URL(siteUrl('/diapos/presentateur/')).pathname);
    await expect.poll(() => page.locator('a[data-presenter-link]').isVisible()).toBe(true);
    await context.close();
  });

  it('moves on a swipe', async () => {
    const { context, page } = await openDeck('/diapos/', { width: 800, height: 600 });
    const swipe = (dx: number) =>
      page.evaluate((delta) => {
        const area = document.querySelector('.stage-area');
        if (!area) return;
        const at = (x: number) => [new Touch({ identifier: 1, target: area, clientX: x, clientY: 300 })];
        area.dispatchEvent(new TouchEvent('touchstart', { changedTouches: at(400), bubbles: true }));
        area.dispatchEvent(new TouchEvent('touchend', { changedTouches: at(400 + delta), bubbles: true }));
      }, dx);
    await swipe(-200);
    await expect.poll(() => current(page)).toBe(1);
    await swipe(-200);
    await expect.poll(() => current(page)).toBe(2);
    await swipe(200);
    await expect.poll(() => current(page)).toBe(1);
    await swipe(-20);
    await expect.poll(() => current(page)).toBe(1);
    await context.close();
  });

  it('leaves browser shortcuts alone', async () => {
    const { context, page } = await openDeck();
    await page.keyboard.press('Alt+ArrowRight');
    await page.keyboard.press('Control+o');
    await expect.poll(() => current(page)).toBe(0);
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(0);
    await context.close();
  });
});

describe('overview, blackout, help', () => {
  it('shows every slide in a grid, moved through with arrows, Enter jumps to one', async () => {
    const { context, page } = await openDeck();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('o');
    const dialog = page.locator('dialog[data-overview]');
    await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    await expect.poll(() => page.locator('[data-overview-grid] button').count()).toBe(whole.length);
    const focused = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.index);
    await expect.poll(() => focused()).toBe('1');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => focused()).toBe('2');
    const columns = await page.$$eval('[data-overview-grid] button', (bs) => {
      const top = (b: Element) => b.getBoundingClientRect().top;
      return bs.filter((b) => Math.abs(top(b) - top(bs[0] as Element)) < 2).length;
    });
    expect(columns).toBeGreaterThan(1);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => focused()).toBe(String(2 + columns));
    // Thumbnails cannot take focus: only one button is in the tab order.
    await expect.poll(() => page.locator('[data-overview-grid] [tabindex="0"]').count()).toBe(1);
    expect(await runAxe(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
    await expect.poll(() => current(page)).toBe(2 + columns);
    await expect.poll(() => hash(page)).toBe(`#${3 + columns}`);
    // Escape closes without moving; O closes too.
    await page.keyboard.press('o');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
    await expect.poll(() => current(page)).toBe(2 + columns);
    await page.keyboard.press('o');
    await page.keyboard.press('o');
    await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
    await context.close();
  });

  it('loads the overview on first use, and keys pressed while it loads do not move the deck', async () => {
    const { context, page } = await openDeck();
    // The overview's code is not part of the deck's first load.
    const loaded = () =>
      page.evaluate(() => performance.getEntriesByType('resource').some((r) => /deck-overview/.test(r.name)));
    expect(await loaded()).toBe(false);
    // Its chunk held back 400 ms: → and End, pressed while it loads, were meant for the overview.
    await page.route(/deck-overview/, async (route) => {
      await new Promise((ok) => setTimeout(ok, 400));
      await route.continue();
    });
    await page.keyboard.press('o');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('End');
    const dialog = page.locator('dialog[data-overview]');
    await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    expect(await current(page)).toBe(0);
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.index))
      .toBe('0');
    await context.close();
  });

  it('blacks the screen out and back with B, and lifts the blackout when moving', async () => {
    const { context, page } = await openDeck();
    const screen = page.locator('[data-blackout-screen]');
    await expect.poll(() => screen.isVisible()).toBe(false);
    await page.keyboard.press('b');
    await expect.poll(() => screen.isVisible()).toBe(true);
    await expect.poll(() => screen.evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(0, 0, 0)');
    await expect.poll(() => page.locator('[data-action="blackout"]').getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => page.locator('[data-announce]').textContent()).toBe('Écran noir');
    await page.keyboard.press('b');
    await expect.poll(() => screen.isVisible()).toBe(false);
    await page.keyboard.press('.');
    await expect.poll(() => screen.isVisible()).toBe(true);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => screen.isVisible()).toBe(false);
    await expect.poll(() => current(page)).toBe(1);
    await context.close();
  });

  it('opens and closes the overview with Esc, as reveal.js, but leaves Esc to the browser in full screen', async () => {
    const { context, page } = await openDeck();
    const dialog = page.locator('dialog[data-overview]');
    const open = () => dialog.evaluate((d) => (d as HTMLDialogElement).open);
    await page.keyboard.press('Escape');
    await expect.poll(open).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(open).toBe(false);
    await page.keyboard.press('Escape');
    await expect.poll(open).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(open).toBe(false);
    // In full screen (simulated: headless Chromium has no screen to fill), Esc leaves full screen only.
    await page.evaluate(() =>
      Object.defineProperty(document, 'fullscreenElement', { get: () => document.documentElement, configurable: true }),
    );
    await page.keyboard.press('Escape');
    await page.keyboard.press('ArrowRight');
    // With what a failure needs to be understood (seen once, not reproduced since): a failing
    // diff shows whether a dialog is open and where the focus is when → did not move.
    await expect
      .poll(() =>
        page.evaluate(() => ({
          slide: [...document.querySelectorAll('[data-deck-track] [data-slide]')].findIndex((s) =>
            s.hasAttribute('data-current'),
          ),
          dialogs: [...document.querySelectorAll('dialog[open]')].map((d) => d.outerHTML.slice(0, 60)),
          focus: document.activeElement?.outerHTML.slice(0, 80),
        })),
      )
      .toEqual({ slide: 1, dialogs: [], focus: expect.any(String) });
    expect(await open()).toBe(false);
    await context.close();
  });

  it('fades the toolbar 3 s after the mouse last moved, and brings it back on a move or on focus', async () => {
    const { context, page } = await newPage(browser, { width: 1920, height: 1080 });
    await page.clock.install();
    await page.goto(siteUrl('/diapos/'));
    await page.waitForFunction(() => document.querySelector('[data-counter]')?.textContent !== '');
    const toolbar = page.locator('[data-toolbar]');
    const opacity = () => toolbar.evaluate((e) => getComputedStyle(e).opacity);
    await page.mouse.move(900, 400);
    await page.mouse.move(960, 500);
    await expect.poll(opacity).toBe('1');
    await page.clock.runFor(2000);
    await expect.poll(() => page.locator('deck-view').getAttribute('data-idle')).toBeNull();
    await page.clock.runFor(2000);
    await expect.poll(opacity).toBe('0');
    // Moving through the slides with the keyboard (a clicker) does not bring it back.
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => current(page)).toBe(1);
    expect(await opacity()).toBe('0');
    await page.mouse.move(700, 300);
    await expect.poll(opacity).toBe('1');
    await page.clock.runFor(4000);
    await expect.poll(opacity).toBe('0');
    // A keyboard user reaches it with Tab, and it shows while one of its controls has focus.
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.closest('[data-toolbar]') !== null)) break;
    }
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-toolbar]') !== null)).toBe(true);
    await expect.poll(opacity).toBe('1');
    await page.clock.runFor(4000);
    await expect.poll(() => page.locator('deck-view').getAttribute('data-idle')).toBe('');
    expect(await opacity()).toBe('1');
    await context.close();
  });

  it('never shows the toolbar over the black screen; a click on it lifts the blackout', async () => {
    const { context, page } = await openDeck('/diapos/', { width: 1920, height: 1080 });
    const toolbar = page.locator('[data-toolbar]');
    await page.mouse.move(960, 500);
    await expect.poll(() => toolbar.isVisible()).toBe(true);
    await page.keyboard.press('b');
    await expect.poll(() => page.locator('[data-blackout-screen]').isVisible()).toBe(true);
    await page.mouse.move(960, 1060);
    await page.mouse.move(900, 1050);
    await expect.poll(() => toolbar.isVisible()).toBe(false);
    const onTop = await page.evaluate(() => document.elementFromPoint(960, 1060)?.hasAttribute('data-blackout-screen'));
    expect(onTop).toBe(true);
    await page.mouse.click(960, 540);
    await expect.poll(() => page.locator('[data-blackout-screen]').isVisible()).toBe(false);
    await expect.poll(() => toolbar.isVisible()).toBe(true);
    await context.close();
  });

  it('lists the keys in French with ?, and ignores deck keys while it is open', async () => {
    const { context, page } = await openDeck();
    await page.keyboard.press('?');
    const help = page.locator('dialog[data-help]');
    await expect.poll(() => help.evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    await expect.poll(() => help.locator('h2').textContent()).toBe('Raccourcis clavier');
    const text = (await help.textContent()) ?? '';
    for (const words of [
      'Diapositive suivante',
      'Espace',
      'Page suivante',
      'Vue d’ensemble',
      'Écran noir',
      'Plein écran',
      'Ouvrir la vue présentateur',
      'balayez',
    ]) {
      expect(text).toContain(words);
    }
    // G does what this window's help says: here, the overview (the go-to field is the presenter's).
    expect(await help.locator('[data-help-action="goto"]').textContent()).toBe(
      'Aller à une diapositive par la vue d’ensemble (titres et miniatures)',
    );
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => current(page)).toBe(0);
    expect(await runAxe(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => help.evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => current(page)).toBe(1);
    await page.keyboard.press('g');
    const overview = page.locator('dialog[data-overview]');
    await expect.poll(() => overview.evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    await context.close();
  });

  it('goes full screen with F and back', async () => {
    const { context, page } = await openDeck();
    await page.keyboard.press('f');
    await expect
      .poll(() =>
        page.evaluate(
          () => document.fullscreenElement !== null || document.querySelector('[data-notice]')?.textContent !== '',
        ),
      )
      .toBe(true);
    const full = await page.evaluate(() => document.fullscreenElement !== null);
    if (full) {
      await page.keyboard.press('f');
      await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
    } else {
      await expect
        .poll(() => page.locator('[data-notice]').textContent())
        .toBe('Le plein écran n’est pas disponible dans ce navigateur.');
    }
    await context.close();
  });
});

describe('poll slides', () => {
  it('shows one question per slide, the answer hidden until R reveals it', async () => {
    expect(firstPoll).toBeGreaterThan(0);
    const { context, page } = await openDeck(`/diapos/#${firstPoll + 1}`);
    await expect.poll(() => current(page)).toBe(firstPoll);
    const slide = page.locator('[data-current]');
    await expect.poll(() => slide.getAttribute('data-poll')).toBeTruthy();
    await expect.poll(() => slide.locator('.poll-options li').count()).toBeGreaterThan(1);
    const answer = slide.locator('[data-answer]').first();
    await expect.poll(() => answer.isVisible()).toBe(false);
    await page.keyboard.press('r');
    await expect.poll(() => answer.isVisible()).toBe(true);
    await expect
      .poll(() => slide.locator('li[data-correct] .visually-hidden').first().textContent())
      .toBe('(bonne réponse)');
    await expect.poll(() => page.locator('[data-announce]').textContent()).toMatch(/^Réponse\u00a0: /);
    expect(await runAxe(page)).toEqual([]);
    // Moving away and back keeps the answer shown; R again hides it.
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => answer.isVisible()).toBe(true);
    await page.keyboard.press('r');
    await expect.poll(() => answer.isVisible()).toBe(false);
    // R on a slide that is not a poll does nothing.
    await page.keyboard.press('Home');
    await page.keyboard.press('r');
    await expect.poll(() => page.locator('[data-current]').getAttribute('data-revealed')).toBeNull();
    await context.close();
  });

  it('carries a QR code to the quiz page only when the site’s public URL is configured', async () => {
    const { context, page } = await openDeck(`/diapos/#${firstPoll + 1}`);
    const site = process.env.SITE_URL;
    const qr = page.locator('[data-current] [data-qr]');
    if (site) {
      await expect.poll(() => qr.locator('svg').count()).toBe(1);
      await expect.poll(() => qr.locator('figcaption').textContent()).toMatch(/\/quiz\/sondage-strategie\/$/);
    } else {
      await expect.poll(() => page.locator('[data-qr]').count()).toBe(0);
    }
    await context.close();
  });

  it('follows the slide that holds the quiz, in the lesson’s deck', async () => {
    const { context, page } = await openDeck(`/diapos/${pollLesson?.slug}/`);
    const kinds = await page.$$eval('[data-deck-track] [data-slide]', (els) =>
      els.map((e) => (e as HTMLElement).dataset.slideKind),
    );
    const at = kinds.indexOf('poll');
    expect(at).toBeGreaterThan(0);
    await expect
      .poll(() =>
        page
          .locator('[data-deck-track] [data-slide]')
          .nth(at - 1)
          .getAttribute('data-slide-title'),
      )
      .toBe(pollLesson?.slides.find((s) => s.polls.length > 0)?.title);
    await context.close();
  });
});

describe('print', () => {
  it('prints one landscape page per slide', async () => {
    const { context, page } = await openDeck('/diapos/#7');
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(pdfPageCount(pdf)).toBe(whole.length);
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
    expect(Number(box?.[1])).toBeGreaterThan(Number(box?.[2]));
    const lesson = lessons[0];
    await page.goto(siteUrl(`/diapos/${lesson?.slug}/`));
    expect(pdfPageCount(await page.pdf({ preferCSSPageSize: true }))).toBe(
      expectedDeck(lesson ? [lesson] : [], false).length,
    );
    await context.close();
  });

  it('prints each slide with its notes in handout mode', async () => {
    const { context, page } = await openDeck('/diapos/?notes');
    await page.emulateMedia({ media: 'print' });
    const notes = page.locator('[data-deck-track] [data-slide-kind="content"] [data-notes]').first();
    await expect.poll(() => notes.isVisible()).toBe(true);
    await expect.poll(() => page.locator('.toolbar').isVisible()).toBe(false);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(whole.length);
    await page.emulateMedia({ media: 'screen' });
    await expect.poll(() => notes.isVisible()).toBe(false);
    // The button does the same for the one print it starts.
    const other = await newPage(browser);
    await other.page.goto(siteUrl('/diapos/'));
    await other.page.evaluate(() => {
      window.print = () =>
        document.documentElement.setAttribute(
          'data-printed',
          document.documentElement.hasAttribute('data-handout') ? 'handout' : 'plain',
        );
    });
    await other.page.locator('[data-handout]').click();
    await expect.poll(() => other.page.locator('html').getAttribute('data-printed')).toBe('handout');
    await other.context.close();
    await context.close();
  });

  it('prints the handout with each slide whole and its notes, on one landscape page each', async () => {
    const { context, page } = await openDeck('/diapos/?notes', { width: 1366, height: 768 });
    await page.emulateMedia({ media: 'print' });
    // What each slide shows, as printed: its first and last texts, and its notes' last one. Only
    // text drawn on paper counts (not the visually hidden words for screen readers, nor SVG titles).
    const expected = await page.$$eval('[data-deck-track] [data-slide]', (els) =>
      els.map((s) => {
        const texts = (root: Element | null) => {
          const out: string[] = [];
          if (!root) return out;
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const text = (n.textContent ?? '').trim();
            const parent = n.parentElement;
            if (text.length < 2 || !parent) continue;
            const r = parent.getBoundingClientRect();
            if (r.width > 2 && r.height > 2 && getComputedStyle(parent).visibility === 'visible') out.push(text);
          }
          return out;
        };
        const frame = texts(s.querySelector('.frame'));
        const notes = texts(s.querySelector('[data-notes-body]'));
        return { first: frame[0] ?? '', last: frame.at(-1) ?? '', notes: notes.at(-1) ?? '' };
      }),
    );
    expect(expected).toHaveLength(whole.length);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
    expect(Number(box?.[1])).toBeGreaterThan(Number(box?.[2]));
    const { extractText, getDocumentProxy } = await import('unpdf');
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: false });
    // One page per slide: slide n is on page n, whole, with its notes.
    expect(text).toHaveLength(whole.length);
    // Case aside: a kicker is written « Formation » and printed in capitals.
    const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, '').toLocaleLowerCase('fr');
    expected.forEach((slide, i) => {
      const printed = squash(text[i] ?? '');
      expect(slide.last, `slide ${i + 1} has text`).not.toBe('');
      expect(printed, `slide ${i + 1}: first line`).toContain(squash(slide.first));
      expect(printed, `slide ${i + 1}: last line`).toContain(squash(slide.last));
      if (slide.notes) expect(printed, `slide ${i + 1}: notes`).toContain(squash(slide.notes));
    });
    await context.close();
  });

  it('prints from its button only, also when the page opened in handout mode', async () => {
    // With ?notes the page itself carries data-handout: a click elsewhere must not start a print.
    const { context, page } = await openDeck('/diapos/?notes');
    await page.evaluate(() => {
      window.print = () => document.documentElement.setAttribute('data-printed', '');
    });
    await page.locator('.stage-area').click({ position: { x: 2, y: 2 } });
    await page.locator('.toolbar .theme-toggle').click();
    await expect.poll(() => page.locator('html').getAttribute('data-printed')).toBeNull();
    await page.locator('button[data-handout]').click();
    await expect.poll(() => page.locator('html').getAttribute('data-printed')).toBe('');
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('shows every slide one after another, and none of the reading text', async () => {
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await page.goto(siteUrl('/diapos/'));
    await expect.poll(() => displayed(page)).toBe(whole.length);
    await expect.poll(() => page.locator('.deck-lesson > :not([data-slide])').count()).toBe(0);
    await expect.poll(() => page.locator('.toolbar').isVisible()).toBe(false);
    await expect.poll(() => page.locator('.noscript').textContent()).toContain('JavaScript est désactivé');
    await context.close();
  });
});

describe('motion and accessibility', () => {
  it('respects reduced motion', async () => {
    const { context, page } = await openDeck();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const duration = await page.evaluate(() =>
      parseFloat(getComputedStyle(document.querySelector('[data-progress]') as Element).transitionDuration),
    );
    expect(duration).toBeLessThan(0.01);
    await context.close();
  });

  it.each(['light', 'dark'] as const)(
    'has no axe violation in the %s theme, on a title, a content and a poll slide',
    async (colorScheme) => {
      const { context, page } = await openDeck('/diapos/', { colorScheme });
      expect(await runAxe(page)).toEqual([]);
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => current(page)).toBe(2);
      expect(await runAxe(page)).toEqual([]);
      await page.evaluate((n) => (location.hash = `#${n}`), firstPoll + 1);
      await expect.poll(() => current(page)).toBe(firstPoll);
      await page.keyboard.press('r');
      expect(await runAxe(page)).toEqual([]);
      await context.close();
    },
  );
});
