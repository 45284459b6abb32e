// Directory text is untrusted and only ever rendered as text, so HTML in it is inert; but control
// characters, bidi overrides and zero-width characters can disguise what a name or link says
// ("Free yoga" rendering as something else), so those are removed. Nothing else is changed.

// C0/C1 controls except tab and newline; zero-width and bidi controls; BOM; soft hyphen.
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/g;
const HTML_TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>|<!--|<!\[CDATA\[/i;

export interface CleanText {
  text: string;
  // Characters were removed (reported as a warning so the admin knows the file is odd).
  removed: boolean;
  html: boolean;
}

export function cleanText(value: string, multiline = false): CleanText {
  let text = value.replace(/\r\n?/g, '\n').replace(INVISIBLE, '');
  const removed = text.length !== value.replace(/\r\n?/g, '\n').length;
  text = multiline ? text.replace(/\t/g, ' ') : text.replace(/[\t\n]+/g, ' ');
  return { text: text.trim(), removed, html: HTML_TAG.test(text) };
}
