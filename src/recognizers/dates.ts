// Date expressions: a small lexicon-driven grammar of regular expressions over the article
// text (month and weekday names, relative words, quarters, decades, years), each rule giving
// the TIMEX3 value the text alone fixes. Years and bare month names are checked against their
// token context so that counts and names are not taken for dates. With a reference date,
// relative expressions are resolved the way news copy uses them.
import { sentenceAt, tokenAt, type Analysis } from '../analysis/analyze.js';
import type { DateCandidate, RecognizerOptions } from './types.js';
import { capOk, dateLexicon, type DateLexicon } from './dates/lexicon.js';
import { addDays, isoWeek, monthYear, parseReference, quarterOf, weekdayNear, ym, ymd, type Ref } from './dates/resolve.js';

/** How a relative expression resolves against a reference date. */
type Relative =
  | { kind: 'weekday'; weekday: number; shift: -1 | 0 | 1 | null }
  | { kind: 'unit'; unit: string; shift: number }
  | { kind: 'weekend'; shift: -1 | 0 | 1 | null }
  | { kind: 'day'; shift: number }
  | { kind: 'month'; month: number; shift: -1 | 0 | 1 };

interface Hit {
  start: number;
  end: number;
  value: string | null;
  relative?: Relative;
}

type Rule = (m: RegExpExecArray, a: Analysis, L: DateLexicon) => Hit | null;

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const DAY = '(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?';
const DAY_END = '(?![\\p{N}:]|[.,]\\p{N}|\\s*(?:%|percent|per cent))';
const YEAR = '(?:1[0-9]\\d\\d|20\\d\\d|2100)';
const YEAR_END = '(?![\\p{N}]|[.,]\\p{N}|%)';
const NOT_LETTER = '(?![\\p{L}])';

const dayNum = (s: string) => parseInt(s, 10);

