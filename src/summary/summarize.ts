// Totals across articles: merged people and organizations with their counts, each person's
// titles, money per currency, and the people and organizations most often named together.
import type { CurrencySummary, OrganizationSummary, Pair, PairKind, PersonSummary, Summary } from './schema.js';
import { groupOrganizations, groupPeople, type ArticleEntities, type InArticle, type OrganizationRecord, type PersonRecord } from './merge.js';
import { acronymOf } from './normalize.js';

/** A pair named together in one article only is that article's cast, not a pattern. */
export const MIN_PAIR_ARTICLES = 2;
export const DEFAULT_TOP_PAIRS = 20;

export interface SummarizeOptions {
  /** Pairs listed per kind. */
  top?: number;
}

export interface RunCounts {
  documents: number;
  inputs: number;
  failed: number;
}

const byText = (a: string, b: string) => a.localeCompare(b, 'en');

/** The most used of the forms; a tie goes to the longer (fuller) one, then alphabetically. */
export function mostUsed(uses: ReadonlyMap<string, number>): string {
  return [...uses].sort(([a, n], [b, m]) => m - n || b.length - a.length || byText(a, b))[0][0];
}

function flatten<T>(articles: readonly ArticleEntities[], pick: (a: ArticleEntities) => T[]): InArticle<T>[] {
  return articles.flatMap((a, article) => pick(a).map((r) => ({ ...r, article })));
}

/** The records of each group, groups in first-seen order. */
function collect<T>(records: readonly T[], groupOf: readonly number[]): T[][] {
  const groups: T[][] = [];
  records.forEach((r, i) => (groups[groupOf[i]] ??= []).push(r));
  return groups;
}

const countOf = <T>(items: readonly T[], keyOf: (item: T) => string) => {
  const uses = new Map<string, number>();
  for (const item of items) uses.set(keyOf(item), (uses.get(keyOf(item)) ?? 0) + 1);
  return uses;
};

/** Name, aliases (every other form used, by any article), articles and mentions of one group. */
function describeGroup(members: readonly InArticle<{ name: string; aliases: string[]; mentions: number }>[], displayable: (name: string) => boolean) {
  const names = countOf(members, (m) => m.name);
  const preferred = new Map([...names].filter(([name]) => displayable(name)));
  const name = mostUsed(preferred.size ? preferred : names);
  const forms = new Set(members.flatMap((m) => [m.name, ...m.aliases]));
  forms.delete(name);
  return {
    name,
    aliases: [...forms].sort(byText),
    articles: new Set(members.map((m) => m.article)).size,
    mentions: members.reduce((n, m) => n + m.mentions, 0),
  };
}

function summarizePerson(members: readonly InArticle<PersonRecord>[]): PersonSummary {
  const articlesOfTitle = new Map<string, Set<number>>();
  for (const m of members) for (const t of m.titles) (articlesOfTitle.get(t) ?? articlesOfTitle.set(t, new Set()).get(t)!).add(m.article);
  const titles = [...articlesOfTitle]
    .map(([title, articles]) => ({ title, articles: articles.size }))
    .sort((a, b) => b.articles - a.articles || byText(a.title, b.title));
  return { ...describeGroup(members, () => true), titles };
}

function summarizeOrganization(members: readonly InArticle<OrganizationRecord>[]): OrganizationSummary {
  // Shown by its full name when any article gives one, even if more articles use the acronym.
  return describeGroup(members, (name) => acronymOf(name) === undefined);
}

const byWeight = (a: { name: string; articles: number; mentions: number }, b: typeof a) =>
  b.articles - a.articles || b.mentions - a.mentions || byText(a.name, b.name);

/**
 * A sum of amounts that does not drift: billions plus cents lose the cents in a plain running
 * sum, so the error each addition makes is kept and added back (Neumaier's summation).
 */
export function exactSum(values: readonly number[]): number {
  let sum = 0;
  let lost = 0;
  for (const v of values) {
    const next = sum + v;
    lost += Math.abs(sum) >= Math.abs(v) ? sum - next + v : v - next + sum;
    sum = next;
  }
  return sum + lost;
}

/** Without the 0.1 + 0.2 tail: no currency has more than 4 minor digits. */
const roundTotal = (n: number) => Number(n.toFixed(4));

