/**
 * The « À vous » activity once in use: shows what this browser holds for each field, keeps what
 * is typed (debounced, so the store is written once typing pauses), and runs the live checks
 * (SMART parts, readability). Loaded by the <plan-activity> element (PlanActivity.astro).
 */
import { $plan, setPlanField } from '../stores/plan';
import { $storageAvailable } from '../stores/storage';
import { smartGaps, readability, MAX_AVERAGE, SMART_PARTS, type SmartPart } from '../lib/plan-checks';
import { fill } from '../lib/template';
import { formatNumber } from '../lib/format';
import { isStepFilled } from '../lib/plan-data';
import type { activity } from '../i18n/fr-plan';

type Strings = Pick<typeof activity, 'smart' | 'readability'> & { saved: string; notSaved: string };
type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

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
  const controls = [...root.querySelectorAll<Control>('[name]')];
  const status = root.querySelector<HTMLElement>('.plan-saved');
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const byKey = (key: string) => controls.find((c) => c.name === key)?.value ?? '';

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
    const r = readability(byKey(out.dataset.readability ?? ''));
    if (!r.words) {
      out.textContent = '';
      return;
    }
    const s = t.readability;
    const parts = [fill(s.sentences, { average: formatNumber(r.average) })];
    parts.push(r.average > MAX_AVERAGE ? fill(s.tooLong, { max: MAX_AVERAGE }) : s.fine);
    if (r.longWords.length) parts.push(fill(s.longWords, { words: r.longWords.join(', ') }));
    out.textContent = parts.join(' ');
  };

  const checkAll = () => {
    root.querySelectorAll<HTMLElement>('[data-smart]').forEach(checkSmart);
    root.querySelectorAll<HTMLElement>('[data-readability]').forEach(checkReadability);
  };

  const show = () => {
    const values = $plan.get();
    for (const c of controls) {
      // A field being typed in keeps its text: it is saved on the next pause. An unchanged field
      // is left alone, so that its caret does not jump.
      const text = values[c.name] ?? '';
      if (!timers.has(c.name) && c.value !== text) c.value = text;
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
    setPlanField(c.name, c.value);
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
  const typed = controls.filter((c) => c.value && !before[c.name]);
  for (const c of typed) setPlanField(c.name, c.value);
  if (typed.length) saved();
  $plan.listen(show);
  show();
}
