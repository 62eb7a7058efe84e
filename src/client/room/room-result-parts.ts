/**
 * The parts of the room's result that the projection (room-deck-slides.ts, room-deck-panel.ts)
 * and the phones (room-participant-results.ts) both draw: an option's bar, an order as the room
 * gave it, a group of open answers. Each place lays them out for its screen (a row beside each
 * option on a slide, a stacked list on a phone); what they are is written here once, with their
 * style beside them (room-result-parts.css).
 */
import type { OpenGroup } from '../../lib/room/room-messages';
import { el } from '../el';
import './room-result-parts.css';

/**
 * An option's share of the answers as a bar: a track and its fill, `pct` % wide. Hidden from
 * assistive technology: the figure drawn beside it says the share in words.
 */
export function resultBar(pct: number): HTMLElement {
  const bar = el('span', 'result-bar');
  bar.setAttribute('aria-hidden', 'true');
  bar.append(el('span', 'result-fill'));
  setShare(bar, pct);
  return bar;
}

/** Moves a bar drawn by resultBar to a new share, in place (the projection updates it live). */
export function setShare(bar: HTMLElement, pct: number): void {
  bar.style.setProperty('--share', `${Math.min(100, Math.max(0, pct))}%`);
}

/** An order of options as the room gave it: their texts, first to last, joined by arrows. */
export function orderText(order: readonly number[], options: readonly string[]): string {
  return order.map((i) => options[i] ?? '').join(' → ');
}

/** One group of open answers as a list item: its text (as text, never markup) and its count. */
export function openGroupItem(g: OpenGroup): HTMLLIElement {
  const li = el('li');
  li.append(el('span', 'room-open-text', g.text), ' ', el('span', 'room-open-count', `(${g.count})`));
  return li;
}
