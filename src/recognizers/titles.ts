// Ranks and titles: "Lt. Gen.", "Defence Minister", "deputy assistant secretary of defence",
// "Foreign Ministry spokesman". A title is [modifiers] head [of portfolio]; which person it
// belongs to is decided later, by construction, in linking/titles.ts.
import type { Analysis, Token } from '../analysis/analyze.js';
import { titleLexicon, type TitleLexicon } from '../lexicon/titles.js';
import type { TitleCandidate } from './types.js';
import { orgLexicon } from './organizations/lexicon.js';

/** A word of the sentence as the title grammar sees it: abbreviations expanded, their period included. */
export interface TitleUnit {
  from: number;
  to: number;
  /** Lower-case, expanded ("lt" -> "lieutenant", "DI" -> "detective inspector"). */
  norm: string;
  /** As it should read in a title: the expansion, or the word as written. */
  display: string;
  token: Token;
  expanded: boolean;
}

// Dotless forms of these are other words ("Sr" closes a name, "Sec" is a second).
const NEEDS_DOT = new Set(['sr', 'ch', 'con', 'sec', 'rev', 'dep', 'pres', 'asst', 'amb']);
// Country codes that read like acronym modifiers but are nationality, kept out of titles.
const COUNTRY_CODES = new Set(['US', 'U.S.', 'UK', 'U.K.', 'USA', 'U.S.A.', 'UAE', 'PRC', 'ROK', 'DPRK']);

export function titleUnits(a: Analysis, from: number, to: number, lex: TitleLexicon = titleLexicon()): TitleUnit[] {
  const units: TitleUnit[] = [];
  const t = a.tokens;
  for (let i = from; i < to; i++) {
    const token = t[i];
    const acronym = lex.acronyms.get(token.text);
    const abbr = token.upper ? lex.abbreviations.get(token.lower) : undefined;
    if (acronym) {
      units.push({ from: i, to: i, norm: acronym.toLowerCase(), display: acronym, token, expanded: true });
    } else if (abbr && (token.dot || !NEEDS_DOT.has(token.lower))) {
      const withDot = token.dot && i + 1 < to && t[i + 1].text === '.';
      units.push({ from: i, to: withDot ? i + 1 : i, norm: abbr.toLowerCase(), display: abbr, token, expanded: true });
      if (withDot) i++;
    } else {
      units.push({ from: i, to: i, norm: token.lower, display: token.text, token, expanded: false });
    }
  }
  return units;
}

const joinNorm = (u: TitleUnit[], i: number, n: number) => u.slice(i, i + n).map((x) => x.norm).join(' ');

/** Length (in units) of the longest head starting at unit i, 0 if none. */
/** "justices" -> "justice", "secretaries" -> "secretary": plural heads name each person of a list. */
export function singular(phrase: string, lex: TitleLexicon): string | undefined {
  if (lex.heads.has(phrase)) return phrase;
  for (const [plural, single] of [['ies', 'y'], ['es', ''], ['s', '']]) {
    if (phrase.endsWith(plural) && lex.heads.has(phrase.slice(0, -plural.length) + single)) return phrase.slice(0, -plural.length) + single;
  }
  return undefined;
}

function headAt(u: TitleUnit[], i: number, lex: TitleLexicon): number {
  // "chief operations officer", "chief people officer": chief, one or two words, officer.
  if (u[i].norm === 'chief') {
    for (const n of [3, 4]) {
      const inner = u.slice(i + 1, i + n - 1);
      if (u[i + n - 1]?.norm === 'officer' && inner.every((x) => x.token.word && !x.token.tags.has('Person') && !STOP.has(x.norm))) return n;
    }
  }
  // Asked at every word: only a word that starts a head of several words looks further than itself.
  const norm = u[i].norm;
  const space = norm.indexOf(' ');
  const reach = lex.longestHeadFrom.get(space < 0 ? norm : norm.slice(0, space)) ?? 1;
  for (let n = Math.min(reach, u.length - i); n >= 1; n--) {
    const phrase = singular(joinNorm(u, i, n), lex);
    if (!phrase) continue;
    // Military and police ranks only count capitalized: "major differences", "a general strike".
    if (!u[i].token.upper && lex.militaryHeads.has(phrase) && !lex.civilHeads.has(phrase)) continue;
    return n;
  }
  return 0;
}

