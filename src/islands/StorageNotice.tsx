/** The notice shown by islands that keep progress when the browser refuses to store it. */
import { useStore } from './use-store';
import { $storageAvailable } from '../stores/storage';
import { useHydrated } from './use-hydrated';
import './storage-notice.css';

/**
 * Says that progress will not be kept, once hydrated and only when storage is unavailable. The
 * text (site.storageUnavailable in src/i18n/fr.ts) comes from the page, to keep the site strings
 * out of the islands' JavaScript.
 */
export function StorageNotice({ text }: { text: string }) {
  const available = useStore($storageAvailable);
  const hydrated = useHydrated();
  if (!hydrated || available) return null;
  return (
    <p class="storage-notice" role="status">
      {text}
    </p>
  );
}
