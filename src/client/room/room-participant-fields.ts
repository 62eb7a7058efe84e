/**
 * The fields of a question on a phone at /salle/ (src/client/room/room-participant.ts puts them in its
 * form): a short text with its count of characters, items to put in order with ↑ and ↓ (focus
 * following the item moved), or options to choose, checked as the phone last answered.
 */
import type { PublicQuestion, RoomAnswer } from '../../lib/room/room-messages';
import { optionLetter } from '../../lib/deck/deck-poll';
import { MAX_OPEN_CHARS } from '../../lib/room/room-open';
import { room as t } from '../../i18n/fr-room';
import { el } from '../el';

/**
 * Adds question `q`'s fields to `fieldset`, filled with `yours` (the answer on its way, else the one
 * the server holds) and usable while `open`; `onChange` runs at every edit. Returns an ordering
 * question's items in their order on screen (the same array, changed in place as they move), else
 * an empty list.
 */
export function answerFields(
  fieldset: HTMLFieldSetElement,
  q: PublicQuestion,
  yours: RoomAnswer | undefined,
  open: boolean,
  onChange: () => void,
): number[] {
  if (q.kind === 'open') {
    // A short text: typed, counted, sent as typed; shown back (and to others) as text only.
    const label = el('label', 'open-label', t.openLabel(MAX_OPEN_CHARS));
    label.htmlFor = 'reponse-ouverte';
    const box = el('textarea', 'text-input open-text');
    box.id = 'reponse-ouverte';
    box.name = 'reponse';
    box.rows = 2;
    box.maxLength = MAX_OPEN_CHARS;
    box.value = typeof yours === 'string' ? yours : '';
    const counter = el('p', 'hint open-counter');
    counter.id = 'reponse-ouverte-compte';
    box.setAttribute('aria-describedby', counter.id);
    const count = () => (counter.textContent = t.openCount([...box.value].length, MAX_OPEN_CHARS));
    count();
    box.addEventListener('input', () => {
      count();
      onChange();
    });
    fieldset.append(label, box, counter);
  } else if (q.kind === 'ordering') {
    const order = Array.isArray(yours) && yours.length === q.options.length ? [...yours] : q.options.map((_, i) => i);
    fieldset.append(el('p', 'hint', t.orderHint));
    const list = el('ol', 'order');
    const draw = (focus?: { index: number; dir: 'up' | 'down' }) => {
      list.replaceChildren(
        ...order.map((item, position) => {
          const li = el('li');
          const text = q.options[item] ?? '';
          li.append(el('span', 'order-text', text));
          for (const dir of ['up', 'down'] as const) {
            const b = el('button', 'button button--secondary move', dir === 'up' ? '↑' : '↓');
            b.type = 'button';
            b.setAttribute('aria-label', dir === 'up' ? t.moveUp(text) : t.moveDown(text));
            b.disabled = !open || (dir === 'up' ? position === 0 : position === order.length - 1);
            b.addEventListener('click', () => {
              const to = dir === 'up' ? position - 1 : position + 1;
              [order[position], order[to]] = [order[to] as number, order[position] as number];
              draw({ index: to, dir });
              onChange();
            });
            li.append(b);
          }
          return li;
        }),
      );
      // Focus follows the item moved, on the same button when it can still move that way.
      if (focus) {
        const buttons = list.children[focus.index]?.querySelectorAll('button');
        const wanted = buttons?.[focus.dir === 'up' ? 0 : 1];
        (wanted && !wanted.disabled ? wanted : buttons?.[focus.dir === 'up' ? 1 : 0])?.focus();
      }
    };
    draw();
    fieldset.append(list);
    return order;
  } else {
    const multiple = q.kind === 'multiple';
    const list = el('div', 'choices');
    q.options.forEach((text, i) => {
      const label = el('label', 'choice');
      const box = el('input');
      box.type = multiple ? 'checkbox' : 'radio';
      box.name = 'reponse';
      box.value = String(i);
      box.checked = Array.isArray(yours) && yours.includes(i);
      const letter = el('span', 'letter', optionLetter(i));
      letter.setAttribute('aria-hidden', 'true');
      label.append(box, letter, el('span', 'choice-text', text));
      list.append(label);
    });
    fieldset.append(list);
    list.addEventListener('change', () => onChange());
  }
  return [];
}
