/**
 * The <plan-activity> element of PlanActivity.astro: shows at once what this browser holds for
 * the activity's fields, with a plain read of the stored text (the store decodes it again when
 * the code loads). The code that saves and checks (plan-activity.ts) loads at the first focus in
 * the activity, or once in view when the section already holds text: a lesson pays for it only
 * when the learner writes or has written. The storage module moves keys from before
 * per-deployment keys before this reads.
 */
import { readStored } from '../stores/storage';
import { PLAN_KEY } from '../stores/plan-key';

class PlanActivity extends HTMLElement {
  connectedCallback() {
    let loaded = false;
    const run = () => {
      if (loaded) return;
      loaded = true;
      void import('./plan-activity').then((m) => m.runActivity(this));
    };
    this.addEventListener('focusin', run, { once: true });
    try {
      const values = JSON.parse(readStored(PLAN_KEY) ?? '{}') as Record<string, unknown> | null;
      let started = false;
      for (const c of this.querySelectorAll<HTMLInputElement>('[name]')) {
        const text = values?.[c.name];
        if (typeof text !== 'string' || !text.trim()) continue;
        started = true;
        if (c.type === 'checkbox') c.checked = text === c.value;
        else c.value = text.slice(0, Number(this.dataset.max));
        c.closest('details.plan-more')?.setAttribute('open', '');
      }
      if (!started) return;
      // Until the checks run, the lines that would describe an empty section say nothing.
      this.querySelectorAll('[data-smart], [data-section-state]').forEach((out) => (out.textContent = ''));
      const seen = new IntersectionObserver((entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        seen.disconnect();
        run();
      });
      seen.observe(this);
    } catch {
      // Storage blocked or unreadable: the fields stay empty, as the store will read them.
    }
  }
}
customElements.define('plan-activity', PlanActivity);
