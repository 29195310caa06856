// Token features for the tagger: the word and its neighbours, shape, affixes, position,
// compromise's tags, the project's closed-class lexicons, and the rule recognizers' marks.
// Each feature is a string hashed to a bucket; training and tagging call the same code.
import type { Analysis, Token } from '../analysis/analyze.js';
import { titleLexicon } from '../lexicon/titles.js';
import { orgLexicon } from '../recognizers/organizations/lexicon.js';
import { bucketOf, featureHash, mix, seed } from './hash.js';
import type { RuleMarks } from './rules.js';

// compromise tags worth a feature; the rest are implied by these or carry nothing.
const TAGS = new Set([
  'Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Honorific', 'Place', 'Country', 'City', 'Region',
  'Organization', 'SportsTeam', 'School', 'ProperNoun', 'Noun', 'Plural', 'Verb', 'PastTense', 'PresentTense',
  'Gerund', 'Infinitive', 'Copula', 'Adjective', 'Adverb', 'Demonym', 'Acronym', 'Value', 'Date', 'Month', 'WeekDay',
  'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Possessive', 'Actor', 'Unit', 'Currency', 'Abbreviation',
  'Expression', 'QuestionWord', 'Modal', 'Auxiliary', 'Uncountable',
]);

/** "Haaland" -> "Xx", "U.S." -> "X.X.", "2-1" -> "d-d": runs of one class collapse. */
export function shortShape(s: string): string {
  let out = '';
  let last = '';
  for (const ch of s) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    if (c !== last) out += c;
    last = c;
  }
  return out.slice(0, 6);
}

interface Lexicons {
  titleHeads: ReadonlySet<string>;
  honorifics: ReadonlySet<string>;
  orgHeads: ReadonlySet<string>;
  orgSuffixes: ReadonlySet<string>;
  countries: ReadonlySet<string>;
  nationalities: ReadonlySet<string>;
  places: ReadonlySet<string>;
}
let lexicons: Lexicons | undefined;
function lex(): Lexicons {
  if (!lexicons) {
    const t = titleLexicon();
    const o = orgLexicon();
    lexicons = {
      titleHeads: t.heads,
      honorifics: t.honorifics,
      orgHeads: new Set([...o.heads].map((w) => w.toLowerCase())),
      orgSuffixes: new Set([...o.suffixes].map((w) => w.toLowerCase())),
      countries: new Set([...o.countries].map((w) => w.toLowerCase())),
      nationalities: new Set([...o.nationalities].map((w) => w.toLowerCase())),
      places: o.places,
    };
  }
  return lexicons;
}

// News repeats its words: a word's classes are looked up once per process (bounded, so that
// memory stays flat over an archive).
const classCache = new Map<string, string[]>();
function lexClasses(t: Token): string[] {
  let hit = classCache.get(t.lower);
  if (!hit) {
    if (classCache.size >= 100_000) classCache.clear();
    hit = lookUpClasses(t);
    classCache.set(t.lower, hit);
  }
  return hit;
}

function lookUpClasses(t: Token): string[] {
  const l = lex();
  const w = t.lower.replace(/\.$/, '');
  const out: string[] = [];
  if (l.titleHeads.has(w)) out.push('title');
  if (l.honorifics.has(w) || l.honorifics.has(`${w}.`)) out.push('hon');
  if (l.orgHeads.has(w)) out.push('orghead');
  if (l.orgSuffixes.has(w.replace(/\./g, ''))) out.push('orgsuf');
  if (l.countries.has(w)) out.push('country');
  else if (l.places.has(w)) out.push('place');
  if (l.nationalities.has(w)) out.push('nat');
  return out;
}

/** Per-document facts that make a feature of one token: how the word is written elsewhere. */
function documentCase(a: Analysis): { lowerSeen: Set<string>; capSeen: Set<string> } {
  const lowerSeen = new Set<string>();
  const capSeen = new Set<string>();
  for (const t of a.tokens) {
    if (!t.word) continue;
    if (!t.upper) lowerSeen.add(t.lower);
    else if (!t.first && t.text !== t.text.toUpperCase()) capSeen.add(t.lower);
  }
  return { lowerSeen, capSeen };
}

