// HTML pasted into a .txt file, or given with --html. Markup is blanked rather than removed:
// tags, comments and the contents of <script>/<style> become spaces of the same length (line
// breaks kept). A character reference (&amp; &#39; &euro; ...) becomes its character, so that
// recognizers read "O'Malley" and "€2.1 billion"; that shortens the text, and a position map
// takes every offset back to the file's own text.

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', hellip: '…', euro: '€', pound: '£',
  yen: '¥', cent: '¢', copy: '©', reg: '®', trade: '™', eacute: 'é', egrave: 'è', aacute: 'á',
  agrave: 'à', iacute: 'í', oacute: 'ó', uacute: 'ú', ntilde: 'ñ', ccedil: 'ç', uuml: 'ü',
  ouml: 'ö', auml: 'ä', szlig: 'ß', bull: '•', middot: '·', laquo: '«', raquo: '»',
};

// Block-level tags end a paragraph: they become a blank line (then spaces), so sentences on
// either side are not run together.
const BLOCK = new Set([
  'p', 'div', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'tr', 'td', 'th',
  'table', 'section', 'article', 'header', 'footer', 'blockquote', 'pre', 'title', 'body', 'head',
  'html', 'nav', 'aside', 'main', 'figure', 'figcaption', 'dd', 'dt', 'dl', 'form', 'option',
]);

const TAG_RE = /<\/?[a-zA-Z][^<>]*>/g;

/**
 * True for text that is HTML rather than prose: it starts with <!doctype or <html, or it has
 * many tags (at least 5, and more than one per 200 characters).
 */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 1024).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return true;
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  let tags = 0;
  TAG_RE.lastIndex = 0;
  while (TAG_RE.exec(sample)) tags++;
  return tags >= 5 && tags > sample.length / 200;
}

function blankRun(s: string, block: boolean): string {
  // Keep line breaks where they were (line structure helps sentence splitting); everything
  // else becomes a space. A block tag starts with a paragraph break when it has room for one.
  let out = s.replace(/[^\r\n]/g, ' ');
  if (block && s.length >= 2 && !/[\r\n]/.test(s)) out = `\n\n${out.slice(2)}`;
  return out;
}

function decodeReference(ref: string): string | undefined {
  if (ref[1] === '#') {
    const code = ref[2] === 'x' || ref[2] === 'X' ? parseInt(ref.slice(3, -1), 16) : parseInt(ref.slice(2, -1), 10);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
    const ch = String.fromCodePoint(code);
    return ch.length <= ref.length ? ch : undefined;
  }
  return NAMED[ref.slice(1, -1)];
}

/** Text prepared for the pipeline, and where each of its characters came from. */
export interface CleanText {
  text: string;
  /** source[i]: offset in the original of text[i]; source[text.length] is the original's length. */
  source: Int32Array;
}

const MARKUP = /<!--[\s\S]*?(?:-->|$)|<(script|style|noscript|template)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<[!?][^>]*>|<\/?([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*>|&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/gi;

/** The text with markup blanked out and character references decoded, with its position map. */
export function cleanHtml(original: string): CleanText {
  const parts: string[] = [];
  // Decoding never lengthens the text, so the map fits in the original's length.
  const source = new Int32Array(original.length + 1);
  let clean = 0;
  /** Appends a piece that stands where original[from...] stood, character for character. */
  const put = (piece: string, from: number, sameLength: boolean) => {
    parts.push(piece);
    for (let i = 0; i < piece.length; i++) source[clean + i] = sameLength ? from + i : from;
    clean += piece.length;
  };
  let last = 0;
  for (const m of original.matchAll(MARKUP)) {
    const at = m.index ?? 0;
    if (at > last) put(original.slice(last, at), last, true);
    const [whole, rawBlock, tag] = m;
    if (whole[0] === '&') {
      const ch = decodeReference(whole);
      // A decoded reference's character maps to where the reference starts.
      if (ch === undefined) put(whole, at, true);
      else put(ch, at, false);
    } else put(blankRun(whole, rawBlock !== undefined || (tag !== undefined && BLOCK.has(tag.toLowerCase()))), at, true);
    last = at + whole.length;
  }
  if (last < original.length) put(original.slice(last), last, true);
  source[clean] = original.length;
  return { text: parts.join(''), source: source.subarray(0, clean + 1) };
}

/** The text with markup blanked out and references decoded (what the recognizers read). */
export function blankHtml(text: string): string {
  return cleanHtml(text).text;
}
