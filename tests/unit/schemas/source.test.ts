import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { sourcesFileSchema } from '../../../src/schemas/source';

const file = parse(readFileSync('content/sources.yaml', 'utf8')) as { sources: Record<string, unknown>[] };
const messages = (r: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }) =>
  (r.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`).join(' | ');
const withFirst = (patch: Record<string, unknown>) => ({
  sources: [{ ...file.sources[0], ...patch }, ...file.sources.slice(1)],
});

describe('sourcesFileSchema', () => {
  it('accepts the course’s sources', () => {
    const data = sourcesFileSchema.parse(file);
    expect(data.sources.length).toBeGreaterThan(20);
  });

  it('rejects a source without an address, or with an address that is not https', () => {
    for (const url of [undefined, 'http://example.org/', 'jasp.inspq.qc.ca', 'https://exa mple.org/']) {
      const r = sourcesFileSchema.safeParse(withFirst({ url }));
      expect(r.success, String(url)).toBe(false);
      expect(messages(r)).toContain('sources.0.url');
    }
  });

  it('rejects a date that is not AAAA, AAAA-MM or AAAA-MM-JJ, and reads a YAML date as text', () => {
    expect(sourcesFileSchema.safeParse(withFirst({ date: 'novembre 2024' })).success).toBe(false);
    const r = sourcesFileSchema.parse(withFirst({ date: new Date('2024-11-18T00:00:00Z') }));
    expect(r.sources[0]?.date).toBe('2024-11-18');
  });

  it('names a duplicate id', () => {
    const r = sourcesFileSchema.safeParse({ sources: [file.sources[0], file.sources[0]] });
    expect(r.success).toBe(false);
    expect(messages(r)).toContain('identifiant en double');
  });

  it('needs a title, a publisher and at least one lesson', () => {
    expect(sourcesFileSchema.safeParse(withFirst({ title: '' })).success).toBe(false);
    expect(sourcesFileSchema.safeParse(withFirst({ publisher: undefined })).success).toBe(false);
    expect(sourcesFileSchema.safeParse(withFirst({ lessons: [] })).success).toBe(false);
  });
});
