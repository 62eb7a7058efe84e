/** A hook for islands whose first render must equal the server's. */
import { useEffect, useState } from 'preact/hooks';

/**
 * False during the server render and the hydrating render, true right after. Islands show what
 * only the browser knows (stored progress, storage blocked) once this is true, so hydration
 * never meets markup the server did not write.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}
