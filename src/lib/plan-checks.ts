/**
 * Live checks of what the learner writes in « Mon plan »: which SMART part an objective still
 * lacks, and a readability hint for a key message (sentence length, long words). Pure functions;
 * the words they return are shown by the activity with the strings of src/i18n/fr-plan.ts.
 */

/** The five SMART parts, in the acronym's order (field ids of a SMART group). */
export const SMART_PARTS = ['specifique', 'mesurable', 'atteignable', 'pertinent', 'echeance'] as const;
/** One SMART part. */
export type SmartPart = (typeof SMART_PARTS)[number];

/** Why a SMART part is not there yet. */
export type SmartGap =
  | { part: SmartPart; reason: 'empty' }
  /** « Mesurable » without a number to reach. */
  | { part: 'mesurable'; reason: 'no-number' }
  /** « Temporellement défini » without a date, a month or a duration. */
  | { part: 'echeance'; reason: 'no-date' };

const MONTHS =
  /\b(janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|semaine|semaines|mois|an|ans|année|trimestre|été|automne|hiver|printemps)\b/i;

/** The parts an objective still lacks, in SMART order; [] when it is complete. */
export function smartGaps(parts: Partial<Record<SmartPart, string>>): SmartGap[] {
  const gaps: SmartGap[] = [];
  for (const part of SMART_PARTS) {
    const text = (parts[part] ?? '').trim();
    if (!text) gaps.push({ part, reason: 'empty' });
    else if (part === 'mesurable' && !/\d/.test(text)) gaps.push({ part, reason: 'no-number' });
    else if (part === 'echeance' && !/\d/.test(text) && !MONTHS.test(text)) gaps.push({ part, reason: 'no-date' });
  }
  return gaps;
}

/** What the readability hint says about a text. */
export interface Readability {
  /** Number of sentences. */
  sentences: number;
  /** Number of words. */
  words: number;
  /** Words per sentence, rounded to one decimal; 0 for an empty text. */
  average: number;
  /** Words of LONG_WORD letters or more, each once, in order of appearance. */
  longWords: string[];
}

/** Letters from which a word counts as long. */
export const LONG_WORD = 12;
/** Average sentence length above which the hint suggests shorter sentences. */
export const MAX_AVERAGE = 15;

/** Counts sentences and words (an elided « l’ » counts as a word), and lists long words. */
export function readability(text: string): Readability {
  const sentences = text.split(/[.!?…]+(?:\s|$)|\n+/).filter((s) => /[\p{L}\p{N}]/u.test(s)).length;
  const words = text.match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [];
  const longWords = [...new Set(words.filter((w) => w.replace(/-/g, '').length >= LONG_WORD))];
  const average = sentences ? Math.round((words.length / sentences) * 10) / 10 : 0;
  return { sentences, words: words.length, average, longWords };
}
