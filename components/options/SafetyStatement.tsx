// Plain-English clinical safety summary for service leads and clinical safety officers. Kept in step
// with the README's "Clinical safety" hazard log.
export function SafetyStatement() {
  return (
    <section class="pa-card" aria-labelledby="pa-safety-h">
      <h2 id="pa-safety-h">Clinical safety</h2>
      <ul>
        <li>
          <strong>The therapist confirms the context.</strong> What the sidebar read from the record (conditions, scores,
          age, district) is shown first and can be corrected before any advice or option follows from it.
        </li>
        <li>
          <strong>Safety prompts ask for a check; they do not advise.</strong> Where a condition needs care (for example an
          eating disorder, ME/CFS, chest pain, pregnancy, a risk of hypos or falls) the sidebar asks the therapist to check
          with the person or their clinician before suggesting activity.
        </li>
        <li>
          <strong>Activities are filtered for safety.</strong> Listings that do not suit a flagged condition are held back or
          shown with a caution, and a listing's link is only followed if it is a web, phone or email address.
        </li>
        <li>
          <strong>Directories are checked before use.</strong> Every import is validated and reviewed before publishing;
          the previous version is kept for rollback, and the sidebar warns when a directory is more than 90 days old.
        </li>
        <li>
          <strong>It supports, never replaces, clinical judgement.</strong> Nothing is written to the record without the
          therapist copying it, and every script and safety prompt names the published source it is based on.
        </li>
      </ul>
    </section>
  );
}
