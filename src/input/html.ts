// HTML pasted into a .txt file, or given with --html. Markup is blanked rather than removed:
// tags, comments and the contents of <script>/<style> become spaces of the same length, and a
// character reference (&amp; &nbsp; &#39; ...) becomes its character followed by spaces. The
// text keeps its length, so every offset the pipeline reports is an offset into the file's own
// decoded text, and a mention that contains no character reference slices the raw file too.

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

const spaces = (n: number) => ' '.repeat(n);

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

/** The text with markup blanked out; same length as the input. */
export function blankHtml(text: string): string {
  const re = /<!--[\s\S]*?(?:-->|$)|<(script|style|noscript|template)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<[!?][^>]*>|<\/?([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*>|&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/gi;
  return text.replace(re, (m: string, rawBlock: string | undefined, tag: string | undefined) => {
    if (m[0] === '&') {
      const ch = decodeReference(m);
      return ch === undefined ? m : ch + spaces(m.length - ch.length);
    }
    if (rawBlock) return blankRun(m, true);
    return blankRun(m, tag !== undefined && BLOCK.has(tag.toLowerCase()));
  });
}
