/**
 * What room mode paints on the deck's poll slides (src/client/room/room-deck.ts drives it, in the
 * projected deck and the presenter view): the room's address, code and QR code, the live count of
 * answers and, once revealed, the room's result as bars, the most frequent orders, or the groups
 * of open answers.
 */
import { optionLetter } from '../../lib/deck/deck-poll';
import { sessionRoute } from '../../lib/room/room-routes';
import { percent } from '../../lib/room/room-session';
import type { KnownQuestion, RoomQuestion } from '../../lib/room/room-messages';
import { room as t } from '../../i18n/fr-room';
import { el } from '../el';
import { h, render } from 'preact';
import { orderText } from '../../lib/deck/deck-poll';
import { OpenGroupText, ResultBar } from '../../islands/room/Bars';

/**
 * Where a slide's live question is: the slide itself for a poll, or the view on screen of a
 * simulation slide (each situation is a vote: data-room-question).
 */
function scopeOf(slide: HTMLElement): HTMLElement {
  return slide.querySelector<HTMLElement>('[data-room-question]:not([hidden])') ?? slide;
}

/** The question a poll slide asks, as the presenter opens it; undefined for what phones cannot answer. */
export function questionOf(slide: HTMLElement | undefined): RoomQuestion | undefined {
  const scope = slide ? scopeOf(slide) : undefined;
  const id = scope?.dataset.question;
  const kind = scope?.dataset.kind;
  const prompt = scope?.querySelector('.poll-prompt')?.textContent?.trim();
  if (!scope || !id || !prompt) return undefined;
  const texts = (selector: string) =>
    [...scope.querySelectorAll(`${selector} > li .option-text`)].map((e) => (e.textContent ?? '').trim());
  const options = texts('[data-room-options]');
  if (kind === 'single' || kind === 'multiple' || kind === 'true-false') {
    const items = [...scope.querySelectorAll('[data-room-options] > li')];
    const correct = items.flatMap((li, i) => (li.hasAttribute('data-correct') ? [i] : []));
    return { id, kind, prompt, options, correct };
  }
  if (kind === 'vote') return { id, kind, prompt, options, correct: [] };
  if (kind === 'open') return { id, kind, prompt, options: [], correct: [] };
  if (kind === 'ordering') {
    const correct = texts('[data-room-order]').map((text) => options.indexOf(text));
    return { id, kind, prompt, options, correct };
  }
  return undefined;
}

/**
 * The way in on every poll slide and poll introduction: the room's address, its QR code and the
 * session's code (hidden while there is no session). Matching questions get none: they are
 * answered aloud.
 */
