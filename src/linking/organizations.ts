// One entity per organization: candidates join when their names meet under a normalized key
// (case, quotes, "the", defence/defense, "Ministry of X" = "X Ministry", legal suffixes,
// well-known equivalents), through an acronym given in parentheses or spelled by the initials of
// a name, and a short form ("Security Council", "Parliament") joins the one fuller name it ends.
import type { Organization } from '../schema/document.js';
import type { OrganizationCandidate } from '../recognizers/types.js';
import { isOrgCandidate, type OrgCandidate } from '../recognizers/organizations/candidate.js';
import { orgLexicon } from '../recognizers/organizations/lexicon.js';
import { acronymKey, acronymMatches, baseNorm, looksLikeAcronym, nameKeys } from '../recognizers/organizations/names.js';
import { mentionsOf } from './mentions.js';

class UnionFind {
  private parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]];
      i = this.parent[i];
    }
    return i;
  }
  union(i: number, j: number): void {
    const a = this.find(i);
    const b = this.find(j);
    if (a !== b) this.parent[Math.max(a, b)] = Math.min(a, b);
  }
}

const asOrg = (c: OrganizationCandidate): OrgCandidate =>
  isOrgCandidate(c) ? c : { ...c, evidence: 'head', forms: [c.text] };

const cleanForm = (s: string): string =>
  s.replace(/^(the|The)\s+/, '').replace(/[\s,;:]+$/, '').replace(/\s+/g, ' ').trim();

const isAcronymName = (s: string): boolean => looksLikeAcronym(s) && !/\s/.test(s);

