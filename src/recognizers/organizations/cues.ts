// Organizations named with no head word, found by the words around them:
//  - ampersand names: "Procter & Gamble", "Marks & Spencer";
//  - the employer before a title or occupation and a person's name: "Tesla Chief Executive Elon Musk",
//    "Arsenal manager Mikel Arteta", "Washington Post reporter Ellen Nakashima";
//  - market cues: "Nordvik shares fell", "shares of Nordvik", "Nordvik's chief executive",
//    "Nordvik said revenue rose", "Nordvik, the Norwegian insurer, ...".
// Each returns token spans; organizations.ts turns them into candidates.
import nlp from 'compromise/two';
import type { Analysis, Token } from '../../analysis/analyze.js';
import type { TitleCandidate } from '../types.js';
import { titleLexicon } from '../../lexicon/titles.js';
import type { OrgLexicon } from './lexicon.js';

export interface CueSpan {
  from: number;
  to: number;
  kind: 'ampersand' | 'employer' | 'market';
}

const FUNCTION_TAGS = ['Verb', 'Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Adverb', 'QuestionWord', 'Modal', 'Auxiliary'];
const DATE_TAGS = ['Date', 'Month', 'WeekDay'];
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'dame', 'lord', 'lady', 'prof', 'miss']);
// Capitalized title modifiers that may stand between an employer and the head ("Nomura Senior Economist").
const INNER_MODIFIERS = new Set(['senior', 'junior', 'chief', 'executive', 'vice', 'deputy', 'assistant', 'associate', 'acting', 'interim', 'managing', 'principal', 'lead', 'head', 'general']);
// Words that say the run is no name: "Class A shares", "Series B stock".
const NOT_NAMES = new Set(['class', 'series', 'preferred', 'common', 'ordinary', 'voting']);
const SPOKES = new Set(['spokesman', 'spokeswoman', 'spokesperson']);
const SAID = new Set(['said', 'says', 'reported', 'posted', 'announced', 'forecast', 'expects', 'expected', 'booked', 'raised', 'cut', 'lowered', 'reiterated']);
// Between the statement and the results word ("said on Tuesday that its third-quarter net profit").
const FILLER = new Set(['on', 'that', 'its', 'it', 'a', 'an', 'the', 'had', 'has', 'would', 'will', 'in', 'first', 'second', 'third', 'fourth', 'quarter', 'quarterly', 'annual', 'full-year', 'net', 'group', 'core', 'underlying', 'adjusted', 'record', 'higher', 'lower', 'weaker', 'stronger', 'better', 'than', 'expected']);

const isCap = (t: Token | undefined): boolean => !!t && t.word && t.upper;
const hasAny = (t: Token, tags: string[]): boolean => tags.some((x) => t.tags.has(x));
const isFunctionWord = (t: Token): boolean => hasAny(t, FUNCTION_TAGS) && !t.tags.has('ProperNoun') && !t.tags.has('Organization');

function isTitleWord(lex: OrgLexicon, t: Token): boolean {
  const tl = titleLexicon();
  return lex.titles.has(t.text) || lex.titles.has(t.text + (t.dot ? '.' : '')) || tl.honorifics.has(t.lower) || tl.formerMarkers.has(t.lower.replace(/-$/, '')) || tl.heads.has(t.lower);
}

const placeWord = (lex: OrgLexicon, t: Token): boolean => lex.places.has(t.lower) || lex.nationalities.has(t.lower) || lex.countryOf.has(t.lower);

let commonWords: Record<string, string> | undefined;
/** A word of the language ("team", "insurer"): at the start of a sentence its capital proves nothing. */
function isCommonWord(w: string): boolean {
  commonWords ??= (nlp as unknown as { model(): { one: { lexicon: Record<string, string> } } }).model().one.lexicon;
  const tag = commonWords[w];
  return (typeof tag === 'string' && !NAME_TAGS.has(tag)) || Array.isArray(tag) || nlp(w).has('#Adjective') || nlp(w).has('#Verb');
}

const GIVEN = new Set(['MaleName', 'FemaleName', 'FirstName']);
function givenName(w: string): boolean {
  commonWords ??= (nlp as unknown as { model(): { one: { lexicon: Record<string, string> } } }).model().one.lexicon;
  return GIVEN.has(commonWords[w] ?? '');
}

const NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName', 'LastName', 'Person', 'Place', 'City', 'Country', 'Region', 'Organization', 'SportsTeam', 'ProperNoun', 'Company']);
/** A word of the language, not a name: known to compromise as such, or shaped like an abstract noun. */
export function genericWord(w: string): boolean {
  commonWords ??= (nlp as unknown as { model(): { one: { lexicon: Record<string, string> } } }).model().one.lexicon;
  const tag = commonWords[w];
  if (typeof tag === 'string' && !NAME_TAGS.has(tag)) return true;
  return /(ment|tion|sion|ity|ance|ence|ness|ing|ies|ers|ics|ure)s?$/.test(w);
}

/** A capitalized run that ends at token `to` (inclusive), with inner "&": its first token, or -1. */
export function runEndingAt(a: Analysis, lex: OrgLexicon, to: number, max = 5): number {
  const t = a.tokens;
  if (!isCap(t[to])) return -1;
  const sentence = t[to].sentence;
  let from = to + 1;
  let words = 0;
  let j = to;
  while (j >= 0 && t[j].sentence === sentence && words < max) {
    const x = t[j];
    if (isCap(x)) {
      if (x.lower === 'the' || (x.first && isFunctionWord(x)) || isTitleWord(lex, x) || hasAny(x, DATE_TAGS) && !x.tags.has('Organization')) break;
      if (t[j + 1]?.lower === "'s" && j !== to) break;
      if (/-(based|led|backed|owned|born|run|listed|winning)$/i.test(x.text)) break;
      from = j;
      words++;
      j--;
      continue;
    }
    if (x.text === '&' && isCap(t[j - 1]) && t[j - 1].sentence === sentence && from === j + 1) {
      j--;
      continue;
    }
    break;
  }
  return from <= to ? from : -1;
}

/** A capitalized run that starts at token `from`: its last token, or -1. */
function runStartingAt(a: Analysis, lex: OrgLexicon, from: number, max = 5): number {
  const t = a.tokens;
  let i = from;
  if (t[i]?.lower === 'the') i++;
  if (!isCap(t[i])) return -1;
  const sentence = t[i].sentence;
  let to = -1;
  let words = 0;
  while (i < t.length && t[i].sentence === sentence && words < max) {
    const x = t[i];
    if (isCap(x) && !isTitleWord(lex, x) && !(hasAny(x, DATE_TAGS) && !x.tags.has('Organization'))) {
      to = i;
      words++;
      i++;
      continue;
    }
    if (x.text === '&' && to === i - 1 && isCap(t[i + 1])) {
      i++;
      continue;
    }
    break;
  }
  return to;
}

/** Whether a capitalized run can be an organization's name at all. */
function nameLike(a: Analysis, lex: OrgLexicon, from: number, to: number): boolean {
  const toks = a.tokens.slice(from, to + 1).filter((x) => x.word);
  if (!toks.length || toks.length > 5) return false;
  const text = a.text.slice(a.tokens[from].start, a.tokens[to].end).toLowerCase();
  if (lex.places.has(text) || lex.nationalities.has(text) || lex.countryOf.has(text)) return false;
  if (toks.every((x) => placeWord(lex, x) || lex.compass.has(x.text))) return false;
  // A person's name after a title ("President Koji Sato said sales rose").
  const before = a.tokens[from - 1];
  if (before && before.sentence === a.tokens[from].sentence && before.word && isTitleWord(lex, before)) return false;
  if (toks.every((x) => (x.tags.has('Place') || x.tags.has('City') || x.tags.has('Country') || x.tags.has('Region')) && !x.tags.has('Organization'))) return false;
  if (toks.some((x) => NOT_NAMES.has(x.lower) || /^(street|avenue|road|square)$/.test(x.lower))) return false;
  if (toks.length === 1) {
    const w = toks[0];
    if (w.text.replace(/[^\p{L}]/gu, '').length < 2) return false;
    if (lex.heads.has(w.text) || lex.suffixes.has(w.text) || lex.genericNames.has(w.lower) || lex.acronymStop.has(w.text)) return false;
    if (w.first && (isCommonWord(w.lower) || w.tags.has('Plural') && !w.tags.has('Organization')) && !capitalizedElsewhere(a, w)) return false;
  }
  if (toks.every((x) => titleLexicon().modifiers.has(x.lower))) return false;
  return !personLike(a, lex, from, to);
}

