/**
 * The <plan-status> element of PlanStatus.astro: counts the complete sections of the stored plan
 * with the one completion rule, names them, and says « Plan complété » only when all are. The
 * build wrote an empty plan's line; this element redraws it only when a plan is kept, and loads the
 * code that does (4 KB gzip: the checks, the readability formula, the jargon list, the strings'
 * templates) only then: an empty plan has no complete section, and the home page's budget has no
 * room for code it would not use. Reads storage past the store: this line needs no tab sync, and
 * the pages that show it need not load the stores. Marks itself `data-drawn` once it has looked.
 */
import { readKept } from '../../lib/storage/browser-storage';

class PlanStatus extends HTMLElement {
  connectedCallback() {
    const run = () => {
      // A plan kept under its name from before per-deployment keys counts too (same format).
      const raw = readKept('plan');
      const drawn = () => {
        this.dataset.drawn = '';
      };
      if (!raw || !/"[a-z]/.test(raw)) {
        drawn();
        return;
      }
      import('./plan-status-draw')
        .then(({ drawPlanStatus }) => drawPlanStatus(this, raw))
        .then(drawn, () => {
          // Its code not loaded (offline before the cache was filled) or the page's data unreadable:
          // the build's line (an empty plan's) would be wrong for a kept plan, so it goes.
          this.querySelector<HTMLElement>('.plan-status')?.setAttribute('hidden', '');
          this.dataset.drawn = 'failed';
        });
    };
    // A page restored from the back-forward cache shows the plan as it is now.
    addEventListener('pageshow', (event) => {
      if (event.persisted) run();
    });
    if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: 2000 });
    else setTimeout(run, 200);
  }
}
customElements.define('plan-status', PlanStatus);
