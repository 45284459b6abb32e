export interface TextFieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onInput(value: string): void;
}

// A labelled text input with its hint and error tied to it for screen readers (NHS pattern).
export function TextField({ id, label, hint, error, value, onInput }: TextFieldProps) {
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div>
      <label class="pa-label" for={id}>{label}</label>
      {hint && <p class="pa-hint" id={`${id}-hint`}>{hint}</p>}
      {error && <p class="pa-error-message" id={`${id}-error`}>Error: {error}</p>}
      <input
        id={id}
        class="pa-input"
        value={value}
        autocomplete="off"
        aria-describedby={described || undefined}
        aria-invalid={error ? 'true' : undefined}
        onInput={(e) => onInput((e.target as HTMLInputElement).value)}
      />
    </div>
  );
}
