// Which entities of different articles are the same one. Every rule here is documented in
// docs/csv-and-summary.md ("How entities merge across articles"); keep the two in step.
//
// People merge only when their whole names have the same key (normalizeName). Aliases never
// merge people: they are mostly surnames ("Smith", "Van den Berg"), which name different people
// in different articles, so an article that only says "Smith" keeps its own row.
//
// Organizations merge when their names are forms of one well-known organization (the
// equivalents of the extractor's lexicon, org-known.json: "UN" and "United Nations", "AFP" and
// "Agence France-Presse"), or when their full names have the same key (normalizeOrganization).
// An organization that an article names only by another acronym ("PLA") joins the one
// organization whose full name another article gives with that acronym as an alias ("People's
// Liberation Army", alias "PLA"). When two different full names carry the acronym ("ASDF"), it
// is ambiguous and joins neither. Other aliases ("Supreme Court" for "California Supreme
// Court", "Commission") never merge: short forms are shared by too many.
import type { Document } from '../schema/document.js';
import { withFormer } from '../render/labels.js';
import { loadLexicon } from '../lexicon/load.js';
import { acronymOf, normalizeName, normalizeOrganization } from './normalize.js';

export interface PersonRecord {
  name: string;
  aliases: string[];
  titles: string[];
  mentions: number;
}

export interface OrganizationRecord {
  name: string;
  aliases: string[];
  mentions: number;
}

export interface MoneyRecord {
  amount: number;
  currency: string;
  mentions: number;
}

/** What the summary keeps of one document: no offsets, no text, so memory stays small. */
export interface ArticleEntities {
  file: string;
  people: PersonRecord[];
  organizations: OrganizationRecord[];
  money: MoneyRecord[];
}

export function articleEntities(doc: Document): ArticleEntities {
  return {
    file: doc.file,
    people: (doc.people ?? []).map((p) => ({ name: p.name, aliases: p.aliases, titles: withFormer(p), mentions: p.mentions.length })),
    organizations: (doc.organizations ?? []).map((o) => ({ name: o.name, aliases: o.aliases, mentions: o.mentions.length })),
    money: (doc.money ?? []).map((m) => ({ amount: m.amount, currency: m.currency, mentions: m.mentions.length })),
  };
}

/** An entity of one article, with the index of that article. */
export type InArticle<T> = T & { article: number };

/** Records under one group key, in first-seen order: group numbers are stable for a given input order. */
function groupByKey<T>(records: readonly T[], keyOf: (r: T, i: number) => string): number[] {
  const groupOfKey = new Map<string, number>();
  return records.map((r, i) => {
    const key = keyOf(r, i);
    let group = groupOfKey.get(key);
    if (group === undefined) groupOfKey.set(key, (group = groupOfKey.size));
    return group;
  });
}

/** The group of each person record: same normalized whole name, same person. */
export function groupPeople(records: readonly PersonRecord[]): number[] {
  return groupByKey(records, (p) => normalizeName(p.name));
}

/** How a form is looked up among known names: an acronym as written (without dots), else its key. */
const lookupForm = (form: string) => acronymOf(form) ?? normalizeOrganization(form);

/** Each form of a well-known organization -> the first name of its set of equivalents. */
export type KnownOrganizations = ReadonlyMap<string, string>;

export function knownOrganizations(equivalents: readonly string[][] = loadLexicon<{ equivalents: string[][] }>('org-known').equivalents): KnownOrganizations {
  const known = new Map<string, string>();
  for (const forms of equivalents) for (const form of forms) if (!known.has(lookupForm(form))) known.set(lookupForm(form), forms[0]);
  return known;
}

/** The key a name groups by on its own; '' for an acronym that only aliases can place. */
function nameKey(name: string, known: KnownOrganizations): string {
  const canonical = known.get(lookupForm(name));
  if (canonical !== undefined) return `known:${canonical}`;
  return acronymOf(name) === undefined ? `name:${normalizeOrganization(name)}` : '';
}

/**
 * The group of each organization record. Known names and full names group by key; then each
 * other acronym-only record joins the group that carries its acronym as an alias, if exactly
 * one does, and otherwise groups with the other records of that acronym.
 */
export function groupOrganizations(records: readonly OrganizationRecord[], known: KnownOrganizations = knownOrganizations()): number[] {
  const keys = records.map((o) => nameKey(o.name, known));
  const acronymOnly = records.map((o, i) => (keys[i] === '' ? acronymOf(o.name) : undefined));

  // Which groups carry each acronym, as an alias.
  const carriers = new Map<string, Set<string>>();
  records.forEach((o, i) => {
    if (keys[i] === '') return;
    for (const alias of o.aliases) {
      const acronym = acronymOf(alias);
      if (acronym === undefined) continue;
      if (!carriers.has(acronym)) carriers.set(acronym, new Set());
      carriers.get(acronym)!.add(keys[i]);
    }
  });
  records.forEach((_, i) => {
    const acronym = acronymOnly[i];
    if (acronym === undefined) return;
    const carrying = carriers.get(acronym);
    keys[i] = carrying?.size === 1 ? [...carrying][0] : `acronym:${acronym}`;
  });
  return groupByKey(records, (_, i) => keys[i]);
}
