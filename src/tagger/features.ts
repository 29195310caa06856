// Token features for the tagger: the word and its neighbours, shape, affixes, position,
// compromise's tags, the project's closed-class lexicons, and the rule recognizers' marks.
// Each feature is a string hashed to a bucket; training and tagging call the same code.
import type { Analysis, Token } from '../analysis/analyze.js';
import { titleLexicon } from '../lexicon/titles.js';
import { orgLexicon } from '../recognizers/organizations/lexicon.js';
import { featureHash } from './hash.js';
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

function lexClasses(t: Token): string[] {
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

const norm = (t: Token | undefined) => (t ? (/\d/.test(t.lower) ? t.lower.replace(/\d/g, '0') : t.lower) : '<s>');

/**
 * Hashed features of every token, grouped by sentence: result[s][k] is the feature list of
 * the k-th token of sentence s.
 */
export function documentFeatures(a: Analysis, rules: RuleMarks): Int32Array[][] {
  const doc = documentCase(a);
  // Each token's lexicon classes once: a token is looked at as itself and as a neighbour.
  const classes = a.tokens.map(lexClasses);
  const out: Int32Array[][] = [];
  for (const s of a.sentences) {
    const mode = sentenceCase(a, s.from, s.to);
    const sentence: Int32Array[] = [];
    for (let i = s.from; i < s.to; i++) sentence.push(tokenFeatures(a, i, s.from, s.to, mode, doc, rules, classes));
    out.push(sentence);
  }
  return out;
}

function tokenFeatures(a: Analysis, i: number, from: number, to: number, mode: string, doc: ReturnType<typeof documentCase>, rules: RuleMarks, classes: string[][]): Int32Array {
  const tk = a.tokens;
  const t = tk[i];
  const at = (k: number) => (k >= from && k < to ? tk[k] : undefined);
  const p1 = at(i - 1);
  const p2 = at(i - 2);
  const n1 = at(i + 1);
  const n2 = at(i + 2);
  const f: string[] = ['bias'];
  const w = norm(t);
  const shape = shortShape(t.text);
  f.push(`w=${w}`, `s=${shape}`, `w-1=${norm(p1)}`, `w+1=${norm(n1)}`, `w-2=${norm(p2)}`, `w+2=${norm(n2)}`);
  f.push(`w-1w=${norm(p1)}|${w}`, `ww+1=${w}|${norm(n1)}`);
  const s1 = p1 ? shortShape(p1.text) : '<s>';
  const s2 = n1 ? shortShape(n1.text) : '</s>';
  f.push(`s-1=${s1}`, `s+1=${s2}`, `s-1ss+1=${s1}|${shape}|${s2}`);
  if (t.text.length > 2) {
    for (let k = 2; k <= 4; k++) if (t.lower.length > k) f.push(`p${k}=${t.lower.slice(0, k)}`, `x${k}=${t.lower.slice(-k)}`);
  }
  f.push(`mode=${mode}`, `mode|s=${mode}|${shape}`);
  if (t.first) f.push(`first|s=${shape}`);
  if (t.upper) {
    f.push(`lowerSeen=${doc.lowerSeen.has(t.lower)}`, `capSeen=${doc.capSeen.has(t.lower)}`);
  }
  if (t.dot) f.push('dot');
  // A token's own few tags, filtered, rather than every feature tag looked up in its set.
  for (const tag of t.tags) if (TAGS.has(tag)) f.push(`t=${tag}`, `t|mode=${tag}|${mode}`);
  if (p1) for (const tag of p1.tags) if (TAGS.has(tag)) f.push(`t-1=${tag}`);
  if (n1) for (const tag of n1.tags) if (TAGS.has(tag)) f.push(`t+1=${tag}`);
  for (const c of classes[t.i]) f.push(`lex=${c}`);
  if (p1) for (const c of classes[p1.i]) f.push(`lex-1=${c}`);
  if (n1) for (const c of classes[n1.i]) f.push(`lex+1=${c}`);
  if (n2) for (const c of classes[n2.i]) f.push(`lex+2=${c}`);
  for (const m of rules.marks[i]) f.push(`r=${m}`, `r|mode=${m}|${mode}`);
  if (p1) for (const m of rules.marks[p1.i]) f.push(`r-1=${m}`);
  if (n1) for (const m of rules.marks[n1.i]) f.push(`r+1=${m}`);
  const h = new Int32Array(f.length);
  for (let k = 0; k < f.length; k++) h[k] = featureHash(f[k]);
  return h;
}
