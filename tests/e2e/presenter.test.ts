// The presenter view and its link with the projected deck: both windows of one browser move
// together in both directions, a window opened later joins where the others are, poll answers and
// the blackout are driven from the presenter, and another browser can never drive the trainer's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newPage, siteUrl, watchPage } from '../support/browser';
import { runAxe } from '../support/axe';
import { expectedDeck, readLessonSlides } from '../support/deck-files';

const lessons = readLessonSlides();
const whole = expectedDeck(lessons, true);
const firstPoll = whole.findIndex((s) => s.kind === 'poll');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** 0-based slide shown by the projected deck. */
const deckAt = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[data-deck-track] [data-slide]')].findIndex((s) => s.hasAttribute('data-current')),
  );

/** 0-based slide shown by the presenter view, from its hash (it follows the current slide). */
const presenterAt = (page: Page) => page.evaluate(() => Number(location.hash.slice(1)) - 1);

/** Title of the slide in one of the presenter's panes. */
const paneTitle = (page: Page, pane: 'current' | 'next') =>
  page.locator(`[data-${pane}-screen] [data-slide]`).getAttribute('data-slide-title', { timeout: 2000 });

async function ready(page: Page, selector: string) {
  await page.waitForFunction((s) => (document.querySelector(s)?.textContent ?? '') !== '', selector);
}

async function openDeck(context: BrowserContext, path = '/diapos/') {
  const page = await context.newPage();
  await page.goto(siteUrl(path));
  await ready(page, '[data-counter]');
  return page;
}

async function openPresenter(context: BrowserContext, path = '/diapos/presentateur/') {
  const page = await context.newPage();
  await page.goto(siteUrl(path));
  await ready(page, '[data-counter]');
  return page;
}

