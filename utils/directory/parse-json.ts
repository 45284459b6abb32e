import { shortValue } from './import-result.ts';

export type JsonParse = { ok: true; value: unknown } | { ok: false; message: string; position: number };

function lineColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < position && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      last = i;
    }
  }
  return { line, column: position - last };
}

// JSON.parse with an error a person can act on: where it broke and whether the file looks cut
// short (a download that stopped part way is the commonest cause).
export function parseJson(text: string, file: string): JsonParse {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    // Nesting deeper than the engine's parser allows (a RangeError in some engines, "too much
    // recursion" in Firefox) is not a cut-short file: say what it is.
    if (error instanceof RangeError || /recursion|call stack/i.test(raw)) {
      return { ok: false, message: `${file}: expected JSON nested at most a few thousand levels deep, found deeper nesting than this browser can read`, position: 0 };
    }
    const at = /position (\d+)/.exec(raw);
    const position = at ? Number(at[1]) : text.length;
    const { line, column } = lineColumn(text, position);
    const truncated = position >= text.trimEnd().length || /end of (?:JSON )?input|Unterminated string/i.test(raw);
    const found = truncated ? 'the end of the file' : `"${shortValue(text.slice(position, position + 20), 20)}"`;
    const message = `${file} line ${line} column ${column} (character ${position}): expected ${truncated ? 'complete' : 'valid'} JSON, found ${found}${truncated ? '; the file looks truncated (an interrupted download?)' : ''}`;
    return { ok: false, message, position };
  }
}
