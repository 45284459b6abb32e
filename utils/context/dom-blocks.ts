import { ASKING_MARK } from './answer-of.ts';
import type { Block, BlockKind } from './block.ts';
import { isDateRow, withDates } from './date-row.ts';
import type { RegionContext, Seg } from './seg.ts';
import { textToSeg } from './text-blocks.ts';

// A page's visible text as containers and blocks, through DOM APIs only (it runs in the content
// script and, under Node, on happy-dom). Block elements, list items, table rows and <br> are
// boundaries; a table row keeps its column headers. Skipped: script/style/template and the like,
// [hidden], aria-hidden="true", inline display:none / visibility:hidden, closed <details>, a
// search form or box (what someone looks for is not what the record says), and anything inside
// [data-pa-signpost-ui] (our own sidebar).

const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'embed', 'head', 'meta', 'link', 'title',
  'option', 'datalist', 'audio', 'video', 'picture', 'img', 'map',
]);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'ul', 'legend', 'caption', 'button', 'html', 'menu', 'textarea', 'select', 'center', 'tr', 'td', 'th',
  'thead', 'tbody', 'tfoot',
]);
const HEADING = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'caption', 'legend', 'summary']);
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
// Cells holding this much text, a heading or a nested table are layout, not data.
const LAYOUT_CELL_CHARS = 400;

export type ContextLookup = (el: Element) => readonly RegionContext[] | undefined;

export type DomWalker = {
  walk(el: Element): Seg;
  // A walk begun and left to `advance`, so a long page can be walked a slice at a time. Its
  // containers wait in the walker: advance it to the end before any other walk.
  begin(el: Element): Seg;
  // Reads waiting containers until `stop()` says to pause; true once none is left.
  advance(stop: () => boolean): boolean;
  segOf: WeakMap<Element, Seg>;
};

function nameOf(el: Element): string {
  return el.localName ?? el.tagName.toLowerCase();
}

