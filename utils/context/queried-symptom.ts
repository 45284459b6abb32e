// "?syncope", "query palpitations", "Possible blackouts." opening a statement: a symptom the record
// is unsure of, for which the check is prompted. Not advice about a side effect ("warned re possible
// palpitations"), nor one denied ("No ?syncope, ?blackouts: denies both").
const QUERIED_BEFORE = /(?:\?|\b(?:query|queried|suspected)|(?:^|[.;:\n]\s*|\s[-–]\s+)(?:possible|possibly|probable|likely))\s*$/i;
const DENIED_BEFORE = /\b(?:no|not|denies|denied|nil|none|negative|never)\b/i;
const DENIED_AFTER = /^[^.;!?\n]{0,40}\bden(?:y|ies|ied)\b/i;

export function queriedSymptom(text: string, offset: number): boolean {
  if (!QUERIED_BEFORE.test(text.slice(Math.max(0, offset - 16), offset))) return false;
  const from = Math.max(text.lastIndexOf('.', offset), text.lastIndexOf(';', offset), text.lastIndexOf('\n', offset)) + 1;
  return !DENIED_BEFORE.test(text.slice(from, offset)) && !DENIED_AFTER.test(text.slice(offset, offset + 60));
}
