// Dependencies that match their use: every package that src/ (browser, build and room-server code),
// the Astro config or the SCORM build imports is a dependency, not a devDependency, so that a
// production install (`npm ci --omit=dev`, tried in .ci/run) builds the site and runs the room
// server. Type-only imports need nothing at run time and are left out; Node's built-ins and
// Astro's virtual modules (astro:content …) are not packages.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The package a bare specifier names (« @scope/name » or « name »), or null for a path. */
function packageOf(specifier: string): string | null {
  if (/^(?:\.|\/|node:|astro:|virtual:)/.test(specifier)) return null;
  const [first, second] = specifier.split('/');
  if (builtinModules.includes(first!)) return null;
  return first!.startsWith('@') ? `${first}/${second}` : first!;
}

/** Bare specifiers a source text loads at run time (static imports other than `import type`, re-exports, import()). */
function runtimeSpecifiers(text: string): string[] {
  const found: string[] = [];
  const statics = /^\s*(import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s*)?(['"])([^'"\n]+)\2/gm;
  for (const match of text.matchAll(statics)) found.push(match[3]!);
  for (const match of text.matchAll(/\bimport\(\s*(['"])([^'"\n]+)\1\s*\)/g)) found.push(match[2]!);
  return found;
}

const SOURCE = /\.(?:ts|tsx|astro|mjs|js)$/;
const files = [
  ...readdirSync('src', { recursive: true, encoding: 'utf8' })
    .map((f) => join('src', f))
    .filter((f) => SOURCE.test(f) && statSync(f).isFile()),
  'astro.config.mjs',
  'scripts/build-scorm.ts',
].sort();

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };

describe('dependencies', () => {
  it('reads specifiers as the build does', () => {
    expect(packageOf('@nanostores/persistent')).toBe('@nanostores/persistent');
    expect(packageOf('zod/mini')).toBe('zod');
    expect(packageOf('node:fs')).toBeNull();
    expect(packageOf('fs')).toBeNull();
    expect(packageOf('astro:content')).toBeNull();
    expect(packageOf('../lib/x.ts')).toBeNull();
    const text = [
      "import { a } from 'fflate';",
      "import type { B } from 'playwright-core';",
      "import 'side-effect';",
      "export { c } from '@scope/pkg/sub';",
      "const d = await import('lazy');",
      "import {\n  e,\n  f,\n} from 'multi';",
    ].join('\n');
    expect(runtimeSpecifiers(text)).toEqual(['fflate', 'side-effect', '@scope/pkg/sub', 'multi', 'lazy']);
  });

  it('declares every package the site, its build and the room server import as a dependency', () => {
    const missing: string[] = [];
    for (const file of files) {
      for (const specifier of runtimeSpecifiers(readFileSync(file, 'utf8'))) {
        const name = packageOf(specifier);
        if (name && !(name in manifest.dependencies)) missing.push(`${file}: ${name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