describe('presenter view', () => {
  it('shows the current slide, the next one, the notes, the elapsed time and the clock', async () => {
    const { context, page: first } = await newPage(browser);
    await first.close();
    // A paused clock: the timer counts only the time the test lets pass, however slow the machine.
    await context.clock.install({ time: new Date('2026-12-06T08:59:00') });
    await context.clock.pauseAt(new Date('2026-12-06T09:00:00'));
    const page = await openPresenter(context);
    const seen = watchPage(page);
    await expect.poll(() => paneTitle(page, 'current')).toBe(whole[0]?.title);
    await expect.poll(() => paneTitle(page, 'next')).toBe(whole[1]?.title);
    await expect.poll(() => page.locator('[data-counter]').textContent()).toBe(`(1 / ${whole.length})`);
    // The opening slide's notes list the lessons; a lesson's title slide lists its objectives.
    await expect.poll(() => page.locator('[data-notes-panel]').textContent()).toContain(lessons[0]?.title);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => presenterAt(page)).toBe(1);
    await expect
      .poll(async () => (await page.locator('[data-notes-panel] li').allTextContents()).map((s) => s.trim()))
      .toEqual(lessons[0]?.objectives);
    // A content slide's notes are those written in the MDX, as the deck holds them.
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => paneTitle(page, 'current')).toBe(whole[2]?.title);
    const source = await page.locator('[data-source] [data-slide]').nth(2).locator('[data-notes-body]').textContent();
    await expect.poll(() => page.locator('[data-notes-panel]').textContent()).toBe(source);
    // The copies in the panes repeat no id of the page.
    const ids = await page.$$eval('[id]', (els) => els.map((e) => e.id));
    expect(new Set(ids).size).toBe(ids.length);

    // Hours without a leading zero, as Québec writes them (« 9 h 00 », « 0 h 05 »).
    await expect.poll(() => page.locator('[data-clock]').textContent()).toMatch(/^9\u00a0h\u00a000$/);
    await context.clock.runFor(65_000);
    await expect.poll(() => page.locator('[data-elapsed]').textContent()).toBe('0:01:05');
    await page.getByRole('button', { name: 'Pause' }).click();
    await context.clock.runFor(30_000);
    await expect.poll(() => page.locator('[data-elapsed]').textContent()).toBe('0:01:05');
    await expect.poll(() => page.locator('[data-timer-toggle]').textContent()).toBe('Reprendre');
    await page.getByRole('button', { name: 'Remettre à zéro' }).click();
    await expect.poll(() => page.locator('[data-elapsed]').textContent()).toBe('0:00:00');
    await page.getByRole('button', { name: 'Reprendre' }).click();
    await context.clock.runFor(3_000);
    await expect.poll(() => page.locator('[data-elapsed]').textContent()).toBe('0:00:03');
    await expect.poll(() => page.locator('[data-elapsed]').getAttribute('role')).toBe('timer');

    await page.keyboard.press('End');
    await expect.poll(() => page.locator('[data-next-screen]').textContent()).toBe('Fin de la présentation');
    expect(seen.errors).toEqual([]);
    expect(seen.foreign).toEqual([]);
    await context.close();
  });

  it('moves the projector from the presenter and the presenter from the projector', async () => {
    const { context, page: first } = await newPage(browser);
    await first.close();
    const deck = await openDeck(context);
    const presenter = await openPresenter(context);
    await deck.bringToFront();
    await deck.keyboard.press('ArrowRight');
    await deck.keyboard.press('ArrowRight');
    await expect.poll(() => presenterAt(presenter)).toBe(2);
    await expect.poll(() => paneTitle(presenter, 'current')).toBe(whole[2]?.title);

    await presenter.bringToFront();
    await presenter.keyboard.press('ArrowRight');
    await expect.poll(() => deckAt(deck)).toBe(3);
    await expect.poll(() => deck.evaluate(() => location.hash)).toBe('#4');
    await presenter.locator('[data-action="next"]').click();
    await expect.poll(() => deckAt(deck)).toBe(4);
    await presenter.locator('[data-action="prev"]').click();
    await expect.poll(() => deckAt(deck)).toBe(3);

    // The deck's back button is a move like any other: the presenter follows it.
    await deck.goBack();
    await expect.poll(() => deckAt(deck)).toBe(4);
    await expect.poll(() => presenterAt(presenter)).toBe(4);
    await context.close();
  });

  it('sends one message per move and never echoes one back', async () => {
    const { context, page: first } = await newPage(browser);
    await first.close();
    await context.addInitScript(() => {
      const sent: unknown[] = [];
      (window as unknown as { sent: unknown[] }).sent = sent;
      const post = BroadcastChannel.prototype.postMessage;
      BroadcastChannel.prototype.postMessage = function (this: BroadcastChannel, message: unknown) {
        // The deck's own channel only: a simulation slide shares its path on a channel of its own.
        if (!this.name.includes(':scenario:')) sent.push(message);
        post.call(this, message);
      };
    });
    const deck = await openDeck(context);
    const presenter = await openPresenter(context);
    const sent = (p: Page) =>
      p.evaluate(() => (window as unknown as { sent: Array<{ kind: string }> }).sent.map((m) => m.kind));
    // The presenter said hello; the deck answered with its state.
    await expect.poll(() => sent(presenter)).toEqual(['hello']);
    await expect.poll(() => sent(deck)).toEqual(['hello', 'state']);
    await deck.keyboard.press('ArrowRight');
    await expect.poll(() => presenterAt(presenter)).toBe(1);
    // A second move is the barrier: the presenter handles messages in order, so once it shows the
    // second move, any echo of the first would already have been sent.
    await deck.keyboard.press('ArrowRight');
    await expect.poll(() => presenterAt(presenter)).toBe(2);
    expect(await sent(deck)).toEqual(['hello', 'state', 'state', 'state']);
    expect(await sent(presenter)).toEqual(['hello']);
    await context.close();
  });

  it('lets a presenter view opened later join the projector at its current slide', async () => {
    const { context, page: first } = await newPage(browser);
    await first.close();
    const deck = await openDeck(context, '/diapos/#7');
    await expect.poll(() => deckAt(deck)).toBe(6);
    // Opened without a slide number (or with another one), it still joins the deck where it is.
    const presenter = await openPresenter(context, '/diapos/presentateur/#2');
    await expect.poll(() => presenterAt(presenter)).toBe(6);
    await expect.poll(() => paneTitle(presenter, 'current')).toBe(whole[6]?.title);
    // …and a projector opened later joins the presenter.
    await presenter.keyboard.press('ArrowRight');
    const second = await openDeck(context);
    await expect.poll(() => deckAt(second)).toBe(7);
    await expect.poll(() => deckAt(deck)).toBe(7);
    await context.close();
  });

  it('converges on one slide when the projector and the presenter view open at the same moment', async () => {
    const { context, page: first } = await newPage(browser);
    await first.close();
    const [deck, presenter] = await Promise.all([context.newPage(), context.newPage()]);
    await Promise.all([deck.goto(siteUrl('/diapos/#9')), presenter.goto(siteUrl('/diapos/presentateur/#3'))]);
    // Whichever window opened first gives the slide; both show the same one, not each other's.
    await expect
      .poll(async () => {
        const [a, b] = [await deckAt(deck), await presenterAt(presenter)];
        return a === b && (a === 8 || a === 2) ? 'same' : `${a} / ${b}`;
      })
      .toBe('same');
    const at = await deckAt(deck);
    await presenter.keyboard.press('ArrowRight');
    await expect.poll(() => deckAt(deck)).toBe(at + 1);
    await context.close();
  });

  it('opens from the deck with P (or the toolbar link) at the current slide', async () => {
    const { context, page: first } = await newPage(browser);
    await first.close();
    const deck = await openDeck(context, '/diapos/#3');
    const [popup] = await Promise.all([context.waitForEvent('page'), deck.keyboard.press('p')]);
    await popup.waitForLoadState();
    expect(new URL(popup.url()).pathname).toBe(new URL(siteUrl('/diapos/presentateur/')).pathname);
    await ready(popup, '[data-counter]');
    await expect.poll(() => presenterAt(popup)).toBe(2);
    // The presenter view's own link brings the projection back, at its slide too.
    const [projection] = await Promise.all([
      context.waitForEvent('page'),
      popup.locator('[data-projection-link]').click(),
    ]);
    await projection.waitForLoadState();
    await ready(projection, '[data-counter]');
    await expect.poll(() => deckAt(projection)).toBe(2);
    await context.close();
  });

  it('says so when the browser blocks the other window, naming the link each window has', async () => {
    const { context, page: first } = await newPage(browser);
    await first.close();
    // A browser that refuses pop-ups: window.open gives nothing back.
    await context.addInitScript(() => {
      window.open = () => null;
    });
    const deck = await openDeck(context);
    await deck.keyboard.press('p');
    await expect
      .poll(() => deck.locator('[data-notice]').textContent())
      .toBe(
        'Le navigateur a bloqué l’ouverture de la fenêtre. Autorisez les fenêtres surgissantes pour ce site, ou utilisez le lien «\u00a0Vue présentateur\u00a0».',
      );
    const presenter = await openPresenter(context);
    await presenter.locator('[data-projection-link]').click();
    await expect
      .poll(() => presenter.locator('[data-notice]').textContent())
      .toBe(
        'Le navigateur a bloqué l’ouverture de la fenêtre. Autorisez les fenêtres surgissantes pour ce site, ou utilisez le lien «\u00a0Ouvrir la projection\u00a0».',
      );
    await context.close();
  });

  it('reveals a poll answer on the projector from the presenter view, and back', async () => {
    const { context, page: first } = await newPage(browser);
    await first.close();
    const deck = await openDeck(context, `/diapos/#${firstPoll}`);
    const presenter = await openPresenter(context);
    // The presenter joins at the projector's slide once their handshake is done.
    await expect.poll(() => presenterAt(presenter)).toBe(firstPoll - 1);
    const reveal = presenter.locator('[data-action="reveal"]');
    await expect.poll(() => reveal.isVisible()).toBe(false);
    await presenter.locator('[data-action="next"]').click();
    await expect.poll(() => deckAt(deck)).toBe(firstPoll);
    await expect.poll(() => reveal.isVisible()).toBe(true);
    // The presenter sees the expected answer in the notes before the room does.
    await expect.poll(() => presenter.locator('[data-notes-panel]').textContent()).toMatch(/^Réponse attendue\u00a0:/);
    const answer = deck.locator('[data-current] [data-answer]').first();
    await expect.poll(() => answer.isVisible()).toBe(false);
    await reveal.click();
    await expect.poll(() => answer.isVisible()).toBe(true);
    await expect.poll(() => reveal.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => presenter.locator('[data-current-screen] [data-answer]').first().isVisible()).toBe(true);
    await reveal.click();
    await expect.poll(() => answer.isVisible()).toBe(false);
    // Revealed from the projector (key R), the presenter view shows it too.
    await deck.bringToFront();
    await deck.keyboard.press('r');
    await expect.poll(() => reveal.getAttribute('aria-pressed')).toBe('true');
    await context.close();
  });

  it('blacks out the projector from the presenter view', async () => {
    const { context, page: first } = await newPage(browser);
    await first.close();
    const deck = await openDeck(context);
    const presenter = await openPresenter(context);
    await presenter.locator('[data-action="blackout"]').click();
    await expect.poll(() => deck.locator('[data-blackout-screen]').isVisible()).toBe(true);
    await expect.poll(() => presenter.locator('[data-status]').textContent()).toBe('La projection est en écran noir.');
    await presenter.locator('[data-action="blackout"]').click();
    await expect.poll(() => deck.locator('[data-blackout-screen]').isVisible()).toBe(false);
    await context.close();
  });

  it('is never driven from another browser (a participant opening the same deck)', async () => {
    const trainer = await newPage(browser);
    const participant = await newPage(browser);
    await Promise.all([trainer.page.close(), participant.page.close()]);
    const deck = await openDeck(trainer.context);
    const presenter = await openPresenter(trainer.context);
    const phone = await openDeck(participant.context);
    await phone.keyboard.press('End');
    await expect.poll(() => deckAt(phone)).toBe(whole.length - 1);
    await presenter.keyboard.press('ArrowRight');
    await expect.poll(() => deckAt(deck)).toBe(1);
    // A second move is the barrier: by the time the trainer's deck shows it, a leak of the first
    // move to the other browser would have arrived too.
    await presenter.keyboard.press('ArrowRight');
    await expect.poll(() => deckAt(deck)).toBe(2);
    expect(await presenterAt(presenter)).toBe(2);
    expect(await deckAt(phone)).toBe(whole.length - 1);
    await trainer.context.close();
    await participant.context.close();
  });

  it('keeps the windows in step through localStorage where BroadcastChannel is missing', async () => {
    const { context, page: first } = await newPage(browser);
    await first.close();
    await context.addInitScript(() => {
      delete (window as unknown as { BroadcastChannel?: unknown }).BroadcastChannel;
    });
    const deck = await openDeck(context, '/diapos/#4');
    const presenter = await openPresenter(context);
    await expect.poll(() => presenterAt(presenter)).toBe(3);
    await presenter.keyboard.press('ArrowRight');
    await expect.poll(() => deckAt(deck)).toBe(4);
    await deck.keyboard.press('ArrowRight');
    await expect.poll(() => presenterAt(presenter)).toBe(5);
    await expect.poll(() => deck.locator('[data-notice]').textContent()).toBe('');
    await context.close();
  });

  it('says in French that windows cannot be linked when the browser allows neither way, and still works', async () => {
    const { context, page: first } = await newPage(browser);
    await first.close();
    await context.addInitScript(() => {
      delete (window as unknown as { BroadcastChannel?: unknown }).BroadcastChannel;
      Storage.prototype.setItem = () => {
        throw new DOMException('Stockage bloqué', 'SecurityError');
      };
    });
    const deck = await openDeck(context);
    const seen = watchPage(deck);
    await expect
      .poll(() => deck.locator('[data-notice]').textContent())
      .toBe(
        'Ce navigateur ne permet pas de relier les fenêtres\u00a0: la projection et la vue présentateur avanceront chacune de leur côté.',
      );
    await deck.keyboard.press('ArrowRight');
    await expect.poll(() => deckAt(deck)).toBe(1);
    const presenter = await openPresenter(context);
    await expect.poll(() => presenter.locator('[data-notice]').textContent()).toContain('relier les fenêtres');
    expect(seen.errors).toEqual([]);
    await context.close();
  });

  it('keeps painting when the browser refuses history calls (rate limited)', async () => {
    // Failed before: the presenter's paint began with history.replaceState, so a refused call left
    // its panes behind the projector.
    const { context, page: first } = await newPage(browser);
    await first.close();
    await context.addInitScript(() => {
      const refuse = () => {
        throw new DOMException('Trop d’appels à l’historique', 'SecurityError');
      };
      History.prototype.pushState = refuse;
      History.prototype.replaceState = refuse;
    });
    const deck = await openDeck(context);
    const presenter = await openPresenter(context);
    await deck.bringToFront();
    await deck.keyboard.press('ArrowRight');
    await expect.poll(() => deckAt(deck)).toBe(1);
    await expect.poll(() => deck.locator('[data-counter]').textContent()).toBe(`2 / ${whole.length}`);
    await expect.poll(() => paneTitle(presenter, 'current')).toBe(whole[1]?.title);
    await presenter.keyboard.press('ArrowRight');
    await expect.poll(() => deckAt(deck)).toBe(2);
    await expect.poll(() => paneTitle(presenter, 'current')).toBe(whole[2]?.title);
    await context.close();
  });

  it('works for one lesson’s deck too', async () => {
    const lesson = lessons[1];
    const { context, page: first } = await newPage(browser);
    await first.close();
    const deck = await openDeck(context, `/diapos/${lesson?.slug}/`);
    const presenter = await openPresenter(context, `/diapos/${lesson?.slug}/presentateur/`);
    await expect
      .poll(() => presenter.locator('[data-counter]').textContent())
      .toBe(`(1 / ${expectedDeck(lesson ? [lesson] : [], false).length})`);
    await presenter.keyboard.press('ArrowRight');
    await expect.poll(() => deckAt(deck)).toBe(1);
    // The whole talk's deck is another deck: it does not follow.
    const talk = await openDeck(context, '/diapos/');
    await presenter.keyboard.press('ArrowRight');
    await expect.poll(() => deckAt(deck)).toBe(2);
    expect(await deckAt(talk)).toBe(0);
    await context.close();
  });

  it('reads as a script of slides and notes without JavaScript', async () => {
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await page.goto(siteUrl('/diapos/presentateur/'));
    await expect.poll(() => page.locator('[data-source] [data-slide]').count()).toBe(whole.length);
    await expect
      .poll(() => page.locator('[data-source] [data-slide-kind="content"] [data-notes]').first().isVisible())
      .toBe(true);
    await expect.poll(() => page.locator('[data-panes]').isVisible()).toBe(false);
    await context.close();
  });

  it.each(['light', 'dark'] as const)('has no axe violation in the %s theme', async (colorScheme) => {
    const { context, page: first } = await newPage(browser, { colorScheme });
    await first.close();
    const presenter = await openPresenter(context, `/diapos/presentateur/#${firstPoll + 1}`);
    expect(await runAxe(presenter)).toEqual([]);
    await presenter.locator('[data-action="reveal"]').click();
    await presenter.locator('[data-action="blackout"]').click();
    expect(await runAxe(presenter)).toEqual([]);
    await presenter.keyboard.press('End');
    expect(await runAxe(presenter)).toEqual([]);
    await context.close();
  });
});
