/** The one « is the reader typing? » predicate of the framework-free scripts. */

/**
 * Whether a key press aimed at `target` belongs to a form field (input, text area, select,
 * editable text), so that a single-key shortcut such as « / » must stay a character there.
 */
export function isTyping(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('input, textarea, select, [contenteditable="true"]') !== null;
}
