/**
 * A store's value in an island, re-rendered when it changes: @nanostores/preact's useStore, cut
 * to what the islands use (no key filtering, no SSR option). It weighs a fraction of the original,
 * which counts on lesson pages, whose JavaScript budget is 20 KB gzip (design.md).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ReadableAtom } from 'nanostores';

/** The current value of `store`; the component renders again whenever the store changes. */
export function useStore<T>(store: ReadableAtom<T>): T {
  const value = store.get();
  const rendered = useRef(value);
  rendered.current = value;
  const [, rerender] = useState(0);
  useEffect(() => {
    const update = () => rerender((n) => n + 1);
    const stop = store.listen(update);
    // A change between this render and the subscription would otherwise be missed.
    if (store.get() !== rendered.current) update();
    return stop;
  }, [store]);
  return value;
}
