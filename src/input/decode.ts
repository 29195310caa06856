// Bytes -> article text. Offsets in the output are into the text this returns (BOM removed),
// so every decision about encodings is made here, once.

export class InputError extends Error {}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

// Bytes 0x80-0x9F of Windows-1252 (smart quotes, dashes, the euro sign). Node's TextDecoder
// ('windows-1252') decodes these as C1 control characters, as ISO-8859-1 does, so they are
// mapped here; the five bytes Windows-1252 leaves undefined keep their C1 code point.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const WINDOWS_1252 = {
  decode(bytes: Uint8Array): string {
    let out = '';
    for (let i = 0; i < bytes.length; i += 8192) {
      const part = bytes.subarray(i, i + 8192);
      out += String.fromCharCode(...part.map((b) => b));
    }
    return out.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
  },
};

// Formats that are often misnamed .txt (an image saved from a browser, an archive) and whose
// first bytes say so; checked before the byte statistics below.
const MAGIC: { bytes: number[]; name: string }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], name: 'PNG' },
  { bytes: [0xff, 0xd8, 0xff], name: 'JPEG' },
  { bytes: [0x47, 0x49, 0x46, 0x38], name: 'GIF' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: 'ZIP' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], name: 'ZIP' },
  { bytes: [0x1f, 0x8b], name: 'gzip' },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], name: 'PDF' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], name: 'ELF' },
  { bytes: [0x42, 0x5a, 0x68], name: 'bzip2' },
  { bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], name: 'xz' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], name: '7z' },
];

/** True when the bytes look like a binary file rather than text (magic number, NUL bytes, control soup). */
export function looksBinary(bytes: Uint8Array): boolean {
  if (MAGIC.some((m) => m.bytes.every((b, i) => bytes[i] === b))) return true;
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}

/** UTF-16 text must decode to mostly printable characters, or it is binary behind a lucky BOM. */
function checkedUtf16(text: string): string {
  let control = 0;
  const n = Math.min(text.length, 8192);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0 || c === 0xfffd) return badBinary();
    if (c < 9 || (c > 13 && c < 32)) control++;
  }
  return n > 0 && control / n > 0.1 ? badBinary() : text;
}

function badBinary(): never {
  throw new InputError('binary file');
}

/** UTF-8, or Windows-1252 when the bytes are not UTF-8: how files and NDJSON records are read alike. */
export function utf8OrWindows1252(bytes: Uint8Array): string {
  try {
    return UTF8.decode(bytes);
  } catch {
    return WINDOWS_1252.decode(bytes);
  }
}

export function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    try {
      return UTF8.decode(bytes.subarray(3));
    } catch {
      return WINDOWS_1252.decode(bytes.subarray(3));
    }
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return checkedUtf16(new TextDecoder('utf-16le').decode(bytes.subarray(2)));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return checkedUtf16(new TextDecoder('utf-16be').decode(bytes.subarray(2)));
  if (looksBinary(bytes)) throw new InputError('binary file');
  try {
    return UTF8.decode(bytes);
  } catch {
    // Not UTF-8: news exports from older systems are Windows-1252 (a superset of Latin-1),
    // which decodes every byte, so the text is kept rather than refused.
    return WINDOWS_1252.decode(bytes);
  }
}
