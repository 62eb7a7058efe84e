/**
 * The automated checks of the plan's criteria: what text can honestly show. A number with its
 * unit, a date, a baseline marker, an indicator word, an audience noun, readability, the crisis
 * numbers, a delay, hours, weeks, a threshold. Whether the number is realistic or the audience
 * precise enough is left to the learner's self-assessment. Pure; each check returns a reason code
 * that src/i18n/fr-plan.ts turns into one sentence.
 */
import type { CheckKind } from '../../schemas/plan';
import { jargonIn, readingEase, MAX_AVERAGE, MIN_READING_EASE } from './plan-readability';
import { formatNumber } from '../format';
import { MONTHS } from '../dates';
import { localDay } from '../today';

/** What a check found: passed or not, why (a code), and what to quote in the sentence. */
export interface CheckResult {
  ok: boolean;
  reason: string;
  detail?: string;
}

/** One age band of the NETendances survey: share of the band using each platform (by id). */
export interface AgeBand {
  label: string;
  min: number;
  max: number;
  values: Record<string, number>;
}

/** What a check may need besides the text: today, and the survey's bands and platform names. */
export interface CheckContext {
  /** Today as YYYY-MM-DD; default: the learner's day (src/lib/today.ts). */
  today?: string;
  bands?: AgeBand[];
  /** Platform id → the names it is written under. */
  platforms?: Record<string, string[]>;
}

/** Letters or digits a field needs to count as answered: one character is not an answer. */
const MIN_ANSWER = 3;

/** Whether a field's text counts as an answer (MIN_ANSWER letters or digits). */
export function isAnswered(text: string): boolean {
  return (text.match(/[\p{L}\p{N}]/gu) ?? []).length >= MIN_ANSWER;
}

/** Share of a band from which a platform counts as where that band is (a majority). */
const BAND_SHARE = 50;

const MONTH = `(${MONTHS.join('|')}|fevrier|aout|decembre)`;
const SP = '[\\s\\u00a0\\u202f]';
const DAY_DATE = new RegExp(`\\b(1er|\\d{1,2})${SP}+${MONTH}${SP}+(\\d{4})\\b`, 'giu');
const MONTH_DATE = new RegExp(`\\b${MONTH}${SP}+(\\d{4})\\b`, 'giu');
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const SLASH_DATE = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g;
/** A number, with its thousands written with spaces (« 4 000 ») and a decimal comma. */
const NUMBER = new RegExp(`\\d{1,3}(?:${SP}\\d{3})+(?:,\\d+)?|\\d+(?:[,.]\\d+)?`, 'gu');
const NOT_UNITS =
  /^(à|a|au|aux|et|de|du|des|d|en|le|la|les|l|ou|sur|par|pour|contre|mois|ans?|janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)$/iu;

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const monthIndex = (name: string) =>
  MONTHS.indexOf(
    name.toLowerCase().replace('fevrier', 'février').replace('aout', 'août').replace('decembre', 'décembre'),
  );

/** The dates written in a text, as YYYY-MM-DD (a month alone stands for its last day). */
export function datesIn(text: string): string[] {
  const found: string[] = [];
  let rest = text;
  for (const m of text.matchAll(DAY_DATE)) {
    found.push(iso(Number(m[3]), monthIndex(m[2] ?? '') + 1, m[1] === '1er' ? 1 : Number(m[1])));
    rest = rest.replace(m[0], ' ');
  }
  for (const m of rest.matchAll(MONTH_DATE)) {
    const month = monthIndex(m[1] ?? '') + 1;
    const last = new Date(Date.UTC(Number(m[2]), month, 0)).getUTCDate();
    found.push(iso(Number(m[2]), month, last));
  }
  for (const m of text.matchAll(ISO_DATE)) found.push(iso(Number(m[1]), Number(m[2]), Number(m[3])));
  for (const m of text.matchAll(SLASH_DATE)) found.push(iso(Number(m[3]), Number(m[2]), Number(m[1])));
  return found;
}

/** The text without its dates, so that a day or a year is not read as a quantity. */
function withoutDates(text: string): string {
  return text
    .replace(DAY_DATE, ' ')
    .replace(MONTH_DATE, ' ')
    .replace(ISO_DATE, ' ')
    .replace(SLASH_DATE, ' ')
    .replace(/\b(19|20)\d{2}\b/g, ' ');
}

