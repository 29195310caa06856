// The currency lexicon (src/lexicon/data/currencies.json) as lookup tables and regular-expression
// fragments for the money grammar.
import { loadLexicon } from '../../lexicon/load.js';

interface CurrencyData {
  symbols: Record<string, string>;
  letterPrefixes: Record<string, string>;
  prefixesNeedingScale: string[];
  prefixesNeedingCue: Record<string, string>;
  codes: Record<string, string>;
  words: Record<string, string>;
  qualifiedWords: Record<string, string>;
  contextCues: Record<string, [string, string][]>;
  contextBlockers: Record<string, string>;
  subunits: Record<string, { factor: number; currency: string | null }>;
  centCurrencies: string[];
  scales: Record<string, number>;
  attachedOnlyScales: string[];
  numberWords: Record<string, number>;
  qualifiers: string[];
  perUnits: string[];
  weightCues: string[];
  wordsNeedingCue: Record<string, string>;
  postfixSymbols: string[];
  subunitSuffixes: Record<string, { factor: number; currency: string; cue: string }>;
  impliedScales: string[];
  impliedFollowers: string[];
  impliedCues: string[];
}

export interface MoneyLexicon {
  data: CurrencyData;
  /** Symbol, letter prefix or code -> ISO code. */
  prefix: Map<string, string>;
  /** Lower-case currency word or qualified phrase, singular and plural -> ISO code. */
  word: Map<string, string>;
  scale: Map<string, number>;
  numberWord: Map<string, number>;
  weightCues: ReadonlySet<string>;
  re: {
    prefix: string;
    num: string;
    numWord: string;
    scales: string;
    word: string;
    code: string;
    subunit: string;
    qualifier: string;
    perUnit: string;
    postfixSymbol: string;
    subunitSuffix: string;
    impliedScale: string;
  };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (words: Iterable<string>, f: (w: string) => string = escape) =>
  `(?:${[...words].sort((x, y) => y.length - x.length).map(f).join('|')})`;
/** Words may start a sentence: the first letter in either case. */
const capOk = (w: string) => {
  const c = w[0];
  const up = c.toUpperCase();
  return (up !== c ? `[${up}${c}]` : escape(c)) + escape(w.slice(1)).replace(/ /g, '\\s+');
};

let cached: MoneyLexicon | undefined;

export function moneyLexicon(): MoneyLexicon {
  if (cached) return cached;
  const d = loadLexicon<CurrencyData>('currencies');
  const prefix = new Map<string, string>([
    ...Object.entries(d.symbols),
    ...Object.entries(d.letterPrefixes),
    ...Object.entries(d.codes),
  ]);
  const word = new Map<string, string>();
  const plural = (w: string) => (/(s|sh|ch|x)$/.test(w) ? `${w}es` : `${w}s`);
  for (const [w, c] of Object.entries(d.words)) word.set(w.toLowerCase(), c);
  for (const [w, c] of Object.entries(d.qualifiedWords)) {
    word.set(w.toLowerCase(), c);
    if (!/s$/.test(w)) word.set(plural(w.toLowerCase()), c);
  }
  const scale = new Map(Object.entries(d.scales));
  const attached = new Set(d.attachedOnlyScales);
  const spaced = [...scale.keys()].filter((s) => !attached.has(s));
  const oneScale = `(?:[\\s-]?${alt(spaced)}|${alt(attached)})(?![\\p{L}\\p{N}])`;
  cached = {
    data: d,
    prefix,
    word,
    scale,
    numberWord: new Map(Object.entries(d.numberWords)),
    weightCues: new Set(d.weightCues),
    re: {
      prefix: alt(prefix.keys()),
      num: '(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?',
      numWord: alt(Object.keys(d.numberWords), capOk),
      scales: `(?:${oneScale}){1,2}`,
      word: alt(word.keys(), (w) => escape(w).replace(/ /g, '\\s+')),
      code: alt(Object.keys(d.codes)),
      subunit: alt(Object.keys(d.subunits)),
      qualifier: alt(d.qualifiers, capOk),
      perUnit: alt(d.perUnits, (w) => escape(w).replace(/ /g, '\\s+')),
      postfixSymbol: alt(d.postfixSymbols),
      subunitSuffix: alt(Object.keys(d.subunitSuffixes)),
      impliedScale: alt(d.impliedScales),
    },
  };
  return cached;
}
