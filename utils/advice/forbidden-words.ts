// Words that must never reach the screen, the note or the handout in two situations (product rules,
// CONTENT-BRIEF.md). Composition drops any line that matches, so a content pack cannot bring them back.

// Eating disorder: no "move more", calorie, weight or body framing, no gym, no targets.
export const EATING_DISORDER_FORBIDDEN: readonly RegExp[] = [
  /calori/i,
  /\bweight/i,
  /\bgyms?\b/i,
  /\bmov(e|ing) more\b/i,
  /\bexercis(e|ing) more\b/i,
  /\bbe(ing)? more active\b/i,
  /\bburn/i,
  /\bslim/i,
  /\bdiet/i,
  /\bBMI\b/,
  /\bbody shape/i,
  /\bfitness\b/i,
  /\b150\b/,
  /\bfat\b/i,
];

// ME/CFS (NICE NG206): no graded or fixed incremental programmes, no "build up" or "gradually increase".
export const PACING_FORBIDDEN: readonly RegExp[] = [
  /\bgraded\b/i,
  /\bbuild(s|ing)?( it| this| that)? up\b/i,
  /\bgradual(ly)? increas/i,
  /\bgradual(ly)?\b/i,
  /\bprogressive/i,
  /\bstep(s|ping)? up\b/i,
  /couch to 5k/i,
  /\bpush(ing)? through/i,
  /\bmore each (day|week)\b/i,
  /\badd(ing)? (a few )?(more )?minutes\b/i,
  /\b150\b/,
  /\bgroup exercise\b/i,
  /\bexercise groups?\b/i,
  /\bten weeks\b/i,
];

export function findForbidden(text: string, patterns: readonly RegExp[]): string | undefined {
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match) return match[0];
  }
  return undefined;
}