function built(L: DateLexicon) {
  const r = L.re;
  const MON = `(?:${r.monthFull}|${r.monthAbbr}\\.?)`;
  const WD = `(?:(${r.weekdayFull}|${r.weekdayAbbr})\\.?,?\\s+)?`;
  const month = (s: string) => L.month.get(s.replace(/\.$/, '').toLowerCase()) ?? 0;
  const weekday = (s: string | undefined) => (s ? L.weekday.get(s.replace(/\.$/, '').toLowerCase()) : undefined);
  const md = (mo: number, d: number, y?: string) =>
    mo && d >= 1 && d <= 31 ? `${y ?? 'XXXX'}-${pad(mo)}-${pad(d)}` : null;
  const hit = (m: RegExpExecArray, value: string | null, relative?: Relative, from = 0): Hit => {
    const start = from && m.indices?.[from] ? m.indices[from][0] : m.index;
    return { start, end: m.index + m[0].length, value, relative };
  };
  const modShift = (s: string | undefined) => (s ? (L.words.relativeModifiers[s.toLowerCase()] as -1 | 0 | 1) : null);

  const rules: [RegExp, Rule][] = [
    // 2024-05-11
    [/(?<![\p{N}-])(\d{4})-(\d{2})-(\d{2})(?![\p{N}-])/gu, (m) => {
      const mo = +m[2];
      const d = +m[3];
      return mo >= 1 && mo <= 12 && d >= 1 && d <= 31 ? hit(m, `${m[1]}-${m[2]}-${m[3]}`) : null;
    }],
    // (Tuesday,) March 3, 2024
    [new RegExp(`${WD}(${MON})\\s+(${DAY})(?:,\\s*|\\s+)(${YEAR})${YEAR_END}`, 'gud'), (m) =>
      hitOr(m, md(month(m[2]), dayNum(m[3]), m[4]))],
    // (Tuesday) 4 March 2025
    [new RegExp(`${WD}(?<![\\p{N}.,$€£¥])(${DAY})\\s+(${MON})(?:,\\s*|\\s+)(${YEAR})${YEAR_END}`, 'gud'), (m) =>
      hitOr(m, md(month(m[3]), dayNum(m[2]), m[4]))],
    // (Wednesday,) Nov. 23 / Oct 14
    [new RegExp(`${WD}(${MON})\\s+(${DAY})${DAY_END}`, 'gud'), (m) => hitOr(m, md(month(m[2]), dayNum(m[3])))],
    // (Wednesday) 26 February
    [new RegExp(`${WD}(?<![\\p{N}.,$€£¥:])(${DAY})\\s+(${MON})${NOT_LETTER}`, 'gud'), (m) =>
      hitOr(m, md(month(m[3]), dayNum(m[2])))],
    // the 5th of January
    [new RegExp(`(?:[Tt]he\\s+)?(?<![\\p{N}.,])(${DAY})\\s+of\\s+(${MON})${NOT_LETTER}`, 'gud'), (m) => hitOr(m, md(month(m[2]), dayNum(m[1])))],
    // August 2022
    [new RegExp(`(${MON}),?\\s+(${YEAR})${YEAR_END}`, 'gud'), (m) => hitOr(m, `${m[2]}-${pad(month(m[1]))}`)],
    // early April, mid-September 2024, late 2024, the end of March, the start of next year
    [new RegExp(
      `(?:(${r.part})[\\s-]+|[Tt]he\\s+(?:${r.boundary})\\s+of\\s+)` +
        `(?:(${r.monthFull})(?:,?\\s+(${YEAR}))?|(${YEAR})|(?:[Tt]he\\s+(year|month|week|decade))|(${r.modifier})\\s+(${r.unit}))${YEAR_END}${NOT_LETTER}`,
      'gud'), (m) => {
      if (m[2]) return hit(m, m[3] ? `${m[3]}-${pad(month(m[2]))}` : `XXXX-${pad(month(m[2]))}`);
      if (m[4]) return hit(m, m[4]);
      if (m[5]) return hit(m, null);
      const shift = modShift(m[6]) ?? 0;
      return hit(m, null, { kind: 'unit', unit: m[7].toLowerCase(), shift });
    }],
    // the third quarter (of 2024), second-quarter, the final quarter
    [new RegExp(`(?:[Tt]he\\s+)?(${r.ordinal})[\\s-]quarter(?:\\s+of\\s+(?:(${YEAR})|([Tt]he|this)\\s+year)|\\s+(${YEAR}))?${YEAR_END}${NOT_LETTER}`, 'gud'), (m, a) => {
      const q = L.words.ordinals[m[1].toLowerCase()];
      const year = m[2] ?? m[4];
      if (!year && !m[3] && sportsSentence(a, L, m.index)) return null;
      return hit(m, `${year ?? 'XXXX'}-Q${q}`);
    }],
    // Q2, Q2 2025
    [new RegExp(`(?<![\\p{L}\\p{N}])Q([1-4])(?:\\s+(?:of\\s+)?(${YEAR}))?${YEAR_END}${NOT_LETTER}`, 'gud'), (m) =>
      hit(m, `${m[2] ?? 'XXXX'}-Q${m[1]}`)],
    // the June quarter
    [new RegExp(`(?:[Tt]he\\s+)?(${r.monthFull})[\\s-]quarter${NOT_LETTER}`, 'gud'), (m) => hit(m, `XXXX-Q${quarterOf(month(m[1]))}`)],
    // the first half of 2026, H1 2025, first-half profit
    [new RegExp(`(?:[Tt]he\\s+)?(${r.half})\\s+half\\s+of\\s+(?:(${YEAR})|(?:[Tt]he|this)\\s+year)${YEAR_END}`, 'gud'), (m) =>
      hit(m, `${m[2] ?? 'XXXX'}-H${L.words.halves[m[1].toLowerCase()]}`)],
    // the first half (of a business year, not of a game)
    [new RegExp(`(?:[Tt]he\\s+)(${r.half})\\s+half(?!\\s+of)${NOT_LETTER}`, 'gud'), (m, a) =>
      !sportsSentence(a, L, m.index) && businessSentence(a, L, m.index) ? hit(m, `XXXX-H${L.words.halves[m[1].toLowerCase()]}`) : null],
    [new RegExp(`(?<![\\p{L}\\p{N}])H([12])\\s+(${YEAR})${YEAR_END}`, 'gud'), (m) => hit(m, `${m[2]}-H${m[1]}`)],
    [new RegExp(`(${r.half})-half(?=\\s+(\\p{L}+))`, 'gud'), (m, a) =>
      L.periodBusinessNouns.has(m[2].toLowerCase()) && !sportsSentence(a, L, m.index)
        ? { start: m.index, end: m.index + m[1].length + 5, value: `XXXX-H${L.words.halves[m[1].toLowerCase()]}` }
        : null],
    // fiscal 2026, fiscal year 2025-26, FY2025: the fiscal calendar is the company's own.
    [new RegExp(`(?:${capOk('fiscal')}(?:\\s+year)?\\s+|FY\\s?)(?:${YEAR}|\\d{2})(?:[-/–]\\d{2,4})?${YEAR_END}${NOT_LETTER}`, 'gud'), (m) => hit(m, null)],
    // the (late) 1990s, the '90s
    [new RegExp(`(?:[Tt]he\\s+)?(?:(${r.part})[\\s-]+)?(?:(1\\d\\d|20\\d)0s|['’](\\d)0s)${NOT_LETTER}`, 'gud'), (m) =>
      hit(m, m[2] ?? (+m[3] >= 3 ? `19${m[3]}` : `20${m[3]}`))],
    // the 19th century
    [new RegExp(`(?:[Tt]he\\s+)?(?:(${r.part})[\\s-]+)?(\\d{1,2})(?:st|nd|rd|th)[\\s-]+century${NOT_LETTER}`, 'gud'), (m) =>
      +m[2] >= 1 && +m[2] <= 22 ? hit(m, pad(+m[2] - 1)) : null],
    // summer 2024, the summer of 2024
    [new RegExp(`(?:[Tt]he\\s+)?(${r.season})\\s+(?:of\\s+)?(${YEAR})${YEAR_END}`, 'gud'), (m) =>
      hit(m, `${m[2]}-${L.words.seasons[m[1].toLowerCase()]}`)],
    // (earlier) this year, next month, last week, this weekend, last summer
    [new RegExp(`(?:(?:${capOk('earlier')}|${capOk('later')})\\s+)?(${r.modifier})\\s+(${r.unit})${NOT_LETTER}(?!-)`, 'gud'), (m) =>
      m[2] === 'weekend'
        ? hit(m, null, { kind: 'weekend', shift: modShift(m[1]) }, 1)
        : hit(m, null, { kind: 'unit', unit: m[2], shift: modShift(m[1]) ?? 0 }, 1)],
    // the weekend
    [/[Tt]he\s+weekend(?![\p{L}-])/gu, (m) => hit(m, null, { kind: 'weekend', shift: null })],
    // (last) Saturday
    [new RegExp(`(?:(${r.modifier})\\s+)?(${r.weekdayFull})${NOT_LETTER}`, 'gud'), (m, a) => {
      const wd = weekday(m[2])!;
      if (!m[1] && namePart(a, m.index, m.index + m[0].length)) return null;
      return hit(m, `XXXX-WXX-${wd}`, { kind: 'weekday', weekday: wd, shift: modShift(m[1]) });
    }],
    // (last) October, in March
    [new RegExp(`(?:(${r.modifier})\\s+)?(${r.monthFull})${NOT_LETTER}(?!-)`, 'gud'), (m, a) => {
      const mo = month(m[2]);
      if (m[1]) return hit(m, null, { kind: 'month', month: mo, shift: modShift(m[1]) ?? 0 });
      return monthContext(a, L, m.index, m[2]) ? hit(m, `XXXX-${pad(mo)}`) : null;
    }],
    // yesterday, today, tomorrow
    [new RegExp(`(?<![\\p{L}])(${r.deictic})${NOT_LETTER}`, 'gud'), (m) =>
      hit(m, null, { kind: 'day', shift: L.words.deictic[m[1].toLowerCase()] })],
    // Christmas, New Year's Day: only after a preposition ("by Christmas")
    [new RegExp(`(?<![\\p{L}])(${r.holiday})${NOT_LETTER}`, 'gud'), (m, a) => {
      const prev = a.tokens[tokenAt(a, m.index) - 1];
      if (!prev || !L.holidayPrepositions.has(prev.lower)) return null;
      return hit(m, L.words.holidays[m[1].toLowerCase().replace(/’/g, "'")] ?? null);
    }],
    // 1949, in 2019, the 2020 election
    [new RegExp(`(?<![\\p{N}.,$€£¥#])(${YEAR})${YEAR_END}`, 'gud'), (m, a) => (yearContext(a, L, m.index, m.index + 4) ? hit(m, m[1]) : null)],
  ];
  return rules;
}

