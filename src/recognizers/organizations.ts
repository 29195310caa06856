// Organizations from evidence: head words and legal suffixes ("Mizuho Bank", "Corvell Inc."),
// heads with an "of" complement ("Ministry of Defense"), acronyms and their expansions in
// parentheses, well-known institutions, lower-case descriptive names after a national prefix
// ("China's defence ministry" -> "defence ministry") and credits in datelines ("(AFP)").
// Never: places, nationalities, people, web-page boilerplate.
import nlp from 'compromise/two';
import { tokenAt, type Analysis, type Token } from '../analysis/analyze.js';
import type { OrganizationCandidate, TitleCandidate } from './types.js';
import type { OrgCandidate, OrgEvidence } from './organizations/candidate.js';
import { orgLexicon, type OrgLexicon } from './organizations/lexicon.js';
import { acronymKey, acronymMatches, looksLikeAcronym, withoutLegalForm } from './organizations/names.js';
import { boilerplateMask } from './organizations/boilerplate.js';
import { ampersandNames, employers, genericWord, marketCues, personLike } from './organizations/cues.js';
import { recognizeTitles } from './titles.js';
import { titleLexicon } from '../lexicon/titles.js';

const FUNCTION_TAGS = ['Verb', 'Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Adverb', 'QuestionWord', 'Modal', 'Auxiliary'];
const INNER_CONNECTORS = new Set(['and', '&']);
const OF_CONNECTORS = new Set(['of', 'for', 'on', 'des', 'de', 'du', 'da', 'do', 'dos', 'das', 'di', 'del', 'della']);
// A head followed by one of these is part of a title ("Chief Financial Officer").
const TITLE_AFTER = new Set(['Secretary', 'Officer', 'Officers', 'Executive', 'Executives', 'Director', 'Directors', 'Adviser', 'Advisor', 'Analyst', 'Editor', 'Correspondent', 'Manager', 'Minister', 'Secretary']);
const ORDINAL = /^\d+(?:st|nd|rd|th)$/i;
const DASHES = new Set(['-', '–', '—', ':']);

interface Ctx {
  a: Analysis;
  lex: OrgLexicon;
  ok: boolean[];
  out: OrgCandidate[];
}

/** `titles`: the titles of the article, when the caller has them already (employers come before titles). */
export function recognizeOrganizations(a: Analysis, titles: TitleCandidate[] = recognizeTitles(a)): OrgCandidate[] {
  const lex = orgLexicon();
  const ctx: Ctx = { a, lex, ok: boilerplateMask(a, lex), out: [] };
  for (const s of a.sentences) {
    headSpans(ctx, s.from, s.to);
    knownNames(ctx, s.from, s.to);
    acronyms(ctx, s.from, s.to);
    descriptive(ctx, s.from, s.to);
    lowerHeads(ctx, s.from, s.to);
    descriptors(ctx, s.from, s.to);
    credits(ctx, s.from, s.to);
    for (const c of [...ampersandNames(a, lex, s.from, s.to), ...marketCues(a, lex, s.from, s.to)]) add(ctx, c.from, c.to, 'cue');
  }
  for (const c of employers(a, lex, titles)) add(ctx, c.from, c.to, 'cue');
  parentheses(ctx);
  orAcronyms(ctx);
  appositives(ctx);
  teams(ctx);
  const kept = resolveOverlaps(ctx.out);
  // A one-word company ("SoftBank") that a fuller name extends with heads ("SoftBank Group Corp.") is that company.
  for (const c of kept) {
    if (c.from !== c.to || c.evidence !== 'head') continue;
    const d = kept.find((x) => x !== c && x.name.startsWith(`${c.name} `) && x.name.slice(c.name.length + 1).split(/\s+/).every((w) => lex.heads.has(w.replace(/[.,]+$/, '')) || lex.suffixes.has(w.replace(/,$/, ''))));
    if (d) {
      c.forms.push(c.name);
      c.name = d.name;
      c.evidence = 'short';
    }
  }
  joinCuesToFullNames(kept);
  const short = shortForms(ctx, kept);
  return [...kept, ...short, ...cueMentions(ctx, [...kept, ...short])].sort((x, y) => x.start - y.start || y.end - x.end);
}

// ---------- phrase lists ----------

// Phrase lists are scanned at every token: index each once by its first and by its last word.
const firstWordIndex = new WeakMap<string[][], Map<string, string[][]>>();
const lastWordIndex = new WeakMap<string[][], Map<string, string[][]>>();
function indexed(cache: WeakMap<string[][], Map<string, string[][]>>, list: string[][], key: (phrase: string[]) => string): Map<string, string[][]> {
  let index = cache.get(list);
  if (!index) {
    index = new Map();
    for (const phrase of list) {
      const same = index.get(key(phrase));
      if (same) same.push(phrase);
      else index.set(key(phrase), [phrase]);
    }
    cache.set(list, index);
  }
  return index;
}
/** The phrases of a list (token lists) that start with a word, in list order. */
const phrasesStartingWith = (list: string[][], word: string): string[][] => indexed(firstWordIndex, list, (p) => p[0]).get(word) ?? [];
/** The phrases of a list that end with a word, in list order. */
const phrasesEndingWith = (list: string[][], word: string): string[][] => indexed(lastWordIndex, list, (p) => p[p.length - 1]).get(word) ?? [];

// ---------- token predicates ----------

