import { describe, expect, it } from 'vitest';
import {
  NBSP,
  barLength,
  formatCount,
  formatPercent,
  formatSourceDate,
  funnel,
  listItems,
  ringPoints,
  sourceLine,
  splitLabel,
  hasApproximate,
  usageBarLabel,
  usageCells,
  usageDescription,
  usageLabel,
  wrapWords,
  type UsageData,
} from '../../../src/build-time/figures';

const data: UsageData = {
  platforms: [
    { id: 'facebook', name: 'Facebook' },
    { id: 'tiktok', name: 'TikTok' },
  ],
  series: [
    {
      id: 'a-2018',
      year: 2018,
      group: 'adultes',
      label: 'Adultes, 2018',
      source: { title: 'NETendances 2018', publisher: 'CEFRIO', date: '2018' },
      values: { facebook: 70 },
    },
    {
      id: 'j-2024',
      year: 2024,
      group: '18-34',
      label: '18 à 34 ans, 2024',
      source: { title: 'NETendances 2024', publisher: 'ATN', date: '2024-11' },
      values: { facebook: 0, tiktok: 51 },
    },
  ],
};

describe('French numbers', () => {
  it('puts a no-break space before % and between thousands', () => {
    expect(formatPercent(76)).toBe(`76${NBSP}%`);
    expect(formatPercent(3.54)).toBe(`3,5${NBSP}%`);
    expect(formatCount(42000)).toBe(`42${NBSP}000`);
    expect(formatCount(1234567)).toBe(`1${NBSP}234${NBSP}567`);
    expect(formatCount(42)).toBe('42');
  });
  it('writes a month date in words', () => {
    expect(formatSourceDate('2024-11')).toBe('novembre 2024');
    expect(formatSourceDate('2018')).toBe('2018');
  });
});

describe('usage chart data', () => {
  it('keeps a missing value as not available, and a real zero as zero', () => {
    const cells = usageCells(data);
    expect(cells).toHaveLength(4);
    expect(cells.find((c) => c.platform === 'tiktok' && c.series === 'a-2018')?.value).toBeNull();
    expect(cells.find((c) => c.platform === 'facebook' && c.series === 'j-2024')?.value).toBe(0);
    expect(usageLabel(null)).toBe(`n.${NBSP}d.`);
    expect(usageLabel(0)).toBe(`0${NBSP}%`);
  });
  it('describes every value and every gap in words', () => {
    const text = usageDescription(data);
    for (const n of ['70', '0', '51']) expect(text).toContain(`${n}${NBSP}%`);
    expect(text).toContain('TikTok');
    expect(text).toMatch(/non disponible pour adultes, 2018/);
  });
  it('writes « environ » before a value the survey gives rounded, « ≈ » on its bar', () => {
    const rounded: UsageData = {
      ...data,
      series: data.series.map((s) => (s.id === 'j-2024' ? { ...s, approximate: ['tiktok'] } : s)),
    };
    const tiktok = usageCells(rounded).find((c) => c.platform === 'tiktok' && c.series === 'j-2024');
    expect(tiktok?.approximate).toBe(true);
    expect(usageCells(rounded).filter((c) => c.approximate)).toHaveLength(1);
    expect(usageLabel(51, true)).toBe(`environ 51${NBSP}%`);
    expect(usageBarLabel(51, true)).toBe(`≈${NBSP}51${NBSP}%`);
    expect(usageBarLabel(51, false)).toBe(`51${NBSP}%`);
    expect(usageBarLabel(null, true)).toBe(`n.${NBSP}d.`);
    expect(usageDescription(rounded)).toContain(`environ 51${NBSP}% (18 à 34 ans, 2024)`);
    expect(usageDescription(data)).not.toContain('environ');
    expect(hasApproximate(rounded)).toBe(true);
    expect(hasApproximate(data)).toBe(false);
  });
  it('names each source once, with its date', () => {
    expect(sourceLine(data)).toBe('NETendances 2018 (CEFRIO, 2018) ; NETendances 2024 (ATN, novembre 2024)');
  });
  it('scales bars and keeps them inside the scale', () => {
    expect(barLength(50, 100, 300)).toBe(150);
    expect(barLength(150, 100, 300)).toBe(300);
    expect(barLength(-5, 100, 300)).toBe(0);
    expect(barLength(5, 0, 300)).toBe(0);
  });
});

describe('geometry and text', () => {
  it('spreads ring points clockwise from the top', () => {
    const [top, right, , , left] = ringPoints(5, 100, 100, 50, 40);
    expect(top).toEqual({ x: 100, y: 60 });
    expect(right?.x).toBeGreaterThan(100);
    expect(left?.x).toBeLessThan(100);
  });
  it('computes each stage’s share of the stage before', () => {
    const f = funnel([
      { id: 'a', stage: 'Exposition', indicator: 'x', value: 42000 },
      { id: 'b', stage: 'Engagement', indicator: 'y', value: 1470 },
      { id: 'c', stage: 'Action', indicator: 'z', value: 42 },
    ]);
    expect(f.map((s) => s.rate)).toEqual([null, 3.5, 2.9]);
    expect(
      funnel([
        { id: 'a', stage: 'A', indicator: 'x', value: 0 },
        { id: 'b', stage: 'B', indicator: 'y', value: 3 },
      ])[1]?.rate,
    ).toBeNull();
  });
  it('wraps words into lines without cutting a word', () => {
    expect(wrapWords('Clics vers l’offre d’emploi', 13)).toEqual(['Clics vers', 'l’offre', 'd’emploi']);
    expect(wrapWords('anticonstitutionnellement', 5)).toEqual(['anticonstitutionnellement']);
  });
  it('reads a rendered list and splits « label : value »', () => {
    const html = '<ul>\n<li>Qui\u00a0: population</li>\n<li>Défi : <em>être</em> intéressant</li>\n</ul>';
    expect(listItems(html)).toEqual(['Qui\u00a0: population', 'Défi : <em>être</em> intéressant']);
    expect(listItems('<p>pas de liste</p>')).toEqual([]);
    expect(splitLabel('Qui\u00a0: population')).toEqual({ label: 'Qui', value: 'population' });
    expect(splitLabel('Savoir improviser!')).toEqual({ label: '', value: 'Savoir improviser!' });
  });
});
