// Name forms of an organization: the keys under which two mentions are the same organization
// ("Ministry of National Defense" = "defence ministry"), acronym initials, legal suffixes.
import { orgLexicon, simpleNorm } from './lexicon.js';

const SPELLINGS: [RegExp, string][] = [
  [/\bdefence\b/g, 'defense'],
  [/\borganisation/g, 'organization'],
  [/\bprogramme\b/g, 'program'],
  [/\bcentre\b/g, 'center'],
  [/\blabour\b/g, 'labor'],
  [/\bappeals\b/g, 'appeal'],
  [/\bpeoples\b/g, "people's"],
  [/\bthird\b/g, '3rd'],
  [/\bsecond\b/g, '2nd'],
  [/\bfirst\b/g, '1st'],
];

const LEGAL = new Set([
  'inc', 'incorporated', 'ltd', 'limited', 'corp', 'corporation', 'co', 'company', 'plc', 'ag', 'sa', 'se', 'nv', 'bv',
  'gmbh', 'llc', 'llp', 'lp', 'srl', 'spa', 'tbk', 'bhd', 'berhad', 'kk', 'ab', 'asa', 'oyj', 'sas', 'pty', 'fc', 'cf', 'afc',
  'ltda', 'sarl', 'pte', 'sdn', 'jsc', 'pjsc', 'ojsc', 'kgaa', 'oy', 'kft', 'zrt', 'sab', 'pvt', 'psc', 'qsc', 'qpsc', 'saog',
]);
const LEGAL_PREFIX = new Set(['pt']);
const STOP = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'de', 'des', 'du', 'da', 'do', 'dos', 'la', 'le', 'et', 'y', 'to', 'at']);

/** The base form used for comparing names: normalized, US spellings, no leading "the". */
export function baseNorm(s: string): string {
  let t = simpleNorm(s).replace(/^the /, '').replace(/'s\b/g, '').replace(/'$/, '');
  for (const [re, to] of SPELLINGS) t = t.replace(re, to);
  return t.replace(/'/g, '').trim();
}

/** The name without legal suffixes or prefixes ("Corvell Inc." -> "Corvell"). */
export function withoutLegalForm(name: string): string {
  const words = name.split(/\s+/);
  while (words.length > 1 && LEGAL.has(words[words.length - 1].toLowerCase().replace(/[.,]/g, ''))) words.pop();
  while (words.length > 1 && LEGAL_PREFIX.has(words[0].toLowerCase())) words.shift();
  if (words.length > 1 && /^\(.*\)$/.test(words[words.length - 1])) words.pop();
  return words.join(' ');
}

/** Keys under which a name may meet another form of the same organization. */
export function nameKeys(name: string): string[] {
  const lex = orgLexicon();
  const keys = new Set<string>();
  const b = baseNorm(withoutLegalForm(name.replace(/\s*\([^)]*\)\s*$/, '')));
  if (!b) return [];
  keys.add(b);
  const eq = lex.equivalents.get(simpleNorm(name)) ?? lex.equivalents.get(b);
  if (eq !== undefined) keys.add(`eq:${eq}`);
  // "Ministry of (the) (National) Defense (Affairs)" = "Defense Ministry"; "Bank of X" = "X Bank".
  const m = /^(ministry|department) of (?:the )?(?:national )?(.+?)(?: affairs)?$/.exec(b);
  if (m) keys.add(`${m[2]} ${m[1]}`);
  const of = /^(.+?) (?:of|for) (?:the )?(.+)$/.exec(b);
  if (of && of[2].split(' ').length <= 3 && !of[2].includes(' of ')) keys.add(`${of[2]} ${of[1]}`);
  // "Bank of Ghana" is Ghana's central bank (not "Bank of America").
  const bank = /^bank of (.+)$/.exec(b);
  if (bank && lex.countryOf.has(bank[1]) && !lex.bankOfCommercial.has(bank[1])) keys.add(`${lex.countryOf.get(bank[1])} central bank`);
  const cb = /^(.+) central bank$/.exec(b);
  if (cb && lex.countryOf.has(cb[1])) keys.add(`${lex.countryOf.get(cb[1])} central bank`);
  // "X Affairs Ministry" = "X Ministry".
  const aff = /^(.+) affairs (ministry|department)$/.exec(b);
  if (aff) keys.add(`${aff[1]} ${aff[2]}`);
  for (const k of [...keys]) {
    const e = lex.equivalents.get(k);
    if (e !== undefined) keys.add(`eq:${e}`);
  }
  return [...keys];
}

/** Normalized acronym: capitals and digits only ("U.N." -> "UN", "S&D" -> "SD"). */
export function acronymKey(s: string): string {
  return s.normalize('NFKC').toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** Whether a word is written like an acronym: mostly capitals, no lower-case run ("PLA", "PG&E", "U.N.", "PiS"). */
export function looksLikeAcronym(s: string): boolean {
  if (!/^\p{Lu}/u.test(s)) return false;
  let known = acronymShapes.get(s);
  if (known === undefined) {
    if (acronymShapes.size >= 50_000) acronymShapes.clear();
    known = acronymShaped(s);
    acronymShapes.set(s, known);
  }
  return known;
}

// Asked for every capitalized token by several rules: answered once per word (bounded).
const acronymShapes = new Map<string, boolean>();
function acronymShaped(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  if (letters.length < 2 || letters.length > 8) return false;
  const caps = letters.replace(/[^\p{Lu}]/gu, '').length;
  return caps >= 2 && caps >= letters.length - 1;
}

/** The initials a name could be abbreviated to, with and without its small words. */
export function initialsOf(name: string): string[] {
  const words = withoutLegalForm(name)
    .replace(/['’]s\b/g, '')
    .replace(/\b[ldLD]['’](?=\p{L})/gu, '')
    .split(/[\s\-–]+/)
    .map((w) => w.replace(/[^\p{L}\p{N}&]/gu, ''))
    .filter(Boolean);
  const out = new Set<string>();
  // An acronym inside the name gives all its letters ("HM Revenue and Customs" -> "HMRC").
  const ini = (w: string) => (/^\p{Lu}{2,}$/u.test(w) ? w : w[0].toUpperCase());
  const full = words.filter((w) => w !== '&').map(ini).join('');
  const content = words.filter((w) => !STOP.has(w.toLowerCase()) && w !== '&').map(ini).join('');
  out.add(full);
  out.add(content);
  out.add(words.filter((w) => !STOP.has(w.toLowerCase()) && w !== '&').map((w) => w[0].toUpperCase()).join(''));
  return [...out].filter((x) => x.length >= 2);
}

/** Whether an acronym abbreviates a name: its letters are the name's initials, or their tail
 * (a national letter in front: "JASDF" for "Air Self-Defense Force" is not accepted, but the
 * other way round "ASDF" for "Japan Air Self-Defense Force" is). */
export function acronymMatches(acronym: string, name: string, loose = false): boolean {
  const a = acronymKey(acronym);
  if (a.length < 2) return false;
  for (const ini of initialsOf(name)) {
    if (ini === a) return true;
    if (loose && ini.length > a.length && ini.endsWith(a) && a.length >= 3) return true;
    if (loose && isSubsequence(a, ini) && a[0] === ini[0] && a.length >= 2) return true;
  }
  return false;
}

function isSubsequence(needle: string, hay: string): boolean {
  let j = 0;
  for (let i = 0; i < hay.length && j < needle.length; i++) if (hay[i] === needle[j]) j++;
  return j === needle.length;
}