const isCap = (t: Token | undefined): boolean => !!t && t.word && t.upper;
const isShout = (t: Token | undefined): boolean => !!t && t.word && /^[\p{Lu}\-']{3,}$/u.test(t.text) && /\p{Lu}{3}/u.test(t.text);
const isAllCaps = (t: Token | undefined): boolean => !!t && t.word && looksLikeAcronym(t.text) && !/\p{Ll}{2}/u.test(t.text);

/** A byline ("By NORA K. HALE Associated Press"): names in capitals are people. */
function isByline(a: Analysis, from: number): boolean {
  return a.tokens[from]?.lower === 'by' && a.tokens[from].upper;
}

function isPlaceWord(lex: OrgLexicon, t: Token): boolean {
  return lex.places.has(t.lower) || lex.nationalities.has(t.lower);
}

function isFunctionWord(t: Token): boolean {
  return FUNCTION_TAGS.some((x) => t.tags.has(x)) && !t.tags.has('ProperNoun') && !t.tags.has('Organization');
}

function isHead(lex: OrgLexicon, t: Token | undefined): boolean {
  return !!t && t.word && (lex.heads.has(t.text) || lex.suffixes.has(t.text));
}

/** "District" after a word that makes it a body ("School District", "Water District"), not a place. */
function isDistrict(ctx: Ctx, i: number): boolean {
  const t = ctx.a.tokens[i];
  const p = ctx.a.tokens[i - 1];
  return !!t && t.text === 'District' && !!p && p.sentence === t.sentence && isCap(p) && (ctx.lex.districtDomains.has(p.text) || isHead(ctx.lex, p));
}

function isTitle(lex: OrgLexicon, t: Token): boolean {
  return lex.titles.has(t.text) || lex.titles.has(t.text + (t.dot ? '.' : ''));
}

// ---------- candidates ----------

function add(ctx: Ctx, from: number, to: number, evidence: OrgEvidence, extra: Partial<OrgCandidate> = {}): OrgCandidate | null {
  const { a } = ctx;
  if (from > to) return null;
  for (let i = from; i <= to; i++) if (!ctx.ok[i]) return null;
  const t0 = a.tokens[from];
  let end = a.tokens[to].end;
  // A legal suffix keeps its period ("Co.", "Inc.").
  if (a.tokens[to].dot && ctx.lex.suffixes.has(a.tokens[to].text) && /^[A-Za-z]{2,4}$/.test(a.tokens[to].text) && /[a-z]/.test(a.tokens[to].text)) end += 1;
  const text = a.text.slice(t0.start, end);
  const canon = extra.name ? { name: extra.name, country: undefined } : canonicalName(ctx, from, to, text);
  const name = canon.name;
  let country = extra.country ?? canon.country;
  const p = a.tokens[from - 1];
  const pp = a.tokens[from - 2];
  if (!country && p?.lower === "'s" && pp && ctx.lex.countryOf.has(pp.lower) && pp.end === p.start) country = ctx.lex.countryOf.get(pp.lower);
  if (!name || ctx.lex.places.has(name.toLowerCase()) || ctx.lex.nationalities.has(name.toLowerCase())) return null;
  if (ctx.lex.genericNames.has(name.toLowerCase())) return null;
  const c: OrgCandidate = {
    text,
    start: t0.start,
    end,
    sentence: t0.sentence,
    from,
    to,
    name,
    evidence,
    forms: extra.forms ?? [text.replace(/^the\s+/i, '')],
    ...(extra.acronym ? { acronym: extra.acronym } : {}),
    ...(extra.inner ? { inner: true } : {}),
    ...(country ? { country } : {}),
  };
  ctx.out.push(c);
  return c;
}

/** The name without leading "the", a national prefix (before a government body) or trailing punctuation. */
function canonicalName(ctx: Ctx, from: number, to: number, text: string): { name: string; country?: string } {
  const { a, lex } = ctx;
  let i = from;
  while (i < to && a.tokens[i].lower === 'the') i++;
  // "Chinese Defense Ministry" -> "Defense Ministry"; "US Department of Defense" -> "Department of Defense".
  let j = i;
  let country: string | undefined;
  while (j < to && lex.countryOf.has(a.tokens[j].lower) && !lex.supranational.has(a.tokens[j].lower) && a.tokens[j + 1]?.word) {
    country = lex.countryOf.get(a.tokens[j].lower);
    j++;
  }
  if (j > i) {
    const rest = a.tokens.slice(j, to + 1).filter((t) => t.word);
    if (rest.some((t) => lex.governmentHeads.has(t.text)) && !rest.every((t) => lex.heads.has(t.text) && !lex.standalone.has(t.lower))) i = j;
    else country = undefined;
  }
  const start = a.tokens[i].start;
  return { name: text.slice(start - a.tokens[from].start).replace(/[\s,;:]+$/, ''), country };
}

// ---------- head-driven names ----------

/** Extends a name left of token `i` over capitalized words, inner "and"/"&", and internal possessives. */
function extendLeft(ctx: Ctx, i: number, lo: number): number {
  const { a, lex } = ctx;
  let from = i;
  let j = i - 1;
  while (j >= lo) {
    const t = a.tokens[j];
    if (isCap(t)) {
      if (t.lower === 'the' || isFunctionWord(t) && t.first) break;
      // A title right before the head is part of the name ("Premier League", "Justice Department").
      if (isTitle(lex, t) && !(j === i - 1 && from === i)) break;
      if (t.tags.has('Possessive') && a.tokens[j + 1]?.lower === "'s") break;
      if (/-(based|led|backed|owned|born|run|listed|registered|headquartered)$/i.test(t.text)) break;
      // A byline in capitals ("MARISOL VEGA-ARANDA Associated Press").
      if (isShout(t) && (isShout(a.tokens[j - 1]) || isShout(a.tokens[j + 1]) && j + 1 < from)) break;
      if (isShout(t) && isShout(a.tokens[j - 1])) break;
      if (isShout(t) && isByline(a, lo)) break;
      from = j;
      j--;
      continue;
    }
    if (ORDINAL.test(t.text) && j === from - 1) {
      from = j;
      j--;
      continue;
    }
    // "3rd District Court": the tokenizer splits "3" and "rd".
    if (/^(st|nd|rd|th)$/.test(t.text) && j === from - 1 && /^\d+$/.test(a.tokens[j - 1]?.text ?? '') && a.tokens[j - 1].end === t.start && j - 1 >= lo) {
      from = j - 1;
      j -= 2;
      continue;
    }
    // "Mizuho Bank and MUFG Bank" are two banks; "U.S. Securities and Exchange Commission" is one body.
    const before = a.tokens[j - 1];
    const closed = (isHead(lex, before) || isDistrict(ctx, j - 1)) && isCap(a.tokens[j - 2]) && j - 2 >= lo && !isPlaceWord(lex, a.tokens[j - 2]) && !isAllCaps(a.tokens[j - 2]);
    if (INNER_CONNECTORS.has(t.lower) && isCap(before) && j - 1 >= lo && !isTitle(lex, before) && !closed && !(t.lower === 'and' && isAllCaps(a.tokens[j + 1])) && !personBefore(ctx, j - 1, lo)) {
      from = j - 1;
      j -= 2;
      continue;
    }
    if ((t.lower === "'s") && j - 1 >= lo && lex.possessiveInternal.has(a.tokens[j - 1].lower) && a.tokens[j - 1].end === t.start) {
      from = j - 1;
      j -= 2;
      continue;
    }
    if ((t.text === "'" || t.text === '’') && j - 1 >= lo && isCap(a.tokens[j - 1]) && /s$/i.test(a.tokens[j - 1].text) && a.tokens[j - 1].end === t.start) {
      from = j - 1;
      j -= 2;
      continue;
    }
    break;
  }
  return from;
}

/** "Mayor Linda Thompson and City Council": the capitalized run ending at `k` is a person's name
 * or a title, which a name does not extend over. */
function personBefore(ctx: Ctx, k: number, lo: number): boolean {
  const { a, lex } = ctx;
  const tl = titleLexicon();
  let from = k;
  while (from - 1 >= lo && isCap(a.tokens[from - 1]) && a.tokens[from - 1].lower !== 'the') from--;
  const run = a.tokens.slice(from, k + 1);
  const titled = (x: Token) => isTitle(lex, x) || tl.heads.has(x.lower) || tl.honorifics.has(x.lower.replace(/\.$/, ''));
  // A title right before the words that would join ("Mayor Linda Thompson and ..."), or a title itself.
  if (run.some(titled)) return true;
  // An occupation right before them ("analyst Priya Nandi and ...").
  const p = a.tokens[from - 1];
  if (p && p.sentence === a.tokens[k].sentence && p.word && !p.upper && (tl.heads.has(p.lower) || lex.employerRoles.has(p.lower))) return true;
  const words = run;
  const org = (x: Token) => x.tags.has('Organization') || lex.heads.has(x.text) || lex.suffixes.has(x.text);
  if (words.some(org)) return false;
  return words.length >= 2 && words[0].tags.has('FirstName') && words[words.length - 1].tags.has('Person');
}

/** Extends over an "of X" complement: capitalized words with inner "and", "of", "the". Returns the last token or -1. */
function complement(ctx: Ctx, k: number, hi: number): number {
  const { a, lex } = ctx;
  let j = k;
  if (a.tokens[j]?.lower === 'the') j++;
  if (j >= hi || !isCap(a.tokens[j]) || isTitle(lex, a.tokens[j])) return -1;
  if (a.tokens[j].tags.has('Date') || a.tokens[j].tags.has('Month') || a.tokens[j].tags.has('WeekDay')) return -1;
  let last = -1;
  while (j < hi) {
    const t = a.tokens[j];
    if (t.tags.has('Date') || t.tags.has('Month') || t.tags.has('WeekDay')) break;
    if (isCap(t) && !isTitle(lex, t) && !(t.tags.has('Person') && !t.tags.has('Place') && !t.tags.has('Organization') && !isHead(lex, t) && isCap(a.tokens[j + 1]))) {
      last = j;
      j++;
      continue;
    }
    if (ORDINAL.test(t.text) || /^\d+$/.test(t.text) && last === j - 1 && false) break;
    if ((INNER_CONNECTORS.has(t.lower) || t.lower === 'of') && last === j - 1) {
      let n = j + 1;
      if (a.tokens[n]?.lower === 'the' && t.lower === 'of') n++;
      if (isCap(a.tokens[n]) && !isTitle(lex, a.tokens[n])) {
        j = n;
        continue;
      }
      break;
    }
    if (t.lower === 'in' && last === j - 1 && a.tokens[j + 1]?.lower === 'the' && isCap(a.tokens[j + 2])) {
      j += 2;
      continue;
    }
    break;
  }
  return last;
}

function headSpans(ctx: Ctx, lo: number, hi: number): void {
  const { a, lex } = ctx;
  for (let i = lo; i < hi; i++) {
    const t = a.tokens[i];
    if (!ctx.ok[i] || !(isCap(t) || (lex.suffixes.has(t.text) && isCap(a.tokens[i - 1])))) continue;
    const strong = (isHead(lex, t) || isDistrict(ctx, i)) && !(TITLE_AFTER.has(a.tokens[i + 1]?.text ?? '') && !lex.suffixes.has(t.text));
    const nx = a.tokens[i + 1]?.lower ?? '';
    const ofHead = (lex.ofHeads.has(t.text) && OF_CONNECTORS.has(nx) && nx !== 'on') || (nx === 'on' && lex.onHeads.has(t.text));
    const prefix = lex.prefixes.has(t.text) && isCap(a.tokens[i + 1]) && !isHead(lex, a.tokens[i + 1]) && a.tokens[i + 1].start === t.end + 1 && (i === lo || !isCap(a.tokens[i - 1]));
    const standalone = lex.standalone.has(t.lower) && !isCap(a.tokens[i - 1]) && !isCap(a.tokens[i + 1]);
    if (standalone && !strong && !ofHead) {
      add(ctx, i, i, 'bare');
      continue;
    }
    // "ArianeGroup", "SoftBank": one word whose last capitalized part is a head.
    const camel = /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)+$/u.exec(t.text) && /\p{Lu}\p{Ll}+$/u.exec(t.text);
    if (!strong && !ofHead && !prefix && camel && lex.heads.has(camel[0]) && !isCap(a.tokens[i + 1])) {
      add(ctx, i, i, 'head');
      continue;
    }
    if (!strong && !ofHead && !prefix) continue;
    let from = extendLeft(ctx, i, lo);
    let to = i;
    let sawComplement = false;
    if (prefix) {
      // "PT Pertamina", "PT Bank Sinar Jaya Tbk": the name runs over the capitalized words after it.
      to = i + 1;
      while (to + 1 < hi && (isCap(a.tokens[to + 1]) || isAllCaps(a.tokens[to + 1])) && !isTitle(lex, a.tokens[to + 1])) to++;
    }
    // Chains of heads and suffixes ("Group Corp", "Commission Office"), complements ("of Japan").
    for (;;) {
      const n = a.tokens[to + 1];
      if (to + 1 < hi && (isCap(n) || lex.suffixes.has(n.text)) && isHead(lex, n) && !TITLE_AFTER.has(a.tokens[to + 2]?.text ?? '')) {
        to++;
        continue;
      }
      // "Millbrook Unified School District (11)": a district of schools, water, fire... is a body.
      if (to + 1 < hi && isDistrict(ctx, to + 1)) {
        to++;
        if (/^\d{1,3}$/.test(a.tokens[to + 1]?.text ?? '') && to + 1 < hi) to++;
        continue;
      }
      // "Co., Ltd.", "Holdings, Inc.": a legal suffix after a comma continues the name.
      if (isHead(lex, a.tokens[to])) {
        let k = to + 1;
        if (a.tokens[k]?.text === '.' && a.tokens[to].dot) k++;
        if (a.tokens[k]?.text === ',' && k + 1 < hi && lex.suffixes.has(a.tokens[k + 1].text) && /^\p{Lu}/u.test(a.tokens[k + 1].text) && !TITLE_AFTER.has(a.tokens[k + 2]?.text ?? '')) {
          to = k + 1;
          continue;
        }
      }
      const connects = n && (n.lower === 'on' ? lex.onHeads.has(a.tokens[to].text) : OF_CONNECTORS.has(n.lower) && lex.ofHeads.has(a.tokens[to].text));
      if (to + 1 < hi && connects) {
        const last = complement(ctx, to + 2, hi);
        if (last >= 0) {
          const innerFrom = to + 2 + (a.tokens[to + 2].lower === 'the' ? 1 : 0);
          innerOrgs(ctx, innerFrom, last);
          to = last;
          sawComplement = true;
          continue;
        }
      }
      break;
    }
    // "Regional Heart Institute West": a compass word that ends the name.
    if (isCap(a.tokens[to + 1]) && to + 1 < hi && lex.compass.has(a.tokens[to + 1].text) && !isCap(a.tokens[to + 2]) && isHead(lex, a.tokens[to])) to++;
    // "Bank Indonesia": a head followed by a single place name that ends the name.
    if (!sawComplement && to === i && isCap(a.tokens[to + 1]) && to + 1 < hi && lex.countries.has(a.tokens[to + 1].lower) && !isCap(a.tokens[to + 2]) && from === i) to++;
    const words = a.tokens.slice(from, to + 1).filter((x) => x.word);
    const headTok = a.tokens[to];
    if (words.length === 1) {
      // A lone head ("Commission", "Parliament"): a short form of a fuller name, or a standalone institution.
      // Not a head inside a capitalized compound ("Bank Rate", "Bank Holiday"): that is no mention of a bank.
      const nx = a.tokens[to + 1];
      // It stays a candidate over the whole compound, which keeps a person's name out of it ("City Hall").
      const compound = !lex.standalone.has(t.lower) && isCap(nx) && nx.sentence === t.sentence && !isTitle(lex, nx) && !titleLexicon().heads.has(nx.lower) && !isHead(lex, nx) &&
        !nx.tags.has('Person') && (lex.compoundTails.has(nx.lower) || genericWord(nx.lower));
      if (compound) add(ctx, from, to + 1, 'bare');
      else if (lex.standalone.has(t.lower) || lex.heads.has(t.text)) add(ctx, from, to, 'bare');
      i = to;
      continue;
    }
    // A legal suffix needs a name before it; "Co" after a lone place is no company.
    const nonPlace = words.filter((w) => !isPlaceWord(lex, w) && !lex.heads.has(w.text) && !lex.suffixes.has(w.text));
    const onlyHeads = words.every((w) => lex.heads.has(w.text) || lex.suffixes.has(w.text));
    const clubCity = lex.clubHeads.has(headTok.text) && words.length >= 2 && !lex.places.has(words.map((w) => w.lower).join(' '));
    const headCount = words.filter((w) => lex.heads.has(w.text) || lex.suffixes.has(w.text)).length;
    if (!sawComplement && nonPlace.length === 0 && headCount === 1 && !onlyHeads && !clubCity && !lex.standalone.has(words[words.length - 1].lower)) {
      // "Chinese Army", "Japanese Navy": a national prefix before a lone head.
      if (words.length === 2 && isPlaceWord(lex, words[0]) && lex.ofHeads.has(headTok.text)) add(ctx, from, to, 'head');
      i = to;
      continue;
    }
    if (!sawComplement && !strong && !prefix && !isHead(lex, headTok)) { i = to; continue; }
    if (sawComplement && lex.weakOfHeads.has(t.text) && from === i && words.length <= 2) { i = to; continue; }
    add(ctx, from, to, sawComplement ? 'of' : 'head');
    i = to;
  }
}

