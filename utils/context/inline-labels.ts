// Labels that start a sentence mid-block ("... Plan agreed. Family history: mother had a stroke"):
// each is a run of 2 to 32 letters, spaces, hyphens and apostrophes, starting and ending with a
// letter, at the start of the block or after a sentence end and whitespace, and followed by ':'.
// `at` is where the text after its colon begins.
//
// This is what /(?:^|[.;!?]\s+)([A-Za-z][A-Za-z '-]{0,30}[A-Za-z]):/g finds, found from each colon
// backwards instead: that pattern was tried at every position of every block with a colon and a
// mention, a few per cent of reading a long record. A property test holds the two to the same answers.
export type InlineLabel = { label: string; at: number };

const MAX_LABEL = 32;

function isLetter(c: number): boolean {
  const lower = c | 32;
  return lower >= 97 && lower <= 122;
}

function isLabelChar(c: number): boolean {
  return isLetter(c) || c === 32 || c === 39 || c === 45;
}

// JavaScript's \s.
function isSpace(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13) || c === 0xa0) return true;
  if (c < 0x1680) return false;
  return c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function isSentenceEnd(c: number): boolean {
  return c === 46 || c === 59 || c === 33 || c === 63;
}

export function inlineLabels(text: string): InlineLabel[] {
  const out: InlineLabel[] = [];
  for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
    if (colon < 2 || !isLetter(text.charCodeAt(colon - 1))) continue;
    // The run of label characters before the colon; the label is its part from the first letter.
    let run = colon - 1;
    while (run > 0 && isLabelChar(text.charCodeAt(run - 1))) run--;
    let start = run;
    while (start < colon && text.charCodeAt(start) === 32) start++;
    if (!isLetter(text.charCodeAt(start)) || colon - start < 2 || colon - start > MAX_LABEL) continue;
    if (start > 0) {
      // After a sentence end and at least one whitespace character (the run's leading spaces count).
      let ws = run;
      while (ws > 0 && isSpace(text.charCodeAt(ws - 1))) ws--;
      if (ws === start || ws === 0 || !isSentenceEnd(text.charCodeAt(ws - 1))) continue;
    }
    out.push({ label: text.slice(start, colon), at: colon + 1 });
  }
  return out;
}
