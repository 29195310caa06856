// The closed-class words of the date grammar, read from the JSON lexicons once and turned into
// regular-expression fragments and lookup tables.
import { loadLexicon } from '../../lexicon/load.js';

interface NamedNumber {
  name: string;
  number: number;
  abbreviations: string[];
}

interface MonthsLexicon {
  months: NamedNumber[];
  weekdays: NamedNumber[];
}

interface DateWordsLexicon {
  relativeModifiers: Record<string, number>;
  relativeUnits: string[];
  seasons: Record<string, string>;
  deictic: Record<string, number>;
  partOfPeriod: string[];
  boundaryNouns: string[];
  ordinals: Record<string, number>;
  halves: Record<string, number>;
  monthPrepositions: string[];
  yearPrepositions: string[];
  yearStrongPrepositions: string[];
  yearBlockingFollowers: string[];
  sportsWords: string[];
  periodBusinessNouns: string[];
  holidays: Record<string, string | null>;
  holidayPrepositions: string[];
}

export interface DateLexicon {
  /** Lower-case month name or abbreviation -> 1..12. */
  month: Map<string, number>;
  /** Lower-case weekday name or abbreviation -> 1 (Monday) .. 7 (Sunday). */
  weekday: Map<string, number>;
  words: DateWordsLexicon;
  monthPrepositions: ReadonlySet<string>;
  yearPrepositions: ReadonlySet<string>;
  yearStrongPrepositions: ReadonlySet<string>;
  yearBlockingFollowers: ReadonlySet<string>;
  sportsWords: ReadonlySet<string>;
  periodBusinessNouns: ReadonlySet<string>;
  holidayPrepositions: ReadonlySet<string>;
  re: {
    monthFull: string;
    monthAbbr: string;
    weekdayFull: string;
    weekdayAbbr: string;
    modifier: string;
    unit: string;
    part: string;
    boundary: string;
    ordinal: string;
    half: string;
    season: string;
    deictic: string;
    holiday: string;
  };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** "early" -> "[Ee]arly": a lower-case word that may start a sentence. */
export const capOk = (w: string) => {
  const c = w[0];
  const up = c.toUpperCase();
  return (up !== c ? `[${up}${c}]` : escape(c)) + escape(w.slice(1));
};
const alt = (words: string[], f: (w: string) => string = escape) =>
  `(?:${[...words].sort((x, y) => y.length - x.length).map(f).join('|')})`;

let cached: DateLexicon | undefined;

export function dateLexicon(): DateLexicon {
  if (cached) return cached;
  const m = loadLexicon<MonthsLexicon>('months');
  const w = loadLexicon<DateWordsLexicon>('date-words');
  const month = new Map<string, number>();
  const weekday = new Map<string, number>();
  for (const x of m.months) {
    month.set(x.name.toLowerCase(), x.number);
    for (const ab of x.abbreviations) month.set(ab.toLowerCase(), x.number);
  }
  for (const x of m.weekdays) {
    weekday.set(x.name.toLowerCase(), x.number);
    for (const ab of x.abbreviations) weekday.set(ab.toLowerCase(), x.number);
  }
  const lc = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));
  cached = {
    month,
    weekday,
    words: w,
    monthPrepositions: lc(w.monthPrepositions),
    yearPrepositions: lc(w.yearPrepositions),
    yearStrongPrepositions: lc(w.yearStrongPrepositions),
    yearBlockingFollowers: lc(w.yearBlockingFollowers),
    sportsWords: lc(w.sportsWords),
    periodBusinessNouns: lc(w.periodBusinessNouns),
    holidayPrepositions: lc(w.holidayPrepositions),
    re: {
      monthFull: alt(m.months.map((x) => x.name)),
      monthAbbr: alt(m.months.flatMap((x) => x.abbreviations)),
      weekdayFull: alt(m.weekdays.map((x) => x.name)),
      weekdayAbbr: alt(m.weekdays.flatMap((x) => x.abbreviations)),
      modifier: alt(Object.keys(w.relativeModifiers), capOk),
      unit: alt(w.relativeUnits),
      part: alt(w.partOfPeriod, capOk),
      boundary: alt(w.boundaryNouns),
      ordinal: alt(Object.keys(w.ordinals), capOk),
      half: alt(Object.keys(w.halves), capOk),
      season: alt(Object.keys(w.seasons), capOk),
      deictic: alt(Object.keys(w.deictic), capOk),
      holiday: alt(Object.keys(w.holidays).map((h) => h.replace(/(^|\s)(\p{L})/gu, (_s, sp: string, c: string) => sp + c.toUpperCase())), (h) => escape(h).replace(/'/g, "['’]")),
    },
  };
  return cached;
}
