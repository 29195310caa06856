// The closed-class word lists the organization recognizer and linker read (JSON data in
// src/lexicon/data): organization heads and legal suffixes, well-known institutions, acronyms
// that are no organization, descriptive lower-case names, places and web-page boilerplate.
import { loadLexicon } from '../../lexicon/load.js';

interface HeadsData {
  heads: string[];
  suffixes: string[];
  prefixes: string[];
  ofHeads: string[];
  weakOfHeads: string[];
  lowerHeads: string[];
  standalone: string[];
  possessiveInternal: string[];
  titles: string[];
  generalTitleHeads: string[];
  lowerDescriptors: string[];
  onHeads: string[];
  governmentHeads: string[];
  sourceNouns: string[];
  productNouns: string[];
  compass: string[];
  clubHeads: string[];
  sportsContext: string[];
  matchWords: string[];
  notNicknames: string[];
  districtDomains: string[];
  companyDescriptors: string[];
  employerRoles: string[];
  notEmployerTitles: string[];
  corporateTitles: string[];
  marketNouns: string[];
  financialNouns: string[];
  compoundTails: string[];
}
interface KnownData {
  names: string[];
  equivalents: string[][];
}
interface DescriptiveData {
  heads: string[];
  ministryDomains: string[];
  bareHeads: string[];
  bankOfCommercial: string[];
}
interface PlacesData {
  countries: string[];
  nationalities: string[];
  cities: string[];
  regions: string[];
  demonyms: Record<string, string>;
  countryAliases: Record<string, string>;
  supranational: string[];
}
interface BoilerplateData {
  lines: string[];
  prefixes: string[];
  genericNames: string[];
}

export interface OrgLexicon {
  /** Capitalized head words, as written ("Ministry", "Bank"). */
  heads: ReadonlySet<string>;
  /** Legal-form suffixes, looked up without periods: "S.A." and "SA", "Co." and "Co", "S.p.A." and "SpA". */
  suffixes: ReadonlySet<string>;
  /** Legal forms written before the name ("PT"). */
  prefixes: ReadonlySet<string>;
  /** Heads that take an "of X" complement. */
  ofHeads: ReadonlySet<string>;
  /** ofHeads that make an organization only with their complement ("House of Representatives"). */
  weakOfHeads: ReadonlySet<string>;
  /** Lower-case heads after a proper name ("news agency"), as token lists. */
  lowerHeads: string[][];
  /** Single words that are an institution on their own ("Congress"), lower-case. */
  standalone: ReadonlySet<string>;
  /** Words whose possessive is inside a name ("People's Liberation Army"), lower-case. */
  possessiveInternal: ReadonlySet<string>;
  /** Title words that end a name on its left ("Parliament President ..."), as written. */
  titles: ReadonlySet<string>;
  /** Heads a title-like word may modify ("General Staff", "General Assembly"). */
  generalTitleHeads: ReadonlySet<string>;
  /** "data from X": phrases that introduce a source organization. */
  sourceNouns: string[][];
  /** "a X survey": nouns after an organization that produced them. */
  productNouns: ReadonlySet<string>;
  /** Club heads that may follow a bare place name ("Manchester United"). */
  clubHeads: ReadonlySet<string>;
  /** Lower-case words of a sports story ("season", "coach", "points"). */
  sportsContext: ReadonlySet<string>;
  /** Lower-case words next to a team's name in a match report ("beat", "hosted", "against"). */
  matchWords: ReadonlySet<string>;
  /** Capitalized plurals that are no team nickname ("Democrats", "Islands", "Olympics"). */
  notNicknames: ReadonlySet<string>;
  /** Capitalized words before "District" that make it a body ("School District", "Water District"). */
  districtDomains: ReadonlySet<string>;
  /** Descriptor nouns that never describe a person ("carrier", "lender"), lower-case. */
  companyDescriptors: ReadonlySet<string>;
  /** Lower-case occupations after which a capitalized run names the employer ("Arsenal manager Mikel Arteta"). */
  employerRoles: ReadonlySet<string>;
  /** Title heads held for a place, a party or a faith, not for an employer ("Springfield Mayor"), lower-case. */
  notEmployerTitles: ReadonlySet<string>;
  /** What a company has, after its possessive ("Nordvik's chief executive"), as token lists. */
  corporateTitles: string[][];
  /** "Nordvik shares", "shares of Nordvik", as token lists. */
  marketNouns: string[][];
  /** "Nordvik said revenue rose": results words after a company's statement, lower-case. */
  financialNouns: ReadonlySet<string>;
  /** Words after a lone head that make a compound naming no organization ("Bank Rate", "City Hall"), lower-case. */
  compoundTails: ReadonlySet<string>;
  /** Compass words that may end a name after its head ("... Hospital East"). */
  compass: ReadonlySet<string>;
  /** Heads that take an "on X" complement ("Committee on Foreign Investment"). */
  onHeads: ReadonlySet<string>;
  /** Heads before which a national prefix is not part of the name. */
  governmentHeads: ReadonlySet<string>;
  /** Lower-case word -> lower-case country it names ("chinese" -> "china", "us" -> "united states"). */
  countryOf: ReadonlyMap<string, string>;
  /** Regional, religious or ethnic adjectives that are part of a name ("European Parliament"). */
  supranational: ReadonlySet<string>;
  /** "Bank of X" that is a commercial bank, not X's central bank. */
  bankOfCommercial: ReadonlySet<string>;
  /** Lower-case words that introduce an organization's name ("pollster", "lender"). */
  lowerDescriptors: ReadonlySet<string>;
  /** Well-known institutions by first word; matched case-sensitively unless all lower-case. */
  known: ReadonlyMap<string, string[]>;
  /** Normalized name -> index of its equivalence group. */
  equivalents: ReadonlyMap<string, number>;
  /** Lower-case descriptive heads ("ministry", "central bank") as token lists. */
  descriptiveHeads: string[][];
  /** Domains before "ministry" ("defence", "foreign affairs"), lower-case. */
  ministryDomains: ReadonlySet<string>;
  /** Descriptive names that stand without a national prefix after "the" ("the foreign ministry"). */
  bareDescriptive: ReadonlySet<string>;
  /** All-capital words that are never organizations, as written. */
  acronymStop: ReadonlySet<string>;
  countries: ReadonlySet<string>;
  nationalities: ReadonlySet<string>;
  /** Countries, cities and regions, lower-case. */
  places: ReadonlySet<string>;
  boilerplateLines: ReadonlySet<string>;
  boilerplatePrefixes: string[];
  genericNames: ReadonlySet<string>;
}

