// Where the tagger's spans and the rules' candidates meet. Precedence, and why:
// - The rules keep what they are precise at: a person whose name they found keeps the rules'
//   boundaries (titles, honorifics and possessives already stripped), and an organization
//   found by a head word, a legal suffix, an "of" complement, an acronym or a well-known name
//   stays an organization whatever the tagger says.
// - The tagger adds what the rules cannot see: names with no cue in the sentence ("Haaland
//   scored twice", "Arsenal beat Chelsea"). Its spans are trimmed of title words and
//   punctuation, and checked against the closed classes (places, nationalities, title words).
// - Where the tagger reads a span the rules took for a person as an organization (or the
//   reverse) and the rules' evidence was only circumstantial, the tagger's reading wins: it has
//   learned from annotated text how far each rule can be trusted (the rules are its features).
import type { Analysis, Token } from '../analysis/analyze.js';
import { honorificAt, titleLexicon } from '../lexicon/titles.js';
import type { OrgCandidate } from '../recognizers/organizations/candidate.js';
import { orgLexicon } from '../recognizers/organizations/lexicon.js';
import { withoutLegalForm } from '../recognizers/organizations/names.js';
import type { RuleCandidates } from '../recognizers/candidates.js';
import type { PersonCandidate } from '../recognizers/types.js';
import type { TaggedSpan } from '../tagger/index.js';

// Organizations the rules found with evidence in the name itself.
const STRONG_ORG = new Set(['head', 'of', 'known', 'paren', 'lowerHead', 'acronym', 'credit', 'descriptive']);