function isModifier(u: TitleUnit[], j: number, lex: TitleLexicon, inside = false): boolean {
  const x = u[j];
  const next = u[j + 1];
  if (!x || !x.token.word) return false;
  if (lex.modifiers.has(x.norm)) return true;
  // An organization's acronym before a title: "JCS chairman", "MSDF chief of staff".
  if (/^[A-Z]{2,5}$/.test(x.token.text) && !COUNTRY_CODES.has(x.token.text) && !x.token.tags.has('Country') && !!next && next.token.word) return true;
  // Inside a title, "and" and capitalized words that lead on to a head:
  // "mines and energy minister", "chief Latin America strategist".
  if (!inside || lex.heads.has(x.norm) || (x.norm !== 'and' && (!x.token.upper || x.token.tags.has('Person')))) return false;
  // "president and chief operating officer": after a whole head, "and" starts a second title.
  if (x.norm === 'and' && j > 0 && lex.heads.has(u[j - 1].norm)) return false;
  for (let k = j + 1; k < Math.min(u.length, j + 4); k++) {
    if (lex.heads.has(u[k].norm)) return true;
    if (!lex.modifiers.has(u[k].norm) && !(u[k].token.upper && u[k].token.word && !u[k].token.tags.has('Person'))) return false;
  }
  return false;
}

/** Length of the longest portfolio ("state", "national defense", "the interior") at unit i. */
function portfolioAt(u: TitleUnit[], i: number, lex: TitleLexicon): number {
  for (let n = Math.min(lex.longestPortfolio, u.length - i); n >= 1; n--) {
    if (lex.portfolios.has(joinNorm(u, i, n))) return n;
  }
  return 0;
}

const LOWER_FIELD_HEADS = new Set(['director', 'manager']);
const STOP = new Set(['the', 'a', 'an', 'of', 'for', 'in', 'at', 'on', 'to', 'and', 'or', 'with', 'by', 'from', 'who', 'which', 'that']);

/** How many units an "of ..." complement after a head takes (0: none). */
function complementLength(u: TitleUnit[], i: number, head: string, lex: TitleLexicon): number {
  if (u[i]?.norm !== 'of' && u[i]?.norm !== 'for') return 0;
  const lastWord = head.split(' ').pop() ?? head;
  // "director of export finance", "general manager of marketing": a lower-case field, never an
  // organization's name (that is found as an organization).
  if (u[i].norm === 'of' && LOWER_FIELD_HEADS.has(lastWord)) {
    let n = 0;
    while (n < 3 && u[i + 1 + n] && u[i + 1 + n].token.word && !u[i + 1 + n].token.upper && !STOP.has(u[i + 1 + n].norm)) n++;
    return n ? 1 + n : 0;
  }
  if (!lex.ofHeads.has(head) && !lex.ofHeads.has(lastWord)) return 0;
  const p = portfolioAt(u, i + 1, lex);
  if (p && u[i].norm === 'of') return 1 + p;
  // "Minister for International Development": a capitalized portfolio after "for".
  if (u[i].norm === 'for' && lastWord === 'minister') {
    let n = 0;
    while (n < 4 && u[i + 1 + n]?.token.word && (u[i + 1 + n].token.upper || (n > 0 && u[i + 1 + n].norm === 'and' && u[i + 2 + n]?.token.upper))) n++;
    return n ? 1 + n : 0;
  }
  if (u[i].norm === 'of' && (lastWord === 'head' || lastWord === 'professor')) {
    // "head of office", "head of Asia autos research": a short complement, up to a preposition,
    // never ending inside a capitalized name ("head of chip maker Texas Instruments").
    let n = 0;
    while (n < 4 && u[i + 1 + n] && u[i + 1 + n].token.word && !STOP.has(u[i + 1 + n].norm)) n++;
    while (n > 0 && u[i + n].token.upper && u[i + 1 + n]?.token.upper && u[i + 1 + n].token.word) n--;
    // "head of giant chip maker Texas Instruments": the complement describes a company that the
    // next words name; the title is the head alone, the company an organization.
    if (u.slice(i + 1, i + 1 + n).some((x) => orgLexicon().companyDescriptors.has(x.norm)) && u[i + 1 + n]?.token.upper) return 0;
    return n ? 1 + n : 0;
  }
  return 0;
}

