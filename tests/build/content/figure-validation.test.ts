// A broken figure stops the build with a French message that names what to fix: a data value for
// a platform the data file does not list, a figure name that does not exist, a list that does not
// have one item per icon. Each case runs the real content layer or build over a small fixture.
import { describe, expect, it } from 'vitest';
import { buildContent, syncContent } from '../../support/astro-sync';

const fixture = (name: string) => `tests/fixtures/content/${name}`;

describe('figure validation (astro over fixtures)', { timeout: 180_000 }, () => {
  it('names the data file and the platform it does not list', async () => {
    const r = await syncContent(fixture('figure-bad-data'));
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('netendances.yaml');
    expect(r.output).toContain('plateforme «\u00a0myspace\u00a0» absente de la liste «\u00a0platforms\u00a0»');
  });

  it('stops on a figure name that does not exist, listing the ones that do', async () => {
    const r = await buildContent(fixture('figure-unknown'));
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('<Figure name="inconnue">');
    expect(r.output).toMatch(/figure inconnue \(possibles\u00a0: cycle, medias, usage/);
  });

  it('stops when a list figure has not one item per icon', async () => {
    const r = await buildContent(fixture('figure-list-mismatch'));
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('la liste de la diapositive compte 3 élément(s), il en faut 4');
  });
});
