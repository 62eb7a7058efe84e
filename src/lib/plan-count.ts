/**
 * The shape of a stored plan's keys, and a light count of filled sections straight from the
 * stored text, for the home page and the certificate, whose budgets have no room for the whole
 * decoding (plan-data.ts). Both agree: a key counts only when decodePlan would keep it.
 */

/** A field key, « step.group.n.field », lower case (this also keeps out « __proto__ »). */
export const PLAN_KEY_PATTERN = /^[a-z][a-z0-9-]{0,30}\.[a-z][a-z0-9-]{0,30}\.[1-9]\.[a-z][a-z0-9-]{0,30}$/;

/** How many of `steps` have some text in a stored plan's JSON; 0 for anything unreadable. */
export function countFilledRaw(raw: string | null | undefined, steps: readonly string[]): number {
  let values: unknown;
  try {
    values = JSON.parse(raw ?? '');
  } catch {
    return 0;
  }
  if (typeof values !== 'object' || values === null || Array.isArray(values)) return 0;
  const filled = new Set<string>();
  for (const [key, text] of Object.entries(values)) {
    if (PLAN_KEY_PATTERN.test(key) && typeof text === 'string' && text.trim()) filled.add(key.split('.')[0] ?? '');
  }
  return steps.filter((s) => filled.has(s)).length;
}
