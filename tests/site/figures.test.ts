// The figures in the built site: each has an accessible name; each chart's description and data
// table carry every number the drawing shows; the chart shows the data file's numbers; and the
// NETendances numbers written in the course's prose match that same file.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseHtml, type HTMLElement } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { distFiles, readDist } from '../support/dist-files';
import { netendancesSchema } from '../../src/schemas/netendances';
import { findUsageCitations } from '../../src/build-time/lint/usage-citations';

const data = netendancesSchema.parse(parseYaml(readFileSync('content/data/netendances.yaml', 'utf8')));
const pages = distFiles('.html').filter((f) => /^(lecons|diapos)\//.test(f));
const figuresOf = (file: string) => parseHtml(readDist(file)).querySelectorAll('figure.fig');
// Collapses ordinary white space only: no-break spaces are part of French typography.
const text = (e: HTMLElement | null | undefined) => (e?.textContent ?? '').replace(/[ \t\r\n]+/g, ' ').trim();
/** A table's text, cell by cell, so that numbers of two cells never run together. */
const cellsText = (e: HTMLElement | null | undefined) => (e?.querySelectorAll('th, td') ?? []).map(text).join(' | ');
// Numbers as a reader sees them: « 42 000 », « 3,5 », « 76 » (no-break spaces between thousands).
const numbers = (s: string) => [...s.matchAll(/\d{1,3}(?:[\u00a0\u202f]\d{3})*(?:,\d+)?/g)].map((m) => m[0]);

describe('figures in the built pages', () => {
  it('are on the lessons that teach with them, in the lesson and in its deck', () => {
    const expected: Record<string, string[]> = {
      'medias-de-masse-et-medias-sociaux': ['medias', 'usage'],
      'pourquoi-une-strategie': ['cycle'],
      'etape-1-veille': ['cycle'],
      'etape-5-evaluation': ['cycle', 'tableau-de-bord'],
      'sadapter-aux-plateformes': ['plateforme', 'plateforme', 'plateforme', 'plateforme', 'usage'],
      'bonnes-pratiques': ['bonnes-pratiques'],
      'pieges-a-eviter': ['pieges'],
    };
    for (const [slug, names] of Object.entries(expected)) {
      for (const file of [`lecons/${slug}/index.html`, `diapos/${slug}/index.html`]) {
        expect(
          figuresOf(file).map((f) => f.getAttribute('data-figure')),
          file,
        ).toEqual(names);
      }
    }
  });

  it('highlight the current step of the cycle in each step lesson', () => {
    const steps = ['Veille', 'Objectif', 'Message', 'Action', 'Évaluation'];
    ['etape-1-veille', 'etape-2-objectif', 'etape-3-message', 'etape-4-action', 'etape-5-evaluation'].forEach(
      (slug, i) => {
        for (const file of [`lecons/${slug}/index.html`, `diapos/${slug}/index.html`]) {
          const current = figuresOf(file)[0]?.querySelectorAll('.fig-step--current') ?? [];
          expect(current.length, file).toBeGreaterThan(0);
          for (const c of current) expect(text(c), file).toBe(`${i + 1}. ${steps[i]}`);
        }
      },
    );
  });

  it.each(pages)('%s: every figure and every drawing has a French accessible name', (file) => {
    const root = parseHtml(readDist(file));
    for (const fig of root.querySelectorAll('figure.fig')) {
      const caption = fig.querySelector(':scope > figcaption');
      expect(text(caption).length, `${file} ${fig.getAttribute('data-figure')}`).toBeGreaterThan(10);
    }
    for (const svg of root.querySelectorAll('figure.fig svg[role="img"]')) {
      const ids = (svg.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
      expect(ids.length, file).toBeGreaterThan(0);
      for (const id of ids) expect(text(root.getElementById(id)).length, `${file} #${id}`).toBeGreaterThan(10);
      // The <title> child names the drawing even where a copy loses its ids (deck previews).
      expect(svg.firstElementChild?.tagName.toLowerCase(), file).toBe('title');
      const described = svg.getAttribute('aria-describedby');
      expect(described && text(root.getElementById(described)).length, `${file} description`).toBeGreaterThan(20);
    }
    // Decorative icons stay out of the accessibility tree.
    for (const icon of root.querySelectorAll('figure.fig svg.fig-icon'))
      expect(icon.getAttribute('aria-hidden')).toBe('true');
  });

  it.each(pages)('%s: each chart’s description and table carry every number it shows', (file) => {
    const root = parseHtml(readDist(file));
    for (const chart of root.querySelectorAll('figure.fig[data-chart]')) {
      const svg = chart.querySelector('svg');
      const shown = (svg?.querySelectorAll('text') ?? []).flatMap((t) => numbers(text(t)));
      expect(shown.length).toBeGreaterThan(0);
      const desc = numbers(text(svg?.querySelector('desc')));
      const table = numbers(cellsText(chart.querySelector('table')));
      for (const n of shown) {
        expect(desc, `${file}: « ${n} » in the description`).toContain(n);
        expect(table, `${file}: « ${n} » in the table`).toContain(n);
      }
    }
  });
});

describe('the platform-use chart', () => {
  const file = 'lecons/medias-de-masse-et-medias-sociaux/index.html';
  const chart = figuresOf(file).find((f) => f.getAttribute('data-figure') === 'usage');

  it('shows the data file’s numbers, and « n. d. » where the file has none', () => {
    const rows = chart?.querySelectorAll('tbody tr') ?? [];
    expect(rows.map((r) => text(r.querySelector('th')))).toEqual(data.platforms.map((p) => p.name));
    rows.forEach((row, i) => {
      const platform = data.platforms[i]?.id ?? '';
      const cells = row.querySelectorAll('td').map((td) => text(td));
      expect(cells).toEqual(
        data.series.map((s) =>
          s.values[platform] === undefined
            ? 'n.\u00a0d.'
            : `${s.approximate.includes(platform) ? 'environ ' : ''}${s.values[platform]}\u00a0%`,
        ),
      );
    });
  });

  it('draws a bar for each value of the file and « n. d. », never a bar, where it has none', () => {
    const values = data.series.flatMap((s) => Object.values(s.values));
    const cells = data.platforms.length * data.series.length;
    for (const layout of ['lecons', 'diapos']) {
      const svg = figuresOf(file.replace('lecons', layout))
        .find((f) => f.getAttribute('data-figure') === 'usage')
        ?.querySelector('svg');
      expect(svg?.querySelectorAll('rect.fig-bar').length, layout).toBe(values.length);
      expect(svg?.querySelectorAll('text.fig-na').length, layout).toBe(cells - values.length);
      const widths = (svg?.querySelectorAll('rect.fig-bar') ?? []).map((r) => Number(r.getAttribute('width')));
      expect(Math.min(...widths), layout).toBeGreaterThan(0);
    }
  });

  it('marks a value the survey gives rounded: « ≈ » on its bar, « environ » in the description and the caption', () => {
    const rounded = data.series.flatMap((s) => s.approximate.map((p) => s.values[p]));
    expect(rounded.length).toBeGreaterThan(0);
    for (const layout of ['lecons', 'diapos']) {
      const fig = figuresOf(file.replace('lecons', layout)).find((f) => f.getAttribute('data-figure') === 'usage');
      const marks = (fig?.querySelectorAll('svg text.fig-value') ?? []).map(text).filter((t) => t.startsWith('≈'));
      expect(marks, layout).toEqual(rounded.map((v) => `≈\u00a0${v}\u00a0%`));
      const desc = text(fig?.querySelector('desc'));
      expect(desc.match(/environ \d+\u00a0%/g)?.length, layout).toBe(rounded.length);
      expect(text(fig?.querySelector('figcaption')), layout).toContain('≈\u00a0: environ');
    }
  });

  it('says its sources and their dates under the drawing', () => {
    const caption = text(chart?.querySelector('figcaption'));
    for (const s of data.series) expect(caption).toContain(s.source.title);
    expect(caption).toContain('novembre 2024');
    expect(chart?.lastElementChild?.tagName.toLowerCase()).toBe('figcaption');
  });
});

describe('NETendances numbers in the course text', () => {
  const sources = [
    ...readdirSync('content/lessons').map((f) => `content/lessons/${f}`),
    ...readdirSync('content/platforms').map((f) => `content/platforms/${f}`),
  ];
  const citations = sources.flatMap((file) => {
    const raw = readFileSync(file, 'utf8');
    // A platform profile's prose is its update note.
    const prose = file.endsWith('.yaml')
      ? String((parseYaml(raw) as { update?: { text?: string } }).update?.text ?? '')
      : raw;
    return findUsageCitations(prose, data).map((c) => ({ ...c, file }));
  });

  it('finds the numbers the lessons cite', () => {
    // Each figure is given once, where it teaches (lesson 1); the other lessons point to it (#15).
    expect(citations.filter((c) => c.file.includes('lessons')).length).toBeGreaterThanOrEqual(9);
  });

  it('matches every one of them with content/data/netendances.yaml', () => {
    const wrong = citations
      .filter((c) => c.value !== c.expected)
      .map(
        (c) =>
          `${c.file}: ${c.value} % (${c.platform}, ${c.year}, ${c.group}) — données : ${c.expected ?? 'aucune'} — « ${c.sentence} »`,
      );
    expect(wrong).toEqual([]);
  });

  it('writes « environ » before every value the survey gives rounded', () => {
    const rounded = citations.filter((c) => c.approximate);
    expect(rounded.length).toBeGreaterThan(0);
    expect(rounded.filter((c) => !c.hedged).map((c) => `${c.file}: ${c.value} % — « ${c.sentence} »`)).toEqual([]);
  });
});