export function isSkipped(el: Element): boolean {
  const name = nameOf(el);
  if (SKIP.has(name)) return true;
  if (el.hasAttribute('hidden') || el.hasAttribute('data-pa-signpost-ui')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  if (name === 'search' || el.getAttribute('role') === 'search') return true;
  const style = el.getAttribute('style');
  if (style !== null && style.length > 0 && (style.includes('none') || style.includes('hidden')) && HIDDEN_STYLE.test(style)) return true;
  if (name === 'input' && (el.getAttribute('type') ?? '').toLowerCase() === 'hidden') return true;
  return false;
}

function isTickable(el: Element): boolean {
  if (nameOf(el) !== 'input') return false;
  const type = (el.getAttribute('type') ?? '').toLowerCase();
  return type === 'checkbox' || type === 'radio';
}

// Text laid out by its own line breaks and spaces: a <pre>, or an element styled so in its own
// attribute (a record's note shown as typed). Its lines are read as plain text's are, so a score
// table lined up with spaces or a list under "PMH:" keeps its shape. A style sheet's say is asked
// of the page by `keepsLines` (see createDomWalker), where the page is rendered.
const LINE_INSIDE = /\S[^\S\n]*\n\s*\S/;
const isBlankItem = (item: Block | Seg): boolean => 'kind' in item && item.kind === 'blank';

const PRE_STYLE = /white-space\s*:\s*(?:pre|break-spaces)/i;
function preformatted(el: Element): boolean {
  return nameOf(el) === 'pre' || PRE_STYLE.test(el.getAttribute('style') ?? '');
}

function isBlock(name: string): boolean {
  return BLOCK.has(name) || name.includes('-');
}

function kindOf(name: string): BlockKind {
  if (HEADING.has(name)) return 'heading';
  if (name === 'li') return 'item';
  if (name === 'dt' || name === 'label') return 'label';
  return 'text';
}

// Form fields show their value, not their markup: a ticked box reads "[x]".
function fieldText(el: Element): string | undefined {
  const name = nameOf(el);
  if (name === 'input') {
    if (isTickable(el)) return (el as HTMLInputElement).checked ? ' [x] ' : ' [ ] ';
    const type = (el.getAttribute('type') ?? 'text').toLowerCase();
    if (['button', 'submit', 'reset', 'image', 'file', 'password', 'hidden', 'range', 'color', 'search'].includes(type)) return undefined;
    if (el.getAttribute('role') === 'searchbox') return undefined;
    const value = (el as HTMLInputElement).value ?? el.getAttribute('value') ?? '';
    return value ? ` ${value} ` : undefined;
  }
  if (name === 'textarea') return ` ${(el as HTMLTextAreaElement).value ?? el.textContent ?? ''} `;
  if (name === 'select') {
    const select = el as HTMLSelectElement;
    // Every option chosen, in a list that takes several ("Asthma, COPD").
    const chosen = select.selectedOptions ? [...select.selectedOptions] : [...select.querySelectorAll('option[selected]')];
    return chosen.length > 0 ? ` ${chosen.map((option) => option.textContent ?? '').join(', ')} ` : undefined;
  }
  return undefined;
}

const ASKED = new RegExp(`${ASKING_MARK.source}\\s*$`);
const NOT_BLANK = /\S/;

// A field's value answers the words before it: "Chest pain on exertion [No ▾]" reads as
// "Chest pain on exertion: No", as the form would print on paper, so the value is read as the
// answer to its question. A box's tick reads as a box ("[x]") instead.
function answering(parts: readonly string[], value: string): string {
  for (let i = parts.length - 1; i >= 0; i--) {
    if (!NOT_BLANK.test(parts[i]!)) continue;
    return ASKED.test(parts[i]!) ? value : `:${value}`;
  }
  return value;
}

// Visits the nodes under `root` in document order, from `from` on, going into a node's children
// when `enter` says so and calling `leave` once they are done. A loop over sibling and parent links
// rather than recursion, so the depth of the page costs no stack. `stop` is asked every 64 nodes:
// when it says to pause, the node to go on from is returned; null once the visit is done.
function visitTree(
  root: Node,
  enter: (node: Node) => boolean,
  leave?: (el: Element) => void,
  from: Node | null = root.firstChild,
  stop?: () => boolean,
): Node | null {
  let node = from;
  for (let n = 1; node !== null; n++) {
    if (stop && (n & 63) === 0 && stop()) return node;
    if (enter(node)) {
      if (node.firstChild !== null) {
        node = node.firstChild;
        continue;
      }
      leave?.(node as Element);
    }
    // Done with `node`: on to its next sibling, leaving each parent that has none after it.
    let next: Node | null = node.nextSibling;
    while (next === null) {
      const parent: Node | null = node.parentNode;
      if (parent === null || parent === root) return null;
      leave?.(parent as Element);
      node = parent;
      next = node.nextSibling;
    }
    node = next;
  }
  return null;
}

// Whether a closed <details> hides this node: anything of it but its <summary>.
function closedDetailsHides(node: Node): boolean {
  const parent = node.parentElement;
  if (!parent || nameOf(parent) !== 'details' || parent.hasAttribute('open')) return false;
  return !(node.nodeType === 1 && nameOf(node as Element) === 'summary');
}

const never = () => false;

// `shown`: whether the page renders an element, asked of every element after the attribute checks.
// The content script passes one (a class can hide an inactive tab with display: none, which no
// attribute shows); elsewhere there are no style sheets to ask, so attributes decide alone.
export type Shown = (el: Element) => boolean;

// Whether the page lays an element's text out by its own line breaks and spaces, as a style sheet
// may say (white-space: pre-wrap on a note shown as typed); see preformatted.
export type KeepsLines = (el: Element) => boolean;

export function createDomWalker(contextOf: ContextLookup, shown?: Shown, keepsLines?: KeepsLines): DomWalker {
  const segOf = new WeakMap<Element, Seg>();
  // A checkbox or radio button is often hidden by CSS and drawn by its label (input:checked +
  // label::before), so its tick is on screen though the input is not: it is read either way.
  const skipped = shown ? (el: Element) => isSkipped(el) || (!isTickable(el) && !shown(el)) : isSkipped;

  function newSeg(el: Element, parent?: Seg): Seg {
    const contexts = contextOf(el);
    const seg: Seg = { items: [], el };
    if (contexts) seg.contexts = contexts;
    if (parent) seg.parent = parent;
    segOf.set(el, seg);
    return seg;
  }

  // `pre`: the text keeps its lines (see preformatted), which are read as plain text's are. The
  // page's styles are asked only of text with a line break inside it.
  function flush(seg: Seg, parts: string[], kind: BlockKind, pre = false): void {
    if (parts.length === 0) return;
    const joined = parts.join('');
    if (pre || (keepsLines && seg.el && LINE_INSIDE.test(joined) && keepsLines(seg.el))) {
      parts.length = 0;
      const { items } = textToSeg(joined);
      let from = 0;
      let to = items.length;
      while (from < to && isBlankItem(items[from]!)) from++;
      while (to > from && isBlankItem(items[to - 1]!)) to--;
      for (let i = from; i < to; i++) seg.items.push(items[i]!);
      return;
    }
    const text = joined.replace(/\s+/g, ' ').trim();
    parts.length = 0;
    if (text.length > 0) seg.items.push({ kind, text });
  }

  // Containers opened but not yet read, each with where its reading got to. A nested block is read
  // after the container holding it rather than inside it, so the walk needs no call per nesting
  // level and a page nested thousands deep cannot overflow the stack. Each container's items stay
  // in document order: a container takes its place in its parent's items when opened, and is read
  // on its own, in any order. A container with thousands of children (a record's <main>) can
  // pause part way.
  // `node`: where a paused reading goes on; undefined until it starts (the first child is looked up
  // then, not when the container is opened, as the page may change in between).
  type Reading = { seg: Seg; node?: Node | null; parts: string[]; kind: BlockKind; pre: boolean };
  const pending: Reading[] = [];

  function openSeg(el: Element, parent?: Seg): Seg {
    const seg = newSeg(el, parent);
    pending.push({ seg, parts: [], kind: kindOf(nameOf(el)), pre: preformatted(el) });
    return seg;
  }

  // Reads a container's inline content on from where it stopped, as its blocks; nested blocks,
  // tables and closed <details> open containers of their own. False when `stop()` asked to pause.
  function readOn(reading: Reading, stop: () => boolean): boolean {
    const { seg, parts, kind, pre } = reading;
    const root = seg.el!;
    let from = reading.node === undefined ? root.firstChild : reading.node;
    // Moved out of this container while it was paused: the rest is left to the re-walk of the
    // container that the edit's own record asks for. Going on from there would climb out of the
    // container and read the rest of the page into it.
    if (from !== null && reading.node !== undefined && !root.contains(from)) from = null;
    const stoppedAt = from === null ? null : visitTree(root, (node) => enter(seg, parts, kind, node, pre), undefined, from, stop);
    reading.node = stoppedAt;
    if (stoppedAt !== null) return false;
    flush(seg, parts, kind, pre);
    return true;
  }

  // One node of a container: text joins the current block; true to go into its children.
  function enter(seg: Seg, parts: string[], kind: BlockKind, node: Node, pre: boolean): boolean {
    if (node.nodeType === 3) {
      parts.push((node as Text).data);
      return false;
    }
    if (node.nodeType !== 1) return false;
    const child = node as Element;
    if (skipped(child)) return false;
    const name = nameOf(child);
    if (name === 'br' || name === 'hr') {
      flush(seg, parts, kind, pre);
      return false;
    }
    const field = fieldText(child);
    if (field !== undefined || name === 'input' || name === 'select' || name === 'textarea') {
      if (field) parts.push(isTickable(child) ? field : answering(parts, field));
      return false;
    }
    if (name === 'table') {
      flush(seg, parts, kind, pre);
      seg.items.push(walkTable(child, seg));
      return false;
    }
    if (name === 'details' && !child.hasAttribute('open')) {
      flush(seg, parts, kind, pre);
      const summary = child.querySelector(':scope > summary');
      if (summary && !skipped(summary)) seg.items.push(openSeg(summary, seg));
      return false;
    }
    if (isBlock(name)) {
      flush(seg, parts, kind, pre);
      seg.items.push(openSeg(child, seg));
      return false;
    }
    return true;
  }

  function cellText(cell: Element): string {
    const parts: string[] = [];
    const breaks = (name: string) => name === 'br' || isBlock(name);
    const enter = (node: Node): boolean => {
      // A closed <details> in a cell shows its summary alone, as one outside a table does.
      if (closedDetailsHides(node)) return false;
      if (node.nodeType === 3) {
        parts.push((node as Text).data);
        return false;
      }
      if (node.nodeType !== 1) return false;
      const el = node as Element;
      if (skipped(el)) return false;
      const name = nameOf(el);
      const field = fieldText(el);
      if (field !== undefined) {
        parts.push(field);
        return false;
      }
      if (name === 'input' || name === 'select') return false;
      if (breaks(name)) parts.push(' \n ');
      return true;
    };
    const leave = (el: Element) => {
      if (breaks(nameOf(el))) parts.push(' \n ');
    };
    visitTree(cell, enter, leave);
    return parts.join('').replace(/[^\S\n]+/g, ' ').replace(/\s*\n[\s\n]*/g, '\n').trim();
  }

  function isLayoutCell(cell: Element): boolean {
    if (cell.querySelector('table, h1, h2, h3, h4, h5, h6, ul, ol, dl')) return true;
    return (cell.textContent ?? '').length > LAYOUT_CELL_CHARS;
  }

  function rowsOf(table: Element): Element[] {
    const rows: Element[] = [];
    for (let child = table.firstElementChild; child !== null; child = child.nextElementSibling) {
      const name = nameOf(child);
      if (name === 'tr') rows.push(child);
      else if ((name === 'thead' || name === 'tbody' || name === 'tfoot') && !skipped(child)) {
        for (let row = child.firstElementChild; row !== null; row = row.nextElementSibling) if (nameOf(row) === 'tr') rows.push(row);
      }
    }
    return rows;
  }

  function cellsOf(row: Element): Element[] {
    const cells: Element[] = [];
    for (let c = row.firstElementChild; c !== null; c = c.nextElementSibling) {
      const name = nameOf(c);
      if ((name === 'td' || name === 'th') && !skipped(c)) cells.push(c);
    }
    return cells;
  }

  function expand(cells: Element[], texts: string[]): string[] {
    const out: string[] = [];
    cells.forEach((cell, k) => {
      const span = Math.min(20, Math.max(1, Number(cell.getAttribute('colspan') ?? '1') || 1));
      for (let s = 0; s < span; s++) out.push(texts[k]!);
    });
    return out;
  }

  function headersFor(table: Element): { headerRows: Set<Element>; headers?: string[] } {
    const headerRows = new Set<Element>();
    let headers: string[] | undefined;
    for (const row of rowsOf(table)) {
      const inHead = nameOf(row.parentElement ?? row) === 'thead';
      const cells = cellsOf(row);
      const allTh = cells.length > 1 && cells.every((c) => nameOf(c) === 'th');
      if (inHead || (allTh && headers === undefined && headerRows.size === 0)) {
        headerRows.add(row);
        headers = expand(cells, cells.map(cellText));
        continue;
      }
      const texts = headers ? expand(cells, cells.map(cellText)) : undefined;
      if (texts && isDateRow(texts)) {
        headerRows.add(row);
        headers = withDates(headers!, texts);
      }
      break;
    }
    return headers ? { headerRows, headers } : { headerRows };
  }

  function rowSeg(row: Element, tableSeg: Seg, headers: string[] | undefined): Seg {
    const seg = newSeg(row, tableSeg);
    const cells = cellsOf(row);
    if (cells.length === 0) return seg;
    if (cells.some(isLayoutCell)) {
      for (const cell of cells) seg.items.push(openSeg(cell, seg));
      return seg;
    }
    const texts = cells.map(cellText);
    if (cells.length === 1) {
      if (texts[0]) seg.items.push({ kind: 'text', text: texts[0] });
      return seg;
    }
    const expanded = expand(cells, texts);
    const rowHeader = nameOf(cells[0]!) === 'th';
    seg.items.push({
      kind: 'row',
      text: expanded.join(' | '),
      cells: expanded,
      ...(headers ? { headers } : {}),
      ...(rowHeader ? { rowHeader } : {}),
    });
    return seg;
  }

  function walkTable(table: Element, parent?: Seg): Seg {
    const seg = newSeg(table, parent);
    for (let child = table.firstElementChild; child !== null; child = child.nextElementSibling) {
      if (nameOf(child) === 'caption' && !skipped(child)) seg.items.push(openSeg(child, seg));
    }
    const { headerRows, headers } = headersFor(table);
    for (const row of rowsOf(table)) {
      if (headerRows.has(row) || skipped(row)) continue;
      seg.items.push(rowSeg(row, seg, headers));
    }
    return seg;
  }

  function walkFrom(el: Element): Seg {
    const name = nameOf(el);
    if (name === 'table') return walkTable(el);
    if (name === 'tr') {
      const table = el.closest('table');
      const headers = table ? headersFor(table) : undefined;
      if (table && headers?.headerRows.has(el)) return walkTable(table);
      return rowSeg(el, segOf.get(table as Element) ?? { items: [] }, headers?.headers);
    }
    return openSeg(el);
  }

  function walk(el: Element): Seg {
    // Left over only if a read threw part way.
    pending.length = 0;
    const seg = walkFrom(el);
    advance(never);
    return seg;
  }

  function advance(stop: () => boolean): boolean {
    // The clock is asked every 8 containers and every 64 nodes within one.
    for (let n = 1, reading = pending.pop(); reading !== undefined; n++, reading = pending.pop()) {
      if (!readOn(reading, stop)) {
        pending.push(reading);
        return false;
      }
      if ((n & 7) === 0 && pending.length > 0 && stop()) return false;
    }
    return true;
  }

  return { walk, begin: walkFrom, advance, segOf };
}
