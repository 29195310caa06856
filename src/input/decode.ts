// Bytes -> article text. Offsets in the output are into the text this returns (BOM removed),
// so every decision about encodings is made here, once.

export class InputError extends Error {}

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const WINDOWS_1252 = new TextDecoder('windows-1252');

/** True when the bytes look like a binary file rather than text (NUL bytes, control soup). */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}

export function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return UTF8.decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (looksBinary(bytes)) throw new InputError('binary file');
  try {
    return UTF8.decode(bytes);
  } catch {
    // Not UTF-8: news exports from older systems are Windows-1252 (a superset of Latin-1),
    // which decodes every byte, so the text is kept rather than refused.
    return WINDOWS_1252.decode(bytes);
  }
}
