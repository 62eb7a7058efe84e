/**
 * Draws the plan line of <plan-status> (src/client/plan/plan-status.ts) for a kept plan: the
 * complete sections by the one completion rule, by name, and « Plan complété » when all are.
 */
import { planState } from '../../lib/plan/plan-completion';
import { decodePlan } from '../../lib/plan/plan-data';
import { fill, fillPlural, type Plural } from '../../lib/template';
import type { PlanOutline } from '../../lib/plan/plan-outline';

interface Data {
  outline: PlanOutline;
  strings: { sections: Plural; completeList: string; complete: string };
}

/** Redraws `element`'s line from `raw`, the stored plan; throws when the page's data is unreadable. */
export function drawPlanStatus(element: HTMLElement, raw: string): void {
  const box = element.querySelector<HTMLElement>('.plan-status');
  const count = element.querySelector<HTMLElement>('span[data-count]');
  const list = element.querySelector<HTMLElement>('[data-list]');
  if (!box || !count || !list) return;
  const data = JSON.parse(element.dataset.plan ?? '') as Data;
  const titles = planState(data.outline, decodePlan(raw), {}).completed.map((s) => s.title);
  const total = data.outline.length;
  const complete = titles.length === total;
  count.textContent = complete
    ? fill(data.strings.complete, { total })
    : fillPlural(data.strings.sections, titles.length, { total });
  box.dataset.count = String(titles.length);
  list.hidden = complete || titles.length === 0;
  list.textContent = fill(data.strings.completeList, { list: titles.join(' · ') });
}
