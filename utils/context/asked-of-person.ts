import type { answerOf } from './answer-of.ts';
import type { BlockFindings } from './findings.ts';

const OR = /\bor\b/i;
// "Yes", "Yes - stroke 2019", "No.", "No falls.", "Denies": what follows the question. A no that
// goes on ("No, but ...") is left to the rest of the reader.
const ANSWER_AFTER = /^\s*(?:(yes|y)\b(?:\s*[-–,:;(].*)?|(?:no|n|none|nil|denies|denied)(?:\s+[a-z]+)?\s*[.!]?\s*)$/i;

// "Are you pregnant or have you had a baby in the last year? No": a question put to the person
// asks of every term in it, not only the one its question mark follows. Answered yes, a question of
// alternatives says one of them is so, not which.
// "Is the client pregnant ...?", "Is the patient on insulin or a sulfonylurea? No" too: a drug
// asked about is answered as a condition is.
const ASKED_SENTENCE = /^\s*(?:\d{1,2}[.)]\s*|q\d{0,2}\s*[:.)-]\s*)?(?:are|have|do|did|is|has|does|were|was)\s+(?:you|she|he|they|(?:the\s+)?(?:client|patient|pt|service user|person))\b[^?.;!\n]{0,140}\?/i;
export function askedOfPerson(text: string, findings: BlockFindings, answer: ReturnType<typeof answerOf>): void {
  const q = ASKED_SENTENCE.exec(text);
  if (!q) return;
  const end = q[0].length;
  const mentions = findings.mentions.filter((item) => item.offset < end);
  const signals = findings.signals.filter((item) => item.offset < end);
  const drugs = findings.medications.filter((item) => item.offset < end);
  if (mentions.length + signals.length + drugs.length === 0) return;
  // The answer the question's mark reached ("Are you pregnant or breastfeeding? No" reaches none).
  const own = ANSWER_AFTER.exec(text.slice(end));
  const value = answer && [...mentions, ...signals].some((item) => answer.answered.has(item.offset)) ? answer.value : own ? (own[1] ? 'yes' : 'no') : undefined;
  // A drug asked about and answered no is not taken (a yes leaves it as it reads: each drug asked
  // in "insulin or a sulfonylurea?" carries the same hypo risk).
  if (value === 'no') {
    for (const { dims } of drugs) {
      delete dims.question;
      dims.form = 'no';
      dims.explicit = true;
    }
  }
  if (value === undefined && mentions.length + signals.length < 2) return;
  // A yes to "chest pain or blackouts?" is a symptom to check either way.
  const either = OR.test(q[0]) && mentions.length + signals.length > 1;
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
