import { computed, signal } from '@preact/signals';
import type { ConditionId } from '../context/condition-ids.ts';
import { emptyContext, type ClinicalContext } from '../context/schema.ts';
import { outcodeOf } from '../geo/outcode-of.ts';
import type { Content, ScriptLength } from '../advice/content-schema.ts';
import type { ActivityPlan } from '../advice/make-activity-plan.ts';
import type { Handout } from '../advice/handout.ts';
import type { Activity } from '../directory/schema.ts';
import { defaultFilters, type SearchFilters } from '../directory/search/filters.ts';
import type { SearchIndex } from '../directory/search/create-search-index.ts';
import { applyCorrections, noCorrections, type Corrections } from './apply-corrections.ts';

export type DirectoryStatus =
  | { state: 'loading' }
  | { state: 'ready'; sourceNames: string[]; sample: boolean; count: number; oldestImport?: string }
  | { state: 'empty' }
  | { state: 'error'; message: string };

// The sidebar's state: signals plus the actions that change them. Nothing here is persisted.
export function createSidebarState() {
  const page = signal<{ context: ClinicalContext; adapter: string; pageKey: string } | undefined>(undefined);
  const corrections = signal<Corrections>(noCorrections());
  const collapsed = signal(false);
  const directory = signal<DirectoryStatus>({ state: 'loading' });
  // The conversation: how long, what the person said, what was chosen. In memory for this record only.
  const length = signal<ScriptLength>('2min');
  const activityDays = signal<number | undefined>(undefined);
  const plan = signal<ActivityPlan | undefined>(undefined);
  const chosen = signal<Activity[]>([]);
  const handoutToPrint = signal<Handout | undefined>(undefined);
  const notice = signal<string | undefined>(undefined);
  const filters = signal<SearchFilters>(defaultFilters());
  const index = signal<SearchIndex | undefined>(undefined);
  // A service's own scripts merged over the built-in ones, when it loaded a content pack.
  const content = signal<Content | undefined>(undefined);

  const resetConversation = () => {
    corrections.value = noCorrections();
    activityDays.value = undefined;
    plan.value = undefined;
    chosen.value = [];
    handoutToPrint.value = undefined;
    filters.value = defaultFilters();
  };

  const context = computed(() => applyCorrections(page.value?.context ?? emptyContext(), corrections.value));
  const connected = computed(() => page.value !== undefined);
  // Results follow the corrected context and the filters at once.
  const outcome = computed(() => index.value?.search(context.value, filters.value));

  return {
    page,
    corrections,
    collapsed,
    directory,
    context,
    connected,
    length,
    activityDays,
    plan,
    chosen,
    handoutToPrint,
    notice,
    filters,
    index,
    outcome,
    content,
    actions: {
      setContent(value: Content | undefined) {
        content.value = value;
      },
      setFilters(value: SearchFilters) {
        filters.value = value;
      },
      setIndex(value: SearchIndex | undefined) {
        index.value = value;
      },
      receivePage(update: { context: ClinicalContext; adapter: string; pageKey: string }) {
        // A different record: corrections, answers and choices belonged to the last person.
        if (page.value !== undefined && page.value.pageKey !== update.pageKey) resetConversation();
        page.value = update;
      },
      setLength(value: ScriptLength) {
        length.value = value;
      },
      setActivityDays(days: number) {
        activityDays.value = days;
      },
      setPlan(value: ActivityPlan) {
        plan.value = value;
      },
      // Adding twice (to the note, then the handout) keeps one entry. Returns whether it was new.
      choose(activity: Activity): boolean {
        if (chosen.value.some((a) => a.id === activity.id)) return false;
        chosen.value = [...chosen.value, activity];
        return true;
      },
      unchoose(activity: Activity) {
        chosen.value = chosen.value.filter((a) => a.id !== activity.id);
      },
      printHandout(value: Handout | undefined) {
        handoutToPrint.value = value;
      },
      notify(message: string | undefined) {
        notice.value = message;
      },
      addCondition(id: ConditionId) {
        const c = corrections.value;
        corrections.value = { ...c, added: [...c.added.filter((x) => x !== id), id], removed: c.removed.filter((x) => x !== id) };
      },
      removeCondition(id: ConditionId) {
        const c = corrections.value;
        corrections.value = { ...c, added: c.added.filter((x) => x !== id), removed: [...c.removed.filter((x) => x !== id), id] };
      },
      // Returns an error message for the field, or undefined when accepted.
      setDistrict(input: string): string | undefined {
        const trimmed = input.trim();
        if (trimmed === '') {
          corrections.value = { ...corrections.value, district: '' };
          return undefined;
        }
        const outcode = outcodeOf(trimmed);
        if (!outcode) return `expected a postcode district such as N7, found "${trimmed.slice(0, 12)}"`;
        corrections.value = { ...corrections.value, district: outcode };
        return undefined;
      },
      resetCorrections() {
        corrections.value = noCorrections();
      },
      setCollapsed(value: boolean) {
        collapsed.value = value;
      },
      setDirectory(status: DirectoryStatus) {
        directory.value = status;
      },
    },
  };
}

export type SidebarState = ReturnType<typeof createSidebarState>;