function hitOr(m: RegExpExecArray, value: string | null): Hit | null {
  if (value === null) return null;
  return { start: m.index, end: m.index + m[0].length, value };
}

let rulesCache: [RegExp, Rule][] | undefined;
const PARAGRAPH_BREAK = /\n[^\S\n]*\n/;

export function recognizeDates(a: Analysis, options: RecognizerOptions = {}): DateCandidate[] {
  const L = dateLexicon();
  rulesCache ??= built(L);
  const hits: Hit[] = [];
  for (const [re, rule] of rulesCache) {
    re.lastIndex = 0;
    for (let m = re.exec(a.text); m; m = re.exec(a.text)) {
      // A date never runs across a paragraph break ("Q3<br><br>Jan. 5" in HTML): look again
      // from the next character for one on either side.
      if (PARAGRAPH_BREAK.test(m[0])) {
        re.lastIndex = m.index + 1;
        continue;
      }
      const h = rule(m, a, L);
      if (h && h.end > h.start) hits.push(h);
    }
  }
  // Longest expression wins; earlier rules win ties (they are the more specific ones).
  const order = hits.map((h, k) => ({ h, k }));
  order.sort((x, y) => y.h.end - y.h.start - (x.h.end - x.h.start) || x.k - y.k);
  const taken: Hit[] = [];
  for (const { h } of order) {
    if (taken.some((t) => h.start < t.end && t.start < h.end)) continue;
    taken.push(h);
  }
  taken.sort((x, y) => x.start - y.start);
  const ref = parseReference(options.referenceDate);
  return taken.map((h) => {
    let value = h.value;
    if (ref && h.relative) value = resolve(a, L, h, ref) ?? value;
    return { text: a.text.slice(h.start, h.end), start: h.start, end: h.end, sentence: sentenceAt(a, h.start), value };
  });
}

