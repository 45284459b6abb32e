import { Fragment } from 'preact';
import type { Handout } from '../../utils/advice/handout.ts';
import { PLAN_FIELD_LABELS, PLAN_FIELDS } from '../../utils/advice/make-activity-plan.ts';

export interface HandoutPrintProps {
  handout: Handout;
  // QR code images (data: URLs of SVG) by link; links without one are printed as text only.
  qr: Record<string, string>;
  onClose(): void;
}

// The patient handout as a printable page. On screen it is a preview with a close button; in
// print, the rest of the sidebar is hidden (sidebar.css) and only this shows.
export function HandoutPrint({ handout, qr, onClose }: HandoutPrintProps) {
  return (
    <article class="pa-handout" aria-labelledby="pa-handout-title" data-testid="handout">
      <p class="pa-handout__screen-only">
        <button type="button" class="pa-button pa-button--secondary" onClick={onClose}>Close handout preview</button>
      </p>
      <h1 id="pa-handout-title">{handout.title}</h1>
      {handout.personName && <p><strong>For:</strong> {handout.personName}</p>}
      {handout.paragraphs.map((p, i) => <p key={i}>{p}</p>)}
      {handout.activities.length > 0 && (
        <>
          <h2>Activities we talked about</h2>
          <ul class="pa-handout__activities">
            {handout.activities.map((a, i) => (
              <li key={i}>
                <h3>{a.name}</h3>
                {a.when && <p><strong>When:</strong> {a.when}</p>}
                {a.where && <p><strong>Where:</strong> {a.where}</p>}
                {a.contact && <p><strong>Contact:</strong> {a.contact}</p>}
                {a.link && (
                  <p class="pa-handout__link">
                    <span>{a.link}</span>
                    {qr[a.link] && <img src={qr[a.link]} width={96} height={96} alt={`QR code for ${a.link}`} />}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {handout.plan && (
        <>
          <h2>My plan</h2>
          <dl class="pa-facts">
            {PLAN_FIELDS.map((field) =>
              handout.plan?.[field] ? (
                <Fragment key={field}>
                  <dt>{PLAN_FIELD_LABELS[field]}</dt>
                  <dd>{handout.plan[field]}</dd>
                </Fragment>
              ) : null,
            )}
          </dl>
        </>
      )}
      <p class="pa-muted">{handout.footer}</p>
    </article>
  );
}