let cached: OrgLexicon | undefined;

function countryIndex(p: PlacesData): Map<string, string> {
  const m = new Map<string, string>();
  for (const c of p.countries) m.set(c.toLowerCase(), c.toLowerCase());
  for (const [k, v] of Object.entries(p.countryAliases)) m.set(k.toLowerCase(), v.toLowerCase());
  for (const [k, v] of Object.entries(p.demonyms)) m.set(k.toLowerCase(), v.toLowerCase());
  for (const v of Object.values(p.countryAliases)) m.set(v.toLowerCase(), v.toLowerCase());
  return m;
}

function knownIndex(names: string[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const name of names) {
    const first = name.split(/[\s]/)[0];
    const list = index.get(first) ?? [];
    list.push(name);
    index.set(first, list);
  }
  // Longest first, so "Anadolu Agency" wins over "Anadolu".
  for (const list of index.values()) list.sort((x, y) => y.length - x.length);
  return index;
}

/** A set of written forms that ignores periods on lookup ("S.p.A." = "SpA", "N.V." = "NV"). */
class PeriodlessSet extends Set<string> {
  constructor(xs: string[]) {
    super(xs.map(periodless));
  }
  override has(x: string): boolean {
    return super.has(periodless(x));
  }
}
const periodless = (s: string): string => s.replace(/\./g, '');

const lowerSet = (xs: string[]): ReadonlySet<string> => new Set(xs.map((x) => x.toLowerCase()));
const tokensOf = (s: string): string[] => s.split(/\s+/).filter(Boolean);

export function orgLexicon(): OrgLexicon {
  if (cached) return cached;
  const h = loadLexicon<HeadsData>('org-heads');
  const k = loadLexicon<KnownData>('org-known');
  const d = loadLexicon<DescriptiveData>('org-descriptive');
  const p = loadLexicon<PlacesData>('places');
  const b = loadLexicon<BoilerplateData>('boilerplate');
  const stop = loadLexicon<{ stop: string[] }>('org-acronym-stop');
  const equivalents = new Map<string, number>();
  k.equivalents.forEach((group, i) => {
    for (const name of group) equivalents.set(simpleNorm(name), i);
  });
  cached = {
    heads: new Set(h.heads),
    suffixes: new PeriodlessSet(h.suffixes),
    prefixes: new Set(h.prefixes),
    ofHeads: new Set(h.ofHeads),
    weakOfHeads: new Set(h.weakOfHeads),
    lowerHeads: h.lowerHeads.map(tokensOf),
    standalone: lowerSet(h.standalone),
    possessiveInternal: lowerSet(h.possessiveInternal),
    titles: new Set(h.titles),
    generalTitleHeads: new Set(h.generalTitleHeads),
    lowerDescriptors: lowerSet(h.lowerDescriptors),
    onHeads: new Set(h.onHeads),
    sourceNouns: h.sourceNouns.map(tokensOf),
    productNouns: lowerSet(h.productNouns),
    compass: new Set(h.compass),
    clubHeads: new Set(h.clubHeads),
    sportsContext: lowerSet(h.sportsContext),
    matchWords: lowerSet(h.matchWords),
    notNicknames: new Set(h.notNicknames),
    districtDomains: new Set(h.districtDomains),
    companyDescriptors: lowerSet(h.companyDescriptors),
    employerRoles: lowerSet(h.employerRoles),
    notEmployerTitles: lowerSet(h.notEmployerTitles),
    corporateTitles: h.corporateTitles.map(tokensOf),
    marketNouns: h.marketNouns.map(tokensOf),
    financialNouns: lowerSet(h.financialNouns),
    compoundTails: lowerSet(h.compoundTails),
    governmentHeads: new Set(h.governmentHeads),
    countryOf: countryIndex(p),
    supranational: lowerSet(p.supranational),
    bankOfCommercial: lowerSet(d.bankOfCommercial),
    known: knownIndex(k.names),
    equivalents,
    descriptiveHeads: d.heads.map(tokensOf),
    ministryDomains: lowerSet(d.ministryDomains),
    bareDescriptive: lowerSet(d.bareHeads),
    acronymStop: new Set(stop.stop),
    countries: lowerSet(p.countries),
    nationalities: lowerSet(p.nationalities),
    places: lowerSet([...p.countries, ...p.cities, ...p.regions]),
    boilerplateLines: lowerSet(b.lines),
    boilerplatePrefixes: b.prefixes.map((x) => x.toLowerCase()),
    genericNames: lowerSet(b.genericNames),
  };
  return cached;
}

/** Lower case, straight quotes, no periods, "&" as "and", single spaces. */
export function simpleNorm(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b\u2032`]/g, "'")
    .replace(/\.(?=\S)/g, '')
    .replace(/\./g, ' ')
    .replace(/\s*&\s*/g, ' and ')
    .replace(/[^\p{L}\p{N}'\- ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