/** A sentence about a game: "quarter" and "half" are periods of play there. */
function sportsSentence(a: Analysis, L: DateLexicon, offset: number): boolean {
  const s = a.sentences[sentenceAt(a, offset)];
  for (let i = s.from; i < s.to; i++) if (L.sportsWords.has(a.tokens[i].lower)) return true;
  // A score: "led 56-50", "won 2-1".
  return /(?<![\p{N}.,-])\d{1,3}-\d{1,3}(?![\p{N}-])/u.test(a.text.slice(s.start, s.end));
}

/** A sentence about money or results, where "the first half" is a part of a year. */
function businessSentence(a: Analysis, L: DateLexicon, offset: number): boolean {
  const s = a.sentences[sentenceAt(a, offset)];
  for (let i = s.from; i < s.to; i++) {
    const t = a.tokens[i];
    if (L.periodBusinessNouns.has(t.lower) || t.text === '%' || t.tags.has('Money')) return true;
  }
  return false;
}

/** "The Sunday Times": a weekday between "the" and a capitalized word is part of a name. */
function namePart(a: Analysis, start: number, end: number): boolean {
  const i = tokenAt(a, start);
  const prev = a.tokens[i - 1];
  const next = a.tokens[tokenAt(a, end - 1) + 1];
  if (!next || !next.word || !next.upper || next.sentence !== a.tokens[i].sentence || next.start !== end + 1) return false;
  if (prev && prev.lower === 'the') return true;
  // "Photo/Sunday Adebisi-Cole", "said Monday Eze": a weekday right before a capitalized word
  // that is no date is a given name, unless a date word leads it in ("on Sunday President X said").
  if (prev && L_DATE_LEADS.has(prev.lower)) return false;
  if (next.tags.has('Date') || next.tags.has('Month') || next.tags.has('WeekDay') || /^\d/.test(next.text) || next.text === 'I') return false;
  if (next.tags.has('Honorific') || /^(Mr|Mrs|Ms|Dr|President|Prime|Minister|Gen|General|Governor|Mayor|King|Queen)$/.test(next.text)) return false;
  if (prev && !prev.word && prev.text !== ',' && prev.end === a.tokens[i].start) return true;
  return a.tokens[i].first && (next.tags.has('Person') || next.tags.has('LastName') || /-/.test(next.text));
}
const L_DATE_LEADS = new Set(['on', 'by', 'until', 'till', 'since', 'from', 'before', 'after', 'last', 'next', 'this', 'every', 'each', 'late', 'early', 'and', 'or', 'to', 'through', 'of', 'that', 'as', 'past', 'coming']);

