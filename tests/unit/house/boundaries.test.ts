// Which folder of src/ may import which: the folder names say where code runs, and this test keeps
// them honest. src/lib is pure logic shared by every side (browser, build, room server), so it
// imports only itself; src/build-time is build-time code (content lints, transforms, packaging) that must
// never reach a browser; browser code (src/client, src/islands, src/stores) never imports the room
// server, and the room server never imports browser code.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The top folder under src/ that a repository path falls in (« lib » for src/lib/quiz/scoring.ts). */
function area(path: string): string {
  const [top, second] = normalize(path).split(/[\\/]/);
  return top === 'src' && second ? second : top!;
}

/** Relative module specifiers of a source text: static imports, re-exports, import() and new URL(). */
function relativeSpecifiers(text: string): string[] {
  const found: string[] = [];
  const pattern = /(?:\bfrom\s*|\bimport\s*\(?\s*|\bnew URL\(\s*)(['"])(\.{1,2}\/[^'"\n]+)\1/g;
  for (const match of text.matchAll(pattern)) found.push(match[2]!);
  return found;
}

/** What may not import what: area → areas it must not reach. */
const FORBIDDEN: Record<string, string[]> = {
  lib: ['build-time', 'client', 'islands', 'stores', 'server', 'components', 'layouts', 'pages', 'data'],
  client: ['build-time', 'server', 'data', 'components', 'layouts', 'pages'],
  islands: ['build-time', 'server', 'data', 'components', 'layouts', 'pages'],
  stores: ['build-time', 'server', 'data', 'client', 'islands', 'components', 'layouts', 'pages'],
  server: ['build-time', 'client', 'islands', 'stores', 'components', 'layouts', 'pages'],
};

const files = readdirSync('src', { recursive: true, encoding: 'utf8' })
  .map((f) => join('src', f))
  .filter((f) => /\.(ts|tsx|astro)$/.test(f) && statSync(f).isFile());

/** Every import of src/ that crosses a forbidden line, as « from → to ». */
function crossings(): string[] {
  return files.flatMap((file) => {
    const banned = FORBIDDEN[area(file)] ?? [];
    return relativeSpecifiers(readFileSync(file, 'utf8'))
      .map((spec) => relative('.', join(dirname(file), spec)))
      .filter((target) => banned.includes(area(target)))
      .map((target) => `${file} → ${target}`);
  });
}

describe('folder boundaries in src/', () => {
  it('reads the specifiers of every kind of import', () => {
    const text = [
      "import { a } from '../lib/format';",
      "export { b } from './b';",
      "import '../client/search/search-panel';",
      "const m = await import('../build-time/figures');",
      "const u = new URL('../client/lms/lms-probe.ts', import.meta.url);",
      "import { c } from 'preact';",
    ].join('\n');
    expect(relativeSpecifiers(text)).toEqual([
      '../lib/format',
      './b',
      '../client/search/search-panel',
      '../build-time/figures',
      '../client/lms/lms-probe.ts',
    ]);
    expect(area('src/lib/quiz/scoring.ts')).toBe('lib');
    expect(area('src/client/room/room-socket.ts')).toBe('client');
  });

  it('finds every folder the rules name', () => {
    const areas = new Set(files.map(area));
    const named = new Set([...Object.keys(FORBIDDEN), ...Object.values(FORBIDDEN).flat()]);
    expect([...named].filter((a) => !areas.has(a))).toEqual([]);
  });

  it('keeps pure logic, build-time code, browser code and the room server apart', () => {
    expect(crossings()).toEqual([]);
  });
});
