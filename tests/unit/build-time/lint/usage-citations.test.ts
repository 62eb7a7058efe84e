import { describe, expect, it } from 'vitest';
import { findUsageCitations } from '../../../../src/build-time/lint/usage-citations';
import type { UsageData } from '../../../../src/build-time/figures';

const source = { title: 'NETendances', publisher: 'ATN', date: '2024' };
const data: UsageData = {
  platforms: [
    { id: 'facebook', name: 'Facebook' },
    { id: 'youtube', name: 'YouTube' },
    { id: 'instagram', name: 'Instagram' },
    { id: 'x', name: 'X (Twitter)', aliases: ['X', 'Twitter'] },
    { id: 'tiktok', name: 'TikTok' },
  ],
  series: [
    { id: 'a18', year: 2018, group: 'adultes', label: 'a', source, values: { facebook: 70, instagram: 24, x: 12 } },
    {
      id: 'a24',
      year: 2024,
      group: 'adultes',
      label: 'b',
      source,
      values: { facebook: 76, youtube: 61, instagram: 39, x: 15 },
    },
    { id: 'j24', year: 2024, group: '18-34', label: 'c', source, values: { instagram: 69, tiktok: 51 } },
  ],
};
const read = (text: string) =>
  findUsageCitations(text, data).map((c) => `${c.platform} ${c.year} ${c.group} ${c.value}/${c.expected}`);

describe('findUsageCitations', () => {
  it('reads each number with its platform, year and age group', () => {
    const text =
      'L’enquête NETendances 2024 le confirme. Au Québec, Facebook (76\u00a0%) et YouTube (61\u00a0%) sont en tête, devant Instagram (39\u00a0%) et X, l’ancien Twitter (15\u00a0%). Chez les 18 à 34 ans, le portrait change\u00a0: Instagram atteint 69\u00a0% et TikTok 51\u00a0%. À titre de comparaison, ces proportions étaient en 2018 de 70\u00a0% pour Facebook, 24\u00a0% pour Instagram et 12\u00a0% pour Twitter.';
    expect(read(text)).toEqual([
      'facebook 2024 adultes 76/76',
      'youtube 2024 adultes 61/61',
      'instagram 2024 adultes 39/39',
      'x 2024 adultes 15/15',
      'instagram 2024 18-34 69/69',
      'tiktok 2024 18-34 51/51',
      'facebook 2018 adultes 70/70',
      'instagram 2018 adultes 24/24',
      'x 2018 adultes 12/12',
    ]);
  });

  it('takes the year written after a number, and a platform named after it', () => {
    expect(read('L’usage d’Instagram est passé de 24 % en 2018 à 39 % en 2024.')).toEqual([
      'instagram 2018 adultes 24/24',
      'instagram 2024 adultes 39/39',
    ]);
    expect(read('En 2024, 69 % des 18 à 34 ans utilisent Instagram et 51 %, TikTok.')).toEqual([
      'instagram 2024 18-34 69/69',
      'tiktok 2024 18-34 51/51',
    ]);
  });

  it('catches a number that the data contradicts or does not hold', () => {
    const wrong = findUsageCitations('Au Québec, en 2024, Facebook (77 %) devance TikTok (45 %).', data);
    expect(wrong.map((c) => [c.value, c.expected])).toEqual([
      [77, 76],
      [45, null],
    ]);
  });

  it('leaves alone percentages that are not about a platform', () => {
    expect(read('Il faut obtenir au moins 80 % pour recevoir l’attestation.')).toEqual([]);
    expect(read('---\ntitle: "Facebook 99 %"\n---\n\nTexte sans chiffre.')).toEqual([]);
  });

  it('says which numbers the survey gives rounded, and whether the text writes « environ »', () => {
    const rounded: UsageData = {
      ...data,
      series: data.series.map((x) => (x.id === 'j24' ? { ...x, approximate: ['instagram'] } : x)),
    };
    const hedges = (text: string) =>
      findUsageCitations(text, rounded).map((c) => `${c.platform} ${c.value} ${c.approximate} ${c.hedged}`);
    expect(hedges('Chez les 18 à 34 ans, Instagram atteint environ 69\u00a0% et TikTok 51\u00a0%.')).toEqual([
      'instagram 69 true true',
      'tiktok 51 false false',
    ]);
    expect(hedges('Chez les 18 à 34 ans, Instagram atteint 69\u00a0%.')).toEqual(['instagram 69 true false']);
    expect(hedges('En 2024, près de 76\u00a0% des adultes utilisent Facebook.')).toEqual(['facebook 76 false true']);
  });
});