const MODIFIER_BEFORE = new Set(['a', 'an', 'its', 'their', 'his', 'her', 'our', 'your', "'s", '’s']);

/** A bare month name is a date after a preposition or determiner ("in March", "by June"). */
function monthContext(a: Analysis, L: DateLexicon, offset: number, name: string): boolean {
  const i = tokenAt(a, offset);
  const prev = a.tokens[i - 1];
  const next = a.tokens[i + 1];
  if (!prev || prev.sentence !== a.tokens[i].sentence) return false;
  // "a December forecast", "its March meeting", "the bank's June decision": a month that
  // modifies a lower-case noun after an article or a possessive.
  if (MODIFIER_BEFORE.has(prev.lower) && next && next.word && !next.upper && next.sentence === prev.sentence && next.tags.has('Noun') && !next.tags.has('Verb')) {
    return name !== 'May' || !next.tags.has('Verb');
  }
  if (!L.monthPrepositions.has(prev.lower)) return false;
  if (name === 'May') {
    // "may" is also a modal and a surname: only after a preposition proper, never before a verb.
    if (['the', 'and', 'or', 'that', 'as', 'than'].includes(prev.lower)) return false;
    if (next && next.tags.has('Verb')) return false;
  }
  if (prev.lower === 'the' && next && next.upper) return false;
  // Followed by a capitalized word ("June Carter") it is likely a name.
  if (next && next.word && next.upper && !next.first && !L.month.has(next.lower) && next.text !== 'I') {
    const nextIsSentenceWord = next.sentence === a.tokens[i].sentence;
    if (nextIsSentenceWord && !/^\d/.test(next.text)) return false;
  }
  return true;
}

