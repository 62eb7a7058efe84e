/**
 * Open answers of room mode: a participant types a short text instead of choosing an option. Pure
 * rules, shared by the server and the browser: how a text is cleaned, when two texts are the same
 * answer (case, accents and spaces set aside), how answers are grouped for the reveal, and what
 * each client may see — phones and the screen get only the count before the reveal, then the
 * groups the presenter did not hide; the presenter sees every group at any time. Texts are shown
 * with textContent only, never as markup.
 */
import type { OpenGroup, RoomAnswer } from './room-messages.ts';

/** Longest open answer kept, in characters. */
export const MAX_OPEN_CHARS = 80;

/** A typed answer cleaned (spaces collapsed, trimmed), or undefined when empty or too long. */
export function cleanOpenText(text: string): string | undefined {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length >= 1 && [...clean].length <= MAX_OPEN_CHARS ? clean : undefined;
}

/** The key two texts share when they are the same answer: no accents, lower case, spaces collapsed. */
export function openKey(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The answers grouped by key, most frequent first (ties: the group answered first). Each group shows
 * its most common spelling (ties: the first given). `hidden` keys are marked, not removed.
 */
export function groupOpenAnswers(answers: Iterable<RoomAnswer>, hidden: ReadonlySet<string> = new Set()): OpenGroup[] {
  const groups = new Map<string, { count: number; spellings: Map<string, number> }>();
  for (const answer of answers) {
    if (typeof answer !== 'string') continue;
    const key = openKey(answer);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { count: 0, spellings: new Map() }));
    group.count++;
    group.spellings.set(answer, (group.spellings.get(answer) ?? 0) + 1);
  }
  const out: OpenGroup[] = [];
  for (const [key, { count, spellings }] of groups) {
    let text = '';
    let best = 0;
    for (const [spelling, n] of spellings)
      if (n > best) {
        best = n;
        text = spelling;
      }
    out.push(hidden.has(key) ? { key, text, count, hidden: true } : { key, text, count });
  }
  return out.sort((a, b) => b.count - a.count);
}

/** What phones and the screen may see: nothing before the reveal, then the groups not hidden. */
export function publicGroups(groups: readonly OpenGroup[], revealed: boolean): OpenGroup[] | undefined {
  if (!revealed) return undefined;
  return groups.filter((g) => !g.hidden).map(({ key, text, count }) => ({ key, text, count }));
}
