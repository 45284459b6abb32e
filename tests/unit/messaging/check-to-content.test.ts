import fc from 'fast-check';
import * as v from 'valibot';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { acceptMessage } from '../../../utils/messaging/accept-message.ts';
import { checkBackgroundToContent, checkSidebarToContent } from '../../../utils/messaging/check-to-content.ts';
import { describeFound } from '../../../utils/messaging/describe-found.ts';
import { BackgroundToContentSchema, SIDEBAR_PORT, SidebarToContentSchema } from '../../../utils/messaging/messages.ts';
import { SIDEBAR_PORT as PORT_NAME } from '../../../utils/messaging/sidebar-port.ts';

afterEach(() => vi.restoreAllMocks());

const TYPES = [
  'sidebar-to-content:ready',
  'sidebar-to-content:collapse',
  'sidebar-to-content:close',
  'background-to-content:toggle',
  'content-to-sidebar:context',
  'content-to-sidebar:layout',
];

// Near-misses as well as valid messages: known and unknown types, right and wrong field types,
// extra fields, and values that are not objects at all.
const messageLike = fc.oneof(
  fc.record(
    { type: fc.oneof(fc.constantFrom(...TYPES), fc.anything()), collapsed: fc.oneof(fc.boolean(), fc.anything()), extra: fc.anything() },
    { requiredKeys: [] },
  ),
  fc.anything(),
);

// What the check gives, or undefined where it refuses: the same shape as a valibot parse.
function outcome<T>(check: (raw: unknown) => T, raw: unknown): T | undefined {
  try {
    return check(raw);
  } catch (error) {
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toMatch(/^expected .+, found .+$/);
    return undefined;
  }
}

function parsed<T>(schema: v.GenericSchema<unknown, T>, raw: unknown): T | undefined {
  const result = v.safeParse(schema, raw);
  return result.success ? result.output : undefined;
}

describe('checks for messages arriving at the content script', () => {
  it('accept exactly what the schemas accept, and give the same message', () => {
    fc.assert(
      fc.property(messageLike, (raw) => {
        expect(outcome(checkSidebarToContent, raw)).toEqual(parsed(SidebarToContentSchema, raw));
        expect(outcome(checkBackgroundToContent, raw)).toEqual(parsed(BackgroundToContentSchema, raw));
      }),
      { numRuns: 2000 },
    );
  });

  it('keep only the known fields, as parsing does', () => {
    expect(checkSidebarToContent({ type: 'sidebar-to-content:collapse', collapsed: true, extra: 'x' })).toEqual({ type: 'sidebar-to-content:collapse', collapsed: true });
    expect(checkBackgroundToContent({ type: 'background-to-content:toggle', tabId: 3 })).toEqual({ type: 'background-to-content:toggle' });
  });

  it('say what they expected and what they found', () => {
    expect(() => checkSidebarToContent('sidebar-to-content:ready')).toThrow('expected a sidebar-to-content message object, found "sidebar-to-content:ready"');
    expect(() => checkSidebarToContent('ready')).toThrow('expected a sidebar-to-content message object, found a string of 5 characters');
    expect(() => checkSidebarToContent([])).toThrow('expected a sidebar-to-content message object, found an array');
    expect(() => checkSidebarToContent({ type: 'sidebar-to-content:colapse' })).toThrow(
      'expected type sidebar-to-content:ready or sidebar-to-content:collapse or sidebar-to-content:close, found "sidebar-to-content:colapse"',
    );
    expect(() => checkSidebarToContent({ type: 'sidebar-to-content:collapse', collapsed: 'yes' })).toThrow('expected collapsed to be true or false, found a string of 3 characters');
    expect(() => checkBackgroundToContent({})).toThrow('expected type background-to-content:toggle, found nothing');
    expect(() => checkBackgroundToContent(null)).toThrow('expected a background-to-content message object, found null');
  });

  it('never quote text that could come from a page or a record', () => {
    const record = 'Jane Doe, NW5 1TL, NHS 943 476 5919';
    expect(describeFound(record)).toBe(`a string of ${record.length} characters`);
    expect(describeFound({ note: record })).toBe('an object');
    expect(() => checkSidebarToContent({ type: record })).toThrow(/found a string of \d+ characters$/);
  });

  it('drop a message that fails, with the reason in a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(acceptMessage(checkSidebarToContent, { type: 'sidebar-to-content:ready' })).toEqual({ type: 'sidebar-to-content:ready' });
    expect(warn).not.toHaveBeenCalled();
    expect(acceptMessage(checkSidebarToContent, { type: 'sidebar-to-content:collapse' })).toBeUndefined();
    expect(warn).toHaveBeenCalledWith('PA Signpost dropped a message: expected collapsed to be true or false, found nothing');
  });

  it('share one port name with the schemas', () => {
    expect(SIDEBAR_PORT).toBe(PORT_NAME);
  });
});