/** How a sentence (a line, a headline) is written: in capitals, in Title Case, or as prose. */
function sentenceCase(a: Analysis, from: number, to: number): string {
  let words = 0;
  let caps = 0;
  let upper = 0;
  for (let i = from; i < to; i++) {
    const t = a.tokens[i];
    if (!t.word || !/\p{L}/u.test(t.text)) continue;
    words++;
    if (t.upper) upper++;
    if (t.text.length > 1 && t.text === t.text.toUpperCase()) caps++;
  }
  if (words >= 2 && caps / words >= 0.6) return 'caps';
  if (words >= 3 && upper / words >= 0.7) return 'title';
  return 'prose';
}

const norm = (t: Token) => (/\d/.test(t.lower) ? t.lower.replace(/\d/g, '0') : t.lower);

/** The hashed features of one sentence: token k's are ids[offsets[k] .. offsets[k + 1]). */
export interface SentenceFeatures {
  ids: Int32Array;
  offsets: Int32Array;
}

// Seeds of the features that start with a fixed prefix.
const S = {
  w: seed('w='), s: seed('s='), w1: seed('w-1='), w2: seed('w-2='), wn1: seed('w+1='), wn2: seed('w+2='),
  bigramL: seed('w-1w='), bigramR: seed('ww+1='), s1: seed('s-1='), sn1: seed('s+1='), trigram: seed('s-1ss+1='),
  p: [0, 0, seed('p2='), seed('p3='), seed('p4=')], x: [0, 0, seed('x2='), seed('x3='), seed('x4=')],
  modeShape: seed('mode|s='), firstShape: seed('first|s='),
};
const BAR = '|'.charCodeAt(0);
const bar = (h: number) => Math.imul(h ^ BAR, 0x01000193);
const BIAS = featureHash('bias');
const DOT = featureHash('dot');
const BOOL = (name: string) => [featureHash(`${name}=false`), featureHash(`${name}=true`)];
const LOWER_SEEN = BOOL('lowerSeen');
const CAP_SEEN = BOOL('capSeen');
const START = '<s>';
const END = '</s>';

// Features of a closed set of values (tags, lexicon classes, rule marks, sentence modes) are
// hashed once per value and kept.
const MODES = ['caps', 'title', 'prose'] as const;
type Mode = (typeof MODES)[number];
interface ValueHashes {
  self: number;
  prev: number;
  next: number;
  next2: number;
  /** By mode, the conjunction "value|mode". */
  withMode: Record<Mode, number>;
}
function valueTable(self: string, prev: string, next: string, next2: string, withMode: string) {
  const table = new Map<string, ValueHashes>();
  return (v: string): ValueHashes => {
    let h = table.get(v);
    if (!h) {
      h = {
        self: featureHash(`${self}=${v}`),
        prev: featureHash(`${prev}=${v}`),
        next: featureHash(`${next}=${v}`),
        next2: featureHash(`${next2}=${v}`),
        withMode: { caps: featureHash(`${withMode}=${v}|caps`), title: featureHash(`${withMode}=${v}|title`), prose: featureHash(`${withMode}=${v}|prose`) },
      };
      table.set(v, h);
    }
    return h;
  };
}
const tagHashes = valueTable('t', 't-1', 't+1', 't+2', 't|mode');
const lexHashes = valueTable('lex', 'lex-1', 'lex+1', 'lex+2', 'lex|mode');
const ruleHashes = valueTable('r', 'r-1', 'r+1', 'r+2', 'r|mode');
const MODE_HASH: Record<Mode, number> = { caps: featureHash('mode=caps'), title: featureHash('mode=title'), prose: featureHash('mode=prose') };

/** Per token, what its own features and its neighbours' features need, computed once per document. */
interface TokenFacts {
  norm: string;
  shape: string;
  tags: ValueHashes[];
  lex: ValueHashes[];
  rules: ValueHashes[];
}

function tokenFacts(a: Analysis, rules: RuleMarks): TokenFacts[] {
  return a.tokens.map((t, i) => ({
    norm: norm(t),
    shape: shortShape(t.text),
    tags: [...t.tags].filter((tag) => TAGS.has(tag)).map(tagHashes),
    lex: lexClasses(t).map(lexHashes),
    rules: rules.marks[i].map(ruleHashes),
  }));
}

