import { describe, expect, it } from 'vitest';
import { findLmsApi, MAX_PARENTS } from '../../../src/client/lms/lms-api';

/** A chain of fake windows: the first is the page, each next one its parent; the last is the top. */
function chain(length: number, extra: (w: Record<string, unknown>, i: number) => void = () => {}): Window[] {
  const wins: Record<string, unknown>[] = Array.from({ length }, () => ({}));
  wins.forEach((w, i) => {
    w.parent = wins[i + 1] ?? w;
    w.top = wins[length - 1];
    extra(w, i);
  });
  return wins as unknown as Window[];
}

const api12 = { LMSInitialize: () => 'true' };
const api2004 = { Initialize: () => 'true' };

describe('findLmsApi', () => {
  it('finds a SCORM 1.2 API on a parent, and prefers a SCORM 2004 one', () => {
    const page = chain(3, (w, i) => {
      if (i === 2) w.API = api12;
    })[0] as Window;
    expect(findLmsApi(page)).toEqual({ version: '1.2', api: api12 });
    const both = chain(3, (w, i) => {
      if (i === 1) w.API = api12;
      if (i === 2) w.API_1484_11 = api2004;
    })[0] as Window;
    expect(findLmsApi(both)).toEqual({ version: '2004', api: api2004 });
  });

  it('stops after a bounded number of parents', () => {
    const depth = MAX_PARENTS['1.2'];
    const deep = chain(depth + 3, (w, i) => {
      if (i === depth + 2) w.API = api12;
    });
    expect(findLmsApi(deep[0] as Window)).toBeUndefined();
    const reachable = chain(MAX_PARENTS['1.2'] + 1, (w, i) => {
      if (i === MAX_PARENTS['1.2']) w.API = api12;
    });
    expect(findLmsApi(reachable[0] as Window)?.version).toBe('1.2');
  });

  it('looks in the window that opened the course, and skips what it may not read', () => {
    const lms = chain(1, (w) => {
      w.API = api12;
    })[0] as Window;
    const popup = chain(2, (w, i) => {
      if (i === 1) w.opener = lms;
    })[0] as Window;
    expect(findLmsApi(popup)?.api).toBe(api12);
    const foreign = chain(2, (w, i) => {
      if (i === 1) {
        Object.defineProperty(w, 'API', {
          get() {
            throw new DOMException('Blocked a frame', 'SecurityError');
          },
        });
      }
    })[0] as Window;
    expect(findLmsApi(foreign)).toBeUndefined();
    const notAnApi = chain(2, (w, i) => {
      if (i === 1) w.API = { LMSInitialize: 'oui' };
    })[0] as Window;
    expect(findLmsApi(notAnApi)).toBeUndefined();
  });
});
