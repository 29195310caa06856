// People: runs of name-shaped words that the sentence gives evidence for. compromise knows
// many given names and surnames, but not Hou or Morikawa; so beside its Person tags we take
// the constructions news uses around a name: a title or honorific before it ("Gen. Kim"),
// an apposition ("Kang, the defence minister"), a reporting verb ("said Wu"), a relative
// clause ("Hou, who ..."), an age ("Ruiz, 54,"), a byline ("By ...").
import type { Analysis, Token } from '../analysis/analyze.js';
import { loadLexicon } from '../lexicon/load.js';
import { honorificAt, honorificsBefore, titleLexicon } from '../lexicon/titles.js';
import { skipRight } from './apposition.js';
import type { OrganizationCandidate, PersonCandidate, TitleCandidate } from './types.js';

interface PeopleData {
  particles: string[];
  suffixes: string[];
  reportingVerbs: string[];
  relativePronouns: string[];
  notNames: string[];
  roleNouns: string[];
  orgFollowers: string[];
}

let data: { particles: Set<string>; suffixes: Set<string>; reporting: Set<string>; relative: Set<string>; notNames: Set<string>; roles: Set<string>; orgFollowers: Set<string> } | undefined;
function lexicon() {
  if (!data) {
    const d = loadLexicon<PeopleData>('people');
    data = {
      particles: new Set(d.particles),
      suffixes: new Set(d.suffixes),
      reporting: new Set(d.reportingVerbs),
      relative: new Set(d.relativePronouns),
      notNames: new Set(d.notNames),
      roles: new Set(d.roleNouns),
      orgFollowers: new Set(d.orgFollowers),
    };
  }
  return data;
}

