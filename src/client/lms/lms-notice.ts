/**
 * The notice the LMS adapter shows when it cannot read the progress the LMS returned: saving to
 * the LMS is paused (its copy is kept as it is), the progress in this browser is kept. A status
 * message at the top of the page's main content, read by screen readers once.
 */
import { lms as t } from '../../i18n/fr-lms';
import './lms-notice.css';

/** Shows the notice (once per page), saying why: damaged data, or data of another version. */
export function showTrackingPaused(why: 'unreadable' | 'other-version'): void {
  if (document.querySelector('.lms-paused')) return;
  const notice = document.createElement('p');
  notice.className = 'lms-paused';
  notice.setAttribute('role', 'status');
  notice.textContent = `${t.paused} ${why === 'other-version' ? t.pausedOtherVersion : t.pausedUnreadable} ${t.pausedKept}`;
  const host = document.querySelector('main') ?? document.body;
  host.prepend(notice);
}
