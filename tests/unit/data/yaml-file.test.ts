// The one YAML loader of the content files read outside Astro's collections (plan, templates):
// a broken file stops the build naming the file and each field; a missing optional file is none.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'astro/zod';
import { optionalYaml, parseYaml } from '../../../src/data/yaml-file';

const schema = z.strictObject({ title: z.string(), steps: z.array(z.strictObject({ id: z.string() })) });

let dir: string | undefined;
afterEach(() => {
  vi.unstubAllEnvs();
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('YAML content files', () => {
  it('gives the validated data', () => {
    expect(parseYaml('title: Plan\nsteps:\n  - id: a\n', 'x.yaml', schema)).toEqual({
      title: 'Plan',
      steps: [{ id: 'a' }],
    });
  });

  it('names the file when the YAML cannot be read', () => {
    expect(() => parseYaml('steps: [', 'content/x.yaml', schema)).toThrow(/^content\/x\.yaml : YAML illisible \(/);
  });

  it('names the file and every field at fault, with its path', () => {
    const run = () => parseYaml('title: 3\nsteps:\n  - id: a\n  - nom: b\n', 'x.yaml', schema);
    expect(run).toThrow(/^x\.yaml : /);
    expect(run).toThrow(/title : /);
    expect(run).toThrow(/steps\.1\.id : /);
    expect(() => parseYaml('- a\n', 'x.yaml', schema)).toThrow(/\(racine\) : /);
  });

  it('reads an optional file once per build, and gives undefined where the course has none', () => {
    dir = mkdtempSync(join(tmpdir(), 'yaml-file-'));
    vi.stubEnv('COURSE_CONTENT_DIR', dir);
    const absent = optionalYaml('absent.yaml', schema);
    expect(absent()).toBeUndefined();
    writeFileSync(join(dir, 'x.yaml'), 'title: Un\nsteps: []\n');
    const read = optionalYaml('x.yaml', schema);
    expect(read()).toEqual({ title: 'Un', steps: [] });
    writeFileSync(join(dir, 'x.yaml'), 'title: Deux\nsteps: []\n');
    expect(read()?.title).toBe('Un');
  });
});