export function paintJoin(host: HTMLElement, join: string, code: string | undefined): void {
  const address = join.replace(/^https?:\/\//, '').replace(/\/$/, '');
  for (const s of host.querySelectorAll<HTMLElement>(
    '[data-deck-track] .deck-poll, [data-deck-track] [data-poll-intro]',
  )) {
    const layout = s.matches('[data-poll-intro]') ? s : s.querySelector('.poll-layout');
    if (!layout) continue;
    // Matching questions are answered aloud: no address on them, not to send phones for nothing.
    if (s.dataset.kind === 'matching') continue;
    for (const qr of layout.querySelectorAll<HTMLElement>(':scope > [data-qr]')) qr.hidden = true;
    let figure = layout.querySelector<HTMLElement>(':scope > .room-join');
    if (!figure) {
      figure = el('figure', `room-join ${s.matches('[data-poll-intro]') ? 'room-join--large' : ''}`);
      const img = el('img', 'room-qr');
      img.width = 200;
      img.height = 200;
      const caption = el('figcaption');
      const shownAddress = el('strong', 'room-address', address);
      shownAddress.style.setProperty('--room-chars', String(address.length));
      caption.append(el('span', 'room-join-lead', t.joinAt), shownAddress, el('span', 'room-code-line'));
      figure.append(img, caption);
      layout.append(figure);
    }
    figure.hidden = !code;
    if (!code) continue;
    const img = figure.querySelector('img');
    if (img && !img.src.endsWith(`code=${code}`)) {
      img.src = sessionRoute('qr', code);
      img.alt = t.qrAlt(`${join}?code=${code}`);
    }
    const line = figure.querySelector('.room-code-line');
    if (line) {
      line.replaceChildren(`${t.codeIs}\u00a0: `, el('strong', 'room-code', code));
    }
  }
}

/**
 * An open question's answers on the projection, once revealed: the groups the presenter did not
 * hide, most frequent first, larger the more often given (text only, never markup).
 */
function paintOpen(slide: HTMLElement, info: KnownQuestion | undefined): void {
  const groups = info?.status === 'revealed' ? info.groups?.filter((g) => !g.hidden) : undefined;
  slide.toggleAttribute('data-room-revealed', Boolean(groups));
  let box = slide.querySelector<HTMLElement>('.room-open');
  if (!groups) {
    box?.remove();
    return;
  }
  if (!box) {
    box = el('div', 'room-open');
    slide.querySelector('.poll-main')?.append(box);
  }
  const top = groups[0]?.count ?? 1;
  const list = el('ul', 'room-open-groups');
  for (const g of groups) {
    const li = el('li');
    render(h(OpenGroupText, { group: g }), li);
    li.dataset.size = String(Math.max(1, Math.ceil((g.count / top) * 3)));
    list.append(li);
  }
  box.replaceChildren(el('p', 'answer-label', t.openGroups), list);
}

/** The room's result on a poll slide: bars per option, or the most frequent orders, or open answers. */
function paintResults(slide: HTMLElement, info: KnownQuestion | undefined, question: RoomQuestion): void {
  if (question.kind === 'open') return paintOpen(slide, info);
  const s = scopeOf(slide);
  // A vote shows its split live (the trainer follows the room); a poll, once revealed.
  const shown = (info?.status === 'revealed' || question.kind === 'vote') && info?.results;
  slide.toggleAttribute('data-room-revealed', Boolean(shown));
  const results = shown ? info.results : undefined;
  const total = results?.total ?? 0;
  if (question.kind !== 'ordering') {
    [...s.querySelectorAll<HTMLElement>('[data-room-options] > li')].forEach((li, i) => {
      let result = li.querySelector<HTMLElement>(':scope > .room-result');
      if (!results) {
        result?.remove();
        return;
      }
      const count = results.counts[i] ?? 0;
      const pct = percent(count, total);
      if (!result) {
        result = el('span', 'room-result');
        li.append(result);
      }
      // Drawn again in place as the answers come in (Preact changes only what changed).
      render(
        [
          h(ResultBar, { pct }),
          h('span', { class: 'room-figure' }, [
            h('span', { 'aria-hidden': 'true' }, `${count} · ${pct}\u00a0%`),
            h('span', { class: 'visually-hidden' }, ` (${t.barLabel(optionLetter(i), count, pct)})`),
          ]),
        ],
        result,
      );
    });
    return;
  }
  let orders = s.querySelector<HTMLElement>('.room-orders');
  if (!results) {
    orders?.remove();
    return;
  }
  if (!orders) {
    orders = el('div', 'room-orders');
    s.querySelector('.poll-main')?.append(orders);
  }
  const list = el('ol');
  const right = question.correct.join(',');
  for (const { order, count } of results.orders) {
    const item = el('li', undefined, orderText(order, question.options));
    item.append(el('span', 'room-figure', ` ${t.orderCount(count, percent(count, total))}`));
    if (order.join(',') === right) {
      item.setAttribute('data-correct', '');
      item.append(el('span', 'visually-hidden', ` (${t.rightOrderMark})`));
    }
    list.append(item);
  }
  orders.replaceChildren(el('p', 'answer-label', t.topOrders), list);
}

/**
 * A poll slide's live part: its status, the count of answers (marked when the server is out of
 * reach: the last one known) and the room's result.
 */
export function paintPoll(
  s: HTMLElement,
  question: RoomQuestion,
  info: KnownQuestion | undefined,
  live: { code: string | undefined; connected: boolean },
): void {
  const { code, connected } = live;
  s.dataset.roomStatus = info?.status ?? 'none';
  const main = scopeOf(s).querySelector('.poll-main');
  let count = s.querySelector<HTMLElement>('.room-count');
  if (!count && main) {
    count = el('p', 'room-count');
    main.insertBefore(count, main.querySelector('.poll-prompt')?.nextSibling ?? null);
  }
  if (count) {
    count.hidden = !info || !code;
    // A count kept while the server is out of reach is the last one known: marked, not passed off as live.
    count.textContent = info ? (connected ? t.answers(info.count) : t.staleCount(info.count)) : '';
    count.toggleAttribute('data-stale', !connected);
  }
  paintResults(s, info, question);
}