/** The same word capitalized inside a sentence elsewhere in the article. */
function capitalizedElsewhere(a: Analysis, w: Token): boolean {
  return a.tokens.some((x) => x !== w && x.text === w.text && !x.first);
}

/** A person's name rather than an organization: "Elon Musk", or "Musk" where the article says "Elon Musk", "Mr. Musk". */
export function personLike(a: Analysis, lex: OrgLexicon, from: number, to: number): boolean {
  const t = a.tokens;
  const toks = t.slice(from, to + 1).filter((x) => x.word);
  const org = (x: Token) => x.tags.has('Organization');
  if (toks.length >= 2 && (toks[0].tags.has('FirstName') || toks[0].tags.has('Person')) && !toks.some(org)) return true;
  if (toks.length === 1 && toks[0].tags.has('LastName') && !org(toks[0])) return true;
  if (toks.length > 2) return false;
  const last = toks[toks.length - 1].text;
  for (const x of t) {
    if (x.text !== last || (x.i >= from && x.i <= to)) continue;
    const p = t[x.i - 1];
    if (!p || p.sentence !== x.sentence) continue;
    if (toks.length === 1 && isCap(p) && (p.tags.has('FirstName') || p.tags.has('Person')) && !org(p) && !org(x)) return true;
    // "Warren Buffett" elsewhere: a two-word name that ends in the word.
    const pp = t[x.i - 2];
    const nx = t[x.i + 1];
    if (toks.length === 1 && isCap(p) && !p.first && !isTitleWord(lex, p) && !placeWord(lex, p) && !org(p) && !lex.heads.has(p.text) &&
      !(pp && pp.sentence === x.sentence && (isCap(pp) || pp.text === '&')) && !(nx && nx.sentence === x.sentence && (isCap(nx) || nx.text === '&')) && !/^\p{Lu}+$/u.test(p.text)) return true;
    if (HONORIFICS.has(p.lower.replace(/\.$/, ''))) return true;
    // "President Koji Sato" elsewhere: the run this word ends follows a title.
    let q = x.i - 1;
    while (q >= 0 && q > x.i - 4 && isCap(t[q]) && !isTitleWord(lex, t[q]) && t[q].sentence === x.sentence) q--;
    const n0 = t[x.i + 1];
    const titledAfter = !!n0 && n0.sentence === x.sentence && (lex.employerRoles.has(n0.lower) || titleLexicon().heads.has(n0.lower) || lex.titles.has(n0.text));
    if (toks.length === 1 && q < x.i - 1 && t[q] && isCap(t[q]) && isTitleWord(lex, t[q]) && !titledAfter) return true;
    if (toks.length === 1 && isCap(p) && lex.titles.has(p.text)) {
      // "President Trump said", not "Former Apple CEO".
      const n = t[x.i + 1];
      if (!n || n.sentence !== x.sentence || (!isCap(n) && !lex.employerRoles.has(n.lower) && !titleLexicon().heads.has(n.lower))) return true;
    }
  }
  return false;
}

