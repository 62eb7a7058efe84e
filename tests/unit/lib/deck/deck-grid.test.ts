import { describe, expect, it } from 'vitest';
import { gridMove } from '../../../../src/lib/deck/deck-grid';

describe('gridMove', () => {
  // 10 thumbnails in 4 columns: rows 0-3, 4-7, 8-9.
  it('moves by one sideways and by a row up and down, staying inside', () => {
    expect(gridMove(5, 'ArrowRight', 4, 10)).toBe(6);
    expect(gridMove(9, 'ArrowRight', 4, 10)).toBe(9);
    expect(gridMove(0, 'ArrowLeft', 4, 10)).toBe(0);
    expect(gridMove(1, 'ArrowDown', 4, 10)).toBe(5);
    expect(gridMove(7, 'ArrowDown', 4, 10)).toBe(7);
    expect(gridMove(9, 'ArrowUp', 4, 10)).toBe(5);
    expect(gridMove(2, 'ArrowUp', 4, 10)).toBe(2);
    expect(gridMove(5, 'Home', 4, 10)).toBe(0);
    expect(gridMove(5, 'End', 4, 10)).toBe(9);
    expect(gridMove(5, 'a', 4, 10)).toBe(5);
    expect(gridMove(3, 'ArrowDown', 0, 10)).toBe(4);
  });
});
