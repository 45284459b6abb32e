import { effect } from '@preact/signals';
import { groupOf, type ConditionGroup } from '../context/condition-ids.ts';
import type { PilotEvent } from '../pilot/pilot-event.ts';
import type { SidebarState } from './sidebar-state.ts';

// Turns what the sidebar shows into anonymous pilot events: one "script shown" per record and
// length, one provision gap per record and gap. The recorder does nothing unless counts are on.
export function watchPilotEvents(state: SidebarState, record: (event: PilotEvent) => void): () => void {
  let lastScript = '';
  let lastGap = '';
  const stopScript = effect(() => {
    const page = state.page.value;
    if (!page) return;
    const length = state.length.value;
    const groups = [...new Set(state.context.value.conditions.filter((c) => c.status === 'present').map((c) => groupOf(c.id)))] as ConditionGroup[];
    const key = `${page.pageKey}|${length}`;
    if (key === lastScript) return;
    lastScript = key;
    record({ type: 'script-shown', length, groups });
  });
  const stopGap = effect(() => {
    const page = state.page.value;
    const gap = state.outcome.value?.gap;
    if (!page || !gap) return;
    const key = `${page.pageKey}|${JSON.stringify(gap)}`;
    if (key === lastGap) return;
    lastGap = key;
    record({ type: 'provision-gap', gap });
  });
  return () => {
    stopScript();
    stopGap();
  };
}
