// Plain-English data flow, shown to admins and IT leads. Kept in step with the README.
export function PrivacyStatement() {
  return (
    <section class="pa-card" aria-labelledby="pa-privacy-h">
      <h2 id="pa-privacy-h">Privacy: what PA Signpost reads, keeps and sends</h2>
      <ul>
        <li>
          <strong>Reads:</strong> the text of the clinical record page open in the tab where the sidebar is open (conditions,
          PHQ-9 and GAD-7 scores, age and the first half of the postcode).
        </li>
        <li>
          <strong>Keeps:</strong> what it reads stays in the tab's memory and is gone when the tab closes or moves to
          another record. It is never saved, logged or sent. Only the postcode district (for example N7) is used, never
          the full postcode.
        </li>
        <li>
          <strong>Stores:</strong> the activity directories an admin loads and these settings, in this browser only.
        </li>
        <li>
          <strong>Sends:</strong> nothing. The only network requests are to directory addresses that an admin adds here.
        </li>
        <li>
          <strong>Copies:</strong> the record note and handout go to the clipboard or the printer only when the therapist
          clicks.
        </li>
      </ul>
    </section>
  );
}
