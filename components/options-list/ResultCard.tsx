import type { Activity } from '../../utils/directory/schema.ts';
import { isSafeLink } from '../../utils/directory/safe-url.ts';
import type { SearchResult } from '../../utils/directory/search/search-result.ts';

export type AddTarget = 'note' | 'handout';

export interface ResultCardProps {
  result: SearchResult;
  onAdd: (activity: Activity, target: AddTarget) => void;
  // Heading level inside the panel, so the page outline stays right wherever the card sits.
  headingLevel?: 3 | 4;
}

const DAY_SHORT: Record<string, string> = { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' };

export function whenText(activity: Activity): string | undefined {
  const slots = activity.schedule.map((s) => {
    const days = s.days.map((d) => DAY_SHORT[d]).join(', ');
    const time = s.start ? (s.end ? `${s.start}–${s.end}` : s.start) : '';
    return [days, time].filter(Boolean).join(' ');
  });
  const text = [...slots.filter(Boolean), activity.timing].filter(Boolean).join('; ');
  return text || undefined;
}

function whereText(activity: Activity): string | undefined {
  if (activity.mode === 'online') return 'Online';
  if (activity.mode === 'home') return 'At home';
  const venue = activity.venue;
  const text = [venue?.name, venue?.address, venue?.postcode].filter(Boolean).join(', ');
  return text || undefined;
}

// Directory text is untrusted: a link is only a link when its scheme is allowed, otherwise the
// same words appear as plain text so nothing can run from a click.
export function SafeLink({ href, children }: { href: string | undefined; children: string }) {
  if (href !== undefined && isSafeLink(href)) {
    const external = /^https?:/i.test(href.trim());
    return (
      <a href={href.trim()} {...(external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}>
        {children}
        {external && <span class="pa-visually-hidden"> (opens in a new tab)</span>}
      </a>
    );
  }
  return <span class="pa-result__inert">{children}</span>;
}

export function ResultCard({ result, onAdd, headingLevel = 3 }: ResultCardProps) {
  const { activity } = result;
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const when = whenText(activity);
  const where = whereText(activity);
  const organiser = activity.organiser;
  const headingId = `pa-result-${activity.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  return (
    <article class={`pa-result pa-result--${result.scope}`} aria-labelledby={headingId}>
      {result.scope === 'national' && <p class="pa-tag pa-tag--blue pa-result__label">{result.kindLabel ?? 'National'}</p>}
      <Heading class="pa-result__name" id={headingId}>
        {activity.url ? <SafeLink href={activity.url}>{activity.name}</SafeLink> : activity.name}
      </Heading>
      <p class="pa-result__why">{result.why}</p>
      <dl class="pa-result__facts">
        {when && (
          <>
            <dt>When</dt>
            <dd>{when}</dd>
          </>
        )}
        {where && (
          <>
            <dt>Where</dt>
            <dd>{where}</dd>
          </>
        )}
        {result.scope === 'local' && (
          <>
            <dt>Distance</dt>
            <dd>{result.distanceText}</dd>
          </>
        )}
        <dt>Cost</dt>
        <dd>{activity.cost.text ?? (activity.cost.type === 'free' ? 'Free' : activity.cost.amount !== undefined ? `£${activity.cost.amount.toFixed(2)}` : 'Paid')}</dd>
        {(organiser?.phone || organiser?.email || organiser?.url) && (
          <>
            <dt>Contact</dt>
            <dd class="pa-result__contact">
              {organiser.phone && <SafeLink href={`tel:${organiser.phone.replace(/[^\d+]/g, '')}`}>{organiser.phone}</SafeLink>}
              {organiser.email && <SafeLink href={`mailto:${organiser.email}`}>{organiser.email}</SafeLink>}
              {organiser.url && <SafeLink href={organiser.url}>{organiser.name ?? 'Organiser website'}</SafeLink>}
            </dd>
          </>
        )}
      </dl>
      {result.caution && (
        <p class="pa-result__caution">
          <strong>Caution: </strong>
          {result.caution}
        </p>
      )}
      {result.staleText && <p class="pa-result__stale">{result.staleText[0]!.toUpperCase() + result.staleText.slice(1)}</p>}
      <div class="pa-result__actions">
        <button type="button" class="pa-button pa-button--secondary" onClick={() => onAdd(activity, 'note')} aria-describedby={headingId}>
          Add to note
        </button>
        <button type="button" class="pa-button pa-button--secondary" onClick={() => onAdd(activity, 'handout')} aria-describedby={headingId}>
          Add to handout
        </button>
      </div>
    </article>
  );
}
