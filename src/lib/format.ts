/**
 * Numbers and plurals as French readers expect them, through Intl (fr-CA): a decimal comma,
 * no-break spaces between thousands, the singular for 0 and 1. Shared by the interface strings,
 * the figures and the islands; Intl is built into every browser, so this costs no bundle.
 */

const numbers = new Map<number, Intl.NumberFormat>();
const plurals = new Intl.PluralRules('fr-CA');

/** A number with at most `maxDecimals` decimals: 14.5 → « 14,5 », 42000 → « 42 000 ». */
export function formatNumber(value: number, maxDecimals = 1): string {
  let format = numbers.get(maxDecimals);
  if (!format) {
    format = new Intl.NumberFormat('fr-CA', { maximumFractionDigits: maxDecimals });
    numbers.set(maxDecimals, format);
  }
  return format.format(value);
}

/** Which French form agrees with `n`: « one » for 0 and 1 (and 1,5), « other » from 2 on. */
export function pluralCategory(n: number): 'one' | 'other' {
  return plurals.select(n) === 'one' ? 'one' : 'other';
}

/**
 * Points as people say them: whole points earned, partial credit rounded down (14.9 → « 14 »), so
 * « 14 sur 21 » never claims more than was earned; the percent beside it carries the exact score.
 */
export function formatPoints(points: number): string {
  return formatNumber(Math.floor(points + 1e-9), 0);
}

/**
 * A time of day as Québec writes it: hours without a leading zero, « h », two-digit minutes, with
 * no-break spaces (0 h 05, 14 h 30). Intl's « 2-digit » hours gave « 00 h 05 ».
 */
export function formatClock(date: Date): string {
  return `${date.getHours()}\u00a0h\u00a0${String(date.getMinutes()).padStart(2, '0')}`;
}

/** A size in megabytes as French readers write it: 4 404 019 → « 4,2 Mo » (1 Mo = 2^20 bytes). */
export function formatMegabytes(bytes: number): string {
  return `${formatNumber(Math.max(bytes, 0) / (1024 * 1024), 1)}\u00a0Mo`;
}
