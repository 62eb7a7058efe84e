/**
 * The <plan-view> element of /mon-plan/: fills the page from the plan store, shows each
 * section's state and criteria with the one completion rule, downloads the plan as Word or
 * Markdown (their code loads when the button is pressed), prints it, and empties it after a
 * confirmation. The rule's code (4 KB gzip) loads only once the plan holds text: an empty plan's
 * sections are all « pas encore commencée » without it.
 */
import { $plan, clearPlan } from '../../stores/plan';
import { $learnerName } from '../../stores/learner';
import type { PlanValues } from '../../lib/plan/plan-data';
import { fill, fillPlural, type Plural } from '../../lib/template';
import { localDay } from '../../lib/today';
import type { ModelSection, PlanOutline } from '../../lib/plan/plan-outline';
import type { AgeBand } from '../../lib/plan/plan-criteria';
import type * as CompletionModule from '../../lib/plan/plan-completion';
import type { CriteriaStrings, SectionState } from '../../lib/plan/plan-completion';

type Completion = typeof CompletionModule;
import type { ExportStrings } from '../../lib/plan/plan-markdown';

interface Data {
  outline: PlanOutline;
  bands: AgeBand[];
  platforms: Record<string, string[]>;
  criteria: CriteriaStrings;
  strings: Omit<ExportStrings, 'date' | 'learner'> & {
    empty: string;
    preparing: string;
    downloaded: string;
    exportFailed: string;
    cleared: string;
    fileBase: string;
    sections: Plural;
    planComplete: string;
    completeList: string;
  };
}

