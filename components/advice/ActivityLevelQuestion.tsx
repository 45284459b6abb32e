import { ACTIVITY_LEVEL_LABELS, ACTIVITY_QUESTION, ACTIVITY_QUESTION_SOURCE, activityLevelFromDays } from '../../utils/advice/activity-level.ts';
import type { ActivityLevel } from '../../utils/advice/content-schema.ts';
import { formatSource } from '../../utils/safety/source-schema.ts';

export interface ActivityLevelQuestionProps {
  days?: number;
  onAnswer: (days: number, level: ActivityLevel) => void;
}

const DAYS = [0, 1, 2, 3, 4, 5, 6, 7];

// One tap: eight toggle buttons, the chosen one pressed.
export function ActivityLevelQuestion({ days, onAnswer }: ActivityLevelQuestionProps) {
  const level = days !== undefined ? activityLevelFromDays(days) : undefined;
  return (
    <fieldset class="pa-advice-level">
      <legend class="pa-advice-legend">{ACTIVITY_QUESTION}</legend>
      <div class="pa-advice-level__days">
        {DAYS.map((d) => (
          <button
            key={d}
            type="button"
            class="pa-advice-day"
            aria-pressed={days === d}
            aria-label={`${d} ${d === 1 ? 'day' : 'days'}`}
            onClick={() => onAnswer(d, activityLevelFromDays(d))}
          >
            {d}
          </button>
        ))}
      </div>
      <p class="pa-advice-level__result" aria-live="polite">
        {level ? `${ACTIVITY_LEVEL_LABELS[level]} (approximate band)` : ''}
      </p>
      <p class="pa-advice-source">Source: {formatSource(ACTIVITY_QUESTION_SOURCE)}</p>
    </fieldset>
  );
}