// Words compromise marks with these tags are not parts of names, whatever their case.
const NOT_NAME_TAGS = ['Month', 'WeekDay', 'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'QuestionWord', 'Modal', 'Demonym', 'Value'];
// A sentence's first word is capitalized anyway: these tags say it is an ordinary word.
const ORDINARY_TAGS = ['Verb', 'Adverb', 'Adjective', 'Plural', 'Expression'];
// Only these place tags veto a name: compromise's plain Place also covers towns that are given names (Antony).
const PLACE_TAGS = ['Country', 'City', 'Region'];
const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'];
const hasAny = (t: Token, tags: string[]) => tags.some((x) => t.tags.has(x));

// Prepositions of place: what follows them is a place far more often than a person.
const LOCATIVE = new Set(['in', 'near', 'outside', 'across', 'throughout']);

const ARABIC_PREFIX = /^(al|el|ad|as|ash|at|az|ul|bin|ibn|ben|abu|bint)-\p{Lu}/u;

export interface Blocked {
  /** Token indices inside titles: never part of a name. */
  title: Uint8Array;
  /** Token indices inside organizations. */
  org: Uint8Array;
}

function blockedTokens(a: Analysis, titles: TitleCandidate[], orgs: OrganizationCandidate[]): Blocked {
  const title = new Uint8Array(a.tokens.length);
  const org = new Uint8Array(a.tokens.length);
  for (const t of titles) for (let i = t.from; i <= t.to; i++) title[i] = 1;
  for (const o of orgs) for (let i = o.from; i <= o.to; i++) org[i] = 1;
  return { title, org };
}

function isNameWord(a: Analysis, t: Token, blocked: Blocked, continuing = false): boolean {
  if (!t.word || blocked.title[t.i] || blocked.org[t.i]) return false;
  if (ARABIC_PREFIX.test(t.text)) return true;
  if (!t.upper || /^\d/.test(t.text)) return false;
  // ALL-CAPS words are datelines, acronyms and shouted bylines ("TOKYO", "NATO", "LG"), not names.
  if (t.text.length > 1 && t.text === t.text.toUpperCase()) return false;
  if (lexicon().notNames.has(t.lower)) return false;
  if (hasAny(t, NOT_NAME_TAGS) && !hasAny(t, PERSON_TAGS)) return false;
  // A city or region word may end a name ("Luis Orlando") but not start one; a country word
  // ends a name only right after a given name or surname ("Luiz Eduardo Montenegro").
  const prev = a.tokens[t.i - 1];
  const afterNamePart = continuing && !!prev && hasAny(prev, PERSON_TAGS);
  if ((t.tags.has('Country') && !afterNamePart) || (!continuing && hasAny(t, PLACE_TAGS) && !hasAny(t, PERSON_TAGS))) return false;
  // Title words are not names even where no title was recognized ("General Staff"), except
  // inside a name, where the title recognizer left them ("Martin Luther King").
  if (titleLexicon().honorifics.has(t.lower) || (titleLexicon().heads.has(t.lower) && !afterNamePart)) return false;
  // Both words of a two-word honorific: "Tan Sri Idris", "Datuk Seri Hamzah".
  if (honorificAt(a.tokens, t.i) >= 2 || (t.i > 0 && honorificAt(a.tokens, t.i - 1) >= 2)) return false;
  if (t.first && hasAny(t, ORDINARY_TAGS) && !t.tags.has('ProperNoun') && !hasAny(t, PERSON_TAGS)) {
    // "Seo Jun-ho led ...": compromise reads a sentence-initial surname as a verb; a
    // romanized East Asian given name after it ("Jun-ho", "Min-jae") says otherwise.
    const next = a.tokens[t.i + 1];
    if (!next || next.sentence !== t.sentence || !/^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(next.text)) return false;
  }
  return true;
}

/** An initial such as "Q." in "Peter Q. Vance": a single capital with its period. */
const isInitial = (a: Analysis, i: number) => {
  const t = a.tokens[i];
  return t.word && t.upper && t.text.length === 1 && t.dot && a.tokens[i + 1]?.text === '.';
};

/** Maximal runs of name words within sentences, as [from, to] token ranges. */
export function nameRuns(a: Analysis, blocked: Blocked): [number, number][] {
  const lex = lexicon();
  const t = a.tokens;
  const runs: [number, number][] = [];
  let i = 0;
  while (i < t.length) {
    if (!isNameWord(a, t[i], blocked) && !isInitial(a, i)) {
      i++;
      continue;
    }
    const from = i;
    let to = i;
    let j = isInitial(a, i) ? i + 2 : i + 1;
    while (j < t.length && t[j].sentence === t[from].sentence) {
      if (isInitial(a, j)) {
        j += 2;
        continue;
      }
      if (isNameWord(a, t[j], blocked, true)) {
        to = j;
        j++;
        continue;
      }
      // A quoted nickname: Rosa Linda "Lin" Cabrera.
      if (/^["“]$/.test(t[j].text) && isNameWord(a, t[j + 1] ?? t[j], blocked, true) && /^["”]$/.test(t[j + 2]?.text ?? '') && t[j + 3] && isNameWord(a, t[j + 3], blocked, true)) {
        j += 3;
        continue;
      }
      // Lower-case particles inside a name: "Joost van der Linden", "Ana da Costa".
      if (lex.particles.has(t[j].lower) && !t[j].upper) {
        let k = j;
        while (k < t.length && lex.particles.has(t[k].lower) && !t[k].upper) k++;
        if (k < t.length && isNameWord(a, t[k], blocked)) {
          j = k;
          continue;
        }
      }
      // "Jr." / "III" after a name.
      if (lex.suffixes.has(t[j].lower) && j === to + 1) {
        to = t[j].dot && t[j + 1]?.text === '.' ? j + 1 : j;
        j = to + 1;
      }
      break;
    }
    // "Jr." keeps its period, so that the comma of an apposition comes right after the name.
    if (lex.suffixes.has(t[to].lower) && t[to].dot && t[to + 1]?.text === '.') to++;
    // "Deputy Governor for Markets Dave Ramsden": a title's capitalized complement is not
    // part of the name that follows it.
    let first = from;
    if (['for', 'of'].includes(t[from - 1]?.lower ?? '')) {
      const given = t.slice(from, to).findIndex((x) => x.tags.has('FirstName'));
      if (given > 0 && t.slice(from, from + given).every((x) => !x.tags.has('FirstName') && !x.tags.has('LastName'))) first = from + given;
    }
    runs.push([first, to]);
    i = Math.max(j, to + 1);
  }
  return runs;
}

interface Evidence {
  preTitle: boolean;
  honorific: boolean;
  apposition: boolean;
  reporting: boolean;
  relative: boolean;
  age: boolean;
  byline: boolean;
  role: boolean;
  orgFollower: boolean;
  subject: boolean;
  nlpPerson: boolean;
  locative: boolean;
}

function evidenceFor(a: Analysis, from: number, to: number, titles: TitleCandidate[]): Evidence {
  const lex = lexicon();
  const t = a.tokens;
  const sentence = t[from].sentence;
  const at = (i: number) => (i >= 0 && i < t.length && t[i].sentence === sentence ? t[i] : undefined);
  const before = at(from - 1);
  const after = at(to + 1);
  const afterName = after?.text === "'s" || after?.text === '’s' ? at(to + 2) : after;
  const titleEndingAt = (i: number) => titles.some((x) => x.to === i);
  const titleStarts = new Set(titles.map((x) => x.from));
  // Where the honorifics before the name begin: "Prime Minister Datuk Seri Hamzah Yusof".
  const lead = honorificsBefore(t, from);
  const titleStartingAt = (i: number) => titleStarts.has(i);

  // ", the defence minister" / ", a spokeswoman for" right after the name.
  let apposition = false;
  if (after?.text === ',') apposition = titleStartingAt(skipRight(a, to + 2, sentence, titleStarts));
  // "South Korea's defence minister, Yoon Ji-ho".
  if (before?.text === ',' && titleEndingAt(from - 2)) apposition = true;

  const prevWord = before?.lower ?? '';
  const reporting =
    lex.reporting.has(prevWord) ||
    (prevWord === 'to' && at(from - 2)?.lower === 'according') ||
    (!!afterName && lex.reporting.has(afterName.lower));
  const relative = after?.text === ',' && !!at(to + 2) && lex.relative.has(t[to + 2].lower);
  // ", 67," or ", a 34-year-old teacher".
  const age =
    after?.text === ',' &&
    ((/^\d{2}$/.test(at(to + 2)?.text ?? '') && at(to + 3)?.text === ',') || /^,\s+an?\s+\d+-year-old\b/.test(a.text.slice(t[to].end, t[to].end + 24)));
  const orgFollower = !!after && after.word && !after.upper && lex.orgFollowers.has(after.lower);
  // "Italian producer Paolo Verdi": a role noun right before the name.
  // Only listed occupations: compromise's Actor tag also covers "carrier" and "maker".
  const role = !!before && !before.upper && before.word && lex.roles.has(before.lower);
  // "Nils Ekholm pulled one back": a name-shaped subject of a past-tense verb.
  const subject = !!after && after.tags.has('PastTense') && !after.tags.has('Copula') && !after.upper;
  const byline = !!before && (before.lower === 'by') && (before.first || ['reporting', 'editing', 'writing', 'additional'].includes(at(from - 2)?.lower ?? ''));
  let personTags = 0;
  for (let i = from; i <= to; i++) if (hasAny(t[i], PERSON_TAGS)) personTags++;
  return {
    // A title's own abbreviation period is part of it ("Gen."): a sentence's full stop is not.
    preTitle: titleEndingAt(lead - 1),
    honorific: honorificsBefore(t, from) < from,
    apposition,
    reporting,
    relative,
    age,
    byline,
    role,
    orgFollower,
    subject,
    nlpPerson: personTags > 0,
    // "raided homes in Cheetham Hill": after a locative preposition a run is a place unless
    // something stronger than compromise's name lists says otherwise.
    locative: LOCATIVE.has(prevWord),
  };
}

/** Evidence in the words right around the name: a title, an honorific, an apposition, a byline. */
const strongEvidence = (e: Evidence) => e.preTitle || e.honorific || e.apposition || e.byline;
/** Evidence that the name is a person's, not only a name's: strong, or a clause only people take. */
const directEvidence = (e: Evidence) => strongEvidence(e) || e.relative || e.age || e.role;

function accept(len: number, e: Evidence, headline: boolean): boolean {
  const strong = strongEvidence(e);
  // "Morgan Stanley shares", "Goldman Sachs analyst": a company, whatever its name looks like.
  // In a Title Case headline every word is capitalized, so shape and tags prove nothing.
  if ((e.orgFollower || headline) && !strong) return false;
  if (len === 1) return strong || (e.nlpPerson && (e.reporting || e.relative || e.age));
  if (len > 6) return false;
  if (e.locative && !(directEvidence(e) || e.reporting)) return false;
  return strong || e.reporting || e.relative || e.age || e.role || e.nlpPerson || (e.subject && len <= 3);
}

/** A headline in Title Case ("Fed Holds Rates Steady as Powell Signals Patience"). */
function isTitleCase(a: Analysis, from: number, to: number): boolean {
  let words = 0;
  let upper = 0;
  for (let i = from; i < to; i++) {
    const t = a.tokens[i];
    if (!t.word || !/^\p{L}/u.test(t.text) || t.text.length < 4) continue;
    words++;
    if (t.upper) upper++;
  }
  // Headlines carry no closing period; a short sentence of names ("Jokowi met Prabowo.") does.
  const last = a.tokens[to - 1];
  return words >= 3 && upper / words >= 0.75 && !!last && !/^[.!?"”’)]$/.test(last.text);
}

export function recognizePeople(a: Analysis, titles: TitleCandidate[], orgs: OrganizationCandidate[]): PersonCandidate[] {
  const blocked = blockedTokens(a, titles, orgs);
  const out: PersonCandidate[] = [];
  const headlines = a.sentences.map((s) => isTitleCase(a, s.from, s.to));
  const acceptedEnds = new Set<number>();
  for (const [from, to] of nameRuns(a, blocked)) {
    const e = evidenceFor(a, from, to, titles);
    const words = a.tokens.slice(from, to + 1).filter((x) => x.word).length;
    // "founded by Joost de Groot and Sanne Hoekstra": a full name coordinated with a person.
    const coordinated = words > 1 && a.tokens[from - 1]?.lower === 'and' && acceptedEnds.has(from - 2);
    if (!coordinated && !accept(words, e, headlines[a.tokens[from].sentence])) continue;
    // A lone word right after another capitalized word is the end of a longer name that is not
    // a person's ("City Hall", "Adelaide Oval"), unless a title or honorific stands there.
    const prev = a.tokens[from - 1];
    if (words === 1 && prev && prev.word && prev.upper && prev.sentence === a.tokens[from].sentence && !blocked.title[prev.i] && !e.honorific) continue;
    acceptedEnds.add(to);
    const start = a.tokens[from].start;
    const end = a.tokens[to].end;
    const text = a.text.slice(start, end);
    // A reporting verb is circumstantial too: companies and clubs say things as well.
    const weak = !directEvidence(e);
    out.push({ text, name: text, start, end, sentence: a.tokens[from].sentence, from, to, weak });
  }
  return out;
}
