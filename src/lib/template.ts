/**
 * Message templates with {name} placeholders, for strings that travel from the server to an
 * island as props (functions cannot be serialized); French plurals as { one, other }.
 */
import { formatNumber, pluralCategory } from './format';

/** A message in two forms: French uses the singular for 0 and 1. */
export interface Plural {
  one: string;
  other: string;
}

/** Replaces each {name} in `template` by its value; unknown placeholders are left as they are. */
export function fill(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The form of `forms` that agrees with `n`, filled with `values` plus {n} written the French way. */
export function fillPlural(forms: Plural, n: number, values: Readonly<Record<string, string | number>> = {}): string {
  return fill(forms[pluralCategory(n)], { ...values, n: formatNumber(n) });
}
