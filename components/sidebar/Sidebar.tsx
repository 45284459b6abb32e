import type { ComponentChildren } from 'preact';
import type { SidebarState } from '../../utils/sidebar/sidebar-state.ts';
import { ContextSummary } from './ContextSummary.tsx';
import { DirectoryNote } from './DirectoryNote.tsx';

export interface SidebarProps {
  state: SidebarState;
  onCollapse(collapsed: boolean): void;
  onClose(): void;
  // Panels that depend on the context (advice, local options) are composed in by the page.
  children?: ComponentChildren;
}

export function Sidebar({ state, onCollapse, onClose, children }: SidebarProps) {
  const { actions } = state;
  if (state.collapsed.value) {
    return (
      <div class="pa-sidebar pa-sidebar--collapsed">
        <button type="button" class="pa-button pa-sidebar__expand" aria-expanded="false" onClick={() => onCollapse(false)}>
          PA Signpost
        </button>
      </div>
    );
  }
  const corrections = state.corrections.value;
  return (
    <div class="pa-sidebar">
      <header class="pa-sidebar__header">
        <h1>PA Signpost</h1>
        <button type="button" class="pa-button" aria-expanded="true" aria-label="Collapse sidebar" onClick={() => onCollapse(true)}>
          Collapse
        </button>
        <button type="button" class="pa-button" aria-label="Close sidebar" onClick={onClose}>
          Close
        </button>
      </header>
      <main class="pa-sidebar__body">
        <ContextSummary
          context={state.context.value}
          connected={state.connected.value}
          corrected={corrections.added.length + corrections.removed.length > 0 || corrections.district !== undefined}
          onAddCondition={actions.addCondition}
          onRemoveCondition={actions.removeCondition}
          onSetDistrict={actions.setDistrict}
          onResetCorrections={actions.resetCorrections}
        />
        <DirectoryNote status={state.directory.value} />
        {children}
      </main>
    </div>
  );
}
