/**
 * The <plan-activity> element of PlanActivity.astro: shows at once what this browser holds for
 * the activity's fields, with a plain read of the stored text (the store decodes it again when
 * the code loads). The code that saves and checks (plan-activity.ts) loads at the first focus in
 * the activity, so that a lesson pays for it only when the learner writes (the lesson's budget
 * has no room for it). The storage module moves keys from before per-deployment keys before this
 * reads.
 */
import { readStored } from '../../stores/storage';
import { storageKey } from '../../lib/storage/storage-keys';

class PlanActivity extends HTMLElement {
  connectedCallback() {
    this.addEventListener('focusin', () => void import('./plan-activity').then((m) => m.runActivity(this)), {
      once: true,
    });
    try {
      const values = JSON.parse(readStored(storageKey('plan')) ?? '{}') as Record<string, unknown> | null;
      let started = false;
      for (const c of this.querySelectorAll<HTMLInputElement>('[name]')) {
        const text = values?.[c.name];
        if (typeof text !== 'string' || !text.trim()) continue;
        started = true;
        if (c.type === 'checkbox') c.checked = text === c.value;
        else c.value = text.slice(0, Number(this.dataset.max));
        c.closest('details.plan-more')?.setAttribute('open', '');
      }
      // Until the checks run (at the first focus), the lines written for an empty section say
      // nothing rather than something stale.
      if (started)
        this.querySelectorAll('[data-smart], [data-section-state], [data-status]').forEach(
          (out) => (out.textContent = ''),
        );
    } catch {
      // Storage blocked or unreadable: the fields stay empty, as the store will read them.
    }
  }
}
customElements.define('plan-activity', PlanActivity);
