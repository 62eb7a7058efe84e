/**
 * The « À vous » activity once in use: shows what this browser holds for each field, keeps what
 * is typed (debounced, so the store is written once typing pauses), keeps the self-assessment
 * ticks, and runs the live checks (SMART parts, readability) and the section's criteria with the
 * one completion rule (src/lib/plan/plan-completion.ts). Checks never block typing. Loaded by the
 * <plan-activity> element (plan-activity-element.ts).
 */
import { $plan, setPlanField } from '../../stores/plan';
import { $storageAvailable } from '../../stores/storage';
import { smartGaps, SMART_PARTS, type SmartPart } from '../../lib/plan/plan-checks';
import { readingEase, jargonIn, MAX_AVERAGE } from '../../lib/plan/plan-readability';
import { fill } from '../../lib/template';
import { formatNumber } from '../../lib/format';
import { isStepFilled, type PlanValues } from '../../lib/plan/plan-data';
import {
  explainCriterion,
  sectionState,
  sectionSummary,
  statusWord,
  type CriteriaStrings,
} from '../../lib/plan/plan-completion';
import type { PlanOutline } from '../../lib/plan/plan-outline';
import type { AgeBand } from '../../lib/plan/plan-criteria';
import type { activity } from '../../i18n/fr-plan';

type Strings = Pick<typeof activity, 'smart' | 'readability' | 'checksUnavailable'> & {
  saved: string;
  notSaved: string;
};
type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
interface Checks {
  outline: PlanOutline;
  bands: AgeBand[];
  platforms: Record<string, string[]>;
  strings: CriteriaStrings;
}

/** What a control holds as stored: a ticked box its value, an unticked one nothing. */
const valueOf = (c: Control) =>
  c instanceof HTMLInputElement && c.type === 'checkbox' ? (c.checked ? c.value : '') : c.value;

/** Milliseconds without typing before a field is written to storage. */
const DEBOUNCE = 400;

