// Open answers in real browsers: the presenter (1366×768) opens the open question of lesson 2; three
// phones (360 px) type answers, two differing only by case and accents, one « =1+1 »; the projection
// (1920×1080) shows nothing of the texts before the reveal; the presenter hides a group; after the
// reveal the projection and the phones show the grouped answers without the hidden one; the export
// holds the texts neutralised; axe on a phone after the reveal, in both themes. Then a poll to put
// in order (no deck holds one today: a presenter's socket opens it), then a multiple choice, on a
// phone, from the keyboard.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { savedDownload, setColorScheme, watchPage } from '../support/browser';
import { runAxe } from '../support/axe';
import { useRoomTestbed } from '../support/room-e2e';
import { roomClient } from '../support/room-ws';
import { multiple, ordering } from '../support/room-questions';

const room = useRoomTestbed('salle-ouverte-e2e-');
const { roomUrl, context } = room;
const question = 'open/obstacle-strategie';

describe('open answers', () => {
  it(
    'keeps typed answers off the screen until revealed, groups them, hides one, and exports them safely',
    { timeout: 300_000 },
    async () => {
      const trainer = await context({ width: 1366, height: 768 });
      const presenter = trainer.page;
      const presenterErrors = watchPage(presenter, new URL(room.server.url).origin);
      const code = await room.openSession(presenter);
      expect(code).toMatch(/^[A-HJKMNP-Z]{4}$/);
      const slide = await presenter.evaluate(
        (id) =>
          [...document.querySelectorAll('[data-deck-track] [data-slide]')].findIndex(
            (s) => s.getAttribute('data-question') === id,
          ) + 1,
        question,
      );
      expect(slide).toBeGreaterThan(0);
      await presenter.goto(roomUrl(`/diapos/presentateur/#${slide}`));
      await presenter.waitForFunction(() =>
        /Séance [A-Z]{4}/.test(document.querySelector('.room-session')?.textContent ?? ''),
      );
      await presenter.getByRole('button', { name: 'Ouvrir le sondage' }).click();
      await expect.poll(() => presenter.locator('.room-status').textContent()).toContain('Sondage ouvert');

      const deck = await trainer.context.newPage();
      await deck.setViewportSize({ width: 1920, height: 1080 });
      await deck.goto(roomUrl(`/diapos/#${slide}`));
      const current = deck.locator('.deck-slide[data-current]');
      await expect.poll(() => current.getAttribute('data-kind')).toBe('open');
      await expect.poll(() => current.locator('.room-code').textContent({ timeout: 5000 })).toBe(code);

      const answers = ['Éthique', 'ETHIQUE', '=1+1'];
      const phones = (await Promise.all(
        answers.map(async () => {
          const { page } = await context({ width: 360, height: 740 });
          await page.goto(roomUrl(`/salle/?code=${code}`));
          await page.locator('#reponse-ouverte').waitFor();
          return page;
        }),
      )) as [Page, Page, Page];
      const phoneErrors = watchPage(phones[0], new URL(room.server.url).origin);
      // The text box spans the phone's column, under its label (not squeezed beside it).
      const label = await phones[0].locator('.open-label').boundingBox();
      const field = await phones[0].locator('#reponse-ouverte').boundingBox();
      const column = await phones[0].locator('[data-question-area]').boundingBox();
      expect(field?.width).toBeGreaterThanOrEqual((column?.width ?? 0) - 1);
      expect(field?.y).toBeGreaterThanOrEqual((label?.y ?? 0) + (label?.height ?? 0) - 1);
      for (const [i, phone] of phones.entries()) {
        const box = phone.getByLabel('Votre réponse (80 caractères au plus)');
        await box.fill(answers[i] ?? '');
        expect(await phone.locator('.open-counter').textContent()).toBe(
          `${[...(answers[i] ?? '')].length} / 80 caractères`,
        );
        await expect.poll(() => phone.locator('[data-answer-status]').textContent()).toContain('Pas encore envoyée');
        await phone.getByRole('button', { name: 'Envoyer', exact: true }).click();
        // The status says it in sentences: what the server holds, then what the phone may do.
        await expect
          .poll(() => phone.locator('[data-answer-status]').textContent())
          .toBe('Réponse envoyée. Vous pouvez la modifier tant que le sondage est ouvert.');
      }
      await expect.poll(() => current.locator('.room-count').textContent()).toBe('3 réponses');
      // The presenter sees the groups before the reveal; the projection and the phones see none.
      const groups = presenter.locator('.room-open-list li');
      await expect.poll(() => groups.count()).toBe(2);
      expect(await groups.nth(0).locator('.room-open-text').textContent()).toBe('Éthique');
      expect(await groups.nth(0).locator('.room-open-count').textContent()).toBe('(2)');
      // (The deck's other slides may say « éthique »: the slide and the phone's question area are checked.)
      for (const part of [current, phones[2].locator('[data-question-area]')]) {
        expect((await part.textContent()) ?? '').not.toMatch(/thique/i);
      }
      expect((await deck.locator('body').textContent()) ?? '').not.toContain('=1+1');

      // The presenter hides « =1+1 ».
      await presenter.getByRole('button', { name: 'Masquer «\u00a0=1+1\u00a0»' }).click();
      await expect.poll(() => groups.nth(1).locator('.room-open-mark').textContent()).toBe('(masquée)');
      await presenter.getByRole('button', { name: 'Révéler le résultat' }).click();
      await expect.poll(() => presenter.locator('.room-status').textContent()).toContain('révélé');

      const shown = current.locator('.room-open-groups li');
      await expect.poll(() => shown.count()).toBe(1);
      expect(await shown.locator('.room-open-text').textContent()).toBe('Éthique');
      expect((await deck.locator('body').textContent()) ?? '').not.toContain('=1+1');
      for (const phone of phones) {
        const list = phone.locator('.open-groups li');
        await expect.poll(() => list.count()).toBe(1);
        // The same group item as on the projection (src/islands/room/Bars.tsx).
        expect(await list.locator('.room-open-text').textContent()).toBe('Éthique');
        expect(await list.locator('.room-open-count').textContent()).toBe('(2)');
        expect((await phone.locator('.result').textContent()) ?? '').not.toContain('=1+1');
      }
      for (const scheme of ['light', 'dark'] as const) {
        await setColorScheme(phones[1], scheme);
        expect(await runAxe(phones[1]), `phone after the reveal, ${scheme}`).toEqual([]);
      }

      // The export: one row per group, the hidden one marked, the formula made text.
      const [download] = await Promise.all([
        presenter.waitForEvent('download'),
        presenter.getByRole('button', { name: 'Exporter les résultats (CSV)' }).click(),
      ]);
      const csv = readFileSync(await savedDownload(download)).toString('utf8');
      expect(csv).toMatch(/;Éthique;2;;\r\n/);
      expect(csv).toMatch(/;'=1\+1 \(masquée\);1;;\r\n/);
      expect(presenterErrors.errors).toEqual([]);
      expect(phoneErrors.errors).toEqual([]);
    },
  );

  it('lets a phone put a poll in order with the quiz’s « Monter » and « Descendre », then tick boxes, from the keyboard', async () => {
    const presenter = await roomClient(room.server.url);
    try {
      presenter.send({ type: 'create', deck: 'tout', token: room.server.presenterToken });
      const { code } = await presenter.nextOf('welcome');
      presenter.send({ type: 'open', question: ordering });
      const { page: phone } = await context({ width: 360, height: 740 });
      const errors = watchPage(phone, new URL(room.server.url).origin);
      await phone.goto(roomUrl(`/salle/?code=${code}`));
      const items = phone.locator('.quiz-order li .quiz-order-text');
      await items.first().waitFor();
      // The options as the presenter sent them, with the quiz's hint and buttons.
      expect(await items.allTextContents()).toEqual(ordering.options);
      expect(await phone.locator('.quiz-hint').textContent()).toContain('Monter');
      const up = (text: string) => phone.getByRole('button', { name: `Monter «\u00a0${text}\u00a0»` });
      expect(await up('Objectif').getAttribute('aria-disabled')).toBe('true');

      // « Veille » first: from the keyboard, focus following the item to the top (then on « Descendre »).
      await up('Veille').focus();
      await phone.keyboard.press('Enter');
      await expect.poll(() => items.allTextContents()).toEqual(['Veille', 'Objectif', 'Message']);
      expect(await phone.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
        'Descendre «\u00a0Veille\u00a0»',
      );
      await expect.poll(() => phone.locator('[data-answer-status]').textContent()).toContain('Pas encore envoyée');
      for (const scheme of ['light', 'dark'] as const) {
        await setColorScheme(phone, scheme);
        expect(await runAxe(phone), `phone with an ordering poll, ${scheme}`).toEqual([]);
      }
      await phone.getByRole('button', { name: 'Envoyer', exact: true }).click();
      await expect.poll(() => phone.locator('[data-answer-status]').textContent()).toContain('Réponse envoyée');
      const held = () => [...(room.server.hub.sessions.get(code)?.questions.get(ordering.id)?.answers.values() ?? [])];
      expect(held()).toEqual([[1, 0, 2]]);

      // Closed: the order stays as sent, and no button moves it any more.
      presenter.send({ type: 'close', question: ordering.id });
      await expect.poll(() => phone.locator('.quiz-move:enabled').count()).toBe(0);
      expect(await items.allTextContents()).toEqual(['Veille', 'Objectif', 'Message']);

      // Then a multiple choice: two boxes ticked and one unticked, from the keyboard; sent in order.
      presenter.send({ type: 'open', question: multiple });
      const boxes = phone.locator('.quiz-option input[type=checkbox]');
      await expect.poll(() => boxes.count()).toBe(multiple.options.length);
      for (const i of [2, 0, 2, 1]) {
        await boxes.nth(i).focus();
        await phone.keyboard.press('Space');
      }
      await phone.getByRole('button', { name: 'Envoyer', exact: true }).click();
      await expect.poll(() => phone.locator('[data-answer-status]').textContent()).toContain('Réponse envoyée');
      expect([...(room.server.hub.sessions.get(code)?.questions.get(multiple.id)?.answers.values() ?? [])]).toEqual([
        [0, 1],
      ]);
      // Revealed: two right answers are said in the plural; each option's line reads as a sentence.
      presenter.send({ type: 'close', question: multiple.id });
      presenter.send({ type: 'reveal', question: multiple.id });
      await expect
        .poll(() => phone.locator('.right-answer').textContent())
        .toBe('Bonnes réponses\u00a0: A. La plateforme; B. Une stratégie');
      expect(await phone.locator('.bars .bar-head').allInnerTexts()).toEqual([
        'A La plateforme (bonne réponse, votre choix)',
        'B Une stratégie (bonne réponse, votre choix)',
        'C Publier',
      ]);
      expect(errors.errors).toEqual([]);
    } finally {
      presenter.close();
    }
  });
});
