/**
 * Finds the platform-use percentages that course text cites (« Facebook (76 %) », « 24 % pour
 * Instagram ») and says which data value each one should equal, so a test can check the prose
 * against content/data/netendances.yaml. Pure; reads plain text or MDX source.
 *
 * How a number is read: its platform is the one named in the same clause (before it, else after
 * it), else in the next clause when that one has no number (« 51 %, TikTok »), else the last one
 * named in the sentence; its year is the survey year written just after it in the clause (« 24 % en
 * 2018 »), else the closest one before it, else the last one met in the sentence or paragraph, else
 * the latest survey; its age group is « 18 à 34 ans » when the
 * sentence said so before it, else all adults. A sentence with no platform name is not read.
 * Each number also says whether the data gives it rounded (« approximate ») and whether the text
 * writes « environ » (or « près de », « autour de ») just before it, so a test can ask for the word.
 */
import type { UsageData } from '../figures';

/** One cited number, where it was read, and what the data says it should be. */
export interface UsageCitation {
  /** The sentence, as written. */
  sentence: string;
  /** The number cited. */
  value: number;
  /** Platform id it was read for. */
  platform: string;
  /** Survey year it was read for. */
  year: number;
  /** Age group it was read for. */
  group: string;
  /** What the data holds for that platform, year and group; null when it holds nothing. */
  expected: number | null;
  /** The data gives that value rounded (the survey wrote « environ »). */
  approximate: boolean;
  /** The text writes « environ », « près de » or « autour de » just before the number. */
  hedged: boolean;
}

interface Mark {
  at: number;
  kind: 'platform' | 'year' | 'group' | 'percent';
  value: string;
}

const PERCENT = /(\d{1,3}(?:,\d+)?)\s?%/g;
const GROUP_18_34 = /18\s?(?:à|-|–)\s?34/g;
const ADULTS = /\badultes\b/g;
const HEDGE = /(?:environ|près de|autour de)\s*$/;

/** Every platform-use percentage in `text`, with the value the data gives for it. */
export function findUsageCitations(text: string, data: UsageData): UsageCitation[] {
  const years = [...new Set(data.series.map((s) => s.year))].sort((a, b) => a - b);
  const latest = years.at(-1) ?? 0;
  const names = data.platforms.flatMap((p) => [p.name, ...(p.aliases ?? [])].map((n) => ({ id: p.id, name: n })));
  const out: UsageCitation[] = [];

  for (const paragraph of plain(text).split(/\n\s*\n/)) {
    let paragraphYear: number | undefined;
    for (const sentence of paragraph.split(/(?<=[.!?])\s+(?=[A-ZÀ-ÖØ-Ý«])/)) {
      const clauses = sentence.split(/,(?!\d)|;|:|\s(?:et|mais)\s/);
      const marked = clauses.map((c) => marks(c, names, years));
      const hasPlatform = marked.some((m) => m.some((x) => x.kind === 'platform'));
      let platform: string | undefined;
      let group = 'adultes';
      let year = paragraphYear;
      marked.forEach((clause, i) => {
        const platforms = clause.filter((m) => m.kind === 'platform');
        const groups = clause.filter((m) => m.kind === 'group');
        const yearsHere = clause.filter((m) => m.kind === 'year');
        for (const m of groups) if (m.at < (clause.find((x) => x.kind === 'percent')?.at ?? Infinity)) group = m.value;
        for (const pct of clause.filter((m) => m.kind === 'percent')) {
          if (!hasPlatform) continue;
          const before = platforms.filter((p) => p.at < pct.at).at(-1);
          const after = platforms.find((p) => p.at > pct.at);
          const next = marked[i + 1];
          const nextPlatform =
            next && !next.some((m) => m.kind === 'percent') ? next.find((m) => m.kind === 'platform') : undefined;
          const id = (before ?? after ?? nextPlatform)?.value ?? platform;
          // « 24 % en 2018 à 39 % en 2024 »: a year written after the number, before the next
          // number, is its own; else the closest year written before it.
          const nextPct = clause.find((m) => m.kind === 'percent' && m.at > pct.at)?.at ?? Infinity;
          const nearestYear =
            yearsHere.find((m) => m.at > pct.at && m.at < nextPct) ?? yearsHere.filter((m) => m.at < pct.at).at(-1);
          const groupHere = groups.find((g) => g.at > pct.at);
          const y = nearestYear ? Number(nearestYear.value) : (year ?? latest);
          const g = groupHere?.value ?? group;
          if (!id) continue;
          const value = Number(pct.value.replace(',', '.'));
          const series = data.series.find((s) => s.year === y && s.group === g);
          const expected = series?.values[id] ?? null;
          const approximate = series?.approximate?.includes(id) ?? false;
          const hedged = HEDGE.test(clauses[i]?.slice(0, pct.at) ?? '');
          out.push({
            sentence: sentence.trim(),
            value,
            platform: id,
            year: y,
            group: g,
            expected,
            approximate,
            hedged,
          });
        }
        if (platforms.length) platform = platforms.at(-1)?.value;
        for (const g of groups) group = g.value;
        if (yearsHere.length) year = Number(yearsHere.at(-1)?.value);
      });
      if (year !== undefined) paragraphYear = year;
    }
  }
  return out;
}

/** Text without MDX frontmatter, tags and emphasis; no-break spaces as plain spaces. */
function plain(text: string): string {
  return text
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[*_`]/g, '')
    .replace(/[\u00a0\u202f]/g, ' ');
}

function marks(clause: string, names: { id: string; name: string }[], years: number[]): Mark[] {
  const found: Mark[] = [];
  for (const { id, name } of names) {
    const re = new RegExp(`(?<![\\p{L}\\d])${escape(name)}(?![\\p{L}\\d])`, 'gu');
    for (const m of clause.matchAll(re)) found.push({ at: m.index, kind: 'platform', value: id });
  }
  for (const y of years) {
    for (const m of clause.matchAll(new RegExp(`\\b${y}\\b`, 'g')))
      found.push({ at: m.index, kind: 'year', value: String(y) });
  }
  for (const m of clause.matchAll(GROUP_18_34)) found.push({ at: m.index, kind: 'group', value: '18-34' });
  for (const m of clause.matchAll(ADULTS)) found.push({ at: m.index, kind: 'group', value: 'adultes' });
  for (const m of clause.matchAll(PERCENT)) found.push({ at: m.index, kind: 'percent', value: m[1] ?? '' });
  // A platform whose name sits inside a longer one (X in « X (Twitter) ») is met once.
  return found.sort((a, b) => a.at - b.at);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
