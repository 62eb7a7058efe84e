/** Number formatting shared by the interface strings and the islands, kept tiny on purpose. */

/**
 * Points as people say them: whole points earned, partial credit rounded down (14.9 → « 14 »), so
 * « 14 sur 21 » never claims more than was earned; the percent beside it carries the exact score.
 */
export function formatPoints(points: number): string {
  return String(Math.floor(points + 1e-9));
}
