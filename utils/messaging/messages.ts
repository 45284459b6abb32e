import * as v from 'valibot';
import { ClinicalContextSchema } from '../context/schema.ts';

// Messages are named by direction. Context travels only over a port between the content script
// of one tab and the sidebar frame of that tab: never window.postMessage, never a broadcast.
// The content script checks what it receives by hand (check-to-content.ts) to stay small; these
// schemas are the reference those checks are tested against.

export { SIDEBAR_PORT } from './sidebar-port.ts';

export const ContentToSidebarSchema = v.variant('type', [
  v.object({
    type: v.literal('content-to-sidebar:context'),
    context: ClinicalContextSchema,
    adapter: v.string(),
    // Which record is shown changes when the page navigates; the sidebar resets corrections then.
    pageKey: v.string(),
  }),
  v.object({ type: v.literal('content-to-sidebar:layout'), collapsed: v.boolean() }),
]);

export const SidebarToContentSchema = v.variant('type', [
  v.object({ type: v.literal('sidebar-to-content:ready') }),
  v.object({ type: v.literal('sidebar-to-content:collapse'), collapsed: v.boolean() }),
  v.object({ type: v.literal('sidebar-to-content:close') }),
]);

export const BackgroundToContentSchema = v.variant('type', [v.object({ type: v.literal('background-to-content:toggle') })]);

export const ContentToBackgroundSchema = v.variant('type', [v.object({ type: v.literal('content-to-background:ping') })]);

export type ContentToSidebar = v.InferOutput<typeof ContentToSidebarSchema>;
export type SidebarToContent = v.InferOutput<typeof SidebarToContentSchema>;
export type BackgroundToContent = v.InferOutput<typeof BackgroundToContentSchema>;

// Parse or refuse: a message that does not match its schema is dropped, never half-used.
export function parseMessage<T>(schema: v.GenericSchema<unknown, T>, message: unknown): T | undefined {
  const result = v.safeParse(schema, message);
  return result.success ? result.output : undefined;
}
