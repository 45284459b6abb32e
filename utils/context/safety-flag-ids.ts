// Safety flags derived from what the page says (CONTENT-BRIEF.md "Risk and safety"). In a file of
// their own, without valibot, so the content script can list them without carrying the schemas.
export const SAFETY_FLAG_IDS = [
  'eating-disorder',
  'me-cfs',
  'pregnancy',
  'postnatal',
  'cardiac-symptoms',
  'hypo-risk',
  'falls',
  'phq9-item9',
] as const;
