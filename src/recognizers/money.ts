// Money amounts: a number with a scale ("million", "bn", "crore") and a currency written as a
// symbol or prefix ("$", "US$", "€", "Rs", "SFr", "EUR") or as a word after it ("yen", "Swiss
// francs", "6.5-billion-dollar"), with a qualifier before it ("more than") and a unit after it
// ("a share") kept in the text. Ranges ("$7-8 billion") give two amounts. All currency words,
// symbols and scales are data in src/lexicon/data/currencies.json.
import { sentenceAt, tokenAt, type Analysis } from '../analysis/analyze.js';
import type { MoneyCandidate } from './types.js';
import { moneyLexicon, type MoneyLexicon } from './money/lexicon.js';
import { impliedAmounts } from './money/implied.js';

interface Hit {
  start: number;
  end: number;
  /** The number as written times its scale, null scale when none was written. */
  number: number;
  scale: number | null;
  currency: string;
  /** Where the number itself starts and the amount (without unit words) ends. */
  numStart: number;
  numEnd: number;
  prefixed: boolean;
}

interface Grammar {
  prefixed: RegExp;
  worded: RegExp;
  coded: RegExp;
  postSymbol: RegExp;
  subunit: RegExp;
  subunitSuffix: RegExp;
  qualifierBefore: RegExp;
  unitAfter: RegExp;
  rangeAfter: RegExp;
  rangeBefore: RegExp;
}

let grammar: Grammar | undefined;

function build(L: MoneyLexicon): Grammar {
  const r = L.re;
  const FULL = '(?:thousand|million|billion|trillion)';
  const NUMX = `(?:(${r.num})|(?<![\\p{L}])(${r.numWord})(?=\\s+${FULL}))`;
  return {
    prefixed: new RegExp(`(?<![\\p{L}\\p{N}])(${r.prefix})\\s?(${r.num})(${r.scales})?(?!\\s*(?:%|percent|per\\s+cent))`, 'gu'),
    worded: new RegExp(`${NUMX}(${r.scales})?[\\s-]+(${r.word})(?![\\p{L}])`, 'giu'),
    coded: new RegExp(`(${r.num})(${r.scales})?\\s+(${r.code})(?![\\p{L}])`, 'gu'),
    postSymbol: new RegExp(`(${r.num})(${r.scales})?\\s?(${r.postfixSymbol})`, 'gu'),
    subunit: new RegExp(`(?<![\\p{L}\\p{N}.,])(?:(${r.num})|(${r.numWord}))[\\s-]+(${r.subunit})(?![\\p{L}])`, 'giu'),
    // "9.2p", "499p": pence written as a letter after the number.
    subunitSuffix: new RegExp(`(?<![\\p{L}\\p{N}.,$£€])(${r.num})(${r.subunitSuffix})(?![\\p{L}\\p{N}])`, 'gu'),
    qualifierBefore: new RegExp(`(?<![\\p{L}])(${r.qualifier})\\s+$`, 'u'),
    unitAfter: new RegExp(`^\\s+(?:a|an|per)\\s+(${r.perUnit})(?![\\p{L}])`, 'iu'),
    rangeAfter: new RegExp(`^(\\s?[-–]\\s?|\\s+to\\s+|\\s+and\\s+)(${r.prefix})?\\s?(${r.num})(${r.scales})`, 'u'),
    rangeBefore: new RegExp(`(?<![\\p{L}\\p{N}.,])(${r.num})(${r.scales})?(\\s?[-–]\\s?|\\s+to\\s+|\\s+and\\s+)$`, 'u'),
  };
}

const parseNum = (s: string) => parseFloat(s.replace(/,/g, ''));
const times = (x: number, y: number) => Number((x * y).toPrecision(12));

function scaleOf(L: MoneyLexicon, s: string | undefined): number | null {
  if (!s) return null;
  let f = 1;
  for (const w of s.toLowerCase().split(/[\s-]+/).filter(Boolean)) {
    // "bn", "m": attached scales come glued to the number, split them off by lexicon lookup.
    f *= L.scale.get(w) ?? 1;
  }
  return f;
}

/** Per-article currency decisions for ambiguous words and symbols. */
class Context {
  private memo = new Map<string, string | null>();
  constructor(private text: string, private L: MoneyLexicon) {}

  private test(pattern: string): boolean {
    return new RegExp(`(?<![\\p{L}])(?:${pattern})(?![\\p{L}])`, 'u').test(this.text);
  }

  /** The currency an ambiguous key ("¥", "shilling") takes in this article, or null for its default. */
  cue(key: string): string | null {
    if (this.memo.has(key)) return this.memo.get(key)!;
    let out: string | null = null;
    const blocker = this.L.data.contextBlockers[key];
    if (!blocker || !this.test(blocker)) {
      for (const [pattern, code] of this.L.data.contextCues[key] ?? []) {
        if (this.test(pattern)) {
          out = code;
          break;
        }
      }
    }
    this.memo.set(key, out);
    return out;
  }

