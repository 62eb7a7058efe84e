/**
 * Pure helpers behind the figures (src/components/figures): the numbers as French text, the rows
 * of a chart and of its data table, the long description that carries every number, the geometry
 * that does not depend on the page. No DOM, no astro:* imports; unit-tested.
 */

import { formatNumber } from '../lib/format';
import { MONTHS } from '../lib/dates';

/** No-break space, as French typography puts before « % » and between thousands. */
export const NBSP = '\u00a0';

/** A percentage, French style: 76 → « 76 % » (no-break space). */
export function formatPercent(value: number): string {
  return `${formatNumber(value)}${NBSP}%`;
}

/** A count, French style: 42000 → « 42 000 » (no-break space between thousands). */
export function formatCount(value: number): string {
  return formatNumber(value, 0);
}

/** The smallest shape of the usage data the chart needs (the validated schema output fits it). */
export interface UsageData {
  platforms: { id: string; name: string; aliases?: string[] }[];
  series: {
    id: string;
    year: number;
    group: string;
    label: string;
    source: { title: string; publisher: string; date: string };
    values: Record<string, number>;
    /** Platforms whose value the survey gives rounded (« environ 70 % »). */
    approximate?: readonly string[];
  }[];
}

/** One cell of the usage chart: a platform in a series, with its value or null (not available). */
export interface UsageCell {
  platform: string;
  series: string;
  value: number | null;
  /** The survey gives this value rounded: it is written « environ ». */
  approximate: boolean;
}

/** Every platform × series cell, in chart order; a value missing from the data is null, never 0. */
export function usageCells(data: UsageData): UsageCell[] {
  return data.platforms.flatMap((p) =>
    data.series.map((s) => ({
      platform: p.id,
      series: s.id,
      value: s.values[p.id] ?? null,
      approximate: s.values[p.id] !== undefined && (s.approximate?.includes(p.id) ?? false),
    })),
  );
}

/**
 * What the table and the description write for a value: « 76 % », « environ 70 % » when the
 * survey gives it rounded, or « n. d. » when not available.
 */
export function usageLabel(value: number | null, approximate = false): string {
  if (value === null) return `n.${NBSP}d.`;
  return approximate ? `environ ${formatPercent(value)}` : formatPercent(value);
}

/**
 * What the drawing writes at the end of a bar, where « environ » would not fit: « ≈ 70 % » for a
 * rounded value (the caption says what « ≈ » means), else as usageLabel.
 */
export function usageBarLabel(value: number | null, approximate = false): string {
  return value !== null && approximate ? `≈${NBSP}${formatPercent(value)}` : usageLabel(value);
}

/** Whether any value of the data is given rounded, so the caption explains « ≈ ». */
export function hasApproximate(data: UsageData): boolean {
  return usageCells(data).some((c) => c.approximate);
}

/** The sources of a data set, once each, as one line: « NETendances 2024 (publisher, novembre 2024) ». */
export function sourceLine(data: UsageData): string {
  const seen = new Map<string, string>();
  for (const s of data.series) {
    const key = `${s.source.title}|${s.source.publisher}`;
    if (!seen.has(key)) seen.set(key, `${s.source.title} (${s.source.publisher}, ${formatSourceDate(s.source.date)})`);
  }
  return [...seen.values()].join(' ; ');
}

/** « 2024-11 » → « novembre 2024 »; « 2018 » → « 2018 ». */
export function formatSourceDate(date: string): string {
  const [year, month] = date.split('-');
  const name = month ? MONTHS[Number(month) - 1] : undefined;
  return name ? `${name} ${year}` : (year ?? date);
}

/**
 * The long description of the usage chart, in French: every value shown, per platform, and which
 * ones are not available. Screen readers get it from the SVG; the slide has no room for a table.
 */
export function usageDescription(data: UsageData): string {
  const parts = data.platforms.map((p) => {
    const known = data.series.filter((s) => s.values[p.id] !== undefined);
    const missing = data.series.filter((s) => s.values[p.id] === undefined);
    const said = known
      .map((s) => `${usageLabel(s.values[p.id] ?? 0, s.approximate?.includes(p.id))} (${s.label.toLowerCase()})`)
      .join(', ');
    const notSaid = missing.length
      ? `non disponible pour ${missing.map((s) => s.label.toLowerCase()).join(' et ')}`
      : '';
    return `${p.name}${NBSP}: ${[said, notSaid].filter(Boolean).join(' ; ')}`;
  });
  return `${parts.join('. ')}.`;
}

/** Length of a bar for `value` on a 0–`max` scale drawn `width` long. */
export function barLength(value: number, max: number, width: number): number {
  if (max <= 0) return 0;
  return Math.max(0, Math.min(width, (value / max) * width));
}

/** The five steps of the strategy, in order; the cycle goes back from the last to the first. */
export const strategySteps = ['Veille', 'Objectif', 'Message', 'Action', 'Évaluation'] as const;

/** Points evenly spread on an ellipse, the first at the top, going clockwise. */
export function ringPoints(count: number, cx: number, cy: number, rx: number, ry: number): { x: number; y: number }[] {
  return Array.from({ length: count }, (_, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / count;
    return { x: round(cx + rx * Math.cos(angle)), y: round(cy + ry * Math.sin(angle)) };
  });
}

/** A stage of the example dashboard with its rate from the stage before (null for the first). */
export interface FunnelStage {
  id: string;
  stage: string;
  indicator: string;
  value: number;
  /** Share of the previous stage's count, in %, one decimal; null for the first stage. */
  rate: number | null;
}

/** The dashboard funnel: each stage's share of the one before (exposure → engagement → action). */
export function funnel(stages: { id: string; stage: string; indicator: string; value: number }[]): FunnelStage[] {
  return stages.map((s, i) => {
    const before = i > 0 ? stages[i - 1] : undefined;
    const rate = before && before.value > 0 ? Math.round((s.value / before.value) * 1000) / 10 : null;
    return { ...s, rate };
  });
}

/**
 * Splits `text` into lines of at most `max` characters at spaces (a longer word stays whole): SVG
 * text does not wrap by itself.
 */
export function wrapWords(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/ +/)) {
    if (!word) continue;
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/**
 * The items of the first list in `html` (a slide's Markdown list as Astro renders it), each as its
 * inner HTML. Lists are not nested in the slides this reads.
 */
export function listItems(html: string): string[] {
  const list = /<(ul|ol)\b[^>]*>([\s\S]*?)<\/\1>/.exec(html);
  if (!list) return [];
  return [...(list[2] ?? '').matchAll(/<li\b[^>]*>([\s\S]*?)<\/li>/g)].map((m) => (m[1] ?? '').trim());
}

/** « Qui : population » → label « Qui », value « population »; no colon → no label. */
export function splitLabel(item: string): { label: string; value: string } {
  const m = /^([^:<]{1,30}?)[\s\u00a0\u202f]*:[\s\u00a0\u202f]*([\s\S]+)$/.exec(item);
  return m ? { label: (m[1] ?? '').trim(), value: (m[2] ?? '').trim() } : { label: '', value: item };
}
