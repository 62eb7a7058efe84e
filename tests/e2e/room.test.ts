// Room mode in real browsers: the presenter view and the projected deck opened through the room
// server, five phones (360 px) answering a poll, the count and the bars on the deck after the
// reveal, a phone that reloads and keeps its answer, and axe on /salle/ and on a revealed poll
// slide in both themes. Also: on a static host, /salle/ says room mode is not running and asks
// for nothing. The room server runs on a free loopback port with a throwaway data folder.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { siteUrl, watchPage, savedDownload } from '../support/browser';
import { runAxe } from '../support/axe';
import { readQuiz } from '../support/quiz-files';
import { useRoomTestbed } from '../support/room-e2e';

const room = useRoomTestbed('salle-e2e-');
const { roomUrl, context } = room;

/** Each result bar's fill as drawn, in percent of its track, in the order of the options. */
const drawnShares = (scope: Locator) =>
  scope
    .locator('.result-bar')
    .evaluateAll((bars) =>
      bars.map((b) => Math.round(((b.firstElementChild?.getBoundingClientRect().width ?? 0) / b.clientWidth) * 100)),
    );

/** 1-based number of the first single-choice poll slide of the whole deck. */
async function firstSinglePoll(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      [...document.querySelectorAll('[data-deck-track] [data-slide]')].findIndex(
        (s) => s.getAttribute('data-kind') === 'single',
      ) + 1,
  );
}

