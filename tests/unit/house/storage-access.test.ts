// One home for storage access: outside src/lib/storage/browser-storage.ts (the guarded module) and the
// stores' engine built on it, no browser code reaches localStorage or sessionStorage itself, so a
// refused or blocked storage is handled in one way everywhere. Two exceptions, for the same reason:
// the theme's two scripts stay inline in every page, with no request of their own. ThemeInit.astro
// runs before first paint and can import nothing (it writes the theme key out, checked against
// THEME_KEY below); the theme toggle (src/client/theme-toggle.ts, ThemeToggle.astro's script) is
// inlined by the build only while it imports no shared chunk (with browser-storage.ts it became a
// file, one more request on every page). Both guard every access. deck-sync's storage transport receives the area it uses as an argument.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { THEME_KEY } from '../../../src/lib/storage/theme';

const ALLOWED = new Set([
  'src/lib/storage/browser-storage.ts',
  'src/components/ThemeInit.astro',
  'src/client/theme-toggle.ts',
]);
/** A direct reach for a storage area: `localStorage.` or `window.sessionStorage`, not `env.localStorage`. */
const DIRECT =
  /(?<![\w.'\"`])(?:window\.|globalThis\.)?(?:localStorage|sessionStorage)\b(?!\??\s*:)(?=\s*(?:\.|\?|\)|;|,|$))/;

const files = readdirSync('src', { recursive: true, encoding: 'utf8' })
  .map((f) => join('src', f))
  .filter((f) => /\.(ts|tsx|astro)$/.test(f) && statSync(f).isFile());

/** Code lines of a file that reach a storage area directly (comments left out). */
function directUses(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !/^\s*(\/\/|\*|\/\*)/.test(line))
    .filter((line) => DIRECT.test(line));
}

describe('storage access', () => {
  it('recognizes a direct use, and not a property or a parameter of that name', () => {
    expect(directUses('  const x = localStorage.getItem(k);')).toHaveLength(1);
    expect(directUses('  window.sessionStorage.setItem(k, v);')).toHaveLength(1);
    expect(directUses("  const s = area === 'local' ? localStorage : sessionStorage;")).toHaveLength(1);
    expect(directUses('  return globalThis.localStorage ?? undefined;')).toHaveLength(1);
    expect(directUses('  storage?: Storage; // kept in localStorage (this browser)')).toHaveLength(0);
    expect(directUses('  localStorage?: StorageLike | undefined;')).toHaveLength(0);
    expect(directUses('  if (env.localStorage && env.target) {')).toHaveLength(0);
    expect(directUses("  localStorage: storageArea('local'),")).toHaveLength(0);
    expect(directUses(' * kept in localStorage (a fresh one each visit)')).toHaveLength(0);
  });

  it('goes through src/lib/storage/browser-storage.ts everywhere else', () => {
    const offenders = files
      .filter((f) => !ALLOWED.has(f))
      .flatMap((f) => directUses(readFileSync(f, 'utf8')).map((line) => `${f}: ${line.trim()}`));
    expect(offenders).toEqual([]);
  });

  it('has the inline theme script read the key the registry names', () => {
    const inline = readFileSync('src/components/ThemeInit.astro', 'utf8');
    expect(inline).toContain(`localStorage.getItem('${THEME_KEY}')`);
  });
});
