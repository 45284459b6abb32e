import type { answerOf } from './answer-of.ts';
import type { BlockFindings } from './findings.ts';

const OR = /\bor\b/i;

// "Are you pregnant or have you had a baby in the last year? No": a question put to the person
// asks of every term in it, not only the one its question mark follows. Answered yes, a question of
// alternatives says one of them is so, not which.
const ASKED_SENTENCE = /^\s*(?:\d{1,2}[.)]\s*)?(?:are|have|do|did|is|has|does|were|was)\s+(?:you|she|he|they)\b[^?.;!\n]{0,140}\?/i;
export function askedOfPerson(text: string, findings: BlockFindings, answer: ReturnType<typeof answerOf>): void {
  const q = ASKED_SENTENCE.exec(text);
  if (!q) return;
  const end = q[0].length;
  const mentions = findings.mentions.filter((item) => item.offset < end);
  const signals = findings.signals.filter((item) => item.offset < end);
  if (mentions.length + signals.length < 2) return;
  const value = answer && [...mentions, ...signals].some((item) => answer.answered.has(item.offset)) ? answer.value : undefined;
  // A yes to "chest pain or blackouts?" is a symptom to check either way.
  const either = OR.test(q[0]);
  for (const [list, isSignal] of [[mentions, false], [signals, true]] as const) {
    for (const { dims } of list) {
      if (value === 'no' || (value === 'yes' && (isSignal || !either))) {
        delete dims.question;
        dims.form = value;
        dims.explicit = true;
      } else if (value === 'yes') {
        delete dims.question;
        delete dims.form;
        dims.possible = true;
        dims.explicit = true;
      } else if (value === undefined && !dims.explicit) {
        dims.question = true;
        dims.possible = true;
      }
    }
  }
}