export function recognizeTitles(a: Analysis): TitleCandidate[] {
  const lex = titleLexicon();
  const out: TitleCandidate[] = [];
  for (const s of a.sentences) {
    const u = titleUnits(a, s.from, s.to, lex);
    let i = 0;
    while (i < u.length) {
      // Modifiers, then a head; a unit that is both (chief, general) is a modifier only when
      // the phrase goes on after it ("deputy chief of staff" vs "the army chief said").
      let j = i;
      let head = 0;
      while (j < u.length) {
        const h = headAt(u, j, lex);
        const mod = isModifier(u, j, lex, j > i);
        if (h && (!mod || h > 1 || !u[j + 1] || !(headAt(u, j + 1, lex) || isModifier(u, j + 1, lex, true)))) {
          head = h;
          break;
        }
        if (!mod) break;
        j++;
      }
      if (!head) {
        // "Deputy Rui Pestana": a modifier that is a title by itself before a name.
        const last = u[j - 1];
        if (j > i && last && lex.standaloneModifiers.has(last.norm) && last.token.upper && u[j]?.token.upper && u[j]?.token.word) {
          out.push(makeTitle(a, u, j - 1, j - 1, lex));
          i = j;
        } else {
          i = Math.max(j, i + 1);
        }
        continue;
      }
      if (j === i && head === 1 && isNamePart(a, u[j].token)) {
        i = j + 1;
        continue;
      }
      const headNorm = joinNorm(u, j, head);
      const end = j + head - 1 + complementLength(u, j + head, headNorm, lex);
      // A military rank takes no modifiers: in "Liberation Army General" the rank is "General".
      const first = lex.militaryHeads.has(headNorm) && !lex.civilHeads.has(headNorm) ? j : i;
      out.push(makeTitle(a, u, first, end, lex));
      i = end + 1;
    }
  }
  return out;
}

const GIVEN = ['FirstName', 'MaleName', 'FemaleName'];
/**
 * A title word that is part of a name: a given name before a surname ("Dean Wilson", "Earl
 * Hughes"), or a surname after a given name ("Martin Luther King", "Ann Marshal").
 */
function isNamePart(a: Analysis, t: Token): boolean {
  // Acronyms ("MP", "CEO") are titles wherever they stand.
  if (!t.upper || t.dot || t.text === t.text.toUpperCase()) return false;
  const next = a.tokens[t.i + 1];
  const prev = a.tokens[t.i - 1];
  const sameSentence = (x: Token | undefined) => !!x && x.sentence === t.sentence && x.word && x.upper;
  // compromise marks a title used as one with Honorific ("Judge Wilson"), a given name without.
  const given = GIVEN.some((g) => t.tags.has(g)) || (t.tags.has('Person') && !t.tags.has('Honorific'));
  if (given && sameSentence(next) && next!.tags.has('LastName') && !GIVEN.some((g) => next!.tags.has(g))) return true;
  return sameSentence(prev) && !prev!.first && (prev!.tags.has('FirstName') || prev!.tags.has('LastName')) && !titleLexicon().heads.has(prev!.lower);
}

function makeTitle(a: Analysis, u: TitleUnit[], first: number, last: number, lex: TitleLexicon): TitleCandidate {
  const prev = u[first - 1];
  const former = !!prev && lex.formerMarkers.has(prev.norm.replace(/-$/, ''));
  const from = u[first].from;
  const to = u[last].to;
  const start = a.tokens[from].start;
  const end = a.tokens[to].end;
  const words = u.slice(first, last + 1).map((x) => x.display);
  // A plural head ("the dissenting justices, A and B") titles each person in the singular.
  let plural = false;
  words.forEach((w, k) => {
    const single = singular(w.toLowerCase(), lex);
    if (!single || single === w.toLowerCase() || lex.heads.has(w.toLowerCase())) return;
    words[k] = w.toLowerCase().startsWith(single) ? w.slice(0, single.length) : single;
    plural = true;
  });
  const title = words.join(' ');
  return { text: a.text.slice(start, end), start, end, sentence: a.tokens[from].sentence, from, to, title, former, ...(plural ? { plural } : {}) };
}
