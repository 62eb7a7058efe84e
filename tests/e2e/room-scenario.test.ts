// The branching simulation on a deck slide (issue #28, part 4). Without the room server, the trainer
// plays it by keyboard on the projection and the presenter view follows. With it, five phones
// (360 px) vote each situation, the projection (1920×1080) shows the live split, the presenter view
// (1366×768) follows the majority once and overrides it once, the phones learn the decision only
// once taken (never what comes next), and the CSV export holds the room's path with its votes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { savedDownload, siteUrl, watchPage } from '../support/browser';
import { runAxe } from '../support/axe';
import { scenarioSchema } from '../../src/schemas/scenario';
import { lessonsPath, shortcutsPath } from '../fixtures/scenario-paths';
import { useRoomTestbed } from '../support/room-e2e';

const soiree = scenarioSchema.parse(parse(readFileSync('content/scenarios/soiree-cisss.yaml', 'utf8')));
const decision = (id: string) => {
  const node = soiree.nodes.find((n) => n.id === id);
  if (node?.kind !== 'decision') throw new Error(`no decision ${id}`);
  return node;
};
const first = decision(soiree.start);

const room = useRoomTestbed('salle-scenario-');
const { roomUrl, context } = room;

/** 1-based number of the simulation's slide in a deck page. */
const scenarioSlide = (page: Page) =>
  page.evaluate(
    () =>
      [...document.querySelectorAll('[data-deck-track] [data-slide]')].findIndex((s) =>
        s.hasAttribute('data-scenario-slide'),
      ) + 1,
  );

/** Waits until the simulation's player runs on the current slide (it loads near its slide). */
const ready = (page: Page) =>
  page.locator('.deck-slide[data-current] [data-scenario-intro] [data-scenario-act="next"]').waitFor();

/** The view on screen of the simulation's slide, in the projection's track. */
const onScreen = (page: Page) => page.locator('.deck-slide[data-current] .scenario-view:not([hidden])');

