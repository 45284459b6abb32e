// Spreadsheets exported from Excel on Windows are often Windows-1252, not UTF-8. Bytes that are not
// valid UTF-8 are decoded as Windows-1252 (every byte maps to a character), and the caller says so.

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'windows-1252';
  bom: boolean;
}

export function toBytes(input: Uint8Array | ArrayBuffer): Uint8Array {
  return input instanceof Uint8Array ? input : new Uint8Array(input);
}

export function decodeText(input: Uint8Array | ArrayBuffer | string): DecodedText {
  if (typeof input === 'string') {
    const bom = input.charCodeAt(0) === 0xfeff;
    return { text: bom ? input.slice(1) : input, encoding: 'utf-8', bom };
  }
  const bytes = toBytes(input);
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8', bom };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(body), encoding: 'windows-1252', bom };
  }
}
