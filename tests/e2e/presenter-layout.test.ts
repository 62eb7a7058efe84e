// The presenter view on the laptop screens trainers use: every pane on screen without scrolling,
// in the same place on every slide, the notes' text size remembered, a countdown and
// « Aller à la diapositive ».
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, siteUrl, watchPage } from '../support/browser';
import { runAxe } from '../support/axe';
import { expectedDeck, readLessonSlides } from '../support/deck-files';

const lessons = readLessonSlides();
const whole = expectedDeck(lessons, true);
const firstPoll = whole.findIndex((s) => s.kind === 'poll');
const middle = Math.floor(whole.length / 2);
const last = whole.length - 1;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const presenterAt = (page: Page) => page.evaluate(() => Number(location.hash.slice(1)) - 1);

async function openPresenter(page: Page, slide = 1) {
  await page.goto(siteUrl(`/diapos/presentateur/#${slide}`));
  await page.waitForFunction(() => (document.querySelector('[data-counter]')?.textContent ?? '') !== '');
}

/** Where the parts the trainer needs are, and whether the page scrolls. */
const layout = (page: Page) =>
  page.evaluate(() => {
    const box = (selector: string) => {
      const el = document.querySelector(selector);
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return {
        top: Math.round(r.top),
        bottom: Math.round(r.bottom),
        left: Math.round(r.left),
        right: Math.round(r.right),
      };
    };
    return {
      width: innerWidth,
      height: innerHeight,
      scroll: document.documentElement.scrollHeight - innerHeight,
      parts: {
        current: box('[data-current-screen] .frame'),
        next: box('[data-next-screen] > *'),
        notes: box('[data-notes-panel]'),
        elapsed: box('[data-elapsed]'),
        countdown: box('[data-countdown]'),
        prev: box('.controls [data-action="prev"]'),
        nextButton: box('.controls [data-action="next"]'),
      },
    };
  });

