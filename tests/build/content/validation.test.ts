// A broken content file stops the build with the file and the field named. Each case runs the
// real content layer (astro sync) over a small fixture folder.
import { describe, expect, it } from 'vitest';
import { syncContent } from '../../support/astro-sync';

const fixture = (name: string) => `tests/fixtures/content/${name}`;

describe('content validation (astro sync over fixtures)', { timeout: 120_000 }, () => {
  it('accepts valid lessons', async () => {
    const r = await syncContent(fixture('valid'));
    expect(r.output).not.toMatch(/error/i);
    expect(r.status).toBe(0);
  });

  // One missing field shows that the content layer names the file and the field; each field's rule
  // (a wrong type, an empty list, an unknown part…) is checked by tests/unit/schemas/lesson.test.ts.
  it('names the file and the field when a title is missing', async () => {
    const r = await syncContent(fixture('missing-title'));
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('02-sans-titre');
    expect(r.output).toMatch(/\btitle\b/);
  });

  it('names both files when two lessons share an order', async () => {
    const r = await syncContent(fixture('duplicate-order'));
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('duplicate-order/lessons/01-premiere.mdx');
    expect(r.output).toContain('duplicate-order/lessons/02-doublon.mdx');
    expect(r.output).toContain('« order » vaut 1');
  });
});