/** The numbers of a text outside its dates and years. */
export function numbersIn(text: string): string[] {
  return withoutDates(text).match(NUMBER) ?? [];
}

/** Whether a text holds a number followed by its unit (« 300 clics », « 4 % », « 5 h »). */
export function hasNumberWithUnit(text: string): boolean {
  const re = new RegExp(`(?:${NUMBER.source})${SP}*(%|[\\p{L}][\\p{L}’'-]*)`, 'gu');
  for (const m of withoutDates(text).matchAll(re)) {
    const unit = (m[1] ?? '').replace(/['’].*$/, '');
    if (unit === '%' || !NOT_UNITS.test(unit)) return true;
  }
  return false;
}

/** A case-insensitive pattern for whole words (JavaScript's \b ignores accented letters). */
const words = (alternatives: string, prefix = false) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(${alternatives})${prefix ? '' : '(?![\\p{L}\\p{N}])'}`, 'iu');

const BASELINE = words(
  'contre|déjà|par rapport|compar|au lieu de|alors qu|actuellement|aujourd|présentement|point de départ|valeur de départ|niveau actuel|dernier|dernière|passé|précédent|depuis|passer de|passant de|sans campagne',
  true,
);
const ATTRIBUTABLE = words(
  "clics?|visites?|vues?|visionnements?|partages?|inscriptions?|rendez-vous|téléchargements?|appels?|questions?|messages?|commentaires?|demandes?|portée|impressions?|taux d[’']engagement|interactions?|réponses?",
);
const VANITY = words("notoriété|sensibilisation|visibilité|image|réputation|j[’']aime|abonnés?|abonnements?");
const AUDIENCE = words(
  'parents?|mères?|pères?|jeunes|adolescente?s|ados|enfants|aîné(e)?s|personnes?|femmes|hommes|adultes|étudiante?s|élèves|travailleu(r|se)s|infirmi(er|ère)s|médecins|professionnel(le)?s|familles|proches|résidente?s|citoyen(ne)?s|employé(e)?s|fumeu(r|se)s|randonneu(r|se)s|propriétaires|patiente?s|enseignante?s|gestionnaires|couples',
);
const QUALIFIER = /\d|(?<![\p{L}])(qui|dont)(?![\p{L}])|(?<![\p{L}])(du|de la|de l['’]|d['’]|des?|en|à|au)\s*\p{Lu}/u;
const DELAY =
  /(dans|en moins de|en moins d['’]|sous|d['’]ici|avant)\s*(un délai d['’]\s*|un délai de\s*)?(l['’]|la|les|une?)?\s*(\d+\s*)?(h|heures?|minutes?|min|jours?|journée|jour ouvrable)(?![\p{L}])|sans délai|le jour même/iu;
const HOURS = /\d+(?:[,.]\d+)?\s*(h|heures?)(?![\p{L}])/iu;
const WEEKS = words('(\\d+|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze)\\s+semaines?');
const THRESHOLD_WORD =
  /(?<![\p{L}])(si|au moins|plus de|moins de|dépassent?|atteignent|atteint|sous|seuil)(?![\p{L}])|[≥≤<>]/iu;

function ageRange(text: string): [number, number] | undefined {
  const range = /(\d{1,2})\s*(?:à|-|–)\s*(\d{1,2})\s*ans/u.exec(text);
  if (range) return [Number(range[1]), Number(range[2])];
  const open = /(\d{1,2})\s*ans\s*et\s*(plus|moins)/u.exec(text);
  if (open) return open[2] === 'plus' ? [Number(open[1]), 120] : [0, Number(open[1])];
  return undefined;
}

function ageBand(texts: string[], ctx: CheckContext): CheckResult {
  const [audience = '', ...rest] = texts;
  const choice = rest.join(' ');
  const range = ageRange(audience);
  const bands = ctx.bands ?? [];
  // The narrowest band that holds the audience's whole range: « 18 à 34 ans » before « adultes ».
  const band = range
    ? bands.filter((b) => b.min <= range[0] && range[1] <= b.max).sort((a, b) => a.max - a.min - (b.max - b.min))[0]
    : undefined;
  const named = Object.entries(ctx.platforms ?? {}).filter(([, names]) =>
    names.some((n) => new RegExp(`(^|[^\\p{L}])${n}([^\\p{L}]|$)`, 'iu').test(choice)),
  );
  if (!band || !named.length) return { ok: true, reason: 'unknown' };
  const weak = named.filter(([id]) => band.values[id] !== undefined && (band.values[id] ?? 0) < BAND_SHARE);
  if (!weak.length) return { ok: true, reason: 'ok', detail: band.label };
  const list = weak.map(([id, names]) => `${names[0]} (${band.values[id]} %)`).join(', ');
  return { ok: false, reason: 'weak', detail: `${band.label} : ${list}` };
}

/** Runs one automated check on the texts of its fields (in the order the criterion names them). */
export function runCheck(kind: CheckKind, texts: string[], ctx: CheckContext): CheckResult {
  const all = texts.join('\n');
  switch (kind) {
    case 'filled':
      return texts.every(isAnswered) ? { ok: true, reason: 'ok' } : { ok: false, reason: 'empty' };
    case 'number':
      return numbersIn(all).length ? { ok: true, reason: 'ok' } : { ok: false, reason: 'no-number' };
    case 'number-date': {
      if (!hasNumberWithUnit(all)) return { ok: false, reason: 'no-number' };
      const dates = datesIn(all).sort();
      const last = dates[dates.length - 1];
      if (!last) return { ok: false, reason: 'no-date' };
      return last > (ctx.today ?? localDay()) ? { ok: true, reason: 'ok' } : { ok: false, reason: 'past-date' };
    }
    case 'baseline':
      return BASELINE.test(all) && numbersIn(all).length >= 2
        ? { ok: true, reason: 'ok' }
        : { ok: false, reason: 'no-baseline' };
    case 'attributable':
      if (ATTRIBUTABLE.test(all)) return { ok: true, reason: 'ok' };
      return { ok: false, reason: VANITY.test(all) ? 'vanity' : 'none' };
    case 'audience':
      if (!AUDIENCE.test(all)) return { ok: false, reason: 'none' };
      return QUALIFIER.test(all) ? { ok: true, reason: 'ok' } : { ok: false, reason: 'vague' };
    case 'readability': {
      const r = readingEase(all);
      if (!r.words) return { ok: false, reason: 'empty' };
      return {
        ok: r.score >= MIN_READING_EASE,
        reason: r.score >= MIN_READING_EASE ? 'ok' : 'hard',
        detail: formatNumber(r.score, 0),
      };
    }
    case 'sentence-length': {
      const r = readingEase(all);
      if (!r.words) return { ok: false, reason: 'empty' };
      return {
        ok: r.average <= MAX_AVERAGE,
        reason: r.average <= MAX_AVERAGE ? 'ok' : 'long',
        detail: formatNumber(r.average),
      };
    }
    case 'jargon': {
      if (!all.trim()) return { ok: false, reason: 'empty' };
      const words = jargonIn(all);
      return words.length ? { ok: false, reason: 'found', detail: words.join(', ') } : { ok: true, reason: 'ok' };
    }
    case 'age-band':
      return ageBand(texts, ctx);
    case 'crisis-numbers': {
      const flat = all.replace(/[\s\u00a0\u202f-]+/g, '');
      const missing = [
        /(^|\D)988(\D|$)/.test(flat) ? '' : '988',
        /1866APPELLE|18662773553/i.test(flat) ? '' : '1 866 APPELLE',
        /(^|\D)811(\D|$)/.test(flat) ? '' : '811',
      ].filter(Boolean);
      return missing.length ? { ok: false, reason: 'missing', detail: missing.join(', ') } : { ok: true, reason: 'ok' };
    }
    case 'response-delay':
      return DELAY.test(all) ? { ok: true, reason: 'ok' } : { ok: false, reason: 'no-delay' };
    case 'hours':
      return texts.every(isAnswered) && HOURS.test(all)
        ? { ok: true, reason: 'ok' }
        : { ok: false, reason: 'no-hours' };
    case 'weeks':
      return WEEKS.test(all) ? { ok: true, reason: 'ok' } : { ok: false, reason: 'no-weeks' };
    case 'decision-rule':
      return THRESHOLD_WORD.test(all) && numbersIn(all).length
        ? { ok: true, reason: 'ok' }
        : { ok: false, reason: 'no-threshold' };
  }
}
