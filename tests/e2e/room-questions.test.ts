// Questions from the room in real browsers: a phone (360 px) sends a question; another phone and the
// projected deck (1920×1080) see nothing of it; the presenter (1366×768) publishes it from the
// moderation list; the second phone sees it and votes (aria-pressed); the presenter shows it on the
// screen, then marks it answered; the export holds it. axe on every phone state, in both themes.
// The room server runs on a free loopback port with a throwaway data folder, stopped at the end.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { savedDownload, setColorScheme, watchPage } from '../support/browser';
import { runAxe } from '../support/axe';
import { useRoomTestbed } from '../support/room-e2e';

const room = useRoomTestbed('salle-questions-e2e-');
const { roomUrl, context } = room;

/** axe on a phone in both themes (the phone's state is what the test set up). */
async function axePhone(phone: Page, label: string) {
  for (const scheme of ['light', 'dark'] as const) {
    await setColorScheme(phone, scheme);
    expect(await runAxe(phone), `${label}, ${scheme}`).toEqual([]);
  }
  await setColorScheme(phone, 'light');
}

describe('questions from the room', () => {
  it(
    'keeps a question hidden until the presenter allows it, then shows it, takes votes and exports it',
    { timeout: 300_000 },
    async () => {
      const text = 'Peut-on répondre à Zorglub, un <b>troll</b> =SOMME(1;2), sur la page de l’établissement?';

      const trainer = await context({ width: 1366, height: 768 });
      const presenter = trainer.page;
      const presenterErrors = watchPage(presenter, new URL(room.server.url).origin);
      const code = await room.openSession(presenter);
      expect(code).toMatch(/^[A-HJKMNP-Z]{4}$/);

      // The projected deck follows the presenter's session through this browser's storage: same context.
      const deck = await trainer.context.newPage();
      await deck.setViewportSize({ width: 1920, height: 1080 });
      await deck.goto(roomUrl('/diapos/'));

      const [author, neighbour] = (await Promise.all(
        [0, 1].map(async () => {
          const { page } = await context({ width: 360, height: 740 });
          await page.goto(roomUrl(`/salle/?code=${code}`));
          await page.locator('#question-salle').waitFor();
          await page.locator('.waiting').waitFor();
          return page;
        }),
      )) as [Page, Page];
      const authorErrors = watchPage(author, new URL(room.server.url).origin);
      await axePhone(author, 'phone, no question yet');

      // The author types: the counter follows; an empty question is not sent.
      await author.getByRole('button', { name: 'Envoyer la question' }).click();
      await expect.poll(() => author.locator('[data-ask-status]').textContent()).toContain('Écrivez votre question');
      await author.getByLabel('Votre question').fill(text);
      expect(await author.locator('.ask-count').textContent()).toBe(`${[...text].length} caractères sur 280`);
      await axePhone(author, 'phone, question typed');
      await author.getByRole('button', { name: 'Envoyer la question' }).click();
      await expect.poll(() => author.locator('[data-ask-status]').textContent()).toContain('en attente de modération');
      const own = author.locator('.ask-list .ask').first();
      await expect.poll(() => own.locator('.ask-text').textContent()).toBe(text);
      expect(await own.locator('.ask-marks').textContent()).toBe('Votre question · En attente de modération');
      // Text, never markup: the « <b> » is shown as typed.
      expect(await own.locator('.ask-text b').count()).toBe(0);
      expect(await author.getByLabel('Votre question').inputValue()).toBe('');
      await axePhone(author, 'phone, own question pending');

      // The presenter sees it waiting; the other phone and the projection see nothing of it.
      const summary = presenter.locator('.room-asks > summary');
      await expect.poll(() => summary.textContent()).toBe('Questions de la salle (1, dont 1 en attente)');
      await summary.click();
      const item = presenter.locator('.room-ask').first();
      expect(await item.locator('.room-ask-text').textContent()).toBe(text);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await neighbour.locator('body').textContent()).not.toContain('Zorglub');
      expect(await neighbour.locator('.ask-none').textContent()).toBe('Aucune question publiée pour l’instant.');
      expect(await deck.locator('body').textContent()).not.toContain('Zorglub');
      await axePhone(neighbour, 'phone, nothing published');

      // Published: the second phone sees it and votes; the author cannot vote for their own.
      // From the keyboard, as the other moderation buttons.
      await item.getByRole('button', { name: 'Publier' }).focus();
      await presenter.keyboard.press('Enter');
      const seen = neighbour.locator('.ask-list .ask').first();
      await expect.poll(() => seen.locator('.ask-text').textContent()).toBe(text);
      // « Publier » is now disabled: the focus went to the next button the question takes, in its row.
      await expect
        .poll(() =>
          presenter.evaluate(() => {
            const b = document.activeElement;
            return b instanceof HTMLButtonElement && !b.disabled && b.closest('.room-ask') ? b.textContent : null;
          }),
        )
        .toBe('Masquer');
      await expect.poll(() => author.locator('[data-ask-status]').textContent()).toBe('Votre question a été publiée.');
      expect(await author.locator('.ask-vote').count()).toBe(0);
      const vote = neighbour.getByRole('button', { name: 'Voter' });
      expect(await vote.getAttribute('aria-pressed')).toBe('false');
      await vote.click();
      await expect.poll(() => seen.locator('.ask-votes').textContent()).toBe('1 vote');
      expect(await vote.getAttribute('aria-pressed')).toBe('true');
      await expect.poll(() => item.locator('.room-ask-meta').textContent()).toBe('Publiée · 1 vote');
      await axePhone(neighbour, 'phone, voted');
      await neighbour.screenshot({ path: 'test-results/salle-questions-phone-360.png', fullPage: true });
      await axePhone(author, 'phone, own question published');
      // Voting again takes the vote back, from the keyboard: focus stays on the button when the list is redrawn.
      await vote.focus();
      await neighbour.keyboard.press('Space');
      await expect.poll(() => seen.locator('.ask-votes').textContent()).toBe('0 vote');
      expect(await vote.getAttribute('aria-pressed')).toBe('false');
      expect(await neighbour.evaluate(() => document.activeElement?.classList.contains('ask-vote'))).toBe(true);
      await neighbour.keyboard.press('Enter');
      await expect.poll(() => seen.locator('.ask-votes').textContent()).toBe('1 vote');
      expect(await vote.getAttribute('aria-pressed')).toBe('true');

      // On the screen, readable at 1920×1080; then taken off.
      await item.getByRole('button', { name: 'Afficher à l’écran' }).click();
      const overlay = deck.locator('.room-ask-screen');
      await expect.poll(() => overlay.locator('.room-ask-screen-text').textContent({ timeout: 5000 })).toBe(text);
      expect(await overlay.isVisible()).toBe(true);
      const size = await overlay
        .locator('.room-ask-screen-text')
        .evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
      expect(size).toBeGreaterThanOrEqual(40);
      const box = await overlay.boundingBox();
      expect(box && box.y + box.height <= 1080 && box.x >= 0 && box.x + box.width <= 1920).toBe(true);
      await deck.screenshot({ path: 'test-results/salle-question-1920x1080.png' });
      for (const scheme of ['light', 'dark'] as const) {
        await setColorScheme(deck, scheme);
        expect(await runAxe(deck), `deck with a question, ${scheme}`).toEqual([]);
        await setColorScheme(presenter, scheme);
        expect(await runAxe(presenter), `presenter with the list open, ${scheme}`).toEqual([]);
      }
      await presenter.screenshot({ path: 'test-results/salle-moderation-1366x768.png' });
      await item.getByRole('button', { name: 'Retirer de l’écran' }).click();
      await expect.poll(() => overlay.isVisible()).toBe(false);

      // Answered: still listed on the phones, marked, no longer votable.
      await item.getByRole('button', { name: 'Répondue' }).click();
      await expect.poll(() => seen.locator('.ask-marks').textContent()).toBe('Répondue');
      expect(await neighbour.locator('.ask-vote').count()).toBe(0);
      await expect
        .poll(() => author.locator('[data-ask-status]').textContent())
        .toBe('Votre question est marquée répondue.');
      await axePhone(neighbour, 'phone, answered');

      // A second question, hidden by the presenter: never on the other phone; its author sees « Non publiée ».
      const offTopic = '=HYPERLINK("http://exemple.test") Zyxwv hors sujet';
      await author.getByLabel('Votre question').fill(offTopic);
      await author.getByRole('button', { name: 'Envoyer la question' }).click();
      await expect.poll(() => summary.textContent()).toBe('Questions de la salle (2, dont 1 en attente)');
      await presenter.locator('.room-ask[data-status="pending"]').getByRole('button', { name: 'Masquer' }).click();
      await expect
        .poll(() => author.locator('[data-ask-status]').textContent())
        .toBe('Votre question n’a pas été publiée.');
      expect(await author.locator('.ask[data-status="hidden"] .ask-marks').textContent()).toBe(
        'Votre question · Non publiée',
      );
      expect(await neighbour.locator('body').textContent()).not.toContain('Zyxwv');
      await axePhone(author, 'phone, own question hidden');

      // The export holds both, with their votes and status, the formula-looking text made safe.
      const [download] = await Promise.all([
        presenter.waitForEvent('download'),
        presenter.getByRole('button', { name: 'Exporter les résultats (CSV)' }).click(),
      ]);
      const csv = readFileSync(await savedDownload(download)).toString('utf8');
      expect(csv).toContain('\r\nQuestion de la salle;Votes;Statut\r\n');
      expect(csv).toContain(`"${text}";1;Répondue\r\n`);
      expect(csv).toContain(`"'${offTopic.replace(/"/g, '""')}";0;Masquée\r\n`);
      expect(presenterErrors.errors).toEqual([]);
      expect(authorErrors.errors).toEqual([]);
    },
  );
});
