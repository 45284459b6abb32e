import type { ComponentChildren } from 'preact';
import type { Handout } from '../../utils/advice/handout.ts';
import type { NoteCode } from '../../utils/advice/record-note.ts';
import type { Activity } from '../../utils/directory/schema.ts';
import type { SidebarState } from '../../utils/sidebar/sidebar-state.ts';
import { AdvicePanel } from '../advice/AdvicePanel.tsx';
import { OptionsPanel } from '../options-list/OptionsPanel.tsx';
import { ContextSummary } from './ContextSummary.tsx';
import { DirectoryNote } from './DirectoryNote.tsx';
import { HandoutPrint } from './HandoutPrint.tsx';

export interface SidebarProps {
  state: SidebarState;
  qr: Record<string, string>;
  onCollapse(collapsed: boolean): void;
  onClose(): void;
  onCopyNote(text: string, codes: NoteCode[]): void;
  onSelect?(activity: Activity, selected: boolean): void;
  // Inside a host page's own layout (the widget): no collapse or close buttons.
  embedded?: boolean;
  onPrintHandout(handout: Handout): void;
  // Panels that depend on the context (advice, local options) are composed in by the page.
  children?: ComponentChildren;
}

export function Sidebar({ state, qr, onCollapse, onClose, onCopyNote, onPrintHandout, onSelect, embedded = false, children }: SidebarProps) {
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
  // Embedded in a host page, the host owns the page's landmarks: no second banner or main.
  const Header = embedded ? 'div' : 'header';
  const Body = embedded ? 'div' : 'main';
  const printing = state.handoutToPrint.value;
  return (
    <div class={printing ? 'pa-sidebar pa-sidebar--printing' : 'pa-sidebar'}>
      <Header class="pa-sidebar__header">
        <h1>PA Signpost</h1>
        {!embedded && (
          <>
            <button type="button" class="pa-button" aria-expanded="true" aria-label="Collapse sidebar" onClick={() => onCollapse(true)}>
              Collapse
            </button>
            <button type="button" class="pa-button" aria-label="Close sidebar" onClick={onClose}>
              Close
            </button>
          </>
        )}
      </Header>
      <div class="pa-visually-hidden" role="status" aria-live="polite">{state.notice.value ?? ''}</div>
      {printing && <HandoutPrint handout={printing} qr={qr} onClose={() => actions.printHandout(undefined)} />}
      <Body class="pa-sidebar__body">
        <ContextSummary
          context={state.context.value}
          connected={state.connected.value}
          corrected={corrections.added.length + corrections.removed.length > 0 || corrections.district !== undefined}
          onAddCondition={actions.addCondition}
          onRemoveCondition={actions.removeCondition}
          onSetDistrict={actions.setDistrict}
          onResetCorrections={actions.resetCorrections}
        />
        {state.notice.value && <p class="pa-info pa-notice">{state.notice.value}</p>}
        <section class="pa-card" aria-labelledby="pa-advice-h">
          <h2 id="pa-advice-h">Advice</h2>
          <AdvicePanel
            context={state.context.value}
            length={state.length.value}
            onLengthChange={actions.setLength}
            {...(state.activityDays.value !== undefined ? { activityDays: state.activityDays.value } : {})}
            onActivityDaysChange={actions.setActivityDays}
            {...(state.plan.value ? { plan: state.plan.value } : {})}
            onPlanChange={actions.setPlan}
            chosenActivities={state.chosen.value}
            {...(state.content.value ? { content: state.content.value } : {})}
            onCopyNote={onCopyNote}
            onPrintHandout={onPrintHandout}
          />
        </section>
        <section class="pa-card">
          <DirectoryNote status={state.directory.value} />
          <OptionsPanel
            filters={state.filters.value}
            onFiltersChange={actions.setFilters}
            outcome={state.outcome.value}
            onAdd={(activity) => {
              if (actions.choose(activity)) onSelect?.(activity, true);
              actions.notify(`${activity.name} will be in the note and the handout.`);
            }}
          />
          {state.chosen.value.length > 0 && (
            <section aria-labelledby="pa-chosen-h" data-testid="chosen">
              <h3 id="pa-chosen-h">In the note and handout</h3>
              <ul class="pa-chosen">
                {state.chosen.value.map((activity) => (
                  <li key={activity.id}>
                    {activity.name}{' '}
                    <button
                      type="button"
                      class="pa-button pa-button--quiet"
                      onClick={() => {
                        actions.unchoose(activity);
                        onSelect?.(activity, false);
                      }}
                    >
                      Remove<span class="pa-visually-hidden"> {activity.name}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </section>
        {children}
      </Body>
    </div>
  );
}
