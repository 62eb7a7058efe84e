/**
 * The live SMART hint of an objective in « Mon plan »: which part it still lacks. Pure; the words
 * it returns are shown by the activity with the strings of src/i18n/fr-plan.ts. The same tests as
 * the criteria (plan-criteria.ts): a measure is a number with its unit, a deadline is a date.
 */
import { datesIn, hasNumberWithUnit } from './plan-criteria';

/** The five SMART parts, in the acronym's order (field ids of a SMART group). */
export const SMART_PARTS = ['specifique', 'mesurable', 'atteignable', 'pertinent', 'echeance'] as const;
/** One SMART part. */
export type SmartPart = (typeof SMART_PARTS)[number];

/** Why a SMART part is not there yet. */
export type SmartGap =
  | { part: SmartPart; reason: 'empty' }
  /** « Mesurable » without a number and its unit. */
  | { part: 'mesurable'; reason: 'no-number' }
  /** « Temporellement défini » without a date (a day or a month, with its year). */
  | { part: 'echeance'; reason: 'no-date' };

/** The parts an objective still lacks, in SMART order; [] when it is complete. */
export function smartGaps(parts: Partial<Record<SmartPart, string>>): SmartGap[] {
  const gaps: SmartGap[] = [];
  for (const part of SMART_PARTS) {
    const text = (parts[part] ?? '').trim();
    if (!text) gaps.push({ part, reason: 'empty' });
    else if (part === 'mesurable' && !hasNumberWithUnit(text)) gaps.push({ part, reason: 'no-number' });
    else if (part === 'echeance' && !datesIn(text).length) gaps.push({ part, reason: 'no-date' });
  }
  return gaps;
}
