/**
 * The one answer to « is the person typing? », for keyboard shortcuts (the deck's keys, the search
 * dialog's « / »): a key pressed in a form field or an editable region belongs to that field.
 */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  return target.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])') !== null;
}
