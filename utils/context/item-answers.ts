// The four answers of every PHQ-9 and GAD-7 item, scored 0 to 3: "Not at all", "Several days",
// "More than half the days", "Nearly every day".
export const ANSWER_SOURCE = String.raw`not at all|several days|more than half(?:\s+the)?\s+days|nearly every day`;

const SCORES = ['not', 'sev', 'mor', 'nea'];

export function answerScore(answer: string): number {
  return SCORES.indexOf(answer.slice(0, 3).toLowerCase());
}
