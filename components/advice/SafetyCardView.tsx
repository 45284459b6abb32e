import type { SafetyCard } from '../../utils/safety/safety-card.ts';
import { formatSource } from '../../utils/safety/source-schema.ts';
import { ConfirmBadge } from './ConfirmBadge.tsx';

const SEVERITY_WORDS = { stop: 'Stop first', caution: 'Caution', info: 'Good to know' } as const;

export function SafetyCardView({ card }: { card: SafetyCard }) {
  const headingId = `pa-safety-${card.id}`;
  return (
    <section class={`pa-advice-card pa-advice-card--${card.severity}`} aria-labelledby={headingId} data-card-id={card.id}>
      <h3 id={headingId} class="pa-advice-card__title">
        <span class="pa-advice-card__severity">{SEVERITY_WORDS[card.severity]}:</span> {card.title}
        {card.confirm ? <> <ConfirmBadge /></> : null}
      </h3>
      <p class="pa-advice-card__what">{card.whatToDo}</p>
      <p class="pa-advice-card__why">
        <span class="pa-advice-label">Why: </span>
        {card.why}
      </p>
      <p class="pa-advice-source">Source: {card.sources.map(formatSource).join('; ')}</p>
    </section>
  );
}
