import type { Edit } from '../context/incremental.ts';

// The events that say a person changed what a form field shows. Its value and tick are
// properties, not attributes: typing a score or ticking a box edits no DOM, so no
// MutationRecord reports it.
export const FIELD_EVENTS = ['input', 'change', 'reset'] as const;

const FIELDS = new Set(['input', 'select', 'textarea']);

const isField = (node: unknown): node is HTMLInputElement =>
  typeof node === 'object' && node !== null && (node as Node).nodeType === 1 && FIELDS.has((node as Element).localName);

const edited = (field: Element): Edit => ({ type: 'attributes', target: field, attributeName: 'value' });

// The fields an event changed, as edits for the reader: the field itself; every radio button of
// its group (ticking one unticks another, which fires nothing); every field of a form reset.
export function fieldEdits(event: Event): Edit[] {
  const target = event.target;
  if (event.type === 'reset') {
    const form = target as HTMLFormElement | null;
    return form?.localName === 'form' ? [...form.elements].filter(isField).map(edited) : [];
  }
  if (!isField(target)) return [];
  if (target.localName !== 'input' || target.type !== 'radio' || !target.name) return [edited(target)];
  // A form's own list: it holds fields tied to it by a form attribute from elsewhere on the page.
  const candidates = target.form ? [...target.form.elements] : [...target.ownerDocument.querySelectorAll('input')];
  const inGroup = (el: Element): boolean => isField(el) && el.type === 'radio' && el.name === target.name && el.form === target.form;
  return candidates.filter(inGroup).map(edited);
}
