// The one compromise pass over an article. Recognizers read this shared analysis instead of
// re-parsing: our own tokens (with exact offsets, hyphenated names and abbreviations kept whole)
// carry the part-of-speech and lexicon tags compromise gave the words they cover.
import nlp from 'compromise/two';

export interface Token {
  /** Index in Analysis.tokens. */
  i: number;
  text: string;
  /** Lower-cased text, curly apostrophes made straight. */
  lower: string;
  start: number;
  end: number;
  sentence: number;
  /** Compromise tags of the word this token falls in (e.g. "Person", "Verb", "Month"). */
  tags: ReadonlySet<string>;
  /** Starts with an upper-case letter. */
  upper: boolean;
  /** A period follows immediately ("Gen.", "Mr."): part of an abbreviation or end of sentence. */
  dot: boolean;
  /** True for words (letters/digits), false for punctuation. */
  word: boolean;
  /** True when the token is the first word of its sentence (capitalization proves nothing). */
  first: boolean;
}

export interface Sentence {
  start: number;
  end: number;
  /** Range [from, to) in Analysis.tokens. */
  from: number;
  to: number;
}

export interface Analysis {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

// Acronyms with periods ("U.S.", "U.N."), numbers with separators ("6,000", "3.5"), words with
// inner hyphens or apostrophes ("Tae-hoon", "O'Hara") but not a possessive 's, which is its
// own token so that "China's" yields "China".
const TOKEN = /\b(?:[Tt]hen|[Ee]x)-(?=\p{L})|(?:\p{L}\.){2,}|\d+(?:,\d{3})*(?:\.\d+)?|[\p{L}\p{M}\p{N}]+(?:(?:[-&]|['’](?![sS]\b))[\p{L}\p{M}\p{N}]+)*|['’][sS]\b|\S/gu;
const EMPTY: ReadonlySet<string> = new Set();
const NAME_TAGS: ReadonlySet<string> = new Set(['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName']);

interface TaggedSpan {
  start: number;
  end: number;
  tags: ReadonlySet<string>;
}

function compromiseSpans(text: string): { words: TaggedSpan[]; sentences: { start: number; end: number }[] } {
  const words: TaggedSpan[] = [];
  const sentences: { start: number; end: number }[] = [];
  const cuts = chunkBounds(text);
  for (let c = 0; c + 1 < cuts.length; c++) {
    const base = cuts[c];
    const doc = nlp(text.slice(base, cuts[c + 1]));
    doc.compute('offset');
    // doc.document is compromise's parsed form: sentences of terms with tags and offsets.
    for (const sentence of doc.document as unknown as { offset: { start: number; length: number }; tags: Set<string> }[][]) {
      if (!sentence.length) continue;
      const first = sentence[0].offset;
      const last = sentence[sentence.length - 1].offset;
      sentences.push({ start: base + first.start, end: base + last.start + last.length });
      for (const term of sentence) {
        words.push({ start: base + term.offset.start, end: base + term.offset.start + term.offset.length, tags: term.tags });
      }
    }
  }
  return { words, sentences };
}

/**
 * A long article goes to compromise in pieces of about CHUNK characters, cut at a paragraph
 * break, else a line break, else a sentence end, else a space: compromise's memory grows faster
 * than its input, and a piece's is freed before the next. Articles under CHUNK are one piece.
 */
export const CHUNK = 50_000;
export function chunkBounds(text: string, size = CHUNK): number[] {
  const cuts = [0];
  let at = 0;
  while (text.length - at > size) {
    const window = text.slice(at + (size >> 1), at + size);
    const found = [/\n\s*\n/g, /\n/g, /[.!?]["”’)]?\s/g, /\s/g].map((re) => {
      let last = -1;
      for (const m of window.matchAll(re)) last = (m.index ?? 0) + m[0].length;
      return last;
    }).find((x) => x > 0);
    at = found !== undefined ? at + (size >> 1) + found : at + size;
    cuts.push(at);
  }
  cuts.push(text.length);
  return cuts;
}

// Hard-wrapped copy (old wire stories) breaks lines inside sentences and marks paragraphs by
// indenting their first line. There, a line break is a sentence boundary only before an
// indented line, at a blank line, or after a line with no lower-case letter (a headline).
const INDENTED_LINE = /\n[ \t]+\S/g;
function isHardWrapped(text: string): boolean {
  const indented = text.match(INDENTED_LINE)?.length ?? 0;
  const flush = text.match(/[\p{Ll},]\n\S/gu)?.length ?? 0;
  return indented >= 2 && flush >= 2;
}

function breaksSentence(text: string, gap: string, lineStart: number, wrapped: boolean): boolean {
  if (!gap.includes('\n')) return false;
  if (!wrapped || /\n[ \t]*\n/.test(gap) || /\n[ \t]+$/.test(gap)) return true;
  const end = text.indexOf('\n', lineStart);
  return !/\p{Ll}/u.test(text.slice(lineStart, end < 0 ? text.length : end));
}

/** A wrapped line break (not before an indented line, not at a blank line, not after a headline) becomes a space. */
function unwrap(text: string): string {
  return text.replace(/([^\n]*)\n(?=\S)/g, (whole, line: string) => (/\p{Ll}/u.test(line) ? `${line} ` : whole));
}

export function analyze(text: string): Analysis {
  const wrapped = isHardWrapped(text);
  let lineStart = 0;
  // compromise ends a sentence at a line break too: hand it wrapped lines joined by a space
  // (same length, so offsets hold).
  const { words, sentences: nlpSentences } = compromiseSpans(wrapped ? unwrap(text) : text);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let w = 0;
  let s = 0;
  let sentence = -1;
  let sentenceStart = -1;
  let lastEnd = 0;
  let sawWord = false;
  const open = (start: number) => {
    sawWord = false;
    if (sentence >= 0) sentences[sentence].to = tokens.length;
    sentence += 1;
    sentenceStart = start;
    sentences.push({ start, end: start, from: tokens.length, to: tokens.length });
  };
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index ?? 0;
    const value = m[0];
    const end = start + value.length;
    // A new sentence starts at compromise's sentence boundaries and at every line break:
    // news copy puts one paragraph (or headline, or dateline) per line.
    while (s < nlpSentences.length && nlpSentences[s].end <= start) s += 1;
    const nlpStart = s < nlpSentences.length && nlpSentences[s].start <= start && nlpSentences[s].start > sentenceStart;
    const gap = text.slice(lastEnd, start);
    const lineBreak = sentence < 0 || breaksSentence(text, gap, lineStart, wrapped);
    if (gap.includes('\n')) lineStart = lastEnd + gap.lastIndexOf('\n') + 1;
    if (lineBreak || nlpStart) open(start);
    while (w < words.length && words[w].end <= start) w += 1;
    let tags = w < words.length && words[w].start <= start ? words[w].tags : EMPTY;
    // A hyphenated token ("Jun-ho", "Mensah-Boateng") covers several compromise terms: what
    // compromise knows of a name in the later parts counts for the whole ("yang" is a surname),
    // but not other tags ("jun" would make "Tae-jun" a month).
    for (let k = w + 1; k < words.length && words[k].start < end; k++) {
      for (const tag of words[k].tags) {
        if (!NAME_TAGS.has(tag) || tags.has(tag)) continue;
        if (tags === words[w].tags || tags === EMPTY) tags = new Set(tags);
        (tags as Set<string>).add(tag);
      }
    }
    const isWord = /[\p{L}\p{N}]/u.test(value[0]);
    tokens.push({
      i: tokens.length,
      text: value,
      lower: value.toLowerCase().replace(/’/g, "'"),
      start,
      end,
      sentence,
      tags,
      upper: /^\p{Lu}/u.test(value),
      dot: text[end] === '.',
      word: isWord,
      first: isWord && !sawWord,
    });
    if (isWord) sawWord = true;
    sentences[sentence].end = end;
    lastEnd = end;
  }
  if (sentence >= 0) sentences[sentence].to = tokens.length;
  return { text, tokens, sentences };
}

/** The text between two tokens inclusive, as written. */
export function spanText(a: Analysis, from: number, to: number): string {
  return a.text.slice(a.tokens[from].start, a.tokens[to].end);
}

/** Index of the first token that ends after `offset` (binary search). */
export function tokenAt(a: Analysis, offset: number): number {
  let lo = 0;
  let hi = a.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a.tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Sentence index of the character at `offset`. */
export function sentenceAt(a: Analysis, offset: number): number {
  const i = tokenAt(a, offset);
  if (i < a.tokens.length) return a.tokens[i].sentence;
  return Math.max(0, a.sentences.length - 1);
}
