// No source file over 400 lines (.ts, .tsx, .astro, .css under src/): a file that grows past it is
// split along its seams — pure logic in src/lib/, browser behaviour in src/client/, build-time code in
// src/build-time/, server code in src/server/, a large <style> or a self-contained part of the markup in a component of its own.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const MAX_LINES = 400;
const EXTENSIONS = ['.ts', '.tsx', '.astro', '.css'];

/** The lines of a text as `wc -l` counts them, with a last line that has no line break. */
function lineCount(text: string): number {
  if (text === '') return 0;
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

const files = readdirSync('src', { recursive: true, encoding: 'utf8' })
  .map((f) => join('src', f))
  .filter((f) => EXTENSIONS.some((ext) => f.endsWith(ext)) && statSync(f).isFile())
  .sort();

describe('source file size', () => {
  it('counts lines as wc -l does', () => {
    expect(lineCount('')).toBe(0);
    expect(lineCount('a\n')).toBe(1);
    expect(lineCount('a\nb\n')).toBe(2);
    expect(lineCount('a\nb')).toBe(2);
    expect(lineCount('\n\n')).toBe(2);
  });

  it('reads every kind of source file, in every folder', () => {
    const missing = (found: (file: string) => boolean) => !files.some(found);
    expect(EXTENSIONS.filter((ext) => missing((f) => f.endsWith(ext)))).toEqual([]);
    const dirs = ['build-time', 'client', 'components', 'layouts', 'lib', 'pages', 'server', 'styles'];
    expect(dirs.filter((dir) => missing((f) => f.startsWith(join('src', dir))))).toEqual([]);
  });

  it(`keeps every source file at ${MAX_LINES} lines or fewer`, () => {
    const offenders = files
      .map((file) => ({ file, lines: lineCount(readFileSync(file, 'utf8')) }))
      .filter(({ lines }) => lines > MAX_LINES)
      .map(({ file, lines }) => `${file}: ${lines} lines`);
    expect(offenders, `Over ${MAX_LINES} lines, to split along their seams:\n${offenders.join('\n')}`).toEqual([]);
  });
});