/**
 * Hashed features of every token, one SentenceFeatures per sentence of the analysis. The
 * feature set is documented by the strings it hashes: the word and its neighbours within two
 * ("w=", "w-1=", ...), bigrams, shapes and their trigram, prefixes and suffixes of 2-4
 * letters, the sentence's mode and its conjunction with the shape, the first word's shape,
 * how the word is written elsewhere, compromise's tags, lexicon classes and rule marks of the
 * token and its neighbours, and the tags' and rules' conjunctions with the mode.
 */
export function documentFeatures(a: Analysis, rules: RuleMarks): SentenceFeatures[] {
  const doc = documentCase(a);
  const facts = tokenFacts(a, rules);
  const out: SentenceFeatures[] = [];
  const ids: number[] = [];
  for (const s of a.sentences) {
    const mode = sentenceCase(a, s.from, s.to) as Mode;
    ids.length = 0;
    const offsets = new Int32Array(s.to - s.from + 1);
    for (let i = s.from; i < s.to; i++) {
      tokenFeatures(a, facts, i, s.from, s.to, mode, doc, ids);
      offsets[i - s.from + 1] = ids.length;
    }
    out.push({ ids: Int32Array.from(ids), offsets });
  }
  return out;
}

function tokenFeatures(a: Analysis, facts: TokenFacts[], i: number, from: number, to: number, mode: Mode, doc: ReturnType<typeof documentCase>, out: number[]): void {
  const t = a.tokens[i];
  const me = facts[i];
  const p1 = i - 1 >= from ? facts[i - 1] : undefined;
  const p2 = i - 2 >= from ? facts[i - 2] : undefined;
  const n1 = i + 1 < to ? facts[i + 1] : undefined;
  const n2 = i + 2 < to ? facts[i + 2] : undefined;
  const w = me.norm;
  const wp1 = p1 ? p1.norm : START;
  const wn1 = n1 ? n1.norm : START;
  const shape = me.shape;
  const s1 = p1 ? p1.shape : START;
  const s2 = n1 ? n1.shape : END;
  out.push(
    BIAS,
    bucketOf(mix(S.w, w)),
    bucketOf(mix(S.s, shape)),
    bucketOf(mix(S.w1, wp1)),
    bucketOf(mix(S.wn1, wn1)),
    bucketOf(mix(S.w2, p2 ? p2.norm : START)),
    bucketOf(mix(S.wn2, n2 ? n2.norm : START)),
    bucketOf(mix(bar(mix(S.bigramL, wp1)), w)),
    bucketOf(mix(bar(mix(S.bigramR, w)), wn1)),
    bucketOf(mix(S.s1, s1)),
    bucketOf(mix(S.sn1, s2)),
    bucketOf(mix(bar(mix(bar(mix(S.trigram, s1)), shape)), s2)),
  );
  if (t.text.length > 2) {
    const lower = t.lower;
    for (let k = 2; k <= 4; k++) if (lower.length > k) out.push(bucketOf(mix(S.p[k], lower, 0, k)), bucketOf(mix(S.x[k], lower, lower.length - k)));
  }
  out.push(MODE_HASH[mode], bucketOf(mix(bar(mix(S.modeShape, mode)), shape)));
  if (t.first) out.push(bucketOf(mix(S.firstShape, shape)));
  if (t.upper) out.push(LOWER_SEEN[+doc.lowerSeen.has(t.lower)], CAP_SEEN[+doc.capSeen.has(t.lower)]);
  if (t.dot) out.push(DOT);
  for (const h of me.tags) out.push(h.self, h.withMode[mode]);
  if (p1) for (const h of p1.tags) out.push(h.prev);
  if (n1) for (const h of n1.tags) out.push(h.next);
  for (const h of me.lex) out.push(h.self);
  if (p1) for (const h of p1.lex) out.push(h.prev);
  if (n1) for (const h of n1.lex) out.push(h.next);
  if (n2) for (const h of n2.lex) out.push(h.next2);
  for (const h of me.rules) out.push(h.self, h.withMode[mode]);
  if (p1) for (const h of p1.rules) out.push(h.prev);
  if (n1) for (const h of n1.rules) out.push(h.next);
}
