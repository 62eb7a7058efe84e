/** The name the learner types for the certificate, kept in this browser only. */
import { storedAtom } from './storage';
import { cleanName, decodeName } from '../lib/progress/learner-name';
import { storageKey } from '../lib/storage/storage-keys';

/** localStorage key of the learner's name. */
export const NAME_KEY = storageKey('learnerName');

/** The name shown on the certificate, or ''. */
export const $learnerName = storedAtom<string>(NAME_KEY, '', decodeName);

/** Keeps the name typed for the certificate (spaces tidied, length capped). */
export function setLearnerName(name: string): void {
  $learnerName.set(cleanName(name));
}