/** Wires one activity element: fill, save as typed, check. */
export function runActivity(root: HTMLElement): void {
  let t: Strings;
  try {
    t = JSON.parse(root.dataset.strings ?? '') as Strings;
  } catch {
    return;
  }
  // What the criteria read, fetched now (data-checks is its address); until it comes, or if it
  // cannot, the fields are kept and checked for SMART and readability all the same.
  let checks: Checks | undefined;
  const controls = [...root.querySelectorAll<Control>('[name]')];
  const status = root.querySelector<HTMLElement>('.plan-saved');
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const byKey = (key: string) => {
    const c = controls.find((x) => x.name === key);
    return c ? valueOf(c) : '';
  };

  const checkSmart = (out: HTMLElement) => {
    const prefix = out.dataset.smart ?? '';
    const parts = Object.fromEntries(SMART_PARTS.map((p) => [p, byKey(`${prefix}.${p}`)])) as Record<SmartPart, string>;
    const gaps = smartGaps(parts);
    const complete = gaps.length === 0;
    out.toggleAttribute('data-complete', complete);
    if (complete) out.textContent = t.smart.complete;
    else if (SMART_PARTS.every((p) => !parts[p].trim())) out.textContent = t.smart.empty;
    else {
      const names = gaps.map((g) =>
        g.reason === 'no-number' ? t.smart.noNumber : g.reason === 'no-date' ? t.smart.noDate : t.smart.parts[g.part],
      );
      out.textContent = `${t.smart.missing}${names.join(', ')}.`;
    }
  };

  const checkReadability = (out: HTMLElement) => {
    const text = byKey(out.dataset.readability ?? '');
    const r = readingEase(text);
    if (!r.words) {
      out.textContent = '';
      return;
    }
    const s = t.readability;
    const parts = [fill(s.sentences, { average: formatNumber(r.average) })];
    parts.push(r.average > MAX_AVERAGE ? fill(s.tooLong, { max: MAX_AVERAGE }) : s.fine);
    const jargon = jargonIn(text);
    if (jargon.length) parts.push(fill(s.jargon, { words: jargon.join(', ') }));
    out.textContent = parts.join(' ');
  };

  // The section's criteria, on the stored plan with what is being typed here laid over it.
  const checkCriteria = () => {
    const step = checks?.outline.find((s) => s.id === root.dataset.step);
    if (!checks || !step) return;
    const values: PlanValues = { ...$plan.get() };
    for (const c of controls) {
      const text = valueOf(c);
      if (text.trim()) values[c.name] = text;
      else delete values[c.name];
    }
    const state = sectionState(checks.outline, step, values, {
      bands: checks.bands,
      platforms: checks.platforms,
    });
    for (const c of state.criteria) {
      const item = root.querySelector<HTMLElement>(`[data-criterion="${c.id}"]`);
      if (!item) continue;
      item.toggleAttribute('data-ok', c.ok);
      const status = item.querySelector('[data-status]');
      const why = item.querySelector('[data-why]');
      if (status) status.textContent = statusWord(c, checks.strings);
      if (why) why.textContent = explainCriterion(c, checks.strings);
    }
    const summary = root.querySelector<HTMLElement>('[data-section-state]');
    if (summary) {
      summary.textContent = sectionSummary(state, checks.strings);
      summary.toggleAttribute('data-complete', state.complete);
    }
  };

  const checkAll = () => {
    root.querySelectorAll<HTMLElement>('[data-smart]').forEach(checkSmart);
    root.querySelectorAll<HTMLElement>('[data-readability]').forEach(checkReadability);
    checkCriteria();
  };

  const show = () => {
    const values = $plan.get();
    for (const c of controls) {
      // A field being typed in keeps its text: it is saved on the next pause. An unchanged field
      // is left alone, so that its caret does not jump.
      const text = values[c.name] ?? '';
      if (timers.has(c.name)) continue;
      if (c instanceof HTMLInputElement && c.type === 'checkbox') c.checked = text === c.value;
      else if (c.value !== text) c.value = text;
    }
    // An optional repetition that holds text opens, so it is seen.
    root.querySelectorAll<HTMLDetailsElement>('details[data-more]').forEach((d) => {
      if (isStepFilled(values, d.dataset.more ?? '')) d.open = true;
    });
    checkAll();
  };

  const saved = () => {
    if (status) status.textContent = $storageAvailable.get() ? t.saved : t.notSaved;
  };
  const save = (c: Control) => {
    timers.delete(c.name);
    setPlanField(c.name, valueOf(c));
    saved();
  };

  root.addEventListener('input', (event) => {
    const c = event.target as Control;
    if (!c.name) return;
    clearTimeout(timers.get(c.name));
    timers.set(
      c.name,
      setTimeout(() => save(c), DEBOUNCE),
    );
    if (status) status.textContent = '';
    checkAll();
  });
  // Leaving a field saves it at once (a quick reload must not lose the last words).
  root.addEventListener('focusout', (event) => {
    const c = event.target as Control;
    if (c.name && timers.has(c.name)) {
      clearTimeout(timers.get(c.name));
      save(c);
    }
  });
  addEventListener('pagehide', () => {
    for (const c of controls) if (timers.has(c.name)) save(c);
  });

  // What was typed before this code loaded is kept, unless the store already has that field.
  const before = $plan.get();
  const typed = controls.filter((c) => valueOf(c) && !before[c.name]);
  for (const c of typed) setPlanField(c.name, valueOf(c));
  if (typed.length) saved();
  $plan.listen(show);
  show();
  void loadChecks(root.dataset.checks ?? '').then(
    (loaded) => {
      checks = loaded;
      checkCriteria();
    },
    () => {
      const summary = root.querySelector<HTMLElement>('[data-section-state]');
      if (summary) summary.textContent = t.checksUnavailable;
    },
  );
}

/** The criteria's data by address: fetched once per page (a lesson may hold two activities). */
const loads = new Map<string, Promise<Checks>>();

/** The criteria's data at `url` (see src/pages/mon-plan/verifications.json.ts); rejects when unusable. */
function loadChecks(url: string): Promise<Checks> {
  let load = loads.get(url);
  if (!load) {
    load = fetchChecks(url);
    // A failed load is tried again by the next activity that asks.
    load.catch(() => loads.delete(url));
    loads.set(url, load);
  }
  return load;
}

async function fetchChecks(url: string): Promise<Checks> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const data = (await response.json()) as Checks | null;
  if (!data?.outline) throw new Error(`${url}: no plan`);
  return data;
}
