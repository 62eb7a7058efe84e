/** The localStorage key of « Mon plan », apart so that pages can name it without loading the store. */
import { storageKey } from '../lib/storage-keys';

export const PLAN_KEY = storageKey('plan');
