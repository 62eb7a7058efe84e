import { describe, expect, it } from 'vitest';
import { formatMegabytes } from '../../../../src/lib/format';
import { mayRegister, offlineLabel } from '../../../../src/lib/offline/offline';
import { mayOfferUpdate } from '../../../../src/lib/offline/offline-update';

describe('mayRegister', () => {
  it('registers in a secure context (HTTPS, localhost) only, and never on the room server', () => {
    expect(mayRegister(true, false)).toBe(true);
    expect(mayRegister(false, false)).toBe(false);
    expect(mayRegister(true, true)).toBe(false);
  });
});

describe('mayOfferUpdate', () => {
  const ctx = { waiting: true, controlled: true, quizInProgress: false };
  it('offers a waiting edition to a controlled page', () => {
    expect(mayOfferUpdate(ctx)).toBe(true);
  });
  it('waits for the end of a quiz attempt, and needs a worker waiting and a page it controls', () => {
    expect(mayOfferUpdate({ ...ctx, quizInProgress: true })).toBe(false);
    expect(mayOfferUpdate({ ...ctx, waiting: false })).toBe(false);
    expect(mayOfferUpdate({ ...ctx, controlled: false })).toBe(false);
  });
});

describe('formatMegabytes and offlineLabel', () => {
  it('writes megabytes with a decimal comma and a no-break space', () => {
    expect(formatMegabytes(4_404_019)).toBe('4,2\u00a0Mo');
    expect(formatMegabytes(-3)).toBe('0\u00a0Mo');
  });
  it('reads the label the build writes and refuses anything else', () => {
    expect(offlineLabel({ count: 120, bytes: 4_000_000, label: '3,8\u00a0Mo' })).toBe('3,8\u00a0Mo');
    expect(offlineLabel({ count: 120, bytes: 4 })).toBeUndefined();
    expect(offlineLabel({ label: 12 })).toBeUndefined();
    expect(offlineLabel({ label: 'x'.repeat(200) })).toBeUndefined();
    expect(offlineLabel(null)).toBeUndefined();
    expect(offlineLabel('x')).toBeUndefined();
  });
});
