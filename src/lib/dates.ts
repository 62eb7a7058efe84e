/** Dates of facts cited in the course, which are sometimes known only to the month. */

/** The months in French, January first (lower case, as written inside a sentence). */
export const MONTHS: readonly string[] = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];

/** A fact's date: the day, or the month and day, are absent when not known. */
export interface FactDate {
  year: number;
  month?: number;
  day?: number;
}

/** Parses « YYYY-MM-DD », « YYYY-MM » or « YYYY »; undefined for anything else or an impossible date. */
export function parseFactDate(value: string): FactDate | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2] === undefined) return { year };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  if (m[3] === undefined) return { year, month };
  const day = Number(m[3]);
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return { year, month, day };
}
