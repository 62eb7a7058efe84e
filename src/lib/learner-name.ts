/**
 * The learner's name as kept for the certificate: read back from storage defensively and tidied.
 * Apart from progress-records.ts so that pages without the certificate never load it.
 */
import { parse } from './progress-records';

/** Longest name kept for the certificate. */
export const MAX_NAME_LENGTH = 120;

// C0 and C1 controls, and the bidirectional marks, embeddings, overrides and isolates that could
// make a name display as other text (ex. « ‮ » turning « Marie » around).
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A name as kept: control and bidirectional-override characters removed, single spaces, trimmed,
 * cut to MAX_NAME_LENGTH characters counted by code point (never half an emoji).
 */
export function cleanName(name: string): string {
  const tidy = name.replace(UNSAFE, '').replace(/\s+/g, ' ').trim();
  return Array.from(tidy).slice(0, MAX_NAME_LENGTH).join('').trim();
}

/** Decodes the stored learner name; anything but a JSON string gives ''. */
export function decodeName(raw: string | null | undefined): string {
  const value = parse(raw);
  return typeof value === 'string' ? cleanName(value) : '';
}