export function summarizeMoney(articles: readonly ArticleEntities[]): CurrencySummary[] {
  const byCurrency = new Map<string, { amounts: number[]; mentions: number; articles: Set<number> }>();
  articles.forEach((a, article) => {
    for (const m of a.money) {
      const c = byCurrency.get(m.currency) ?? byCurrency.set(m.currency, { amounts: [], mentions: 0, articles: new Set() }).get(m.currency)!;
      c.amounts.push(m.amount);
      c.mentions += m.mentions;
      c.articles.add(article);
    }
  });
  return [...byCurrency]
    .map(([currency, c]) => ({ currency, amounts: c.amounts.length, total: roundTotal(exactSum(c.amounts)), mentions: c.mentions, articles: c.articles.size }))
    .sort((a, b) => b.amounts - a.amounts || byText(a.currency, b.currency));
}

/** An entity in the pair count: people first, then organizations, numbered together. */
interface Named {
  kind: 'person' | 'organization';
  name: string;
  articles: number;
}

/**
 * How many articles name each two entities together. Only entities in at least
 * MIN_PAIR_ARTICLES articles can be in such a pair, so the others are left out before counting:
 * that keeps the count near linear on a large corpus, where most names occur once.
 */
export function countPairs(membersOfArticle: readonly number[][], entities: readonly Named[]): Map<number, number> {
  const together = new Map<number, number>();
  const n = entities.length;
  for (const members of membersOfArticle) {
    const ids = [...new Set(members)].filter((id) => entities[id].articles >= MIN_PAIR_ARTICLES).sort((a, b) => a - b);
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const key = ids[i] * n + ids[j];
        together.set(key, (together.get(key) ?? 0) + 1);
      }
    }
  }
  return together;
}

const PAIR_ORDER: readonly PairKind[] = ['person-person', 'person-organization', 'organization-organization'];

export function topPairs(together: ReadonlyMap<number, number>, entities: readonly Named[], top: number): Pair[] {
  const n = entities.length;
  const pairs: Pair[] = [];
  for (const [key, articles] of together) {
    if (articles < MIN_PAIR_ARTICLES) continue;
    // Ids put people before organizations, so a mixed pair already has the person first.
    const a = entities[Math.floor(key / n)];
    const b = entities[key % n];
    const [first, second] = a.kind !== b.kind || byText(a.name, b.name) <= 0 ? [a, b] : [b, a];
    pairs.push({ kind: `${first.kind}-${second.kind}` as PairKind, first: first.name, second: second.name, articles });
  }
  return PAIR_ORDER.flatMap((kind) =>
    pairs
      .filter((p) => p.kind === kind)
      .sort((p, q) => q.articles - p.articles || byText(p.first, q.first) || byText(p.second, q.second))
      .slice(0, top),
  );
}

export function summarize(articles: readonly ArticleEntities[], counts: RunCounts, options: SummarizeOptions = {}): Summary {
  const personRecords = flatten(articles, (a) => a.people);
  const orgRecords = flatten(articles, (a) => a.organizations);
  const personGroup = groupPeople(personRecords);
  const orgGroup = groupOrganizations(orgRecords);
  const people = collect(personRecords, personGroup).map(summarizePerson);
  const organizations = collect(orgRecords, orgGroup).map(summarizeOrganization);

  // Pairs are counted on group numbers, before sorting: people 0.., organizations after them.
  const entities: Named[] = [
    ...people.map((p) => ({ kind: 'person' as const, name: p.name, articles: p.articles })),
    ...organizations.map((o) => ({ kind: 'organization' as const, name: o.name, articles: o.articles })),
  ];
  const membersOfArticle: number[][] = articles.map(() => []);
  personRecords.forEach((r, i) => membersOfArticle[r.article].push(personGroup[i]));
  orgRecords.forEach((r, i) => membersOfArticle[r.article].push(people.length + orgGroup[i]));
  const pairs = topPairs(countPairs(membersOfArticle, entities), entities, options.top ?? DEFAULT_TOP_PAIRS);

  return {
    articles: counts.documents,
    inputs: counts.inputs,
    failed: counts.failed,
    people: people.sort(byWeight),
    organizations: organizations.sort(byWeight),
    money: summarizeMoney(articles),
    pairs,
  };
}
