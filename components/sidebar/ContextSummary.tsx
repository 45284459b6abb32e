import { useState } from 'preact/hooks';
import { TextField } from '../common/TextField.tsx';
import { CONDITION_IDS, type ConditionId } from '../../utils/context/condition-ids.ts';
import { conditionTitle as conditionLabel } from '../../utils/context/condition-labels.ts';
import type { ClinicalContext, ConditionMention } from '../../utils/context/schema.ts';

export interface ContextSummaryProps {
  context: ClinicalContext;
  connected: boolean;
  corrected: boolean;
  onAddCondition(id: ConditionId): void;
  onRemoveCondition(id: ConditionId): void;
  onSetDistrict(input: string): string | undefined;
  onResetCorrections(): void;
}

const STATUS_WORDS: Record<Exclude<ConditionMention['status'], 'present'>, string> = {
  possible: 'possible: check with the person',
  negated: 'recorded as absent',
  family: 'family history only',
};

// What the page says, for the therapist to confirm or correct before anything is suggested.
export function ContextSummary(props: ContextSummaryProps) {
  const { context } = props;
  const present = context.conditions.filter((c) => c.status === 'present');
  const others = context.conditions.filter((c) => c.status !== 'present');
  const [toAdd, setToAdd] = useState('');
  const [districtInput, setDistrictInput] = useState('');
  const [districtError, setDistrictError] = useState<string | undefined>();
  const addable = CONDITION_IDS.filter((id) => !present.some((c) => c.id === id)).sort((a, b) => conditionLabel(a).localeCompare(conditionLabel(b)));

  return (
    <section class="pa-card" aria-labelledby="pa-context-h">
      <h2 id="pa-context-h">What the record shows</h2>
      {!props.connected && <p class="pa-muted">Reading the page…</p>}
      <h3>Conditions</h3>
      {present.length === 0 ? (
        <p class="pa-muted">No conditions found on this page.</p>
      ) : (
        <ul class="pa-conditions" aria-label="Conditions considered">
          {present.map((c) => (
            <li class="pa-chip" key={c.id}>
              <span title={c.text}>{conditionLabel(c.id)}</span>
              <button type="button" aria-label={`Remove ${conditionLabel(c.id)}`} onClick={() => props.onRemoveCondition(c.id)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {others.length > 0 && (
        <details class="pa-details">
          <summary>Also mentioned ({others.length})</summary>
          <ul>
            {others.map((c) => (
              <li key={c.id}>
                {conditionLabel(c.id)}: {STATUS_WORDS[c.status as keyof typeof STATUS_WORDS]} <span class="pa-muted">(“{c.text}”)</span>
              </li>
            ))}
          </ul>
        </details>
      )}
      <form
        class="pa-inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (toAdd) props.onAddCondition(toAdd as ConditionId);
          setToAdd('');
        }}
      >
        <div>
          <label class="pa-label" for="pa-add-condition">Add a condition</label>
          <select id="pa-add-condition" value={toAdd} onChange={(e) => setToAdd((e.target as HTMLSelectElement).value)}>
            <option value="">Choose…</option>
            {addable.map((id) => (
              <option value={id} key={id}>{conditionLabel(id)}</option>
            ))}
          </select>
        </div>
        <button class="pa-button pa-button--secondary" type="submit" disabled={!toAdd}>Add</button>
      </form>

      <h3 style={{ marginTop: '1rem' }}>Scores and details</h3>
      <dl class="pa-facts">
        <dt>PHQ-9</dt>
        <dd data-testid="phq9">{context.measures.phq9 ? `${context.measures.phq9.value} (${context.measures.phq9.band})${context.measures.phq9.date ? `, ${formatDate(context.measures.phq9.date)}` : ''}` : 'not found'}</dd>
        <dt>GAD-7</dt>
        <dd data-testid="gad7">{context.measures.gad7 ? `${context.measures.gad7.value} (${context.measures.gad7.band})${context.measures.gad7.date ? `, ${formatDate(context.measures.gad7.date)}` : ''}` : 'not found'}</dd>
        <dt>Age</dt>
        <dd data-testid="age">{context.ageYears !== undefined ? `${context.ageYears}` : 'not found'}</dd>
        <dt>District</dt>
        <dd data-testid="district">{context.postcodeDistrict ?? 'not found'}</dd>
      </dl>
      <form
        class="pa-inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          const error = props.onSetDistrict(districtInput);
          setDistrictError(error);
          if (!error) setDistrictInput('');
        }}
      >
        <TextField
          id="pa-district"
          label="Change district"
          hint="The first half of a postcode, e.g. N7. Only this part is used."
          {...(districtError ? { error: districtError } : {})}
          value={districtInput}
          onInput={setDistrictInput}
        />
        <button class="pa-button pa-button--secondary" type="submit">Set</button>
      </form>
      {props.corrected && (
        <p>
          <button type="button" class="pa-button pa-button--quiet" onClick={props.onResetCorrections}>Undo my changes</button>
        </p>
      )}
    </section>
  );
}

function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