class PlanView extends HTMLElement {
  connectedCallback() {
    let data: Data;
    try {
      data = JSON.parse(this.dataset.plan ?? '') as Data;
    } catch {
      return;
    }
    const t = data.strings;
    const said = this.querySelector<HTMLElement>('.plan-said');
    const say = (text: string) => {
      if (said) said.textContent = text;
    };
    let completion: Completion | undefined;
    const stateOf = (m: Completion, values: PlanValues) =>
      m.planState(data.outline, values, { bands: data.bands, platforms: data.platforms });

    const showSection = (m: Completion, s: SectionState) => {
      const { sectionSummary, statusWord, explainCriterion } = m;
      const line = this.querySelector<HTMLElement>(`[data-section-state="${s.id}"]`);
      if (line) {
        line.textContent = sectionSummary(s, data.criteria);
        line.toggleAttribute('data-complete', s.complete);
      }
      for (const c of s.criteria) {
        const item = this.querySelector<HTMLElement>(`[data-criterion="${s.id}.${c.id}"]`);
        if (!item) continue;
        item.toggleAttribute('data-ok', c.ok);
        const status = item.querySelector('[data-status]');
        const why = item.querySelector('[data-why]');
        if (status) status.textContent = statusWord(c, data.criteria);
        if (why) why.textContent = explainCriterion(c, data.criteria);
      }
    };

    const render = (values: PlanValues) => {
      this.querySelectorAll<HTMLElement>('[data-key]').forEach((cell) => {
        const text = values[cell.dataset.key ?? ''] ?? '';
        cell.classList.toggle('is-empty', !text);
        if (text || cell.tagName !== 'TD') cell.textContent = text || t.empty;
        else {
          // An empty table cell is read as such, but not printed over the whole calendar.
          const hidden = document.createElement('span');
          hidden.className = 'visually-hidden';
          hidden.textContent = t.empty;
          cell.replaceChildren(hidden);
        }
      });
      // Further objectives or indicators show only when they hold text.
      this.querySelectorAll<HTMLElement>('[data-item]').forEach((item) => {
        if (item.dataset.item?.endsWith('.1')) return;
        item.hidden = !Object.keys(values).some((k) => k.startsWith(`${item.dataset.item}.`));
      });
      const summary = this.querySelector<HTMLElement>('.plan-summary');
      if (!Object.keys(values).length) {
        // Nothing written: no section started, and no need for the rule's code.
        this.querySelectorAll('[data-section-state]').forEach((line) => {
          line.textContent = data.criteria.notStarted;
          line.removeAttribute('data-complete');
        });
        this.querySelectorAll('[data-criterion]').forEach((item) => {
          item.removeAttribute('data-ok');
          item.querySelectorAll('[data-status], [data-why]').forEach((out) => (out.textContent = ''));
        });
        if (summary) {
          summary.hidden = false;
          summary.textContent = fillPlural(t.sections, 0, { total: data.outline.length });
        }
        this.toggleAttribute('data-drawn', true);
        return;
      }
      if (!completion) {
        void import('../../lib/plan/plan-completion').then((m) => {
          completion = m;
          render($plan.get());
        });
        return;
      }
      const m = completion;
      const state = stateOf(m, values);
      state.sections.forEach((s) => showSection(m, s));
      if (summary) {
        const total = state.sections.length;
        summary.hidden = false;
        summary.textContent = state.complete
          ? fill(t.planComplete, { total })
          : fillPlural(t.sections, state.completed.length, { total });
        if (state.completed.length && !state.complete)
          summary.textContent += ` ${fill(t.completeList, { list: state.completed.map((s) => s.title).join(' · ') })}`;
      }
      // Drawn from the plan kept (the browser tests wait for it: the build already drew an empty plan).
      this.toggleAttribute('data-drawn', true);
    };

    const download = async (blob: Blob, ext: string) => {
      const { saveFile } = await import('../download');
      const name = saveFile(blob, `${t.fileBase}-{date}.${ext}`);
      say(fill(t.downloaded, { file: name }));
    };

    const exportAs = async (kind: string) => {
      say(t.preparing);
      try {
        const { formatDate } = await import('../../i18n/fr');
        const [y, m, d] = localDay().split('-').map(Number);
        const strings: ExportStrings = {
          ...t,
          date: formatDate(new Date(Date.UTC(y ?? 2000, (m ?? 1) - 1, d ?? 1))),
          learner: $learnerName.get(),
        };
        const values = $plan.get();
        const rule = completion ?? (await import('../../lib/plan/plan-completion'));
        const state = stateOf(rule, values);
        if (kind === 'docx') {
          const { planToDocx } = await import('./plan-docx');
          const models = JSON.parse(this.dataset.models ?? '[]') as ModelSection[];
          await download(
            await planToDocx(data.outline, values, state.sections, data.criteria, models, strings),
            'docx',
          );
        } else {
          const { planToMarkdown } = await import('../../lib/plan/plan-markdown');
          const text = planToMarkdown(data.outline, values, state.sections, data.criteria, strings);
          await download(new Blob([text], { type: 'text/markdown;charset=utf-8' }), 'md');
        }
      } catch {
        say(t.exportFailed);
      }
    };

    const confirm = this.querySelector<HTMLElement>('.plan-confirm');
    const clearButton = this.querySelector<HTMLButtonElement>('[data-clear]');
    const closeConfirm = () => {
      if (confirm) confirm.hidden = true;
      clearButton?.focus();
    };

    this.addEventListener('click', (event) => {
      const target = (event.target as HTMLElement).closest('button');
      if (!target) return;
      if (target.dataset.export) void exportAs(target.dataset.export);
      else if (target.hasAttribute('data-print-plan')) print();
      else if (target.hasAttribute('data-clear') && confirm) {
        confirm.hidden = false;
        confirm.focus();
      } else if (target.hasAttribute('data-clear-no')) closeConfirm();
      else if (target.hasAttribute('data-clear-yes')) {
        clearPlan();
        closeConfirm();
        say(t.cleared);
      }
    });
    this.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && confirm && !confirm.hidden) closeConfirm();
    });

    $plan.subscribe(render);
  }
}
customElements.define('plan-view', PlanView);