export function linkOrganizations(input: OrganizationCandidate[]): Organization[] {
  const lex = orgLexicon();
  const cands = [...input].map(asOrg).sort((x, y) => x.start - y.start || y.end - x.end);
  const n = cands.length;
  const uf = new UnionFind(n);

  // 1. Shared keys: names, written forms, acronyms.
  const owner = new Map<string, number>();
  const join = (key: string, i: number) => {
    const o = owner.get(key);
    if (o === undefined) owner.set(key, i);
    else uf.union(o, i);
  };
  // Each candidate's written forms, and each group's full names, are asked for by every pass
  // below, most of them inside loops over pairs of groups: compute them once.
  const formsByCandidate = new Map<OrgCandidate, string[]>(cands.map((c) => [c, [c.name, ...c.forms].map(cleanForm).filter(Boolean)]));
  const formsOf = (c: OrgCandidate): string[] => formsByCandidate.get(c)!;
  const wordsMemo = new Map<string, string[]>();
  const words = (s: string): string[] => {
    let w = wordsMemo.get(s);
    if (!w) wordsMemo.set(s, (w = baseNorm(s).split(' ').filter(Boolean)));
    return w;
  };
  // A name tied to a country ("China's defence ministry") meets the same name of another
  // country only through that country: its keys that do not name the country are qualified.
  const plainUses = new Map<string, Set<number>>();
  const qualifiedOwners = new Map<string, Map<string, number>>();
  cands.forEach((c, i) => {
    for (const f of formsOf(c)) {
      if (isAcronymName(f)) {
        join(`acr:${acronymKey(f)}`, i);
        continue;
      }
      for (const k of nameKeys(f)) {
        if (c.country && !k.startsWith('eq:') && !namesCountry(k, c.country)) {
          join(`${c.country}|${k}`, i);
          const q = qualifiedOwners.get(k) ?? new Map<string, number>();
          if (!q.has(c.country)) q.set(c.country, i);
          qualifiedOwners.set(k, q);
        } else {
          join(k, i);
          if (!c.country) plainUses.set(k, (plainUses.get(k) ?? new Set()).add(i));
        }
      }
    }
    if (c.acronym) join(`acr:${acronymKey(c.acronym)}`, i);
  });
  // An unqualified name joins the qualified one when only one country uses it.
  for (const [k, users] of plainUses) {
    const q = qualifiedOwners.get(k);
    if (!q || q.size !== 1) continue;
    const target = [...q.values()][0];
    for (const i of users) uf.union(i, target);
  }

  const groups = () => {
    const m = new Map<number, number[]>();
    cands.forEach((_, i) => {
      const r = uf.find(i);
      const g = m.get(r);
      if (g) g.push(i);
      else m.set(r, [i]);
    });
    return m;
  };
  const namesMemo = new WeakMap<number[], string[]>();
  const fullNames = (g: number[]): string[] => {
    let names = namesMemo.get(g);
    if (!names) namesMemo.set(g, (names = [...new Set(g.flatMap((i) => formsOf(cands[i])).filter((f) => !isAcronymName(f)))]));
    return names;
  };

  // 2. A lone acronym spelled by the initials of exactly one name ("JICA").
  {
    const gs = groups();
    for (const [root, g] of gs) {
      if (fullNames(g).length) continue;
      const acr = cands[g[0]].name;
      const matches = [...gs.entries()].filter(([r, h]) => r !== root && fullNames(h).some((f) => acronymMatches(acr, f)));
      if (matches.length === 1) uf.union(root, matches[0][0]);
    }
  }

  // 3b. A descriptive name joins the one named body of its country with the same head whose
  // words contain its domain ("Japan's space agency" = "Japan Aerospace Exploration Agency").
  {
    const gs = groups();
    for (const [root, g] of gs) {
      const desc = g.map((i) => cands[i]).filter((c) => c.evidence === 'descriptive' && c.country);
      if (!desc.length || g.some((i) => cands[i].evidence !== 'descriptive')) continue;
      const country = desc[0].country!;
      const dw = words(desc[0].name);
      if (dw.length < 2) continue;
      const head = dw[dw.length - 1];
      const domain = dw.slice(0, -1);
      const holders = [...gs.entries()].filter(([r, h]) => r !== root && h.some((i) => cands[i].country === country && cands[i].evidence !== 'descriptive' && cands[i].evidence !== 'short') &&
        fullNames(h).some((f) => {
          const fw = words(f);
          return fw.length > dw.length && fw[fw.length - 1] === head && domain.every((d) => fw.slice(0, -1).some((w) => w.includes(d)));
        }));
      if (holders.length === 1) uf.union(root, holders[0][0]);
    }
  }

  // 3. A short form joins the one fuller name it ends ("Security Council", "Parliament", "energy ministry").
  {
    const gs = groups();
    for (const [root, g] of gs) {
      const names = fullNames(g);
      if (!names.length) continue;
      const mine = names.map(words);
      const holders = [...gs.entries()].filter(([r, h]) => {
        if (r === root) return false;
        return fullNames(h).some((f) => {
          const fw = words(f);
          return mine.some((w) => w.length < fw.length && w.every((x, k) => fw[fw.length - w.length + k] === x));
        });
      });
      if (holders.length !== 1) continue;
      // Not across countries: "Japan's foreign ministry" is not "Peru's foreign ministry".
      const countries = (h: number[]) => new Set(h.map((i) => cands[i].country).filter((x): x is string => !!x));
      const mineC = countries(g);
      const theirC = countries(holders[0][1]);
      if (mineC.size && theirC.size && ![...mineC].some((c) => theirC.has(c))) continue;
      // Nor into a name led by another place ("Japan's space agency" is not the European Space Agency).
      if (mineC.size && !theirC.size && fullNames(holders[0][1]).some((f) => {
        const w0 = f.split(/\s+/)[0].toLowerCase();
        return (lex.countryOf.has(w0) || lex.supranational.has(w0) || lex.nationalities.has(w0) || lex.places.has(w0)) && !mineC.has(lex.countryOf.get(w0) ?? '');
      })) continue;
      const weak = g.every((i) => ['bare', 'descriptive', 'short'].includes(cands[i].evidence));
      // A full name joins a longer one only when that one just adds a place or an acronym
      // ("Supreme Court" in "California Supreme Court", "Security Council" in "UN Security Council").
      const onlyPlace = fullNames(holders[0][1]).some((f) => {
        const fw = f.split(/\s+/);
        return mine.some((w) => {
          if (w.length >= fw.length) return false;
          const extra = fw.slice(0, fw.length - w.length);
          return extra.every((x) => lex.places.has(x.toLowerCase()) || lex.countryOf.has(x.toLowerCase()) || /^[\p{Lu}.]{2,}$/u.test(x) || x.toLowerCase() === 'state');
        });
      });
      if (weak || onlyPlace) uf.union(root, holders[0][0]);
    }
  }

  // 4. Entities; groups of lone head words ("the Commission" with no fuller name) are dropped.
  const out: { first: number; org: Organization }[] = [];
  for (const g of groups().values()) {
    const members = g.map((i) => cands[i]);
    if (members.every((c) => c.evidence === 'bare' && !lex.standalone.has(c.name.toLowerCase()))) continue;
    if (members.every((c) => c.evidence === 'short')) continue;
    const names = fullNames(g);
    const acronyms = [...new Set(members.flatMap((c) => [c.acronym, ...formsOf(c)]).filter((x): x is string => !!x && isAcronymName(x)))];
    const preferred = members.filter((c) => c.evidence !== 'short' && c.evidence !== 'bare').map((c) => cleanForm(c.name)).filter((x) => !isAcronymName(x));
    const name = pickName(preferred.length ? preferred : names) ?? acronyms[0] ?? cleanForm(members[0].name);
    const seen = new Set([baseNorm(name)]);
    const aliases: string[] = [];
    for (const f of [...names, ...acronyms]) {
      const k = baseNorm(f);
      if (!k || seen.has(k)) continue;
      seen.add(k);
      aliases.push(f);
    }
    out.push({ first: Math.min(...members.map((c) => c.start)), org: { name, aliases, mentions: mentionsOf(members) } });
  }
  return out.sort((x, y) => x.first - y.first).map((x) => x.org);
}

/** Whether a normalized key names a country itself ("ghana central bank" names Ghana). */
function namesCountry(key: string, country: string): boolean {
  const lex = orgLexicon();
  const words = key.split(' ');
  for (let n = 1; n <= 3; n++) {
    for (let i = 0; i + n <= words.length; i++) if (lex.countryOf.get(words.slice(i, i + n).join(' ')) === country) return true;
  }
  return false;
}

/** The fullest form: most words, then capitalized, then first seen. */
function pickName(names: string[]): string | undefined {
  const score = (s: string) => s.split(/\s+/).length * 2 + (/^\p{Lu}/u.test(s) ? 1 : 0);
  return [...names].sort((x, y) => score(y) - score(x))[0];
}
