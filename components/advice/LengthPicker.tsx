import { SCRIPT_LENGTHS, SCRIPT_LENGTH_LABELS, type ScriptLength } from '../../utils/advice/content-schema.ts';

export interface LengthPickerProps {
  value: ScriptLength;
  onChange: (length: ScriptLength) => void;
  name?: string;
}

// A native radio group: arrow keys move between lengths, and the legend labels the group.
export function LengthPicker({ value, onChange, name = 'pa-advice-length' }: LengthPickerProps) {
  return (
    <fieldset class="pa-advice-length">
      <legend class="pa-advice-legend">How long have you got?</legend>
      <div class="pa-advice-length__options">
        {SCRIPT_LENGTHS.map((length) => (
          <label key={length} class="pa-advice-radio">
            <input
              type="radio"
              name={name}
              value={length}
              checked={value === length}
              onChange={() => onChange(length)}
            />
            <span>{SCRIPT_LENGTH_LABELS[length]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