  has(pattern: string): boolean {
    const key = `has:${pattern}`;
    if (!this.memo.has(key)) this.memo.set(key, this.test(pattern) ? 'y' : null);
    return this.memo.get(key) === 'y';
  }
}

export function recognizeMoney(a: Analysis): MoneyCandidate[] {
  const L = moneyLexicon();
  grammar ??= build(L);
  const g = grammar;
  const text = a.text;
  const ctx = new Context(text, L);
  const hits: Hit[] = [];

  const each = (re: RegExp, f: (m: RegExpExecArray) => Hit | null) => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const h = f(m);
      if (h) hits.push(h);
    }
  };

  // $6 billion, US$12 million, €40m, Rs 500 crore, EUR 1.5 billion, SFr2.5bn
  each(g.prefixed, (m) => {
    const p = m[1];
    const scale = scaleOf(L, m[3]);
    if (L.data.prefixesNeedingScale.includes(p) && scale === null) return null;
    // One-letter prefixes ("P500,000", "R2 billion") only in their country's news.
    const cue = L.data.prefixesNeedingCue[p];
    if (cue && !ctx.has(cue)) return null;
    let currency = L.prefix.get(p)!;
    // A bare "$" is USD: "A$1.2 billion ($790 million)" converts to US dollars in wire copy.
    if (L.data.contextCues[p]) currency = ctx.cue(p) ?? currency;
    const numStart = m.index + m[0].indexOf(m[2], p.length);
    return { start: m.index, end: m.index + m[0].length, number: parseNum(m[2]), scale, currency, numStart, numEnd: m.index + m[0].length, prefixed: true };
  });

  // 3.2 million dollars, 1.2 trillion yen, 18 million Swiss francs, 6.5-billion-dollar, half a million dollars
  each(g.worded, (m) => {
    const word = m[4].toLowerCase().replace(/\s+/g, ' ');
    const scale = scaleOf(L, m[3]);
    const number = m[1] ? parseNum(m[1]) : L.numberWord.get(m[2].toLowerCase().replace(/\s+/g, ' '));
    if (number === undefined) return null;
    const base = L.data.words[word] !== undefined ? word : null;
    const singular = base ? word.replace(/(?<=[^s])s$/, '') : null;
    if (base) {
      // Lower-case words only ("Rand" is a name), and some words only in their country's news.
      if (m[4] !== m[4].toLowerCase()) return null;
      const cue = L.data.wordsNeedingCue[word] ?? (singular ? L.data.wordsNeedingCue[singular] : undefined);
      if (cue && scale === null && !ctx.has(cue)) return null;
      // "won" and "dong" are also a verb and a name: a small bare count ("3 won") is no amount.
      if ((word === 'won' || word === 'dong') && (!cue || !ctx.has(cue) || (scale === null && number < 1000))) return null;
      if (singular === 'pound' && isWeight(a, L, m.index, m.index + m[0].length)) return null;
    }
    let currency = L.word.get(word)!;
    if (base && singular && L.data.contextCues[singular]) currency = ctx.cue(singular) ?? currency;
    // "CFA francs", "francs CFA": West or Central African by the article's places.
    const qualified = word.split(' ').map((w) => w.replace(/(?<=[^s])s$/, '')).join(' ');
    if (!base && L.data.contextCues[qualified]) currency = ctx.cue(qualified) ?? currency;
    const end = m.index + m[0].length;
    return { start: m.index, end, number, scale, currency, numStart: m.index, numEnd: end, prefixed: false };
  });

  // 1.5 billion EUR
  each(g.coded, (m) => {
    const end = m.index + m[0].length;
    const currency = (L.data.contextCues[m[3]] ? ctx.cue(m[3]) : null) ?? L.prefix.get(m[3])!;
    return { start: m.index, end, number: parseNum(m[1]), scale: scaleOf(L, m[2]), currency, numStart: m.index, numEnd: end, prefixed: false };
  });

  // 40 million €, 2,5 mld zł
  each(g.postSymbol, (m) => {
    const end = m.index + m[0].length;
    return { start: m.index, end, number: parseNum(m[1]), scale: scaleOf(L, m[2]), currency: L.prefix.get(m[3])!, numStart: m.index, numEnd: end, prefixed: false };
  });

  // 95 cents, 50 pence, 17 cts, one pence
  each(g.subunit, (m) => {
    const unit = L.data.subunits[m[3].toLowerCase()];
    const number = m[1] ? parseNum(m[1]) : L.numberWord.get(m[2].toLowerCase().replace(/\s+/g, ' '));
    if (!unit || number === undefined) return null;
    const end = m.index + m[0].length;
    // "5 per cent" never reaches here: "per" is not a number.
    return { start: m.index, end, number: times(number, unit.factor), scale: null, currency: unit.currency ?? '', numStart: m.index, numEnd: end, prefixed: false };
  });

  // 9.2p: only in a story that speaks of sterling.
  each(g.subunitSuffix, (m) => {
    const unit = L.data.subunitSuffixes[m[2]];
    if (!unit || !ctx.has(unit.cue)) return null;
    const end = m.index + m[0].length;
    return { start: m.index, end, number: times(parseNum(m[1]), unit.factor), scale: null, currency: unit.currency, numStart: m.index, numEnd: end, prefixed: false };
  });

  // Overlaps: the earliest, then longest, reading wins.
  hits.sort((x, y) => x.start - y.start || y.end - y.start - (x.end - x.start));
  const kept: Hit[] = [];
  for (const h of hits) {
    const last = kept[kept.length - 1];
    if (last && h.start < last.end) continue;
    kept.push(h);
  }

  // Cents take the currency of the amounts around them.
  for (let k = 0; k < kept.length; k++) {
    if (kept[k].currency) continue;
    const near = [...kept.slice(0, k).reverse(), ...kept.slice(k + 1)].find((o) => o.currency && L.data.centCurrencies.includes(o.currency));
    kept[k].currency = near?.currency ?? 'USD';
  }

  // Ranges: "$7-8 billion", "between $7 and $8 billion", "7 to 8 billion yuan".
  const extra: Hit[] = [];
  for (const h of kept) {
    if (h.prefixed && h.scale === null) {
      const m = g.rangeAfter.exec(text.slice(h.end, h.end + 40));
      if (m && rangeConnectorOk(text, h.start, m[1])) {
        const scale = scaleOf(L, m[4]);
        const second = parseNum(m[3]);
        if (scale !== null && h.number <= second) {
          h.scale = scale;
          if (!m[2]) {
            const numStart = h.end + m[0].indexOf(m[3], m[1].length);
            const end = h.end + m[0].length;
            extra.push({ start: numStart, end, number: second, scale, currency: h.currency, numStart, numEnd: end, prefixed: false });
          }
        }
      }
    }
    if (!h.prefixed) {
      const before = text.slice(Math.max(0, h.start - 40), h.start);
      const m = g.rangeBefore.exec(before);
      if (m && rangeConnectorOk(text, h.start - m[0].length, m[3])) {
        const start = h.start - m[0].length;
        const first = parseNum(m[1]);
        const scale = scaleOf(L, m[2]) ?? h.scale;
        const end = start + m[1].length + (m[2]?.length ?? 0);
        if (times(first, scale ?? 1) <= times(h.number, h.scale ?? 1) && !overlaps(kept, start, end)) {
          extra.push({ start, end, number: first, scale, currency: h.currency, numStart: start, numEnd: end, prefixed: false });
        }
      }
    }
  }

  // Amounts without a currency word take one from beside them (money/implied.ts).
  const found = [...kept, ...extra];
  for (const i of impliedAmounts(a, L, found.map((h) => ({ ...h, sentence: sentenceAt(a, h.start) })), (o) => sentenceAt(a, o))) {
    found.push({ start: i.start, end: i.end, number: i.amount, scale: null, currency: i.currency, numStart: i.start, numEnd: i.end, prefixed: false });
  }

  const out: MoneyCandidate[] = [];
  for (const h of found.sort((x, y) => x.start - y.start)) {
    let { start, end } = h;
    let qualifier: string | null = null;
    const q = g.qualifierBefore.exec(text.slice(Math.max(0, start - 30), start));
    if (q) {
      qualifier = q[1].toLowerCase().replace(/\s+/g, ' ');
      start -= q[0].length;
    }
    const u = g.unitAfter.exec(text.slice(end, end + 40));
    if (u) end += u[0].length;
    const amount = times(h.number, h.scale ?? 1);
    if (!Number.isFinite(amount)) continue;
    out.push({ text: text.slice(start, end), start, end, sentence: sentenceAt(a, start), amount, currency: h.currency, qualifier });
  }
  return out;
}

function overlaps(hits: Hit[], start: number, end: number): boolean {
  return hits.some((h) => start < h.end && h.start < end);
}

/** "and" joins a range only after "between" ("between $7 and $8 billion"). */
function rangeConnectorOk(text: string, start: number, connector: string): boolean {
  if (!/and/.test(connector)) return true;
  return /(?<![\p{L}])between\s+$/iu.test(text.slice(Math.max(0, start - 12), start));
}

/** "200 pounds of explosives", "weighing 300 pounds": weight, not sterling. */
function isWeight(a: Analysis, L: MoneyLexicon, start: number, end: number): boolean {
  const i = tokenAt(a, end - 1);
  const next = a.tokens[i + 1];
  if (next && next.lower === 'of' && a.tokens[i + 2] && !/^(sterling|public|taxpayer)/.test(a.tokens[i + 2].lower)) return true;
  const first = tokenAt(a, start);
  const s = a.tokens[first]?.sentence;
  for (let j = first - 1; j >= 0 && j >= first - 6 && a.tokens[j].sentence === s; j--) {
    if (L.weightCues.has(a.tokens[j].lower)) return true;
  }
  return false;
}
