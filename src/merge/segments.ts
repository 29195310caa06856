// A long article is read in segments (see SEGMENT in pipeline.ts), each a document of its own
// with offsets into the whole text; here they become one document. What one segment cannot see
// of another is joined as the linking stages would have joined it: the same name is one entity,
// a person named by a form another segment gives as that person's alias or surname is that
// person, and ranks follow the person they were attached to.
import type { DateEntity, Document, Mention, Money, Organization, Person, Rank } from '../schema/document.js';
import { mapMentions } from '../linking/mentions.js';

const byFirstMention = <T extends { mentions: Mention[] }>(xs: T[]) => xs.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
const concatMentions = (a: Mention[], b: Mention[]) => [...a, ...b].sort((x, y) => x.start - y.start || x.end - y.end);
const union = (a: string[], b: string[]) => [...a, ...b.filter((x) => !a.some((y) => y.toLowerCase() === x.toLowerCase()))];
const fold = (s: string) => s.toLowerCase();

/** Entities of every segment under one key each; `join` merges two with the same key. */
function mergeBy<T extends { mentions: Mention[] }>(lists: T[][], key: (x: T) => string, join: (a: T, b: T) => T): T[] {
  const out = new Map<string, T>();
  for (const list of lists) {
    for (const x of list) {
      const k = key(x);
      const had = out.get(k);
      out.set(k, had ? join(had, x) : x);
    }
  }
  return byFirstMention([...out.values()]);
}

/** Two entries for one person: the longer name leads, every other form is an alias. */
function joinPeople(a: Person, b: Person): Person {
  const name = b.name.length > a.name.length ? b.name : a.name;
  return {
    name,
    aliases: union(union(a.aliases, b.aliases), [a.name, b.name]).filter((x) => x !== name),
    ranks: union(a.ranks, b.ranks),
    formerRanks: union(a.formerRanks, b.formerRanks),
    mentions: concatMentions(a.mentions, b.mentions),
  };
}

/**
 * People: the same name is one person; then a person whose whole name is another's alias or
 * surname ("Smith" after "John Smith" in an earlier segment) joins that one, when exactly one
 * person answers. Returns the people and where each name went.
 */
function mergePeople(lists: Person[][]): { people: Person[]; renamed: Map<string, string> } {
  const renamed = new Map<string, string>();
  let people = mergeBy(lists, (p) => fold(p.name), joinPeople);
  const full = people.filter((p) => p.name.includes(' '));
  const kept: Person[] = [];
  for (const p of people) {
    const short = fold(p.name);
    const owners = p.name.includes(' ')
      ? []
      : full.filter((q) => q !== p && (q.aliases.some((x) => fold(x) === short) || fold(q.name.split(' ').at(-1)!) === short));
    if (owners.length === 1) {
      const owner = owners[0];
      Object.assign(owner, joinPeople(owner, p));
      renamed.set(p.name, owner.name);
    } else kept.push(p);
  }
  people = byFirstMention(kept);
  return { people, renamed };
}

const joinOrgs = (a: Organization, b: Organization): Organization => ({
  name: a.name,
  aliases: union(a.aliases, [b.name, ...b.aliases]).filter((x) => fold(x) !== fold(a.name)),
  mentions: concatMentions(a.mentions, b.mentions),
});

/** Organizations: the same name, or a name another gives as an alias (an acronym), is one. */
function mergeOrganizations(lists: Organization[][]): Organization[] {
  const orgs = mergeBy(lists, (o) => fold(o.name), joinOrgs);
  const kept: Organization[] = [];
  for (const o of orgs) {
    const owners = kept.filter((k) => k.aliases.some((x) => fold(x) === fold(o.name)) || o.aliases.some((x) => fold(x) === fold(k.name)));
    if (owners.length === 1) Object.assign(owners[0], joinOrgs(owners[0], o));
    else kept.push(o);
  }
  return byFirstMention(kept);
}

/** One document from the documents of consecutive segments (offsets already in the whole text). */
export function mergeSegments(docs: Document[]): Document {
  const [first] = docs;
  const lists = <K extends 'people' | 'ranks' | 'organizations' | 'dates' | 'money'>(k: K) => docs.map((d) => d[k] ?? []) as NonNullable<Document[K]>[];
  const has = (k: keyof Document) => first[k] !== undefined;
  const { people, renamed } = mergePeople(lists('people'));
  const ranks = mergeBy(
    lists('ranks').map((rs) => rs.map((r): Rank => ({ ...r, person: r.person === null ? null : (renamed.get(r.person) ?? r.person) }))),
    (r) => `${fold(r.title)}|${r.person}|${r.former}`,
    (a, b) => ({ ...a, mentions: concatMentions(a.mentions, b.mentions) }),
  );
  return {
    schemaVersion: first.schemaVersion,
    file: first.file,
    characters: docs.reduce((n, d) => n + d.characters, 0),
    words: docs.reduce((n, d) => n + d.words, 0),
    ...(has('people') && { people }),
    ...(has('ranks') && { ranks }),
    ...(has('organizations') && { organizations: mergeOrganizations(lists('organizations')) }),
    ...(has('dates') && { dates: mergeBy(lists('dates'), (d: DateEntity) => `${d.text}|${d.value}`, (a, b) => ({ ...a, mentions: concatMentions(a.mentions, b.mentions) })) }),
    ...(has('money') && { money: mergeBy(lists('money'), (m: Money) => `${m.text}|${m.amount}|${m.currency}|${m.qualifier}`, (a, b) => ({ ...a, mentions: concatMentions(a.mentions, b.mentions) })) }),
  };
}

/** A segment's document moved to where the segment starts in the whole text. */
export function shiftDocument(doc: Document, by: number, sentences: number): Document {
  return mapMentions(doc, (m) => ({ ...m, start: m.start + by, end: m.end + by, sentence: m.sentence + sentences }));
}