/** Organizations inside a complement ("General Staff of the People's Liberation Army"). */
function innerOrgs(ctx: Ctx, from: number, to: number): void {
  const { a, lex } = ctx;
  for (let j = to; j >= from; j--) {
    if (lex.ofHeads.has(a.tokens[j].text) && lex.heads.has(a.tokens[j].text)) {
      const l = extendLeft(ctx, j, from);
      if (l < j) {
        const c = add(ctx, l, j, 'head', { inner: true });
        if (c) c.inner = true;
      }
      return;
    }
  }
}

// ---------- well-known institutions ----------

function knownNames(ctx: Ctx, lo: number, hi: number): void {
  const { a, lex } = ctx;
  for (let i = lo; i < hi; i++) {
    const t = a.tokens[i];
    if (!t.word) continue;
    const entries = lex.known.get(t.text);
    if (!entries) continue;
    for (const e of entries) {
      if (!a.text.startsWith(e, t.start)) continue;
      const endOff = t.start + e.length;
      if (/[\p{L}\p{N}]/u.test(a.text[endOff] ?? '')) continue;
      let j = i;
      while (j + 1 < hi && a.tokens[j + 1].end <= endOff) j++;
      if (a.tokens[j].end !== endOff) continue;
      // "Reuters news agency", "Xinhua News Agency": keep the agency words with the name.
      let to = j;
      if (a.tokens[j + 1]?.lower === 'news' && a.tokens[j + 2]?.lower === 'agency') to = j + 2;
      add(ctx, i, to, 'known');
      i = to;
      break;
    }
  }
}

