/**
 * The <plan-status> element of PlanStatus.astro: counts the complete sections of the stored plan
 * with the one completion rule, names them, and says « Plan complété » only when all are. Reads
 * storage past the store (readStored): this line needs no tab sync, and the pages that show it
 * need not load the store's actions. The rule's code (4 KB gzip: the checks, the readability
 * formula, the jargon list) loads only when a plan is stored: an empty plan has no complete
 * section, and the home page's budget has no room for code it would not use.
 */
import { readStored } from '../../stores/storage';
import { storageKey } from '../../lib/storage/storage-keys';
import { fill, fillPlural, type Plural } from '../../lib/template';
import type { PlanOutline } from '../../lib/plan/plan-outline';

interface Data {
  outline: PlanOutline;
  strings: { sections: Plural; completeList: string; complete: string };
}

class PlanStatus extends HTMLElement {
  connectedCallback() {
    const render = async () => {
      const box = this.querySelector<HTMLElement>('.plan-status');
      const count = this.querySelector<HTMLElement>('[data-count]');
      const list = this.querySelector<HTMLElement>('[data-list]');
      try {
        const data = JSON.parse(this.dataset.plan ?? '') as Data;
        if (!box || !count || !list) return;
        const raw = readStored(storageKey('plan'));
        const total = data.outline.length;
        let titles: string[] = [];
        if (raw && /"[a-z]/.test(raw)) {
          const [{ planState }, { decodePlan }] = await Promise.all([
            import('../../lib/plan/plan-completion'),
            import('../../lib/plan/plan-data'),
          ]);
          titles = planState(data.outline, decodePlan(raw), {}).completed.map((s) => s.title);
        }
        const complete = titles.length === total;
        count.textContent = complete
          ? fill(data.strings.complete, { total })
          : fillPlural(data.strings.sections, titles.length, { total });
        box.dataset.count = String(titles.length);
        list.hidden = complete || titles.length === 0;
        list.textContent = fill(data.strings.completeList, { list: titles.join(' · ') });
        box.hidden = false;
      } catch {
        // Storage blocked, the page's data unreadable or the code not loaded: the line stays hidden.
      }
    };
    const run = () => void render();
    if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: 2000 });
    else setTimeout(run, 200);
  }
}
customElements.define('plan-status', PlanStatus);
