import { PLAN_FIELDS, PLAN_FIELD_LABELS, type ActivityPlan, type PlanField } from '../../utils/advice/make-activity-plan.ts';

export interface PlanEditorProps {
  plan: ActivityPlan;
  onChange: (plan: ActivityPlan) => void;
}

const HINTS: Partial<Record<PlanField, string>> = {
  when: 'A day and time, for the activity schedule',
  howHard: 'For example: can talk but not sing',
};

// The behavioural-activation plan, one labelled field per question.
export function PlanEditor({ plan, onChange }: PlanEditorProps) {
  return (
    <fieldset class="pa-advice-plan">
      <legend class="pa-advice-legend">Activity plan</legend>
      {PLAN_FIELDS.map((field) => {
        const id = `pa-plan-${field}`;
        const hint = HINTS[field];
        return (
          <div key={field} class="pa-advice-field">
            <label for={id} class="pa-advice-field__label">
              {PLAN_FIELD_LABELS[field]}
            </label>
            {hint ? (
              <div id={`${id}-hint`} class="pa-advice-field__hint">
                {hint}
              </div>
            ) : null}
            <input
              id={id}
              class="pa-advice-input"
              type="text"
              maxLength={300}
              value={plan[field]}
              aria-describedby={hint ? `${id}-hint` : undefined}
              onInput={(event) => onChange({ ...plan, [field]: (event.currentTarget as HTMLInputElement).value })}
            />
          </div>
        );
      })}
    </fieldset>
  );
}