// ---------- acronyms ----------

function acronyms(ctx: Ctx, lo: number, hi: number): void {
  const { a, lex } = ctx;
  // A shouted line (headline or dateline in capitals) proves nothing.
  const words = a.tokens.slice(lo, hi).filter((t) => t.word && /\p{L}/u.test(t.text));
  const caps = words.filter((t) => !/\p{Ll}/u.test(t.text)).length;
  if (words.length >= 3 && caps / words.length > 0.6) return;
  for (let i = lo; i < hi; i++) {
    const t = a.tokens[i];
    if (!isAllCaps(t) || !ctx.ok[i]) continue;
    if (lex.acronymStop.has(t.text) || lex.acronymStop.has(t.text.replace(/\./g, ''))) continue;
    if (lex.places.has(t.lower) || lex.known.has(t.text)) continue;
    if (/^[IVXLCDM]+$/.test(t.text)) continue;
    if (!/^[\p{Lu}&.\-]+$/u.test(t.text) || acronymKey(t.text).length < 2 || acronymKey(t.text).length > 6) continue;
    // Tickers ("Nasdaq: VRTN", "HBC.N"), currency codes glued to numbers ("GH¢38"), datelines ("COLUMBUS, Ohio").
    const after = a.text.slice(t.end, t.end + 2);
    if (/^[^\s,.;:)'’"\-–—]/u.test(after) || /^\.[A-Z]/.test(after)) continue;
    if (a.tokens[i - 1] && a.tokens[i - 1].end === t.start && !a.tokens[i - 1].word && a.tokens[i - 1].text !== '(') continue;
    if (isByline(a, lo)) continue;
    if (a.tokens[i - 1]?.text === ':' || (t.first && /^[,(]/.test(a.text.slice(t.end).trimStart()))) continue;
    // Part of a run of capitals ("NEW YORK", "PT PLN") is handled elsewhere.
    const prev = a.tokens[i - 1];
    const next = a.tokens[i + 1];
    if ((prev && i - 1 >= lo && isAllCaps(prev) && !lex.prefixes.has(prev.text)) || (next && i + 1 < hi && isAllCaps(next))) continue;
    // A lone line of one word (a menu entry) is no evidence.
    if (hi - lo === 1) continue;
    add(ctx, i, i, 'acronym', { name: t.text });
  }
}

// ---------- descriptive lower-case names ----------

/** "China's defence ministry", "the Chinese foreign ministry", "Yemen's central bank". */
function descriptive(ctx: Ctx, lo: number, hi: number): void {
  const { a, lex } = ctx;
  for (let i = lo; i < hi; i++) {
    for (const head of phrasesStartingWith(lex.descriptiveHeads, a.tokens[i].lower)) {
      const end = i + head.length - 1;
      if (end >= hi) continue;
      if (!head.every((w, k) => a.tokens[i + k].lower === w && !a.tokens[i + k].upper)) continue;
      // Domain words before the head ("defence", "foreign affairs", "mines and energy").
      let from = i;
      if (head.length === 1 && (head[0] === 'ministry' || head[0] === 'department')) {
        for (let n = 3; n >= 1; n--) {
          const s = i - n;
          if (s < lo) continue;
          const phrase = a.tokens.slice(s, i).map((t) => t.lower).join(' ');
          if (lex.ministryDomains.has(phrase) && a.tokens.slice(s, i).every((t) => !t.upper)) {
            from = s;
            break;
          }
        }
        if (from === i) continue;
      }
      const phrase = a.tokens.slice(from, end + 1).map((t) => t.lower).join(' ');
      // What comes before: a country's possessive, a nationality, a country, or "the".
      const p = a.tokens[from - 1];
      const pp = a.tokens[from - 2];
      let prefixFrom = -1;
      let country: string | undefined;
      if (p && p.lower === "'s" && pp && (lex.countries.has(pp.lower) || lex.places.has(pp.lower))) {
        prefixFrom = from - 2;
        country = lex.countryOf.get(pp.lower);
      } else if (p && p.lower === "'s" && pp && head[0] !== 'ministry' && (lex.standalone.has(pp.lower) || lex.heads.has(pp.text) || isAllCaps(pp))) {
        // "parliament's public health committee", "GMP's economic crime unit".
        prefixFrom = from - 2;
      } else if (p && isCap(p) && (lex.nationalities.has(p.lower) || lex.countries.has(p.lower)) && !lex.supranational.has(p.lower)) {
        prefixFrom = from - 1;
        country = lex.countryOf.get(p.lower);
      } else if (p && p.lower === 'the' && lex.bareDescriptive.has(phrase)) prefixFrom = from;
      if (prefixFrom < 0 || prefixFrom < lo) continue;
      if (!lex.bareDescriptive.has(phrase) && head.length === 1 && head[0] !== 'ministry') continue;
      if (!lex.bareDescriptive.has(phrase) && !(head[0] === 'ministry' || head.length > 1)) continue;
      // Not followed by a capitalized name it describes ("the defence ministry Spokesman ...") — fine either way.
      const full = a.text.slice(a.tokens[prefixFrom].start, a.tokens[end].end);
      add(ctx, from, end, 'descriptive', { name: phrase, country, forms: [full, a.text.slice(a.tokens[from].start, a.tokens[end].end)] });
      i = end;
      break;
    }
  }
}

/** "Xinhua news agency", "Houthi movement", "Law and Justice party": a proper name and a lower-case head. */
function lowerHeads(ctx: Ctx, lo: number, hi: number): void {
  const { a, lex } = ctx;
  for (let i = lo + 1; i < hi; i++) {
    for (const head of phrasesStartingWith(lex.lowerHeads, a.tokens[i].lower)) {
      const end = i + head.length - 1;
      if (end >= hi || !head.every((w, k) => a.tokens[i + k].lower === w && !a.tokens[i + k].upper)) continue;
      let j = i - 1;
      // "Law and Justice (PiS) party": skip the acronym in parentheses.
      if (a.tokens[j]?.text === ')' && a.tokens[j - 2]?.text === '(') j -= 3;
      const nameEnd = j;
      if (j < lo || !isCap(a.tokens[j])) continue;
      while (j - 1 >= lo && (isCap(a.tokens[j - 1]) || (INNER_CONNECTORS.has(a.tokens[j - 1].lower) && isCap(a.tokens[j - 2])))) j--;
      while (j <= nameEnd && (a.tokens[j].lower === 'the' || (isFunctionWord(a.tokens[j]) && a.tokens[j].first) || isTitle(lex, a.tokens[j]))) j++;
      if (j > nameEnd) continue;
      const toks = a.tokens.slice(j, nameEnd + 1).filter((t) => t.word);
      if (toks.every((t) => isPlaceWord(lex, t)) || toks.some((t) => t.tags.has('Person') && !t.tags.has('Organization'))) continue;
      if (toks.some((t) => lex.heads.has(t.text))) continue; // a head-driven name already
      const nameText = a.text.slice(a.tokens[j].start, a.tokens[nameEnd].end);
      if (head[0] === 'news' || head[0] === 'radio' || head[0] === 'television') add(ctx, j, end, 'lowerHead', { name: a.text.slice(a.tokens[j].start, a.tokens[end].end), forms: [nameText] });
      else add(ctx, j, nameEnd, 'lowerHead', { forms: [a.text.slice(a.tokens[j].start, a.tokens[end].end)] });
    }
  }
}

/** A capitalized name starting at `from`: up to four words with inner "and"/"&", no title. */
function nameRun(ctx: Ctx, from: number, hi: number, company = false): number {
  const { a, lex } = ctx;
  const t = a.tokens[from];
  if (!isCap(t) || t.tags.has('Honorific') || isTitle(lex, t)) return -1;
  // A given name starts a person's name, except after a noun that never describes a person ("carrier Blue Heron").
  if (t.tags.has('FirstName') && !(company && isCap(a.tokens[from + 1]) && !isTitle(lex, a.tokens[from + 1]))) return -1;
  let j = from;
  while (j + 1 < hi && (isCap(a.tokens[j + 1]) || (INNER_CONNECTORS.has(a.tokens[j + 1].lower) && isCap(a.tokens[j + 2]))) && !isTitle(lex, a.tokens[j + 1])) j++;
  const toks = a.tokens.slice(from, j + 1).filter((x) => x.word);
  if (toks.length > 4 || toks.every((x) => isPlaceWord(lex, x))) return -1;
  if (toks.some((x) => lex.heads.has(x.text) || lex.suffixes.has(x.text))) return -1; // a head-driven name already
  if (toks.length >= 2 && toks.every((x) => x.tags.has('Person')) && !company) return -1;
  if (toks.length === 1 && toks[0].tags.has('Person') && !toks[0].tags.has('Organization')) return -1;
  return j;
}

/** "pollster Datafolha", "Porto-based Atlantica Charter", "data from Dealogic", "a Datafolha survey". */
function descriptors(ctx: Ctx, lo: number, hi: number): void {
  const { a, lex } = ctx;
  for (let i = lo; i + 1 < hi; i++) {
    const d = a.tokens[i];
    let from = -1;
    let company = false;
    if (!d.upper && lex.lowerDescriptors.has(d.lower)) {
      from = i + 1;
      company = lex.companyDescriptors.has(d.lower);
    } else if (/^\p{Lu}[\p{L}.\-]*-based$/u.test(d.text)) {
      from = i + 1;
      // "Dakar-based (polling) institute Sondage Atlas": the kind of organization comes between.
      for (let k = 0; k < 2; k++) {
        const w = a.tokens[from + k];
        if (!w || w.upper || !w.word) break;
        if (lex.lowerDescriptors.has(w.lower)) {
          from = from + k + 1;
          company = lex.companyDescriptors.has(w.lower);
          break;
        }
      }
    }
    else {
      for (const src of phrasesEndingWith(lex.sourceNouns, d.lower)) {
        const s = i - src.length + 1;
        if (s < lo || !src.every((w, k) => a.tokens[s + k].lower === w)) continue;
        const by = a.tokens[i + 1];
        if (by && (by.lower === 'from' || by.lower === 'by')) from = i + 2;
      }
    }
    if (from < 0 || from >= hi) {
      // "a Datafolha survey": a single unknown name between an article and a product noun.
      const n = a.tokens[i + 1];
      const after = a.tokens[i + 2];
      if ((d.lower === 'a' || d.lower === 'an') && isCap(n) && after && lex.productNouns.has(after.lower) && !isPlaceWord(lex, n) && !n.tags.has('Person')) {
        if (nameRun(ctx, i + 1, i + 2) === i + 1) add(ctx, i + 1, i + 1, 'descriptor');
      }
      continue;
    }
    const j = nameRun(ctx, from, hi, company);
    if (j < 0) continue;
    add(ctx, from, j, 'descriptor');
    i = j;
  }
}

/** "ISTANBUL (AA) -", "Strasbourg (AFP) -": the credit of a dateline is a news agency. */
function credits(ctx: Ctx, lo: number, hi: number): void {
  const { a } = ctx;
  for (let i = lo; i < Math.min(hi, lo + 6); i++) {
    if (a.tokens[i].text !== '(') continue;
    let j = i + 1;
    while (j < hi && j < i + 5 && a.tokens[j].text !== ')') j++;
    if (j >= hi || a.tokens[j].text !== ')' || j === i + 1) return;
    if (!DASHES.has(a.tokens[j + 1]?.text ?? '')) return;
    const inner = a.tokens.slice(i + 1, j);
    if (!inner.every((t) => t.word || t.text === '-') || !inner[0].upper && inner[0].lower !== 'dpa') return;
    if (inner.some((t) => ctx.lex.places.has(t.lower))) return;
    add(ctx, i + 1, j - 1, 'credit', { name: a.text.slice(inner[0].start, inner[inner.length - 1].end) });
    return;
  }
}

// ---------- acronyms in parentheses ----------

/** "People's Liberation Army (PLA)" and "PLA (People's Liberation Army)": one organization. */
function parentheses(ctx: Ctx): void {
  const { a, lex } = ctx;
  const toks = a.tokens;
  for (let i = 1; i < toks.length; i++) {
    if (toks[i].text !== '(' || !ctx.ok[i]) continue;
    let close = i + 1;
    while (close < toks.length && close < i + 14 && toks[close].text !== ')' && toks[close].sentence === toks[i].sentence) close++;
    if (toks[close]?.text !== ')' || close === i + 1) continue;
    const inside = toks.slice(i + 1, close);
    // Name (ACR)
    if (inside.length === 1 && looksLikeAcronym(inside[0].text) && !lex.acronymStop.has(inside[0].text) && !lex.places.has(inside[0].lower)) {
      const acr = inside[0].text;
      const before = ctx.out.filter((c) => c.to === i - 1 && !c.acronym && c.evidence !== 'acronym' && c.evidence !== 'bare');
      let owner: OrgCandidate | null = before.sort((x, y) => x.from - y.from)[0] ?? null;
      if (!owner) {
        // A capitalized run explained by the acronym ("Syndicat des Pilotes Réunis (SPR)").
        let j = i - 1;
        let from = i;
        while (j >= 0 && toks[j].sentence === toks[i].sentence) {
          const t = toks[j];
          if (isCap(t) && !isTitle(lex, t) && !(t.first && isFunctionWord(t)) && t.lower !== 'the') from = j;
          else if ((INNER_CONNECTORS.has(t.lower) || OF_CONNECTORS.has(t.lower) || t.lower === 'the' && OF_CONNECTORS.has(toks[j - 1]?.lower ?? '')) && isCap(toks[j - 1])) { j--; continue; }
          else break;
          j--;
        }
        if (from < i) {
          // Trim to the words the initials cover, from the right.
          let best = -1;
          for (let s = i - 1; s >= from; s--) {
            if (!isCap(toks[s])) continue;
            if (acronymMatches(acr, a.text.slice(toks[s].start, toks[i - 1].end), true)) best = s;
          }
          const partyAfter = toks[close + 1]?.lower === 'party';
          if (best < 0 && partyAfter) best = from;
          if (best >= 0) {
            const words = toks.slice(best, i).filter((t) => t.word);
            if (!(words.length === 1 && words[0].tags.has('Person')) && !words.every((t) => isPlaceWord(lex, t))) {
              owner = add(ctx, best, i - 1, 'paren');
            }
          }
        }
      }
      if (owner) {
        // "Japan Aerospace Exploration Agency (JAXA)": the initials include the national prefix,
        // so the prefix is part of the official name.
        const written = owner.text.replace(/^the\s+/i, '').replace(/[\s,;:]+$/, '');
        const k = acronymKey(acr);
        if (written !== owner.name && written.endsWith(owner.name) && k[0] === acronymKey(written[0]) && k[0] !== acronymKey(owner.name[0] ?? '')) {
          owner.forms.push(owner.name);
          owner.name = written;
        }
        owner.acronym = acr;
        owner.evidence = owner.evidence === 'bare' ? 'paren' : owner.evidence;
        // The acronym inside the parentheses is a mention of the same organization.
        for (const c of ctx.out) if (c.from === i + 1 && c.to === i + 1) c.evidence = 'paren';
        ctx.out = ctx.out.filter((c) => !(c.from === i + 1 && c.to === i + 1));
        add(ctx, i + 1, i + 1, 'paren', { name: owner.name, acronym: acr, inner: true, forms: [acr] });
      }
      continue;
    }
    // ACR (Name)
    const prev = toks[i - 1];
    if (looksLikeAcronym(prev.text) && !lex.acronymStop.has(prev.text) && isCap(inside[0])) {
      const name = a.text.slice(inside[0].start, inside[inside.length - 1].end);
      const hasHead = inside.some((t) => isHead(lex, t) || lex.ofHeads.has(t.text));
      if (!hasHead && !acronymMatches(prev.text, name, true)) continue;
      if (!inside.every((t) => t.word || t.text === "'s" || t.text === '’s' || t.text === '&' || t.text === '-')) continue;
      ctx.out = ctx.out.filter((c) => !(c.from > i && c.to < close) && !(c.from === i - 1 && c.to === i - 1));
      const owner = add(ctx, i + 1, close - 1, 'paren', { acronym: prev.text, inner: true });
      if (owner) add(ctx, i - 1, i - 1, 'paren', { name: owner.name, acronym: prev.text, forms: [prev.text] });
    }
  }
}

/** "France's civil aviation authority, the DGAC": a descriptive name followed by the name it describes. */
function appositives(ctx: Ctx): void {
  const { a } = ctx;
  for (const c of ctx.out) {
    if (c.evidence !== 'descriptive') continue;
    let k = c.to + 1;
    if (a.tokens[k]?.text !== ',' && a.tokens[k]?.text !== '(') continue;
    k++;
    if (a.tokens[k]?.lower === 'the') k++;
    const d = ctx.out.find((x) => x.from === k && x.evidence !== 'descriptive' && x.evidence !== 'bare');
    if (!d) continue;
    c.forms.push(c.name);
    c.name = d.name;
    if (d.acronym) c.acronym = d.acronym;
  }
}

/** "the U.N. Office for the Coordination of Humanitarian Affairs, or OCHA". */
function orAcronyms(ctx: Ctx): void {
  const toks = ctx.a.tokens;
  for (let i = 2; i + 2 < toks.length; i++) {
    if (toks[i].text !== ',' || toks[i + 1].lower !== 'or' || !looksLikeAcronym(toks[i + 2].text)) continue;
    const acr = toks[i + 2].text;
    const owner = ctx.out.find((c) => c.to === i - 1 && !c.acronym && c.evidence !== 'acronym' && c.evidence !== 'bare' && acronymMatches(acr, c.name, true));
    if (!owner) continue;
    owner.acronym = acr;
    ctx.out = ctx.out.filter((c) => !(c.from === i + 2 && c.to === i + 2));
    add(ctx, i + 2, i + 2, 'paren', { name: owner.name, acronym: acr, forms: [acr] });
  }
}

// ---------- sports teams ----------

/** "the Harbor City Falcons beat the Lakeside Pioneers": a capitalized prefix and a capitalized plural
 * nickname in a sports story, with evidence that it is a team — a place before the nickname, the
 * nickname used again on its own ("the Orcas"), or a match word next to it ("beat", "against").
 * The nickname alone is then a short form of the team. */
function teams(ctx: Ctx): void {
  const { a, lex } = ctx;
  const toks = a.tokens;
  const cues = new Set<string>();
  for (const t of toks) if (t.word && !t.upper && lex.sportsContext.has(t.lower)) cues.add(t.lower);
  if (cues.size < 3) return;
  const isNick = (t: Token | undefined): boolean =>
    !!t && isCap(t) && !isAllCaps(t) && t.text.length >= 4 && /\p{Ll}s$/u.test(t.text) && !/['’.\-]/.test(t.text) && !t.tags.has('Person') &&
    !lex.notNicknames.has(t.text) && !isHead(lex, t) && !isTitle(lex, t) && !isPlaceWord(lex, t);
  // A nickname on its own: not after another capitalized word ("the Orcas", "Orcas captain").
  const alone = (k: number): boolean => {
    const p = toks[k - 1];
    return !p || p.sentence !== toks[k].sentence || !isCap(p) || p.first && p.lower === 'the' || p.lower === 'the';
  };
  const bare = new Map<string, number[]>();
  toks.forEach((t, k) => {
    if (isNick(t) && alone(k) && !isCap(toks[k + 1])) bare.set(t.text, [...(bare.get(t.text) ?? []), k]);
  });
  const found = new Map<string, string>();
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i];
    if (!isNick(t) || !ctx.ok[i]) continue;
    // The capitalized prefix: up to three words ("Puget Sound", "St. Louis", "Denver").
    const lo = a.sentences[t.sentence].from;
    let from = i;
    let j = i - 1;
    let words = 0;
    while (j >= lo && words < 3) {
      const p = toks[j];
      if (p.text === '.' && toks[j - 1]?.dot && /^(St|Ste|Ft|Mt)$/.test(toks[j - 1].text)) { j--; continue; }
      if (!isCap(p) || p.lower === 'the' || isTitle(lex, p) || (p.first && isFunctionWord(p)) || isHead(lex, p) || isShout(p)) break;
      if (p.tags.has('Possessive') || toks[j + 1]?.lower === "'s") break;
      from = j;
      words++;
      j--;
    }
    if (from === i || isCap(toks[i + 1]) && toks[i + 1].sentence === t.sentence) continue;
    const prefixWords = toks.slice(from, i).filter((x) => x.word);
    if (prefixWords.some((x) => x.tags.has('Month') || x.tags.has('WeekDay'))) continue;
    // A place leads the name ("Denver", "St. Louis", "New York").
    let place = false;
    for (let n = prefixWords.length; n >= 1 && !place; n--) {
      const s = a.text.slice(prefixWords[0].start, toks[toks.indexOf(prefixWords[n - 1])].end).toLowerCase();
      if (lex.places.has(s) || lex.places.has(s.replace(/\./g, '')) || lex.places.has(s.replace(/^st\.? /, 'saint '))) place = true;
    }
    // Used again after "the" ("the Orcas"): a team, not a surname ("Williams").
    const again = (bare.get(t.text) ?? []).some((k) => (k < from || k > i) && toks[k - 1]?.lower === 'the');
    if (prefixWords[0].tags.has('FirstName') && !place) continue;
    const before = toks[from - 1]?.lower === 'the' ? toks[from - 2] : toks[from - 1];
    const after = toks[i + 1];
    const match = (!!before && !before.upper && lex.matchWords.has(before.lower)) || (!!after && !after.upper && lex.matchWords.has(after.lower)) ||
      (!!after && /^\d+$/.test(after.text) && toks[i + 2]?.text === '-' && /^\d+$/.test(toks[i + 3]?.text ?? ''));
    if (!place && !again && !match && !t.tags.has('SportsTeam')) continue;
    const c = add(ctx, from, i, 'head');
    if (c) found.set(t.text, c.name);
  }
  // The nickname alone is the team ("the Comets").
  for (const [nick, name] of found) {
    for (const k of bare.get(nick) ?? []) add(ctx, k, k, 'short', { name, forms: [nick] });
  }
}

// ---------- overlaps and short forms ----------

const RANK: Record<OrgEvidence, number> = {
  paren: 9, of: 8, head: 7, known: 7, lowerHead: 6, descriptive: 5, credit: 5, descriptor: 4, cue: 4, model: 4, acronym: 3, short: 2, bare: 1,
};

function resolveOverlaps(cands: OrgCandidate[]): OrgCandidate[] {
  const sorted = [...cands].sort((x, y) => (y.end - y.start) - (x.end - x.start) || RANK[y.evidence] - RANK[x.evidence]);
  const kept: OrgCandidate[] = [];
  for (const c of sorted) {
    const clash = kept.find((k) => c.start < k.end && k.start < c.end);
    if (!clash) { kept.push(c); continue; }
    const inside = c.start >= clash.start && c.end <= clash.end;
    if (c.inner && inside && !kept.some((k) => k.start === c.start && k.end === c.end)) kept.push(c);
  }
  return kept;
}

const COMPANY_HEADS = new Set(['Group', 'Holdings', 'Bancorp', 'Partners', 'Capital', 'Securities', 'Resources', 'Industries', 'Pictures', 'Films', 'Biologics', 'Management', 'Rovers', 'United', 'Wanderers', 'Athletic', 'Banking', 'Bank']);

/** Later short forms of a company name ("Corvell" for "Corvell Inc.", "Eastgate" for "Eastgate Bancorp Inc."). */
function shortForms(ctx: Ctx, kept: OrgCandidate[]): OrgCandidate[] {
  const { a, lex } = ctx;
  const forms = new Map<string, OrgCandidate>();
  for (const c of kept) {
    if (c.evidence !== 'head' && c.evidence !== 'paren' && c.evidence !== 'descriptor') continue;
    const words = c.name.split(/\s+/);
    const last = words[words.length - 1].replace(/\.$/, '');
    const legal = lex.suffixes.has(last) || COMPANY_HEADS.has(last);
    if (!legal) continue;
    const base = withoutLegalForm(c.name);
    const bw = base.split(/\s+/);
    const options = new Set<string>();
    if (bw.length >= 1 && base !== c.name) options.add(base);
    // Drop company heads from the end too: "SoftBank Group" -> "SoftBank", "Granite Mining" -> "Granite".
    let k = bw.length;
    while (k > 1 && (COMPANY_HEADS.has(bw[k - 1]) || lex.heads.has(bw[k - 1]))) k--;
    if (k < bw.length) options.add(bw.slice(0, k).join(' '));
    for (const o of options) {
      const ow = o.split(/\s+/);
      if (ow.length === 1) {
        const w = ow[0].toLowerCase();
        if (lex.places.has(w) || lex.nationalities.has(w) || lex.heads.has(ow[0]) || lex.titles.has(ow[0])) continue;
        if (isCommonWord(w)) continue;
      }
      if (!forms.has(o)) forms.set(o, c);
    }
  }
  const out: OrgCandidate[] = [];
  for (const [form, owner] of forms) {
    for (const { start, end, from, to } of freeOccurrences(ctx, form, '', [kept, out])) {
      // Not part of a longer capitalized name ("Granite Bay").
      if (isCap(a.tokens[to + 1]) && a.tokens[to + 1].sentence === a.tokens[to].sentence) continue;
      out.push({ text: form, start, end, sentence: a.tokens[from].sentence, from, to, name: owner.name, evidence: 'short', forms: [form] });
    }
  }
  return out;
}

/**
 * Whole-token occurrences of `form` in the text that no candidate in `taken` overlaps and whose
 * first token may start an organization. `boundary` adds characters that may not touch the form.
 * `taken` is read as the caller fills it, so two occurrences never overlap each other either.
 */
function* freeOccurrences(ctx: Ctx, form: string, boundary: string, taken: OrgCandidate[][]): Generator<{ start: number; end: number; from: number; to: number }> {
  const { a } = ctx;
  const edge = `[\\p{L}\\p{N}${boundary}]`;
  const re = new RegExp(`(?<!${edge})${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!${edge})`, 'gu');
  for (const m of a.text.matchAll(re)) {
    const start = m.index ?? 0;
    const end = start + form.length;
    if (taken.some((list) => list.some((c) => start < c.end && c.start < end))) continue;
    // Binary searches, not scans: a long article has many tokens and many occurrences.
    const from = tokenAt(a, start);
    const to = tokenAt(a, end - 1);
    if (a.tokens[from]?.start !== start || a.tokens[to]?.end !== end || !ctx.ok[from]) continue;
    yield { start, end, from, to };
  }
}

/** "Granite shares" with "Granite Ridge Ltd" in the article, "Comelec said" with "Commission on Elections":
 * a name found by its context that starts, or abbreviates, exactly one fuller name is a short form of it. */
function joinCuesToFullNames(kept: OrgCandidate[]): void {
  const full = [...new Set(kept.filter((c) => c.evidence !== 'cue' && c.evidence !== 'bare' && c.evidence !== 'acronym').map((c) => c.name))];
  for (const c of kept) {
    if (c.evidence !== 'cue') continue;
    const within = (n: string) => ` ${n.replace(/[,]/g, '')} `.includes(` ${c.name} `);
    const owners = full.filter((n) => n !== c.name && (within(n) || syllabic(c.name, n)));
    // "Granite Ridge" and "Granite Ridge Ltd" are one name.
    const longest = owners.sort((x, y) => y.length - x.length)[0];
    if (!longest || !owners.every((n) => longest.startsWith(n))) continue;
    c.forms.push(c.name);
    c.name = longest;
  }
}

/** "Comelec" for "Commission on Elections", "Fedex" for "Federal Express": the beginnings of the name's words. */
function syllabic(short: string, name: string): boolean {
  if (/\s/.test(short) || short.length < 4) return false;
  const s = short.toLowerCase();
  const words = name.toLowerCase().split(/\s+/).filter((w) => !['of', 'on', 'for', 'the', 'and', 'de', 'des', 'du', '&'].includes(w));
  if (words.length < 2) return false;
  const fit = (i: number, w: number): boolean => {
    if (i === s.length) return w === words.length;
    if (w >= words.length) return false;
    for (let n = Math.min(words[w].length, s.length - i); n >= 1; n--) if (words[w].startsWith(s.slice(i, i + n)) && fit(i + n, w + 1)) return true;
    return false;
  };
  return fit(0, 0);
}

/** Other mentions of a name found by its context ("Nordvik" again, "Nordvik's"): the same organization. */
function cueMentions(ctx: Ctx, kept: OrgCandidate[]): OrgCandidate[] {
  const { a } = ctx;
  const out: OrgCandidate[] = [];
  const names = new Map<string, OrgCandidate>();
  for (const c of kept) if (c.evidence === 'cue' && !names.has(c.text)) names.set(c.text.replace(/^the\s+/i, ''), c);
  for (const [form, owner] of names) {
    for (const { start, end, from, to } of freeOccurrences(ctx, form, '&', [kept, out])) {
      // Not part of a longer capitalized name ("Nordvik Bay", "Anna Nordvik").
      const next = a.tokens[to + 1];
      const prev = a.tokens[from - 1];
      if (isCap(next) && next.sentence === a.tokens[to].sentence) continue;
      if (prev && prev.sentence === a.tokens[from].sentence && (isCap(prev) && !(prev.first && prev.lower === 'the') || prev.text === '&')) continue;
      if (personLike(a, ctx.lex, from, to)) continue;
      out.push({ text: form, start, end, sentence: a.tokens[from].sentence, from, to, name: owner.name, evidence: 'cue', forms: [form] });
    }
  }
  return out;
}

/** A word of the language ("air", "standard"), not a distinctive name: compromise knows it. */
function isCommonWord(w: string): boolean {
  const lexicon = (nlp as unknown as { model(): { one: { lexicon: Record<string, string> } } }).model().one.lexicon;
  return w in lexicon || ['pacific', 'national', 'royal', 'global', 'central', 'capital', 'city', 'union', 'first', 'new'].includes(w);
}
