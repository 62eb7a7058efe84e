import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { netendancesSchema } from '../../../src/schemas/netendances';
import { evaluationExampleSchema } from '../../../src/schemas/evaluation-example';

const file = parse(readFileSync('content/data/netendances.yaml', 'utf8')) as Record<string, unknown>;
const example = parse(readFileSync('content/data/tableau-de-bord-exemple.yaml', 'utf8')) as Record<string, unknown>;
const messages = (r: { success: boolean; error?: { issues: { message: string }[] } }) =>
  (r.error?.issues ?? []).map((i) => i.message).join(' | ');

describe('netendancesSchema', () => {
  it('accepts the course data, with the brief’s figures', () => {
    const data = netendancesSchema.parse(file);
    const adults2024 = data.series.find((s) => s.year === 2024 && s.group === 'adultes');
    expect(adults2024?.values).toEqual({ facebook: 76, youtube: 61, instagram: 39, x: 15, threads: 3 });
    const young = data.series.find((s) => s.group === '18-34');
    expect(young?.values).toEqual({ facebook: 70, youtube: 70, instagram: 69, tiktok: 51, snapchat: 45 });
    expect(young?.approximate).toEqual(['facebook', 'youtube']);
    expect(data.series.find((s) => s.year === 2018)?.values).toEqual({
      facebook: 70,
      youtube: 64,
      instagram: 24,
      x: 12,
      snapchat: 16,
    });
  });

  it('refuses an approximate value that the series does not give', () => {
    const series = structuredClone(file.series) as { values: Record<string, number>; approximate?: string[] }[];
    series[0]!.approximate = ['tiktok'];
    const r = netendancesSchema.safeParse({ ...file, series });
    expect(r.success).toBe(false);
    expect(messages(r)).toContain('«\u00a0tiktok\u00a0»');
  });

  it('names a value given for a platform the list does not have', () => {
    const series = structuredClone(file.series) as { values: Record<string, number> }[];
    series[0]!.values.myspace = 3;
    const r = netendancesSchema.safeParse({ ...file, series });
    expect(r.success).toBe(false);
    expect(messages(r)).toContain('«\u00a0myspace\u00a0»');
  });

  it('rejects a percentage over 100 and a date that is not AAAA or AAAA-MM', () => {
    const series = structuredClone(file.series) as { values: Record<string, number>; source: { date: string } }[];
    series[0]!.values.facebook = 170;
    expect(netendancesSchema.safeParse({ ...file, series }).success).toBe(false);
    const dated = structuredClone(file.series) as { source: { date: string } }[];
    dated[0]!.source.date = 'novembre 2024';
    expect(messages(netendancesSchema.safeParse({ ...file, series: dated }))).toContain('AAAA');
  });
});

describe('evaluationExampleSchema', () => {
  it('accepts the example, and only if it says it is one', () => {
    expect(evaluationExampleSchema.safeParse(example).success).toBe(true);
    expect(evaluationExampleSchema.safeParse({ ...example, example: false }).success).toBe(false);
    expect(messages(evaluationExampleSchema.safeParse({ ...example, title: 'Campagne de recrutement' }))).toContain(
      'Exemple',
    );
  });
});