describe('room mode', () => {
  let code = '';
  let questionId = '';
  let presenter: Page;
  let deck: Page;
  const phones: Page[] = [];

  it('creates a session from the presenter view and shows its code on the projected poll slide', async () => {
    const trainer = await context({ width: 1366, height: 768 });
    presenter = trainer.page;
    const watched = watchPage(presenter, new URL(room.server.url).origin);
    // The address `npm run salle` prints carries the presenter token; the view takes it out of the bar.
    await presenter.goto(room.server.presenterUrl);
    await presenter.waitForFunction(() =>
      /Séance [A-Z]{4}/.test(document.querySelector('.room-session')?.textContent ?? ''),
    );
    expect(presenter.url()).not.toContain('jeton');
    code = ((await presenter.locator('.room-session').textContent()) ?? '').match(/Séance ([A-Z]{4})/)?.[1] ?? '';
    expect(code).toMatch(/^[A-HJKMNP-Z]{4}$/);
    const poll = await firstSinglePoll(presenter);
    expect(poll).toBeGreaterThan(0);
    questionId = await presenter.evaluate(
      (n) => document.querySelectorAll('[data-deck-track] [data-slide]')[n - 1]?.getAttribute('data-question') ?? '',
      poll,
    );
    expect(questionId).not.toBe('');
    await presenter.goto(roomUrl(`/diapos/presentateur/#${poll}`));
    await presenter.waitForFunction(() =>
      /Séance [A-Z]{4}/.test(document.querySelector('.room-session')?.textContent ?? ''),
    );
    // A reload keeps the session: the secret stays in this window.
    expect(await presenter.locator('.room-session').textContent()).toContain(code);
    await presenter.getByRole('button', { name: 'Ouvrir le sondage' }).click();
    await expect.poll(() => presenter.locator('.room-status').textContent()).toContain('Sondage ouvert');

    deck = await trainer.context.newPage();
    await deck.goto(roomUrl(`/diapos/#${poll}`));
    const current = deck.locator('.deck-slide[data-current]');
    await expect.poll(() => current.locator('.room-code').textContent({ timeout: 5000 })).toBe(code);
    expect(await current.locator('.room-address').textContent()).toBe(`127.0.0.1:${room.server.port}/salle`);
    expect(
      await current.locator('.room-qr').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
    ).toBe(true);
    // The answer is not on the slide before the reveal.
    expect(await current.locator('[data-answer]').first().isVisible()).toBe(false);
    expect(watched.errors).toEqual([]);
  });

  // A long scenario (five phones, a restart, a reveal): more time than a single check needs.
  it(
    'takes five phones’ answers, shows « 5 » live, survives a server restart, and shows the bars once revealed',
    { timeout: 300_000 },
    async () => {
      const choices = [0, 0, 0, 1, 2];
      for (const choice of choices) {
        const { page } = await context({ width: 360, height: 740 });
        phones.push(page);
        await page.goto(roomUrl(`/salle/?code=${code}`));
        const option = page.locator('.quiz-option input').nth(choice);
        await option.waitFor();
        // The phone shows the slide's letters and no right answer.
        // (A counter in capital letters, over the options in the slide's order: A, B, C…)
        const letters = await page
          .locator('.quiz-option')
          .evaluateAll((labels) => labels.map((l) => getComputedStyle(l, '::before').content));
        expect(new Set(letters)).toEqual(new Set(['counter(room-option, upper-alpha) / ""']));
        const slide = deck.locator('.deck-slide[data-current] [data-room-options] li');
        expect(await page.locator('.quiz-option > span').allTextContents()).toEqual(
          await slide.locator('.option-text').allTextContents(),
        );
        expect((await slide.locator('.letter').allTextContents()).slice(0, 3)).toEqual(['A', 'B', 'C']);
        expect(await page.locator('.result').count()).toBe(0);
        await option.check();
        await expect.poll(() => page.locator('[data-answer-status]').textContent()).toContain('Pas encore envoyée');
        await page.getByRole('button', { name: 'Envoyer', exact: true }).click();
        await expect.poll(() => page.locator('[data-answer-status]').textContent()).toContain('Réponse envoyée');
      }
      // Changing the choice after sending: not « envoyée » until sent, and the server keeps the old one.
      const last = phones[4] as Page;
      await last.locator('.quiz-option input').nth(1).check();
      await expect.poll(() => last.locator('[data-answer-status]').textContent()).toContain('Pas encore envoyée');
      expect(await last.locator('[data-answer-status]').textContent()).toContain('Votre réponse précédente compte');
      const held = () => {
        const answers = room.server.hub.sessions.get(code)?.questions.get(questionId)?.answers;
        return [...(answers?.values() ?? [])].map((v) => (typeof v === 'string' ? v : v.join(','))).sort();
      };
      expect(held()).toEqual(['0', '0', '0', '1', '2']);
      // Back to the choice the server holds: « envoyée » again, with nothing sent.
      await last.locator('.quiz-option input').nth(2).check();
      await expect.poll(() => last.locator('[data-answer-status]').textContent()).toContain('Réponse envoyée');
      const current = deck.locator('.deck-slide[data-current]');
      await expect.poll(() => current.locator('.room-count').textContent()).toBe('5 réponses');
      await expect.poll(() => presenter.locator('.room-answers').textContent()).toBe('5 réponses');

      // A phone that reloads finds its answer again.
      const first = phones[0] as Page;
      await first.reload();
      await first.locator('.quiz-option input').first().waitFor();
      await expect.poll(() => first.locator('.quiz-option input').first().isChecked()).toBe(true);
      await expect.poll(() => first.locator('[data-answer-status]').textContent()).toContain('Réponse envoyée');

      // The server restarts mid-session: phones, deck and presenter reconnect, and no answer is lost.
      const third = phones[2] as Page;
      await room.stop();
      await expect.poll(() => third.locator('[data-connection]').textContent()).toContain('Connexion perdue');
      // While the server is down the counts are marked as the last known ones.
      await expect
        .poll(() => current.locator('.room-count').textContent(), { timeout: 15_000 })
        .toContain('dernier compte connu');
      await expect
        .poll(() => presenter.locator('.room-answers').textContent(), { timeout: 15_000 })
        .toContain('dernier compte connu');
      // A phone changes its answer (B → C) while the connection is cut: on its way, not « envoyée ».
      const fourth = phones[3] as Page;
      await fourth.locator('.quiz-option input').nth(2).check();
      await fourth.getByRole('button', { name: 'Envoyer', exact: true }).click();
      await expect.poll(() => fourth.locator('[data-answer-status]').textContent()).toContain('Envoi…');
      expect(await fourth.locator('[data-answer-status]').textContent()).toContain('dès le retour de la connexion');
      choices[3] = 2;
      // The same presenter token, as `ROOM_TOKEN` gives across restarts (« Nouvelle séance » needs it later).
      await room.restart();
      // Back: the phone sent it again, and the server holds the new answer.
      await expect
        .poll(() => fourth.locator('[data-answer-status]').textContent(), { timeout: 15_000 })
        .toContain('Réponse envoyée');
      expect(held()).toEqual(['0', '0', '0', '2', '2']);
      await expect.poll(() => third.locator('[data-connection]').textContent(), { timeout: 15_000 }).toBe('');
      await expect.poll(() => third.locator('.quiz-option input').first().isChecked()).toBe(true);
      await expect.poll(() => third.locator('[data-answer-status]').textContent()).toContain('Réponse envoyée');
      await expect.poll(() => current.locator('.room-count').textContent(), { timeout: 15_000 }).toBe('5 réponses');
      await expect
        .poll(() => presenter.getByRole('button', { name: 'Révéler le résultat' }).isEnabled(), { timeout: 15_000 })
        .toBe(true);

      await presenter.getByRole('button', { name: 'Révéler le résultat' }).click();
      await expect.poll(() => current.locator('.room-result').count()).toBeGreaterThan(1);
      const figures = await current.locator('.room-result .room-figure [aria-hidden]').allTextContents();
      expect(figures.slice(0, 3)).toEqual(['3 · 60\u00a0%', '0 · 0\u00a0%', '2 · 40\u00a0%']);
      // The bars are drawn to those shares, on the screen as on the phones (one bar for both).
      expect((await drawnShares(current)).slice(0, 3)).toEqual([60, 0, 40]);
      // The slide now shows the right answer too (the deck's own reveal went with the room's).
      await expect.poll(() => current.getAttribute('data-revealed')).toBe('');
      await expect.poll(() => first.locator('.result .bars li').count()).toBeGreaterThan(1);
      expect(await first.locator('.result').textContent()).toContain('votre choix');
      expect(await first.locator('.result li[data-correct]').count()).toBeGreaterThan(0);
      expect((await drawnShares(first.locator('.result'))).slice(0, 3)).toEqual([60, 0, 40]);
      // In a high-contrast mode, where background colours give way to the system's, every fill is
      // still drawn, in one colour apart from its track's (the right option's too).
      await first.emulateMedia({ forcedColors: 'active' });
      const colours = await first
        .locator('.result-bar')
        .evaluateAll((bars) =>
          bars.map((b) => [
            getComputedStyle(b).backgroundColor,
            getComputedStyle(b.firstElementChild as Element).backgroundColor,
          ]),
        );
      expect(colours.every(([track, fill]) => fill !== track)).toBe(true);
      expect(new Set(colours.map(([, fill]) => fill)).size).toBe(1);
      await first.emulateMedia({ forcedColors: 'none' });

      // The export: counts per question and option, nothing that identifies a phone.
      const [download] = await Promise.all([
        presenter.waitForEvent('download'),
        presenter.getByRole('button', { name: 'Exporter les résultats (CSV)' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`salle-${code}.csv`);
      const bytes = readFileSync(await savedDownload(download));
      // A French Excel opens it: BOM, « ; », readable headers.
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const csv = bytes.toString('utf8');
      expect(csv).toContain('Question;Option;Réponses;Bonne réponse;Décision de la salle\r\n');
      // The phones chose options by their place (A, B, C…), as the quiz file lists them.
      const question = readQuiz('sondage-strategie').questions[0];
      if (question?.kind !== 'single') throw new Error('le sondage commence par une question à choix unique');
      question.options.forEach((option, i) => {
        const count = choices.filter((c) => c === i).length;
        const text = /[";\n|]/.test(option.text) ? `"${option.text.replace(/"/g, '""')}"` : option.text;
        expect(csv).toContain(`;${text};${count};${option.correct ? 'oui' : 'non'};\r\n`);
      });
      expect(csv).not.toMatch(/[0-9a-f]{32}/);
    },
  );

  it(
    'has no axe violation on the revealed poll slide and on /salle/, in both themes',
    { timeout: 300_000 },
    async () => {
      for (const scheme of ['light', 'dark'] as const) {
        await deck.emulateMedia({ colorScheme: scheme });
        expect(await runAxe(deck), `deck ${scheme}`).toEqual([]);
        const phone = phones[1] as Page;
        await phone.emulateMedia({ colorScheme: scheme });
        expect(await runAxe(phone), `salle ${scheme}`).toEqual([]);
        await presenter.emulateMedia({ colorScheme: scheme });
        expect(await runAxe(presenter), `presenter ${scheme}`).toEqual([]);
      }
      const { page } = await context({ width: 360, height: 740 });
      await page.goto(roomUrl('/salle/'));
      await page.locator('#code-seance').waitFor();
      expect(await runAxe(page), 'salle, join form').toEqual([]);
    },
  );

  /** axe on a phone in both themes (the phone's state is what the caller set up). */
  async function axePhone(phone: Page, label: string) {
    for (const scheme of ['light', 'dark'] as const) {
      await phone.emulateMedia({ colorScheme: scheme });
      expect(await runAxe(phone), `${label}, ${scheme}`).toEqual([]);
    }
  }

  it(
    'hides a reveal, reopens on reset (also after a reload), follows the slide on the phones, and starts a new session',
    { timeout: 300_000 },
    async () => {
      const current = deck.locator('.deck-slide[data-current]');
      const phone = phones[1] as Page;
      const status = () => presenter.locator('.room-status').textContent();
      const button = (name: string) => presenter.getByRole('button', { name, exact: true });

      // Revealed → hidden: closed again, no result on the slide nor on the phones, answers kept.
      await button('Masquer le résultat').click();
      await expect.poll(status).toContain('Sondage fermé');
      await expect.poll(() => current.locator('.room-result').count()).toBe(0);
      await expect.poll(() => phone.locator('.result').count()).toBe(0);
      expect(await presenter.locator('.room-answers').textContent()).toBe('5 réponses');
      await axePhone(phone, 'phone, closed');

      // Reset reopens, empty; « Ouvrir » is then not needed, and a reload does not reveal it again.
      await button('Réinitialiser').click();
      await expect.poll(status).toContain('Sondage ouvert');
      await expect.poll(() => presenter.locator('.room-answers').textContent()).toBe('0 réponse');
      expect(await button('Ouvrir le sondage').isDisabled()).toBe(true);
      await expect.poll(() => phone.locator('.quiz-option input:checked').count()).toBe(0);
      await phone.locator('.quiz-option input').nth(1).check();
      await expect.poll(() => phone.locator('[data-answer-status]').textContent()).toContain('Pas encore envoyée');
      await axePhone(phone, 'phone, not sent yet');
      const timeBefore = (await presenter.locator('[data-elapsed]').textContent()) ?? '';
      await presenter.reload();
      await expect.poll(status, { timeout: 15_000 }).toContain('Sondage ouvert');
      await presenter.waitForTimeout(1000);
      expect(await status()).toContain('Sondage ouvert');
      // The presenter's timer went on across the reload (it did not start again from 0:00:00).
      const seconds = (text: string) => text.split(':').reduce((total, part) => total * 60 + Number(part), 0);
      expect(seconds((await presenter.locator('[data-elapsed]').textContent()) ?? '')).toBeGreaterThanOrEqual(
        seconds(timeBefore),
      );
      expect(seconds(timeBefore)).toBeGreaterThan(5);
      // Close, then « Ouvrir » works again.
      await button('Fermer').click();
      await expect.poll(status).toContain('Sondage fermé');
      await button('Ouvrir le sondage').click();
      await expect.poll(status).toContain('Sondage ouvert');

      // The trainer moves on: the poll left open closes, the phones wait; back, they show it again.
      const here = Number(new URL(presenter.url()).hash.slice(1));
      await presenter.evaluate((n) => (location.hash = `#${n}`), here + 1);
      for (const p of phones)
        await expect
          .poll(() => p.locator('[data-question-area]').textContent())
          .toContain('En attente de la prochaine question');
      expect(room.server.hub.sessions.get(code)?.questions.get(questionId)?.status).toBe('closed');
      await axePhone(phone, 'phone, waiting');
      await presenter.evaluate((n) => (location.hash = `#${n}`), here);
      await expect.poll(() => phone.locator('.quiz-option').count()).toBeGreaterThan(1);
      await expect.poll(status).toContain('Sondage fermé');

      // « Nouvelle séance »: asked first (refusing keeps the session), then a new code everywhere.
      presenter.once('dialog', (d) => void d.dismiss());
      await button('Nouvelle séance').click();
      expect(await presenter.locator('.room-session').textContent()).toContain(code);
      presenter.once('dialog', (d) => {
        expect(d.message()).toContain(`Terminer la séance ${code}`);
        void d.accept();
      });
      await button('Nouvelle séance').click();
      await expect
        .poll(() => presenter.locator('.room-session').textContent())
        .toMatch(new RegExp(`Séance (?!${code})[A-HJKMNP-Z]{4}`));
      const fresh = ((await presenter.locator('.room-session').textContent()) ?? '').match(/Séance ([A-Z]{4})/)?.[1];
      await expect.poll(() => current.locator('.room-code').textContent({ timeout: 5000 })).toBe(fresh);
      await expect.poll(() => phone.locator('#code-erreur').textContent()).toContain('terminé cette séance');
      expect(room.server.hub.sessions.has(code)).toBe(false);
      await axePhone(phone, 'phone, session ended');
      code = fresh ?? '';
    },
  );

  it(
    'shows /salle/ as a page of its own: no site navigation, the session code, a way to leave',
    { timeout: 120_000 },
    async () => {
      const { page } = await context({ width: 360, height: 740 });
      await page.goto(roomUrl(`/salle/?code=${code}`));
      await expect.poll(() => page.locator('[data-session-label]').textContent()).toBe(`Séance ${code}`);
      expect(await page.locator('header, nav, footer, .skip-link').count()).toBe(0);
      // The label is there at once; the waiting line comes with the server's state, a moment later.
      await expect
        .poll(() => page.locator('[data-question-area]').textContent())
        .toContain('En attente de la prochaine question');
      await page.screenshot({ path: 'test-results/salle-360-waiting.png' });
      await axePhone(page, 'phone, new session, waiting');
      await page.getByRole('button', { name: 'Quitter la séance' }).click();
      await expect.poll(() => page.locator('#code-seance').isVisible()).toBe(true);
      expect(await page.getByRole('link', { name: 'Retour au module' }).isVisible()).toBe(true);
      // From the keyboard: leaving puts the focus in the empty code field; joining, on the session's
      // name (the form it was in goes away), never back at the top of the page.
      const focused = () =>
        page.evaluate(() => {
          const e = document.activeElement;
          return !e || e === document.body ? 'the page' : `${e.id || e.tagName}: ${e.textContent ?? ''}`;
        });
      await expect.poll(focused).toBe('code-seance: ');
      await page.keyboard.type(code.toLowerCase());
      await page.keyboard.press('Enter');
      await expect.poll(focused).toBe(`STRONG: Séance ${code}`);
      await expect.poll(() => page.locator('.waiting').count()).toBe(1);
      // Back up the page with Shift+Tab, the phone's keyboard open (half the screen): the field
      // reached is never left under the sticky session bar.
      await page.setViewportSize({ width: 360, height: 400 });
      await page.locator('.ask-form button').focus();
      await page.evaluate(() => {
        const box = document.querySelector('#question-salle')?.getBoundingClientRect();
        if (box) window.scrollBy(0, box.top - 20);
      });
      await page.keyboard.press('Shift+Tab');
      await expect.poll(focused).toBe('question-salle: ');
      const obscured = await page.evaluate(() => {
        const bar = document.querySelector('.session-line')?.getBoundingClientRect();
        const field = document.querySelector('#question-salle')?.getBoundingClientRect();
        return bar && field ? field.top < bar.bottom : true;
      });
      expect(obscured, 'the field under the session bar').toBe(false);
    },
  );

  it(
    'fits poll slides with the QR code at 1024×768, 1280×720, 1920×1080 and in the presenter’s previews',
    { timeout: 180_000 },
    async () => {
      /** What sticks out of each slide frame on the page (its label, prompt, options, QR figure). */
      const outside = (page: Page, frames: string) =>
        page.evaluate((selector) => {
          const out: string[] = [];
          for (const frame of document.querySelectorAll<HTMLElement>(selector)) {
            const box = frame.getBoundingClientRect();
            for (const e of frame.querySelectorAll<HTMLElement>(
              '.kicker, .poll-prompt, .poll-options li, .room-join',
            )) {
              const r = e.getBoundingClientRect();
              if (
                r.height > 0 &&
                (r.top < box.top - 1 || r.bottom > box.bottom + 1 || r.left < box.left - 1 || r.right > box.right + 1)
              )
                out.push(`${e.className}: ${Math.round(r.top - box.top)}…${Math.round(box.bottom - r.bottom)}`);
            }
          }
          return out;
        }, frames);
      const poll = await firstSinglePoll(deck);
      for (const [width, height] of [
        [1024, 768],
        [1280, 720],
        [1920, 1080],
      ] as const) {
        await deck.setViewportSize({ width, height });
        await deck.goto(roomUrl(`/diapos/#${poll}`));
        const current = deck.locator('.deck-slide[data-current]');
        await expect.poll(() => current.locator('.room-code').textContent({ timeout: 5000 })).toBe(code);
        await expect
          .poll(() => outside(deck, '.deck-slide[data-current] .frame'), { message: `${width}×${height}` })
          .toEqual([]);
        await deck.screenshot({ path: `test-results/salle-poll-${width}x${height}.png` });
      }
      for (const [width, height] of [
        [1366, 768],
        [1920, 1080],
      ] as const) {
        await presenter.setViewportSize({ width, height });
        await presenter.goto(roomUrl(`/diapos/presentateur/#${poll}`));
        await presenter.locator('.screen .room-code').first().waitFor();
        await expect
          .poll(() => outside(presenter, '.screen .frame'), { message: `presenter ${width}×${height}` })
          .toEqual([]);
        await presenter.screenshot({ path: `test-results/salle-presenter-${width}x${height}.png` });
      }
    },
  );
});

describe('/salle/ on a static host', () => {
  it('says room mode is not running and makes no request for it', async () => {
    const { page } = await context({ width: 360, height: 740 });
    const watched = watchPage(page);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(siteUrl('/salle/'));
    await page.waitForLoadState('networkidle');
    expect(await page.locator('[data-room-off]').textContent()).toContain('Le mode salle n’est pas en cours');
    // The link is a word of the sentence: a space before it (it once read « à partir del’accueil »).
    expect(await page.locator('[data-room-off]').innerText()).toContain('à partir de l’accueil du module.');
    expect(await page.locator('room-participant').isVisible()).toBe(false);
    expect(requests.filter((u) => /_salle|room-/.test(u))).toEqual([]);
    expect(watched.errors).toEqual([]);
    expect(await runAxe(page)).toEqual([]);
  });

  it('keeps room polls out of the learner’s progress', async () => {
    const { page } = await context();
    await page.goto(siteUrl('/quiz/sondage-strategie/'));
    await expect
      .poll(() => page.locator('.quiz-intro').textContent())
      .toContain('ne compte pas dans votre progression');
    expect(await page.locator('.quiz-intro').textContent()).not.toContain('Seuil');
    await page.goto(siteUrl('/progression/'));
    await page.locator('.progress-quizzes [data-quiz]').first().waitFor();
    expect(await page.locator('.progress-quizzes [data-quiz="sondage-strategie"]').count()).toBe(0);
  });

  it('creates no session from a presenter view opened without the token, and says why', async () => {
    const { page } = await context({ width: 1366, height: 768 });
    const sessions = room.server.hub.sessions.size;
    await page.goto(roomUrl('/diapos/presentateur/'));
    await page.getByText('Jeton de présentateur absent ou erroné').first().waitFor();
    expect(room.server.hub.sessions.size).toBe(sessions);
  });

  it('loads no room code in the deck and the presenter view', async () => {
    for (const path of ['/diapos/', '/diapos/presentateur/']) {
      const { page } = await context();
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(siteUrl(path));
      await page.waitForLoadState('networkidle');
      expect(
        requests.filter((u) => /_salle|room-|zod/.test(u)),
        path,
      ).toEqual([]);
      expect(await page.locator('.room-join, .room-panel').count()).toBe(0);
    }
  });
});