describe('presenter view on a laptop screen', () => {
  it.each([
    [1366, 768],
    [1280, 720],
    [1440, 900],
    [1920, 1080],
  ])('shows slide, next slide, notes, timer and buttons without scrolling at %i×%i', async (width, height) => {
    const { context, page } = await newPage(browser, { width, height });
    const seen = watchPage(page);
    await openPresenter(page);
    const places: string[] = [];
    for (const slide of [0, middle, firstPoll, last]) {
      await page.evaluate((n) => (location.hash = `#${n}`), slide + 1);
      await expect.poll(() => presenterAt(page)).toBe(slide);
      await expect.poll(() => page.locator('[data-counter]').textContent()).toBe(`(${slide + 1} / ${whole.length})`);
      const l = await layout(page);
      expect(l.scroll, `slide ${slide + 1}: the page scrolls`).toBeLessThanOrEqual(0);
      for (const [name, b] of Object.entries(l.parts)) {
        expect(b, `${name} on slide ${slide + 1}`).not.toBeNull();
        if (!b) continue;
        expect(b.bottom - b.top, `${name} has a height`).toBeGreaterThan(10);
        expect(b.top, `${name} top on slide ${slide + 1}`).toBeGreaterThanOrEqual(0);
        expect(b.left, `${name} left`).toBeGreaterThanOrEqual(0);
        expect(b.bottom, `${name} below the fold on slide ${slide + 1}`).toBeLessThanOrEqual(l.height);
        expect(b.right, `${name} right`).toBeLessThanOrEqual(l.width);
      }
      // The notes leave room to read: at least a fifth of the screen's height.
      const notes = l.parts.notes;
      expect((notes?.bottom ?? 0) - (notes?.top ?? 0)).toBeGreaterThan(height / 5);
      places.push(JSON.stringify([l.parts.notes, l.parts.prev, l.parts.nextButton, l.parts.elapsed]));
    }
    // Nothing moves from slide to slide (the last slide's « next » pane says the talk ends).
    expect(new Set(places).size, places.join('\n')).toBe(1);
    expect(seen.errors).toEqual([]);
    await context.close();
  });

  it('scrolls long notes inside their own pane, and remembers their text size (A−, A+)', async () => {
    const { context, page } = await newPage(browser, { width: 1280, height: 720 });
    await openPresenter(page, 3);
    const notes = page.locator('[data-notes-panel]');
    const size = () => notes.evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    const before = await size();
    const larger = page.getByRole('button', { name: 'Agrandir le texte des notes' });
    for (let i = 0; i < 10; i++) if (await larger.isEnabled()) await larger.click();
    await expect.poll(() => larger.isDisabled()).toBe(true);
    expect(await size()).toBeGreaterThan(before * 1.5);
    const pane = await notes.evaluate((e) => ({
      scroll: e.scrollHeight,
      client: e.clientHeight,
      y: getComputedStyle(e).overflowY,
    }));
    expect(pane.y).toBe('auto');
    expect(pane.scroll).toBeGreaterThan(pane.client);
    const l = await layout(page);
    expect(l.scroll).toBeLessThanOrEqual(0);
    expect(l.parts.notes?.bottom).toBeLessThanOrEqual(720);
    // Remembered after a reload.
    const grown = await size();
    await page.reload();
    await page.waitForFunction(() => (document.querySelector('[data-counter]')?.textContent ?? '') !== '');
    await expect.poll(size).toBe(grown);
    await page.getByRole('button', { name: 'Réduire le texte des notes' }).click();
    await expect.poll(size).toBeLessThan(grown);
    await context.close();
  });

  it('changes the notes size for the visit when storage throws, and says it is not kept', async () => {
    const { context, page } = await newPage(browser);
    const seen = watchPage(page);
    await context.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('Stockage plein', 'QuotaExceededError');
      };
      Storage.prototype.getItem = () => {
        throw new DOMException('Stockage bloqué', 'SecurityError');
      };
    });
    await openPresenter(page, 3);
    const notes = page.locator('[data-notes-panel]');
    const size = () => notes.evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    const before = await size();
    await page.getByRole('button', { name: 'Agrandir le texte des notes' }).click();
    await expect.poll(size).toBeGreaterThan(before);
    await expect.poll(() => page.locator('[data-notice]').textContent()).toContain('ne conserve pas les réglages');
    expect(seen.errors).toEqual([]);
    await context.close();
  });
});

describe('countdown', () => {
  it('counts down from the talk length typed once, and says when the talk is over, besides the colour', async () => {
    const { context, page } = await newPage(browser, { width: 1366, height: 768 });
    await context.clock.install({ time: new Date('2026-12-06T08:59:00') });
    await context.clock.pauseAt(new Date('2026-12-06T09:00:00'));
    await openPresenter(page);
    const shown = page.locator('[data-countdown]');
    const label = page.locator('[data-countdown-label]');
    const field = page.getByLabel('Durée (min)');
    await expect.poll(() => shown.textContent()).toBe('—');
    // A length that is not one is refused in French, and the field says it is invalid.
    await field.fill('beaucoup');
    await field.press('Enter');
    await expect.poll(() => page.locator('[data-talk-error]').textContent()).toContain('Entrez une durée');
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    await field.fill('1');
    await page.getByRole('button', { name: 'Régler' }).click();
    await expect.poll(() => shown.textContent()).toBe('0:01:00');
    await expect.poll(() => field.getAttribute('aria-invalid')).toBeNull();
    const normal = await shown.evaluate((e) => getComputedStyle(e).color);
    await context.clock.runFor(20_000);
    await expect.poll(() => shown.textContent()).toBe('0:00:40');
    await expect.poll(() => label.textContent()).toBe('Temps restant');
    await context.clock.runFor(55_000);
    await expect.poll(() => shown.textContent()).toBe('+0:00:15');
    await expect.poll(() => label.textContent()).toBe('Temps dépassé');
    expect(await shown.evaluate((e) => getComputedStyle(e).color)).not.toBe(normal);
    // Screen readers hear it once, through the polite live region.
    await context.clock.runFor(100);
    await expect.poll(() => page.locator('[data-announce]').textContent()).toBe('Temps dépassé');
    // The length is remembered for this deck.
    await page.reload();
    await page.waitForFunction(() => (document.querySelector('[data-counter]')?.textContent ?? '') !== '');
    await expect.poll(() => field.inputValue()).toBe('1');
    // An empty field removes the countdown.
    await field.fill('');
    await field.press('Enter');
    await expect.poll(() => shown.textContent()).toBe('—');
    await context.close();
  });
});

