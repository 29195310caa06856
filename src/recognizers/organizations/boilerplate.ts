// Web-page boilerplate: menus, share buttons, font-size pickers and run-together section
// headers copied along with an article. Tokens on such lines are no evidence of anything.
import type { Analysis } from '../../analysis/analyze.js';
import type { OrgLexicon } from './lexicon.js';

interface Line {
  start: number;
  end: number;
  text: string;
  words: number;
  from: number;
  to: number;
}

const CAPTION = /^(photo|photograph|image|picture|pictured)\s*:\s*\S/i;

/** One flag per token: false when the token sits on a boilerplate line. */
export function boilerplateMask(a: Analysis, lex: OrgLexicon): boolean[] {
  const lines: Line[] = [];
  let offset = 0;
  let t = 0;
  for (const raw of a.text.split('\n')) {
    const start = offset;
    const end = offset + raw.length;
    offset = end + 1;
    const from = t;
    while (t < a.tokens.length && a.tokens[t].start < end) t++;
    let words = 0;
    for (let k = from; k < t; k++) if (a.tokens[k].word) words++;
    lines.push({ start, end, text: raw.trim(), words, from, to: t });
  }
  const ok = a.tokens.map(() => true);
  const menuLike = (l: Line | undefined) => !!l && l.words > 0 && l.words <= 3 && !/[.!?"”,;]/.test(l.text) && !/^[(\[]/.test(l.text);
  // The nearest non-empty line before and after each line, found in two passes (not by
  // searching from every line, which made long articles quadratic).
  const prevText: (Line | undefined)[] = [];
  const nextText: (Line | undefined)[] = [];
  for (let n = 0, last: Line | undefined; n < lines.length; n++) {
    prevText[n] = last;
    if (lines[n].text) last = lines[n];
  }
  for (let n = lines.length - 1, last: Line | undefined; n >= 0; n--) {
    nextText[n] = last;
    if (lines[n].text) last = lines[n];
  }
  lines.forEach((l, n) => {
    if (!l.text) return;
    const lower = l.text.toLowerCase();
    let bad = lex.boilerplateLines.has(lower) || lex.boilerplateLines.has(lower.replace(/:$/, ''));
    if (!bad && lex.boilerplatePrefixes.some((p) => lower.startsWith(p))) bad = true;
    // "Asia-PacificChinaNorth AmericaWorld News": section names run together.
    const joins = (l.text.match(/\p{Ll}{2}\p{Lu}\p{Ll}{2}/gu) ?? []).length;
    if (!bad && joins >= 2 && l.words <= 8) bad = true;
    // A block of short lines without punctuation is a menu.
    if (!bad && menuLike(l) && (menuLike(prevText[n]) || menuLike(nextText[n]))) bad = true;
    if (bad && CAPTION.test(l.text)) {
      // "PHOTO: Soldiers of the Nigerian Army on patrol. (AP Photo/...)": a photo caption is a
      // sentence of the article; only its label and the credit after it are boilerplate.
      let i = l.from;
      while (i < l.to && a.tokens[i].text !== ':') ok[i++] = false;
      if (i < l.to) ok[i++] = false;
      let credit = false;
      for (; i < l.to; i++) {
        const t = a.tokens[i];
        const n = a.tokens[i + 1];
        if (t.text === '(' || t.text === '[' || /^(credit|credits|photo|photos|source)$/i.test(t.text) || (t.word && n?.text === '/' && n.start === t.end)) credit = true;
        if (credit) ok[i] = false;
      }
      return;
    }
    if (bad) for (let i = l.from; i < l.to; i++) ok[i] = false;
  });
  return ok;
}
