/**
 * What a phone shows on /salle/ once the trainer reveals a question (src/client/room/room-participant.ts
 * draws it under the question): the room's result as bars, the most frequent orders, or the
 * groups of open answers (text only, never markup).
 */
import type { PublicQuestion, RoomAnswer, RoomStateMessage } from '../../lib/room/room-messages';
import { optionLetter } from '../../lib/deck/deck-poll';
import { percent } from '../../lib/room/room-session';
import { room as t } from '../../i18n/fr-room';
import { el } from '../el';
import { openGroupItem, orderText, resultBar } from './room-result-parts';
import './room-participant-results.css';

/** An open question's revealed answers, grouped, most frequent first (text only, never markup). */
export function groupsView(groups: NonNullable<RoomStateMessage['groups']>): HTMLElement {
  const box = el('section', 'result');
  box.setAttribute('aria-labelledby', 'resultat-salle');
  const title = el('h2', undefined, t.roomResult);
  title.id = 'resultat-salle';
  box.append(title);
  if (groups.length === 0) box.append(el('p', undefined, t.openNone));
  const list = el('ul', 'open-groups');
  for (const g of groups) {
    list.append(openGroupItem(g));
  }
  box.append(list);
  return box;
}

/**
 * A revealed poll's result: the right answer (or, for a vote, the option the deck followed), then
 * a bar per option with its count and share, the phone's own choice (`acked`) marked; for an
 * ordering question, the right order and the most frequent orders given.
 */
export function resultView(
  q: PublicQuestion,
  correct: number[],
  results: NonNullable<RoomStateMessage['results']>,
  decision: RoomStateMessage['decision'],
  acked: RoomAnswer | undefined,
): HTMLElement {
  const box = el('section', 'result');
  box.setAttribute('aria-labelledby', 'resultat-salle');
  const title = el('h2', undefined, t.roomResult);
  title.id = 'resultat-salle';
  box.append(title);
  const total = results.total;
  if (q.kind === 'ordering') {
    box.append(el('h3', undefined, t.rightOrder));
    const right = el('ol', 'right-order');
    for (const i of correct) right.append(el('li', undefined, q.options[i] ?? ''));
    box.append(right, el('h3', undefined, t.topOrders));
    const top = el('ol', 'orders');
    for (const { order: o, count } of results.orders) {
      const li = el('li', undefined, `${orderText(o, q.options)}\u00a0: ${t.orderCount(count, percent(count, total))}`);
      top.append(li);
    }
    box.append(top);
    return box;
  }
  if (q.kind === 'vote') {
    // A simulation's vote has no right answer: the phone says which option the deck followed.
    if (decision)
      box.append(
        el(
          'p',
          'right-answer',
          t.decided(`${optionLetter(decision.option)}. ${q.options[decision.option] ?? ''}`, decision.how),
        ),
      );
  } else {
    const right = correct.map((i) => `${optionLetter(i)}. ${q.options[i] ?? ''}`).join('; ');
    box.append(el('p', 'right-answer', `${t.rightAnswer(correct.length)}\u00a0: ${right}`));
  }
  const list = el('ul', 'bars');
  q.options.forEach((text, i) => {
    const count = results.counts[i] ?? 0;
    const pct = percent(count, total);
    const li = el('li');
    if (correct.includes(i)) li.dataset.correct = '';
    const head = el('p', 'bar-head');
    const letter = el('span', 'letter', optionLetter(i));
    letter.setAttribute('aria-hidden', 'true');
    // Spaces between the parts: the line is read and copied as a sentence, as it wraps as one.
    head.append(letter, ' ', el('span', 'choice-text', text));
    const mine = Array.isArray(acked) && acked.includes(i);
    const marks = [correct.includes(i) ? t.correctMark : '', mine ? t.yoursMark : ''].filter(Boolean);
    if (marks.length) head.append(' ', el('span', 'marks', `(${marks.join(', ')})`));
    li.append(head, resultBar(pct), el('p', 'bar-figure', t.barLabel(optionLetter(i), count, pct)));
    list.append(li);
  });
  box.append(list);
  return box;
}
