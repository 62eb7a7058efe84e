/**
 * The parts of the room's result that the phones (RoomResult.tsx), the projection
 * (src/client/room/room-deck-slides.ts renders them with Preact into its rows) and the presenter's
 * panel (RoomPanel.tsx) all draw: an option's bar, a group of open answers. Each place lays them out
 * for its screen (a row beside each option on a slide, a stacked list on a phone); what they are is
 * written here once, with their style beside them (bars.css).
 */
import type { OpenGroup } from '../../lib/room/room-messages';
import './bars.css';

/**
 * An option's share of the answers as a bar: a track and its fill, `pct` % wide. Hidden from
 * assistive technology: the figure drawn beside it says the share in words.
 */
export function ResultBar({ pct }: { pct: number }) {
  return (
    <span class="result-bar" aria-hidden="true" style={{ '--share': `${Math.min(100, Math.max(0, pct))}%` }}>
      <span class="result-fill" />
    </span>
  );
}

/** One group of open answers: its text (as text, never markup) and its count. */
export function OpenGroupText({ group }: { group: OpenGroup }) {
  return (
    <>
      <span class="room-open-text">{group.text}</span> <span class="room-open-count">({group.count})</span>
    </>
  );
}