const QUOTE = /^["“”]$/;

const overlaps = (x: { from: number; to: number }, y: { from: number; to: number }) => x.from <= y.to && y.from <= x.to;

/** Tagger span without edge tokens that are not name words. */
function trim(a: Analysis, s: TaggedSpan, titleMask: Uint8Array): { from: number; to: number } | undefined {
  let { from, to } = s;
  const edge = (t: Token) => !t.word || titleMask[t.i] === 1 || t.lower === 'the' || t.lower === "'s";
  while (from <= to && edge(a.tokens[from])) from++;
  while (to >= from && edge(a.tokens[to])) to--;
  if (from > to) return undefined;
  // A quote that opens outside the span ('"Connie" Dimaculangan'): the name starts after it.
  const quotes = a.tokens.slice(from, to + 1).filter((t) => QUOTE.test(t.text));
  if (quotes.length % 2 === 1) from = quotes[quotes.length - 1].i + 1;
  if (from > to) return undefined;
  // Honorifics before a name are not part of it ("Mr", "Dr", "Sir").
  while (from < to && (titleLexicon().honorifics.has(a.tokens[from].lower.replace(/\.$/, '')) || honorificAt(a.tokens, from) > 0)) {
    from += a.tokens[from + 1]?.text === '.' ? 2 : 1;
  }
  return from <= to ? { from, to } : undefined;
}

let lowered: { countries: ReadonlySet<string>; nationalities: ReadonlySet<string> } | undefined;
const lowerSet = (s: ReadonlySet<string>) => new Set([...s].map((w) => w.toLowerCase()));

/** What a span names among the closed classes of places: a country or nationality, another place, or neither. */
function placeKind(a: Analysis, from: number, to: number): 'country' | 'place' | undefined {
  const lex = orgLexicon();
  lowered ??= { countries: lowerSet(lex.countries), nationalities: lowerSet(lex.nationalities) };
  const text = a.text.slice(a.tokens[from].start, a.tokens[to].end).toLowerCase();
  if (lowered.countries.has(text) || lowered.nationalities.has(text)) return 'country';
  return lex.places.has(text) ? 'place' : undefined;
}

function nameShaped(a: Analysis, from: number, to: number): boolean {
  let capitalized = 0;
  for (let i = from; i <= to; i++) if (a.tokens[i].word && /^\p{Lu}/u.test(a.tokens[i].text)) capitalized++;
  return capitalized > 0 && /^[\p{Lu}\p{N}]/u.test(a.tokens[from].text);
}

function span(a: Analysis, from: number, to: number) {
  const start = a.tokens[from].start;
  const end = a.tokens[to].end;
  const text = a.text.slice(start, end);
  return { text, start, end, sentence: a.tokens[from].sentence, from, to };
}

/** Every word in capitals ("NAVISTAR", "HAL ROACH"): a headline or a ticker, not a person (bylines are the rules'). */
function shouted(a: Analysis, from: number, to: number): boolean {
  const words = a.tokens.slice(from, to + 1).filter((t) => t.word && /\p{L}/u.test(t.text));
  return words.length > 0 && words.every((t) => t.text.length > 1 && t.text === t.text.toUpperCase());
}

/** A lone capitalized word that opens its sentence and is written in lower case elsewhere ("Turnover rose"). */
function ordinaryWord(a: Analysis, from: number, to: number, lowerSeen: ReadonlySet<string>): boolean {
  return from === to && a.tokens[from].first && lowerSeen.has(a.tokens[from].lower);
}

/**
 * The organization a name is another form of: the same name, its acronym, or its first words
 * ("Kestrel" for "Kestrel Lithium Corp").
 */
function ownerOf(text: string, orgs: OrgCandidate[]): OrgCandidate | undefined {
  const key = text.toLowerCase();
  // A party and its members, a group and one of them: "the Social Democrats", "a Social Democrat".
  const singular = (s: string) => s.toLowerCase().replace(/s$/, '');
  const same = orgs.find((o) => o.evidence !== 'short' && (singular(o.name) === singular(key) || o.acronym?.toLowerCase() === key || o.forms.some((f) => singular(f) === singular(key))));
  if (same) return same;
  const heads = orgLexicon().heads;
  const suffixes = orgLexicon().suffixes;
  // The name's own words, without its heads, legal suffixes and connectors ("University of Aberlour" -> "aberlour").
  const core = (name: string) =>
    name
      .split(/[\s,]+/)
      .filter((w) => w && !heads.has(w) && !suffixes.has(w.replace(/\./g, '')) && !['of', 'the', 'for', 'and', '&'].includes(w.toLowerCase()))
      .join(' ')
      .toLowerCase();
  const longer = orgs.filter((o) => {
    if (o.evidence === 'short' || o.evidence === 'descriptive' || o.evidence === 'bare') return false;
    const name = o.name.toLowerCase().replace(/,/g, '');
    return name.startsWith(`${key} `) || name.endsWith(` ${key}`) || core(o.name) === key;
  });
  // "Meridian Sports Partners" and "Meridian Sports Partners LLC" are one owner.
  return new Set(longer.map((o) => withoutLegalForm(o.name))).size === 1 ? longer[0] : undefined;
}

// What may stand between an organization and another name it goes by: "X, or Y", "X, known
// as Y", "X, known by its French initials Y", "X, who call themselves Y".
const ALSO_KNOWN = /^,?\s*(?:or|(?:also\s+)?known\s+(?:as|by\s+(?:its|their)(?:\s+\p{L}+)?\s+(?:initials|acronym|name))|(?:who|which)\s+call(?:s)?\s+(?:themselves|itself))\s+$/iu;

/**
 * Another name of the organization right before it: a ticker in angle brackets ("Acme Corp
 * <ACME.N>"), a name in parentheses ("African Export-Import Bank (Afreximbank)"), or a name
 * given with "or", "known as" ("the Department of Forestry and Fire Protection, or Cal Fire").
 */
function alsoKnownAs(a: Analysis, o: OrgCandidate, orgs: OrgCandidate[]): OrgCandidate | undefined {
  const open = a.tokens[o.from - 1]?.text;
  const close = a.tokens[o.to + 1]?.text;
  let company: OrgCandidate | undefined;
  if ((open === '<' && close === '>') || (open === '(' && close === ')')) {
    // The company's span may stop before its legal suffix ("Harcastle Foods" of "Harcastle Foods Plc").
    company = orgs.find((c) => c !== o && c.to <= o.from - 2 && c.to >= o.from - 3 && c.sentence === o.sentence);
  } else if (o.evidence === 'model' || o.evidence === 'acronym') {
    company = orgs.find((c) => c !== o && c.to < o.from && c.sentence === o.sentence && ALSO_KNOWN.test(a.text.slice(c.end, o.start)));
  }
  return company && company.name !== o.name ? { ...o, name: company.name, evidence: 'short', forms: [o.text] } : undefined;
}

// A name right before one of these is the name of a thing named after a person ("the Gershon
// Report", "the Nobel Prize", "Baker Street"), not a mention of the person: a closed class.
const EPONYM_HEADS = new Set([
  'Report', 'Review', 'Inquiry', 'Act', 'Bill', 'Plan', 'Doctrine', 'Prize', 'Award', 'Awards', 'Trophy', 'Cup',
  'Medal', 'Lecture', 'Scholarship', 'Syndrome', 'Disease', 'Effect', 'Principle', 'Amendment', 'Accord', 'Treaty',
  'Memorial', 'Stadium', 'Arena', 'Street', 'Road', 'Avenue', 'Square', 'Bridge', 'Airport',
]);

/** Whether a tagger span extends an acronym or well-known name found by the rules only with capitalized words. */
function grows(a: Analysis, o: OrgCandidate, r: { from: number; to: number }, titleMask: Uint8Array): boolean {
  if ((o.evidence !== 'acronym' && o.evidence !== 'known') || o.from < r.from || o.to > r.to || o.to - o.from >= r.to - r.from) return false;
  for (let i = r.from; i <= r.to; i++) {
    if (i >= o.from && i <= o.to) continue;
    const t = a.tokens[i];
    if (!t.word || !t.upper || titleMask[i] || t.tags.has('Verb')) return false;
  }
  return true;
}

export interface MergedNames {
  people: PersonCandidate[];
  orgs: OrgCandidate[];
}

export function mergeNames(a: Analysis, rules: RuleCandidates, tagged: TaggedSpan[]): MergedNames {
  const titleMask = new Uint8Array(a.tokens.length);
  for (const t of rules.titles) for (let i = t.from; i <= t.to; i++) titleMask[i] = 1;
  const lowerSeen = new Set(a.tokens.filter((t) => t.word && !t.upper).map((t) => t.lower));
  let people = [...rules.people];
  let orgs = [...rules.orgs];

  for (const raw of tagged) {
    if (raw.kind !== 'PER' && raw.kind !== 'ORG') continue;
    const r = trim(a, raw, titleMask);
    if (!r || !nameShaped(a, r.from, r.to)) continue;
    // A city read as an organization is a club named by its city ("Leeds beat Fulham"): the
    // tagger learned that from the sentence. A country or nationality never is.
    const place = placeKind(a, r.from, r.to);
    if (place === 'country' || (place === 'place' && raw.kind !== 'ORG')) continue;
    if (ordinaryWord(a, r.from, r.to, lowerSeen)) continue;
    // A lone head word ("League", "Ministry") is the rules' to resolve, as a short form.
    if (raw.kind === 'ORG' && r.from === r.to && orgLexicon().heads.has(a.tokens[r.from].text)) continue;
    if (raw.kind === 'PER') {
      // A lone word after another capitalized word ends a longer name ("Hurricane Ian").
      const prev = a.tokens[r.from - 1];
      if (r.from === r.to && prev && prev.word && prev.upper && prev.sentence === a.tokens[r.from].sentence && !titleMask[prev.i]) continue;
      if (shouted(a, r.from, r.to) || people.some((p) => overlaps(p, r))) continue;
      const org = orgs.filter((o) => overlaps(o, r));
      if (org.some((o) => STRONG_ORG.has(o.evidence))) continue;
      orgs = orgs.filter((o) => !org.includes(o));
      const s = span(a, r.from, r.to);
      people.push({ ...s, name: s.text, weak: true });
    } else {
      const inside = orgs.filter((o) => overlaps(o, r));
      // An acronym or well-known name that the tagger reads as part of a longer name ("BNP
      // Paribas", "Xerox PARC", "BBC Sport"): the longer name, when what it adds is capitalized words.
      const grown = inside.length === 1 && grows(a, inside[0], r, titleMask) ? inside[0] : undefined;
      if (grown) {
        const s = span(a, r.from, r.to);
        orgs = orgs.filter((o) => o !== grown);
        orgs.push({ ...s, name: s.text, evidence: 'cue', forms: [s.text] });
        continue;
      }
      if (inside.length) continue;
      // A person the rules found only from compromise's name lists or a verb after it, that the
      // tagger reads as an organization ("Berkshire Hathaway reported"), is an organization.
      const clash = people.filter((p) => overlaps(p, r));
      if (clash.length) {
        if (!clash.every((p) => p.from >= r.from && p.to <= r.to && !titleMask[p.from - 1])) continue;
        people = people.filter((p) => !clash.includes(p));
      }
      const s = span(a, r.from, r.to);
      // Another mention of an organization the rules named ("Afreximbank" after "African
      // Export-Import Bank (Afreximbank)") joins it instead of standing alone.
      const owner = ownerOf(s.text, orgs);
      if (owner) orgs.push({ ...s, name: owner.name, evidence: 'short', forms: [s.text] });
      else orgs.push({ ...s, name: s.text, evidence: 'model', forms: [s.text] });
    }
  }
  // A person the rules found on circumstantial evidence alone stands only if the tagger agrees.
  const taggedPeople = tagged.filter((t) => t.kind === 'PER');
  people = people.filter((p) => !p.weak || taggedPeople.some((t) => overlaps(t, p)));
  // "analyst Mike Powell of Dresdner Kleinwort Wasserstein says": what follows a person and
  // "of" is the employer; a name found there on circumstantial evidence is an organization.
  const employers = people.filter((p) => p.weak && a.tokens[p.from - 1]?.lower === 'of' && people.some((q) => !q.weak && q.to === p.from - 2) && placeKind(a, p.from, p.to) === undefined);
  for (const p of employers) orgs.push({ ...span(a, p.from, p.to), name: p.text, evidence: 'cue', forms: [p.text] });
  people = people.filter((p) => !employers.includes(p));
  // One name, one kind in a story: a name read as an organization somewhere ("Chelsea beat
  // Arsenal") is an organization where only circumstantial evidence made it a person ("Chelsea
  // said").
  // Not a name that is part of a person's found on strong evidence ("Lula" of "President Luiz
  // Inácio Lula da Silva").
  const orgNamed = new Map(orgs.filter((o) => o.evidence !== 'short').map((o) => [o.text.toLowerCase(), o]));
  const strongWords = new Set(people.filter((p) => !p.weak).flatMap((p) => p.text.toLowerCase().split(/\s+/)));
  people = people.filter((p) => {
    const key = p.text.toLowerCase();
    const owner = p.weak && !key.split(/\s+/).every((w) => strongWords.has(w)) ? orgNamed.get(key) : undefined;
    if (owner) orgs.push({ ...p, name: owner.name, evidence: 'short', forms: [p.text] });
    return !owner;
  });
  orgs = orgs.map((o) => alsoKnownAs(a, o, orgs) ?? o);
  // A company's name in a capitals headline ("NAVISTAR") or as the tagger found it alone is
  // a short form of the fuller name the story gives.
  orgs = orgs.map((o) => {
    if (o.evidence !== 'model' && o.evidence !== 'acronym') return o;
    const owner = ownerOf(o.text, orgs.filter((x) => x !== o && x.name !== o.name));
    return owner ? { ...o, name: owner.name, evidence: 'short' as const, forms: [o.text] } : o;
  });
  people = people.filter((p) => !EPONYM_HEADS.has(a.tokens[p.to + 1]?.text ?? ''));
  const byStart = <T extends { start: number; end: number }>(x: T, y: T) => x.start - y.start || y.end - x.end;
  return { people: people.sort(byStart), orgs: orgs.sort(byStart) };
}
