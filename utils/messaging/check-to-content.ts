import type { BackgroundToContent, SidebarToContent } from './messages.ts';
import { describeFound } from './describe-found.ts';

// Hand-written checks for the messages the content script accepts. The schemas in messages.ts stay
// the reference (the sidebar and background use them, and a test proves these checks accept exactly
// what they accept); checking by hand here keeps valibot out of the script injected into every
// clinical page, whose budget is 30 KB gzipped. Each check returns a fresh message holding only the
// known fields, as parsing would, or throws "expected X, found Y".

type Fields = Record<string, unknown>;

function fieldsOf(raw: unknown, direction: string): Fields {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new TypeError(`expected a ${direction} message object, found ${describeFound(raw)}`);
  return raw as Fields;
}

function unknownType(type: unknown, expected: readonly string[]): TypeError {
  return new TypeError(`expected type ${expected.join(' or ')}, found ${describeFound(type)}`);
}

const SIDEBAR_TYPES = ['sidebar-to-content:ready', 'sidebar-to-content:collapse', 'sidebar-to-content:close'] as const;

export function checkSidebarToContent(raw: unknown): SidebarToContent {
  const fields = fieldsOf(raw, 'sidebar-to-content');
  switch (fields.type) {
    case 'sidebar-to-content:ready':
      return { type: 'sidebar-to-content:ready' };
    case 'sidebar-to-content:close':
      return { type: 'sidebar-to-content:close' };
    case 'sidebar-to-content:collapse':
      if (typeof fields.collapsed !== 'boolean') throw new TypeError(`expected collapsed to be true or false, found ${describeFound(fields.collapsed)}`);
      return { type: 'sidebar-to-content:collapse', collapsed: fields.collapsed };
    default:
      throw unknownType(fields.type, SIDEBAR_TYPES);
  }
}

export function checkBackgroundToContent(raw: unknown): BackgroundToContent {
  const fields = fieldsOf(raw, 'background-to-content');
  if (fields.type !== 'background-to-content:toggle') throw unknownType(fields.type, ['background-to-content:toggle']);
  return { type: 'background-to-content:toggle' };
}
