// What every organization rule shares: the per-article context, token predicates, phrase-list
// lookups, and the one way a candidate is added (with its canonical name).
import type { Analysis, Token } from '../../analysis/analyze.js';
import type { OrgCandidate, OrgEvidence } from './candidate.js';
import type { OrgLexicon } from './lexicon.js';
import { looksLikeAcronym } from './names.js';

export const FUNCTION_TAGS = ['Verb', 'Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Adverb', 'QuestionWord', 'Modal', 'Auxiliary'];
export const INNER_CONNECTORS = new Set(['and', '&']);
export const OF_CONNECTORS = new Set(['of', 'for', 'on', 'des', 'de', 'du', 'da', 'do', 'dos', 'das', 'di', 'del', 'della']);
// A head followed by one of these is part of a title ("Chief Financial Officer").
export const TITLE_AFTER = new Set(['Secretary', 'Officer', 'Officers', 'Executive', 'Executives', 'Director', 'Directors', 'Adviser', 'Advisor', 'Analyst', 'Editor', 'Correspondent', 'Manager', 'Minister', 'Secretary']);
export const ORDINAL = /^\d+(?:st|nd|rd|th)$/i;
export const DASHES = new Set(['-', '–', '—', ':']);

export interface Ctx {
  a: Analysis;
  lex: OrgLexicon;
  ok: boolean[];
  out: OrgCandidate[];
}

// ---------- phrase lists ----------

// Phrase lists are scanned at every token: index each once by its first and by its last word.
export const firstWordIndex = new WeakMap<string[][], Map<string, string[][]>>();
export const lastWordIndex = new WeakMap<string[][], Map<string, string[][]>>();
export function indexed(cache: WeakMap<string[][], Map<string, string[][]>>, list: string[][], key: (phrase: string[]) => string): Map<string, string[][]> {
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
export const phrasesStartingWith = (list: string[][], word: string): string[][] => indexed(firstWordIndex, list, (p) => p[0]).get(word) ?? [];
/** The phrases of a list that end with a word, in list order. */
export const phrasesEndingWith = (list: string[][], word: string): string[][] => indexed(lastWordIndex, list, (p) => p[p.length - 1]).get(word) ?? [];

// ---------- token predicates ----------

export const isCap = (t: Token | undefined): boolean => !!t && t.word && t.upper;
export const isShout = (t: Token | undefined): boolean => !!t && t.word && /^[\p{Lu}\-']{3,}$/u.test(t.text) && /\p{Lu}{3}/u.test(t.text);
export const isAllCaps = (t: Token | undefined): boolean => !!t && t.word && looksLikeAcronym(t.text) && !/\p{Ll}{2}/u.test(t.text);

/** A byline ("By NORA K. HALE Associated Press"): names in capitals are people. */
export function isByline(a: Analysis, from: number): boolean {
  return a.tokens[from]?.lower === 'by' && a.tokens[from].upper;
}

export function isPlaceWord(lex: OrgLexicon, t: Token): boolean {
  return lex.places.has(t.lower) || lex.nationalities.has(t.lower);
}

export function isFunctionWord(t: Token): boolean {
  return FUNCTION_TAGS.some((x) => t.tags.has(x)) && !t.tags.has('ProperNoun') && !t.tags.has('Organization');
}

export function isHead(lex: OrgLexicon, t: Token | undefined): boolean {
  return !!t && t.word && (lex.heads.has(t.text) || lex.suffixes.has(t.text));
}

/** "District" after a word that makes it a body ("School District", "Water District"), not a place. */
export function isDistrict(ctx: Ctx, i: number): boolean {
  const t = ctx.a.tokens[i];
  const p = ctx.a.tokens[i - 1];
  return !!t && t.text === 'District' && !!p && p.sentence === t.sentence && isCap(p) && (ctx.lex.districtDomains.has(p.text) || isHead(ctx.lex, p));
}

export function isTitle(lex: OrgLexicon, t: Token): boolean {
  return lex.titles.has(t.text) || lex.titles.has(t.text + (t.dot ? '.' : ''));
}

// ---------- candidates ----------

export function add(ctx: Ctx, from: number, to: number, evidence: OrgEvidence, extra: Partial<OrgCandidate> = {}): OrgCandidate | null {
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
export function canonicalName(ctx: Ctx, from: number, to: number, text: string): { name: string; country?: string } {
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
