/**
 * The learner's name as kept for the certificate: read back from storage defensively and tidied.
 * Apart from progress-records.ts so that pages without the certificate never load it.
 */
import { parse } from './progress-records';

/** Longest name kept for the certificate. */
const MAX_NAME_LENGTH = 120;

// C0 and C1 controls, and the bidirectional marks, embeddings, overrides and isolates that could
// make a name display as other text (ex. « ‮ » turning « Marie » around).
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// Characters that show nothing (zero-width space, word joiner, invisible operators, byte order
// mark, soft hyphen, Hangul fillers, interlinear annotations, tag characters). Zero-width joiners
// stay: emoji sequences and some scripts need them.
const INVISIBLE =
  /[\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180e\u200b\u2060-\u2064\u3164\ufeff\uffa0\ufff9-\ufffb]|\udb40[\udc00-\udc7f]/g;
/** Most combining marks kept on one letter (Vietnamese needs two; « Zalgo » text stacks dozens). */
const MAX_MARKS = 3;
const STACKED = new RegExp(`(\\p{M}{${MAX_MARKS}})\\p{M}+`, 'gu');

/**
 * A name as kept: control and bidirectional-override characters removed, single spaces, trimmed,
 * cut to MAX_NAME_LENGTH characters counted by code point (never half an emoji).
 */
export function cleanName(name: string): string {
  const tidy = name.replace(UNSAFE, '').replace(INVISIBLE, '').replace(STACKED, '$1').replace(/\s+/g, ' ').trim();
  return Array.from(tidy).slice(0, MAX_NAME_LENGTH).join('').trim();
}

/**
 * Why a name (from an imported file) is refused, in French, or undefined when it is fine: too
 * long, control or direction-changing characters, invisible characters, letters stacked with more
 * than MAX_MARKS marks.
 */
export function nameProblem(name: string): string | undefined {
  if (Array.from(name).length > MAX_NAME_LENGTH * 2) return `le nom compte plus de ${MAX_NAME_LENGTH}\u00a0caractères`;
  if (new RegExp(UNSAFE.source).test(name.replace(/[\t\n\r]/g, ' ')))
    return 'le nom contient des caractères de contrôle ou qui changent le sens de l’écriture';
  if (new RegExp(INVISIBLE.source).test(name)) return 'le nom contient des caractères invisibles';
  if (new RegExp(STACKED.source, 'u').test(name))
    return `le nom empile plus de ${MAX_MARKS}\u00a0accents ou signes sur une même lettre`;
  return undefined;
}

/** Decodes the stored learner name; anything but a JSON string gives ''. */
export function decodeName(raw: string | null | undefined): string {
  const value = parse(raw);
  return typeof value === 'string' ? cleanName(value) : '';
}