describe('a simulation on a deck slide', () => {
  it('is played by the trainer’s keyboard without the room server, and the presenter view follows', async () => {
    const { context: trainer, page: deck } = await context({ width: 1920, height: 1080 });
    const watched = watchPage(deck);
    await deck.goto(siteUrl('/diapos/pieges-a-eviter/'));
    const n = await scenarioSlide(deck);
    expect(n).toBeGreaterThan(0);
    await deck.goto(siteUrl(`/diapos/pieges-a-eviter/#${n}`));
    await expect.poll(() => onScreen(deck).locator('.slide-title').textContent()).toBe(soiree.title);
    const presenter = await trainer.newPage();
    await presenter.setViewportSize({ width: 1366, height: 768 });
    await presenter.goto(siteUrl(`/diapos/pieges-a-eviter/presentateur/#${n}`));
    const panel = presenter.locator('.scenario-panel');
    await expect.poll(() => panel.isVisible()).toBe(true);

    // → leaves the introduction for the first situation: the deck stays on this slide.
    await deck.bringToFront();
    await ready(deck);
    await deck.keyboard.press('ArrowRight');
    await expect.poll(() => onScreen(deck).locator('.poll-prompt').textContent()).toBe(first.title);
    expect(deck.url()).toMatch(new RegExp(`#${n}$`));
    await expect.poll(() => panel.textContent()).toContain(first.choices[1]?.text ?? '?');

    // The trainer picks B with the keyboard: its consequence, said to be the trainer's choice.
    await onScreen(deck).locator('[data-scenario-choice]').nth(1).focus();
    await deck.keyboard.press('Enter');
    const consequence = onScreen(deck);
    await expect
      .poll(() => consequence.locator('.scenario-consequence-text').textContent())
      .toBe(first.choices[1]?.consequence);
    expect(await consequence.locator('[data-scenario-how]').textContent()).toBe('Choix du formateur.');
    // The presenter view shows the same, and offers the next situation.
    await expect.poll(() => panel.getByRole('button', { name: 'Situation suivante' }).count()).toBe(1);
    // Its preview of the slide is the content without the controls: the consequence, no button, and
    // none of the buttons' labels run into the text.
    const pane = presenter.locator('[data-current-screen]');
    await expect.poll(() => pane.textContent()).toContain(first.choices[1]?.consequence ?? '?');
    expect(await pane.locator('button').count()).toBe(0);
    expect(await pane.textContent()).not.toMatch(/Situation suivante|Reprendre cette décision/);

    // Taken back from the presenter view, then A instead, then on to the next situation with →.
    await panel.getByRole('button', { name: 'Reprendre cette décision' }).click();
    await expect.poll(() => onScreen(deck).locator('.poll-prompt').textContent()).toBe(first.title);
    await panel.getByRole('button', { name: new RegExp(`^A\\. ${first.choices[0]?.text.slice(0, 20)}`) }).click();
    await expect
      .poll(() => onScreen(deck).locator('.scenario-consequence-text').textContent())
      .toBe(first.choices[0]?.consequence);
    await deck.keyboard.press('ArrowRight');
    const next = first.choices[0]?.next;
    const second = decision(typeof next === 'string' ? next : '');
    await expect.poll(() => onScreen(deck).locator('.poll-prompt').textContent()).toBe(second.title);
    // The gauges moved by the choice's effects.
    const start = soiree.gauges.find((g) => g.id === 'confiance')?.start ?? 0;
    const trust = (first.choices[0]?.effects.confiance ?? 0) + start;
    expect(await deck.locator('.deck-slide[data-current] [data-gauge="confiance"]').textContent()).toContain(
      `${trust} sur 100`,
    );
    // On a situation, → moves on to the next slide (or stays at the end of the deck): it is not stuck.
    for (const scheme of ['light', 'dark'] as const) {
      await deck.emulateMedia({ colorScheme: scheme });
      expect(await runAxe(deck), `projection ${scheme}`).toEqual([]);
    }
    expect(watched.errors).toEqual([]);
    expect(watched.foreign).toEqual([]);
  });

  it('fits every situation, consequence and ending of both reference paths in the frame at 1024×768', async () => {
    const { page: deck } = await context({ width: 1024, height: 768 });
    await deck.goto(siteUrl('/diapos/pieges-a-eviter/'));
    const n = await scenarioSlide(deck);
    await deck.goto(siteUrl(`/diapos/pieges-a-eviter/#${n}`));
    await ready(deck);
    const overflow = () =>
      deck.evaluate(() => {
        const c = document.querySelector<HTMLElement>('[data-current] .content');
        return c ? c.scrollHeight - c.clientHeight : Number.NaN;
      });
    for (const path of [lessonsPath, shortcutsPath]) {
      await deck.keyboard.press('ArrowRight');
      for (const choice of path) {
        const title = await onScreen(deck).locator('.poll-prompt').textContent();
        expect(await overflow(), `situation « ${title} »`).toBeLessThanOrEqual(1);
        await onScreen(deck).locator(`[data-scenario-choice="${choice}"]`).click();
        await expect.poll(() => onScreen(deck).getAttribute('data-scenario-consequence')).toMatch(`/${choice}`);
        expect(await overflow(), `consequence ${choice}`).toBeLessThanOrEqual(1);
        await deck.keyboard.press('ArrowRight');
      }
      await expect.poll(() => onScreen(deck).getAttribute('data-scenario-end')).toMatch(/^fin-/);
      expect(await overflow(), `ending after ${path.at(-1)}`).toBeLessThanOrEqual(1);
      // The room's path, one line per decision, each saying how it was taken.
      const lines = await onScreen(deck).locator('[data-scenario-path] li').allTextContents();
      expect(lines).toHaveLength(path.length);
      expect(lines.every((l) => l.endsWith('Choix du formateur.'))).toBe(true);
      await onScreen(deck).getByRole('button', { name: 'Rejouer depuis le début' }).click();
      await expect.poll(() => onScreen(deck).getAttribute('data-scenario-intro')).toBe('');
    }
  });

  it(
    'lets five phones vote: the deck follows the majority, then the trainer’s override, and the CSV holds the path',
    { timeout: 300_000 },
    async () => {
      const { context: trainer, page: presenter } = await context({ width: 1366, height: 768 });
      const code = await room.openSession(presenter);
      expect(code).toMatch(/^[A-HJKMNP-Z]{4}$/);
      const deck = await trainer.newPage();
      await deck.setViewportSize({ width: 1920, height: 1080 });
      await deck.goto(roomUrl('/diapos/'));
      const n = await scenarioSlide(deck);
      expect(n).toBeGreaterThan(0);
      await presenter.goto(roomUrl(`/diapos/presentateur/#${n}`));
      await presenter.waitForFunction(() =>
        /Séance [A-Z]{4}/.test(document.querySelector('.room-session')?.textContent ?? ''),
      );
      await deck.goto(roomUrl(`/diapos/#${n}`));
      const panel = presenter.locator('.scenario-panel');
      await panel.getByRole('button', { name: 'Commencer' }).click();
      await expect.poll(() => onScreen(deck).locator('.poll-prompt').textContent()).toBe(first.title);
      await presenter.getByRole('button', { name: 'Ouvrir le sondage' }).click();

      const phones: Page[] = [];
      const vote = async (phone: Page, choice: number) => {
        await phone.locator('.quiz-option input').nth(choice).check();
        await phone.getByRole('button', { name: 'Envoyer', exact: true }).click();
        await expect.poll(() => phone.locator('[data-answer-status]').textContent()).toContain('Réponse envoyée');
      };
      for (const choice of [0, 0, 0, 1, 2]) {
        const { page } = await context({ width: 360, height: 740 });
        await page.goto(roomUrl(`/salle/?code=${code}`));
        await expect.poll(() => page.locator('.prompt').textContent()).toBe(first.title);
        await vote(page, choice);
        phones.push(page);
      }
      // The projection shows the live split while the vote is open.
      const bars = deck.locator('.deck-slide[data-current] .scenario-view:not([hidden]) .room-figure');
      await expect.poll(() => bars.first().textContent()).toContain('3 · 60');
      await expect
        .poll(() => onScreen(deck).locator('[data-scenario-majority]').textContent())
        .toContain('Majorité\u00a0: A (3 votes sur 5)');
      // Nothing of what comes next reached a phone.
      for (const c of first.choices)
        expect(await phones[0]?.locator('main').textContent()).not.toContain(c.consequence.slice(0, 40));

      await panel.getByRole('button', { name: 'Suivre la majorité' }).click();
      await expect
        .poll(() => onScreen(deck).locator('[data-scenario-how]').textContent())
        .toBe('Choix de la salle\u00a0: 3 votes sur 5.');
      expect(await onScreen(deck).locator('.scenario-consequence-text').textContent()).toBe(
        first.choices[0]?.consequence,
      );
      await expect
        .poll(() => phones[3]?.locator('.result .right-answer').textContent())
        .toBe(`La salle a choisi\u00a0: A. ${first.choices[0]?.text}`);
      for (const scheme of ['light', 'dark'] as const) {
        await phones[3]?.emulateMedia({ colorScheme: scheme });
        expect(await runAxe(phones[3] as Page), `phone after the decision, ${scheme}`).toEqual([]);
      }

      // The next situation: phones wait until its vote opens, then the trainer overrides the majority.
      await panel.getByRole('button', { name: 'Situation suivante' }).click();
      const next = first.choices[0]?.next;
      const second = decision(typeof next === 'string' ? next : '');
      await expect.poll(() => onScreen(deck).locator('.poll-prompt').textContent()).toBe(second.title);
      await expect.poll(() => phones[0]?.locator('.waiting').count()).toBe(1);
      await presenter.getByRole('button', { name: 'Ouvrir le sondage' }).click();
      for (const [i, choice] of [1, 1, 1, 0, 0].entries()) {
        const phone = phones[i] as Page;
        await expect.poll(() => phone.locator('.prompt').textContent()).toBe(second.title);
        await vote(phone, choice);
      }
      await expect
        .poll(() => onScreen(deck).locator('[data-scenario-majority]').textContent())
        .toContain('Majorité\u00a0: B (3 votes sur 5)');
      await panel.getByRole('button', { name: new RegExp(`^C\\. `) }).click();
      await expect
        .poll(() => onScreen(deck).locator('[data-scenario-how]').textContent())
        .toBe('Choix du formateur, contre la majorité de la salle (B).');
      await expect
        .poll(() => phones[0]?.locator('.result .right-answer').textContent())
        .toBe(`La personne qui présente a retenu\u00a0: C. ${second.choices[2]?.text} (contre la majorité)`);
      for (const scheme of ['light', 'dark'] as const) {
        await deck.emulateMedia({ colorScheme: scheme });
        expect(await runAxe(deck), `projection, consequence, ${scheme}`).toEqual([]);
      }

      // The export: each situation's votes, and the option the deck followed, and how.
      const [download] = await Promise.all([
        presenter.waitForEvent('download'),
        presenter.getByRole('button', { name: 'Exporter les résultats (CSV)' }).click(),
      ]);
      const csv = readFileSync(await savedDownload(download), 'utf8');
      expect(csv).toContain(`;${first.choices[0]?.text};3;;retenue (majorité)\r\n`);
      expect(csv).toContain(`;${second.choices[1]?.text};3;;\r\n`);
      expect(csv).toContain(`;${second.choices[2]?.text};0;;retenue (choix du formateur, contre la majorité)\r\n`);
      expect(csv.indexOf(first.title)).toBeLessThan(csv.indexOf(second.title));
    },
  );
});
