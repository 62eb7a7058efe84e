/**
 * The <plan-status> element of PlanStatus.astro: counts the complete sections of the stored plan
 * with the one completion rule, names them, and says « Plan complété » only when all are. Reads
 * storage past the store (readStored): this line needs no tab sync, and the pages that show it
 * need not load the store's actions.
 */
import { readStored } from '../stores/storage';
import { PLAN_KEY } from '../stores/plan-key';
import { decodePlan } from '../lib/plan-data';
import { planState } from '../lib/plan-completion';
import { fill, fillPlural, type Plural } from '../lib/template';
import type { PlanOutline } from '../lib/plan-outline';

interface Data {
  outline: PlanOutline;
  strings: { sections: Plural; completeList: string; complete: string };
}

class PlanStatus extends HTMLElement {
  connectedCallback() {
    const render = () => {
      const box = this.querySelector<HTMLElement>('.plan-status');
      const count = this.querySelector<HTMLElement>('[data-count]');
      const list = this.querySelector<HTMLElement>('[data-list]');
      try {
        const data = JSON.parse(this.dataset.plan ?? '') as Data;
        if (!box || !count || !list) return;
        const today = new Date().toLocaleDateString('sv-SE');
        const state = planState(data.outline, decodePlan(readStored(PLAN_KEY) ?? null), { today });
        const total = state.sections.length;
        count.textContent = state.complete
          ? fill(data.strings.complete, { total })
          : fillPlural(data.strings.sections, state.completed.length, { total });
        box.dataset.count = String(state.completed.length);
        list.hidden = state.complete || state.completed.length === 0;
        list.textContent = fill(data.strings.completeList, { list: state.completed.map((s) => s.title).join(' · ') });
        box.hidden = false;
      } catch {
        // Storage blocked or the page's data unreadable: the line stays hidden.
      }
    };
    if ('requestIdleCallback' in window) requestIdleCallback(render, { timeout: 2000 });
    else setTimeout(render, 200);
  }
}
customElements.define('plan-status', PlanStatus);