/** A sentence in Title Case (a headline): capitals prove nothing there. */
function titleCase(a: Analysis, from: number, to: number): boolean {
  let words = 0;
  let upper = 0;
  for (let i = from; i < to; i++) {
    const x = a.tokens[i];
    if (!x.word || !/^\p{L}/u.test(x.text) || x.text.length < 4) continue;
    words++;
    if (x.upper) upper++;
  }
  const last = a.tokens[to - 1];
  return words >= 3 && upper / words >= 0.75 && !!last && !/^[.!?"”’)]$/.test(last.text);
}

// ---------- ampersand names ----------

/** "Johnson & Johnson", "Procter & Gamble", "Holm & Partners": Capitalized (& Capitalized)+. */
export function ampersandNames(a: Analysis, lex: OrgLexicon, lo: number, hi: number): CueSpan[] {
  const t = a.tokens;
  const out: CueSpan[] = [];
  const headline = titleCase(a, lo, hi);
  for (let i = lo + 1; i + 1 < hi; i++) {
    if (t[i].text !== '&' || !isCap(t[i - 1]) || !isCap(t[i + 1])) continue;
    // "R & D", "M & A", "Q & A": letters, not names.
    const l = t[i - 1];
    const r = t[i + 1];
    if (l.text.length < 2 && r.text.length < 2) continue;
    if (!/\p{Ll}/u.test(l.text + r.text)) continue;
    // Two given names are two people ("Tom & Jerry"), unless they own something ("Ben & Jerry's").
    if (givenName(l.lower) && givenName(r.lower) && !/^['’]s$/.test(t[i + 2]?.text ?? '')) continue;
    let from = headline ? i - 1 : runEndingAt(a, lex, i - 1, 3);
    if (from < lo) from = i - 1;
    while (from < i - 1 && (t[from].tags.has('FirstName') && !t[from].tags.has('Organization') || placeWord(lex, t[from]))) from++;
    let to = headline ? i + 1 : runStartingAt(a, lex, i + 1, 3);
    if (to < 0) continue;
    // "Marks & Spencer said": a verb ends the name.
    while (to > i + 1 && isFunctionWord(t[to])) to--;
    if (isTitleWord(lex, t[from]) || isTitleWord(lex, t[to])) continue;
    // "Research & Development", "Mergers & Acquisitions": capitalized words of the language.
    if (t.slice(from, to + 1).every((x) => !x.word || genericWord(x.lower))) continue;
    out.push({ from, to, kind: 'ampersand' });
    i = to;
  }
  return out;
}

// ---------- employers before a title or an occupation ----------

/** Heads of titles that a person holds for an employer ("chief executive", "coach"), as [from, to] of the head. */
function employerHeads(a: Analysis, lex: OrgLexicon, titles: TitleCandidate[]): [number, number][] {
  const tl = titleLexicon();
  const out: [number, number][] = [];
  const inTitle = new Uint8Array(a.tokens.length);
  for (const ti of titles) {
    for (let i = ti.from; i <= ti.to; i++) inTitle[i] = 1;
    if (ti.plural) continue;
    const words = ti.title.toLowerCase().split(/\s+/);
    let head = '';
    for (let k = 0; k < words.length && !head; k++) {
      const phrase = words.slice(k).join(' ');
      if (tl.heads.has(phrase)) head = phrase;
    }
    if (!head) continue;
    if (lex.notEmployerTitles.has(head)) continue;
    if (tl.militaryHeads.has(head) && !tl.civilHeads.has(head)) continue;
    // The head's first token: count its words back from the end of the title.
    let n = head.split(' ').length;
    let h = ti.to;
    while (h > ti.from && n > 1) {
      h--;
      if (a.tokens[h].word) n--;
    }
    out.push([h, ti.to]);
  }
  for (let i = 0; i < a.tokens.length; i++) {
    const x = a.tokens[i];
    if (inTitle[i] || !x.word || x.upper || !lex.employerRoles.has(x.lower)) continue;
    out.push([i, i]);
  }
  return out;
}

/** "Tesla Chief Executive Elon Musk", "Goldman Sachs analyst Jane Whitmore": the run before the title is the employer. */
export function employers(a: Analysis, lex: OrgLexicon, titles: TitleCandidate[]): CueSpan[] {
  const t = a.tokens;
  const tl = titleLexicon();
  const out: CueSpan[] = [];
  for (const [h, end] of employerHeads(a, lex, titles)) {
    const sentence = t[h].sentence;
    // A person's name follows.
    const n = t[end + 1];
    if (!isCap(n) || n.sentence !== sentence || isTitleWord(lex, n) || placeWord(lex, n) || hasAny(n, DATE_TAGS) || t[end + 2]?.lower === "'s") continue;
    if (lex.heads.has(n.text) || lex.suffixes.has(n.text)) continue;
    // Modifiers between the employer and the head ("equity strategist", "Senior Economist").
    let k = h - 1;
    while (k >= 0 && t[k].sentence === sentence && t[k].word && (t[k].upper ? INNER_MODIFIERS.has(t[k].lower) : tl.modifiers.has(t[k].lower))) k--;
    if (k < 0 || t[k].sentence !== sentence) continue;
    const from = runEndingAt(a, lex, k, 4);
    if (from < 0) continue;
    // "Kenya's Chief Justice", "Democratic candidate": a place, a nationality, one adjective.
    const words = t.slice(from, k + 1).filter((x) => x.word);
    if (words.length === 1 && !words[0].tags.has('Organization') && nlp(words[0].lower).has('#Adjective')) continue;
    if (t[from - 1]?.lower === "'s" || t[from - 1]?.lower === '’s') continue;
    if (!nameLike(a, lex, from, k)) continue;
    // "Macron spokesman Olivier Dufour", "Erdogan spokesman": politicians have spokesmen too.
    if (SPOKES.has(t[end].lower) && words.length === 1 && !words[0].tags.has('Organization') && !/^\p{Lu}{2,}$/u.test(words[0].text)) continue;
    out.push({ from, to: k, kind: 'employer' });
  }
  return out;
}

// ---------- market cues ----------

const matchAt = (a: Analysis, i: number, words: string[]): boolean =>
  words.every((w, k) => {
    const x = a.tokens[i + k];
    return !!x && (!x.upper || x.first) && x.lower === w && x.sentence === a.tokens[i].sentence;
  });

/** "Nordvik shares fell", "shares of Nordvik", "Nordvik's chief executive", "Nordvik said revenue rose", "Nordvik, the insurer". */
export function marketCues(a: Analysis, lex: OrgLexicon, lo: number, hi: number): CueSpan[] {
  const t = a.tokens;
  const out: CueSpan[] = [];
  if (titleCase(a, lo, hi)) return out;
  const push = (from: number, to: number) => {
    if (from < lo || to >= hi || from > to) return;
    if (out.some((c) => c.from <= to && from <= c.to)) return;
    if (nameLike(a, lex, from, to)) out.push({ from, to, kind: 'market' });
  };
  for (let i = lo; i < hi; i++) {
    const x = t[i];
    // X shares / X stock
    for (const m of lex.marketNouns) {
      if (!matchAt(a, i, m)) continue;
      const from = i - 1 >= lo ? runEndingAt(a, lex, i - 1) : -1;
      if (from >= 0) push(from, i - 1);
      // shares of / in X
      const p = t[i + m.length];
      if (p && (p.lower === 'of' || p.lower === 'in') && p.sentence === x.sentence) {
        const s = t[i + m.length + 1]?.lower === 'the' ? i + m.length + 2 : i + m.length + 1;
        const to = runStartingAt(a, lex, s);
        if (to >= 0) push(s, to);
      }
    }
    // X's chief executive / X's shares
    if ((x.lower === "'s" || x.lower === '’s') && i - 1 >= lo && isCap(t[i - 1])) {
      if (lex.corporateTitles.some((m) => matchAt(a, i + 1, m))) {
        const from = runEndingAt(a, lex, i - 1);
        if (from >= 0) push(from, i - 1);
      }
    }
    // X said profit / revenue ...
    if (!x.upper && SAID.has(x.lower) && i - 1 >= lo && isCap(t[i - 1])) {
      let k = i + 1;
      let found = false;
      while (k < hi && k <= i + 8) {
        const y = t[k];
        if (lex.financialNouns.has(y.lower) && !y.upper) {
          found = true;
          break;
        }
        if (!y.word || (y.upper && !hasAny(y, DATE_TAGS)) || !(FILLER.has(y.lower) || hasAny(y, DATE_TAGS) || /^\d/.test(y.text))) break;
        k++;
      }
      if (found) {
        const from = runEndingAt(a, lex, i - 1);
        if (from >= 0) push(from, i - 1);
      }
    }
    // X, the (Norwegian / world's largest / Seattle-based) automaker
    if (x.text === ',' && i - 1 >= lo && isCap(t[i - 1]) && t[i + 1]?.lower === 'the') {
      let k = i + 2;
      let found = false;
      while (k < hi && k <= i + 6) {
        const y = t[k];
        if (!y.upper && lex.companyDescriptors.has(y.lower)) {
          const n = t[k + 1];
          found = !n || n.sentence !== y.sentence || !n.word || (!n.upper && (isFunctionWord(n) || ['which', 'that', 'whose', 'said', 'says'].includes(n.lower)) && n.lower !== "'s");
          break;
        }
        if (!y.word && y.text !== "'s" && y.text !== '’s' && y.text !== '-') break;
        if (y.word && y.upper && !placeWord(lex, y) && !/-based$/.test(y.text)) break;
        k++;
      }
      if (found) {
        const from = runEndingAt(a, lex, i - 1);
        if (from >= 0) push(from, i - 1);
      }
    }
  }
  return out;
}
