import { afterEach, describe, expect, it } from 'vitest';
import { fieldEdits } from '../../../utils/host/field-edits.ts';

afterEach(() => {
  document.body.innerHTML = '';
});

const ids = (event: Event) => fieldEdits(event).map((edit) => (edit.target as Element).id);
const on = (id: string, type: string) => {
  const event = new Event(type, { bubbles: true });
  Object.defineProperty(event, 'target', { value: document.getElementById(id) });
  return event;
};

describe('fieldEdits', () => {
  it('names the field typed in, as a change of its value', () => {
    document.body.innerHTML = '<input id="a"><textarea id="b"></textarea><select id="c"></select><div id="d" contenteditable></div>';
    expect(fieldEdits(on('a', 'input'))).toEqual([{ type: 'attributes', target: document.getElementById('a'), attributeName: 'value' }]);
    expect(ids(on('b', 'input'))).toEqual(['b']);
    expect(ids(on('c', 'change'))).toEqual(['c']);
    // An editable element edits the DOM, which the watcher already observes.
    expect(ids(on('d', 'input'))).toEqual([]);
  });

  it('names every radio button of the group, in its form or out of any form', () => {
    document.body.innerHTML =
      '<form id="f"><input type="radio" name="dx" id="r1"><input type="radio" name="other" id="r2"></form>' +
      '<input type="radio" name="dx" id="r3" form="f"><input type="radio" name="dx" id="r4"><input type="radio" name="dx" id="r5">';
    expect(ids(on('r1', 'change'))).toEqual(['r1', 'r3']);
    expect(ids(on('r4', 'change'))).toEqual(['r4', 'r5']);
  });

  it('names every field of a form reset', () => {
    document.body.innerHTML = '<form id="f"><input id="a"><fieldset><select id="b"></select></fieldset><button id="go">Save</button></form><input id="c" form="f">';
    expect(ids(on('f', 'reset'))).toEqual(['a', 'b', 'c']);
  });
});
