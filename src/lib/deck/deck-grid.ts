/**
 * Moving through the projected deck's overview grid with the keyboard (src/client/deck/deck-overview.ts).
 * Apart from deck-nav.ts, and importing nothing, so that it loads with the overview only.
 */

/**
 * Where an arrow key moves the selection in the overview grid of `count` thumbnails laid out in
 * `columns` columns; Home and End go to either end. Other keys leave the selection where it is.
 */
export function gridMove(index: number, key: string, columns: number, count: number): number {
  const cols = Math.max(1, Math.trunc(columns));
  switch (key) {
    case 'ArrowRight':
      return within(index + 1, count);
    case 'ArrowLeft':
      return within(index - 1, count);
    case 'ArrowDown':
      return index + cols < count ? index + cols : index;
    case 'ArrowUp':
      return index - cols >= 0 ? index - cols : index;
    case 'Home':
      return 0;
    case 'End':
      return within(count - 1, count);
    default:
      return index;
  }
}

/** An index inside a grid of `count` thumbnails (0 when there are none). */
function within(index: number, count: number): number {
  return Math.max(0, Math.min(index, count - 1));
}