/** A four-digit number is a year in year-like company: "in 2019", "the 2020 election". */
function yearContext(a: Analysis, L: DateLexicon, start: number, end: number): boolean {
  const i = tokenAt(a, start);
  const tok = a.tokens[i];
  // The tokenizer keeps a trailing comma on numbers ("1998,"): compare without it.
  if (!tok || tok.start !== start || tok.text.replace(/,+$/, '').length !== end - start) return false;
  const prev = a.tokens[i - 1]?.sentence === tok.sentence ? a.tokens[i - 1] : undefined;
  const next = a.tokens[i + 1]?.sentence === tok.sentence ? a.tokens[i + 1] : undefined;
  const year = +a.text.slice(start, end);
  if (next && (next.text === '%' || L.yearBlockingFollowers.has(next.lower))) return false;
  if (next && next.text === ':' && /^\d/.test(a.tokens[i + 2]?.text ?? '')) return false;
  // "2019-CV-1234", "2019-nCoV": part of a code, not a year.
  if (/^-\p{Lu}/u.test(a.text.slice(end, end + 2))) return false;
  if (prev && /^[$€£¥#№]$/.test(prev.text)) return false;
  if (prev && (prev.lower === 'no' || prev.lower === 'number' || prev.lower === 'nos')) return false;
  if (prev && L.yearStrongPrepositions.has(prev.lower) && year >= 1900) return true;
  const determiner = prev && (prev.tags.has('Determiner') || prev.tags.has('Possessive') || prev.lower === "'s");
  // A count of things: "2027 troops", "about 1500 people".
  if (next && next.word && !next.upper && next.tags.has('Noun') && !next.tags.has('Date') && !determiner) {
    if (next.tags.has('Plural') || next.tags.has('Uncountable') || next.tags.has('Unit')) return false;
  }
  if (prev && prev.word && prev.upper && !prev.first && !L.month.has(prev.lower) && !L.yearPrepositions.has(prev.lower)) {
    // "Resolution 2728", "Flight 1549": a number that belongs to a name.
    return false;
  }
  if (prev && prev.word && /^\d/.test(prev.text)) return false;
  if (year >= 1900) return true;
  return !!prev && L.yearPrepositions.has(prev.lower);
}

/** Past (-1) or future (1) narrative around a token: the nearest tense cue wins. */
function tenseAt(a: Analysis, offset: number): -1 | 1 {
  const i = tokenAt(a, offset);
  const s = a.sentences[a.tokens[i]?.sentence ?? 0];
  const cue = (t: (typeof a.tokens)[number]): -1 | 1 | 0 => {
    if (['will', "'ll", 'shall', 'next', 'upcoming', 'due', 'scheduled', 'expected', 'plans', 'planned', 'set', 'tomorrow'].includes(t.lower)) return 1;
    if (t.tags.has('FutureTense')) return 1;
    if (t.tags.has('PastTense') || ['was', 'were', 'had', 'last', 'ago', 'yesterday'].includes(t.lower)) return -1;
    return 0;
  };
  for (let j = i - 1; j >= s.from; j--) {
    const c = cue(a.tokens[j]);
    if (c) return c;
  }
  for (let j = i + 1; j < s.to; j++) {
    const c = cue(a.tokens[j]);
    if (c) return c;
  }
  return -1;
}

function resolve(a: Analysis, L: DateLexicon, h: Hit, ref: Ref): string | null {
  const rel = h.relative!;
  switch (rel.kind) {
    case 'weekday': {
      if (rel.shift === -1) return ymd(weekdayNear(ref, rel.weekday, -1, true));
      if (rel.shift === 1) return ymd(weekdayNear(ref, rel.weekday, 1, true));
      return ymd(weekdayNear(ref, rel.weekday, rel.shift === 0 ? 1 : tenseAt(a, h.start)));
    }
    case 'weekend': {
      const dir = rel.shift ?? tenseAt(a, h.start);
      // The weekend before (or of) the reference day, or the coming one.
      const sat = dir < 0 ? weekdayNear(ref, 6, -1) : dir > 0 ? weekdayNear(ref, 6, 1) : addDays(ref, 6 - ref.weekday);
      const day = dir < 0 && ref.weekday === 7 ? addDays(ref, -1) : sat;
      return `${isoWeek(day)}-WE`;
    }
    case 'day':
      return ymd(addDays(ref, rel.shift));
    case 'month':
      return ym(monthYear(ref, rel.month, rel.shift), rel.month);
    case 'unit': {
      const n = rel.shift;
      switch (rel.unit) {
        case 'week':
          return isoWeek(addDays(ref, 7 * n));
        case 'month':
          return ym(ref.year, ref.month + n);
        case 'year':
          return String(ref.year + n);
        case 'quarter': {
          const q = quarterOf(ref.month) - 1 + n;
          return `${ref.year + Math.floor(q / 4)}-Q${(((q % 4) + 4) % 4) + 1}`;
        }
        case 'decade':
          return String(Math.floor(ref.year / 10) + n);
        case 'century':
          return String(Math.floor(ref.year / 100) + n);
        default: {
          const season = L.words.seasons[rel.unit];
          if (!season) return null;
          // Seasons by their (northern) months: spring 3-5, summer 6-8, autumn 9-11, winter 12-2.
          const startMonth = { SP: 3, SU: 6, FA: 9, WI: 12 }[season] ?? 6;
          const seasonYear = (y: number) => `${y}-${season}`;
          const inOrAfter = ref.month >= startMonth;
          if (n < 0) return seasonYear(ref.month >= startMonth + 3 ? ref.year : ref.year - 1);
          if (n > 0) return seasonYear(inOrAfter ? ref.year + 1 : ref.year);
          return seasonYear(ref.year);
        }
      }
    }
  }
}