describe('« Aller à la diapositive »', () => {
  it('goes to a slide by number, by title, or picked from the list; says so when nothing matches', async () => {
    const { context, page } = await newPage(browser, { width: 1366, height: 768 });
    await openPresenter(page);
    const dialog = page.locator('dialog[data-goto]');
    const open = () => dialog.evaluate((d) => (d as HTMLDialogElement).open);
    await page.keyboard.press('g');
    await expect.poll(open).toBe(true);
    await expect.poll(() => page.evaluate(() => document.activeElement?.hasAttribute('data-goto-input'))).toBe(true);
    await page.keyboard.type('12');
    await page.keyboard.press('Enter');
    await expect.poll(open).toBe(false);
    await expect.poll(() => presenterAt(page)).toBe(11);

    // By part of a title, accents and case aside.
    const target = whole.findIndex((s, i) => i > 20 && s.kind === 'content');
    const title = whole[target]?.title ?? '';
    await page.getByRole('button', { name: 'Aller à…' }).click();
    await page.getByLabel('Numéro ou titre').fill(title.slice(0, 12).toUpperCase());
    await page.getByRole('button', { name: 'Aller', exact: true }).click();
    await expect
      .poll(() => presenterAt(page))
      .toBe(
        whole.findIndex(
          (s) => s.kind === 'content' && s.title.toUpperCase().startsWith(title.slice(0, 12).toUpperCase()),
        ),
      );

    // Picked from the list of titles.
    await page.keyboard.press('g');
    const list = page.getByLabel('Ou choisir dans la liste');
    await expect.poll(() => list.locator('option').count()).toBe(whole.length + 1);
    await list.selectOption(String(last + 1));
    await page.getByRole('button', { name: 'Aller', exact: true }).click();
    await expect.poll(() => presenterAt(page)).toBe(last);

    // A number outside the deck: a message, and the dialog stays open.
    await page.keyboard.press('g');
    await page.keyboard.type('999');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('[data-goto-error]').textContent())
      .toBe('Aucune diapositive ne porte ce numéro ou ce titre.');
    expect(await open()).toBe(true);
    expect(await runAxe(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(open).toBe(false);
    expect(await presenterAt(page)).toBe(last);
    await context.close();
  });

  it('moves the projector too', async () => {
    const { context, page: deck } = await newPage(browser);
    await deck.goto(siteUrl('/diapos/'));
    await deck.waitForFunction(() => (document.querySelector('[data-counter]')?.textContent ?? '') !== '');
    const presenter = await context.newPage();
    await openPresenter(presenter);
    await presenter.keyboard.press('g');
    await presenter.keyboard.type('7');
    await presenter.keyboard.press('Enter');
    await expect.poll(() => deck.evaluate(() => location.hash)).toBe('#7');
    await context.close();
  });

  it.each(['light', 'dark'] as const)(
    'has no axe violation with a countdown over time (%s theme)',
    async (colorScheme) => {
      const { context, page } = await newPage(browser, { colorScheme, width: 1366, height: 768 });
      await context.clock.install();
      await openPresenter(page, firstPoll + 1);
      await page.getByLabel('Durée (min)').fill('1');
      await page.getByLabel('Durée (min)').press('Enter');
      await context.clock.runFor(70_000);
      await expect.poll(() => page.locator('[data-countdown-label]').textContent()).toBe('Temps dépassé');
      expect(await runAxe(page)).toEqual([]);
      await context.close();
    },
  );
});
