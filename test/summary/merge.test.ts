// Merging entities across articles, on hand-built documents: what joins, what must not.
import { SCHEMA_VERSION, type Document, type Mention, type Organization, type Person } from '../../src/schema/document.js';
import { acronymOf, foldDiacritics, normalizeName, normalizeOrganization } from '../../src/summary/normalize.js';
import { articleEntities, groupOrganizations, groupPeople, knownOrganizations } from '../../src/summary/merge.js';
import { countPairs, exactSum, mostUsed, summarize, summarizeMoney, MIN_PAIR_ARTICLES } from '../../src/summary/summarize.js';
import { summaryCsv, summaryRows, summaryTable } from '../../src/summary/render.js';
import { SummarySchema } from '../../src/summary/schema.js';
import { makeChalk } from '../../src/render/color.js';

const mention = (text: string, start = 0): Mention => ({ text, start, end: start + text.length, sentence: 0 });
const mentions = (n: number) => Array.from({ length: n }, (_, i) => mention('x', i * 10));

function person(name: string, options: { aliases?: string[]; ranks?: string[]; formerRanks?: string[]; mentions?: number } = {}): Person {
  return { name, aliases: options.aliases ?? [], ranks: options.ranks ?? [], formerRanks: options.formerRanks ?? [], mentions: mentions(options.mentions ?? 1) };
}

function org(name: string, aliases: string[] = [], n = 1): Organization {
  return { name, aliases, mentions: mentions(n) };
}

function doc(file: string, parts: Partial<Pick<Document, 'people' | 'organizations' | 'money'>>): Document {
  return { schemaVersion: SCHEMA_VERSION, file, characters: 100, words: 20, people: [], organizations: [], money: [], ...parts };
}

const run = (docs: Document[], top?: number) =>
  summarize(docs.map(articleEntities), { documents: docs.length, inputs: docs.length, failed: 0 }, { top });

describe('name keys', () => {
  test.each([
    ['George W. Bush', 'George W Bush'],
    ['Tomasz Wiśniewski', 'tomasz wisniewski'],
    ['Agnieszka Zielińska-Kowal', 'Agnieszka Zielinska Kowal'],
    ["People's Liberation Army", 'Peoples Liberation Army'],
    ["Paul O'Brien", 'Paul O’Brien'],
    ['  Hélène   du Plessis ', 'helene du plessis'],
    ["Reuters'", 'Reuters'],
    ['Łukasz Øre', 'lukasz ore'],
  ])('%j and %j share a key', (a, b) => {
    expect(normalizeName(a)).toBe(normalizeName(b));
  });

  test('different names keep different keys', () => {
    expect(normalizeName('Jane Smith')).not.toBe(normalizeName('John Smith'));
    expect(normalizeName('Thomas J. Whitaker')).not.toBe(normalizeName('Thomas Whitaker'));
  });

  test('organizations also drop a leading "the" and one legal form', () => {
    expect(normalizeOrganization('The World Bank')).toBe('world bank');
    expect(normalizeOrganization('Airbus SE')).toBe(normalizeOrganization('Airbus'));
    expect(normalizeOrganization('Harbourline Bancorp Inc.')).toBe('harbourline bancorp');
    expect(normalizeOrganization('Co')).toBe('co');
  });

  test('acronyms', () => {
    expect(acronymOf('U.N.')).toBe('UN');
    expect(acronymOf('S&D')).toBe('S&D');
    expect(acronymOf('PDI-P')).toBe('PDI-P');
    expect(acronymOf('Nato')).toBeUndefined();
    expect(acronymOf('A')).toBeUndefined();
    expect(acronymOf('World Bank')).toBeUndefined();
    expect(foldDiacritics('São Paulo')).toBe('Sao Paulo');
  });
});

describe('grouping people', () => {
  test('same whole name (up to case, accents, punctuation) is one person', () => {
    const groups = groupPeople([
      { name: 'George W. Bush', aliases: [], titles: [], mentions: 1 },
      { name: 'George W Bush', aliases: [], titles: [], mentions: 1 },
      { name: 'GEORGE W BUSH', aliases: [], titles: [], mentions: 1 },
    ]);
    expect(new Set(groups).size).toBe(1);
  });

  test('a shared surname alias never merges two people, nor a surname-only mention into either', () => {
    const groups = groupPeople([
      { name: 'Jane Smith', aliases: ['Smith'], titles: [], mentions: 2 },
      { name: 'John Smith', aliases: ['Smith'], titles: [], mentions: 2 },
      { name: 'Smith', aliases: [], titles: [], mentions: 1 },
      { name: 'Pieter van den Berg', aliases: ['Van den Berg'], titles: [], mentions: 1 },
      { name: 'Anna van den Berg', aliases: ['Van den Berg'], titles: [], mentions: 1 },
    ]);
    expect(new Set(groups).size).toBe(5);
  });
});

describe('grouping organizations', () => {
  const o = (name: string, aliases: string[] = []) => ({ name, aliases, mentions: 1 });

  test('an acronym-only organization joins the one full name that carries the acronym', () => {
    const groups = groupOrganizations([o("People's Liberation Army", ['PLA']), o('PLA'), o('Peoples Liberation Army')]);
    expect(groups).toEqual([0, 0, 0]);
  });

  test('an acronym two full names carry is ambiguous: it joins neither, and does not join them', () => {
    const groups = groupOrganizations([o('Arctic Shipping Forum', ['ASF']), o('Alpine Ski Federation', ['Alpine Ski', 'ASF']), o('ASF'), o('ASF')]);
    expect(groups).toEqual([0, 1, 2, 2]);
  });

  test('forms of one well-known organization merge, and win over an alias elsewhere', () => {
    const groups = groupOrganizations([
      o('Armed Forces of the Philippines', ['AFP']),
      o('AFP'),
      o('Agence France-Presse'),
      o('United Nations'),
      o('U.N.'),
      o('UN'),
      o('Air Provence SA', ['AP']),
      o('AP'),
      o('Associated Press'),
    ]);
    expect(groups).toEqual([0, 1, 1, 2, 2, 2, 3, 4, 4]);
  });

  test('the known forms come from a list of equivalents; the first names the set', () => {
    const known = knownOrganizations([['Deutsche Presse-Agentur', 'dpa'], ['Federal Reserve', 'Fed', 'Federal Reserve Board']]);
    expect(known.get('dpa')).toBe('Deutsche Presse-Agentur');
    expect(known.get('federal reserve board')).toBe('Federal Reserve');
    expect(groupOrganizations([o('Fed'), o('the Federal Reserve'), o('DPA')], known)).toEqual([0, 0, 1]);
  });

  test('acronym-only organizations with no full name group together', () => {
    expect(groupOrganizations([o('UNHCR'), o('U.N.H.C.R.'), o('WHO')])).toEqual([0, 0, 1]);
  });

  test('other aliases never merge: a short form is shared by too many', () => {
    const groups = groupOrganizations([o('California Supreme Court', ['Supreme Court']), o('Supreme Court'), o('European Commission', ['Commission']), o('Commission')]);
    expect(new Set(groups).size).toBe(4);
  });
});

describe('summarize', () => {
  const docs = [
    doc('a.txt', {
      people: [person('Ana Ruiz', { aliases: ['Ruiz'], ranks: ['Mayor'], mentions: 3 }), person('Tom Baker', { ranks: ['Governor'] })],
      organizations: [org("People's Liberation Army", ['PLA'], 2), org('World Bank')],
      money: [{ text: '$2 million', amount: 2_000_000, currency: 'USD', qualifier: null, mentions: mentions(2) }],
    }),
    doc('b.txt', {
      people: [person('Ana Ruíz', { ranks: ['Mayor', 'Senator'], formerRanks: ['Mayor'] }), person('Tom Baker', { ranks: ['Governor'] })],
      organizations: [org('PLA'), org('The World Bank', [], 3)],
      money: [
        { text: '$0.1', amount: 0.1, currency: 'USD', qualifier: null, mentions: mentions(1) },
        { text: '€5 million', amount: 5_000_000, currency: 'EUR', qualifier: 'about', mentions: mentions(1) },
      ],
    }),
    doc('c.txt', { people: [person('Ana Ruiz'), person('Smith')], organizations: [org('Reuters'), org('World Bank')], money: [{ text: '$0.2', amount: 0.2, currency: 'USD', qualifier: null, mentions: mentions(1) }] }),
  ];
  const s = run(docs);

  test('the output matches its schema', () => {
    expect(() => SummarySchema.parse(s)).not.toThrow();
    expect(s).toMatchObject({ articles: 3, inputs: 3, failed: 0 });
  });

  test('people: merged across spellings, counted by articles and mentions, titles by articles', () => {
    expect(s.people.map((p) => [p.name, p.articles, p.mentions])).toEqual([
      ['Ana Ruiz', 3, 5],
      ['Tom Baker', 2, 2],
      ['Smith', 1, 1],
    ]);
    expect(s.people[0].aliases).toEqual(['Ana Ruíz', 'Ruiz']);
    expect(s.people[0].titles).toEqual([
      { title: 'former Mayor', articles: 1 },
      { title: 'Mayor', articles: 1 },
      { title: 'Senator', articles: 1 },
    ]);
    expect(s.people[1].titles).toEqual([{ title: 'Governor', articles: 2 }]);
  });

  test('organizations: shown by the full name even when the acronym is as common', () => {
    expect(s.organizations.map((o) => [o.name, o.articles, o.mentions, o.aliases])).toEqual([
      ['World Bank', 3, 5, ['The World Bank']],
      ["People's Liberation Army", 2, 3, ['PLA']],
      ['Reuters', 1, 1, []],
    ]);
  });

  test('money per currency: amounts, rounded total, mentions, articles', () => {
    expect(s.money).toEqual([
      { currency: 'USD', amounts: 3, total: 2_000_000.3, mentions: 4, articles: 3 },
      { currency: 'EUR', amounts: 1, total: 5_000_000, mentions: 1, articles: 1 },
    ]);
    expect(summarizeMoney([])).toEqual([]);
  });

  test('totals do not drift: cents survive next to billions', () => {
    const amounts = [...Array.from({ length: 100 }, () => 6_270_000_000.37), 0.05, 3.75];
    expect(exactSum(amounts)).toBeCloseTo(627_000_000_040.8, 4);
    expect(exactSum([0.1, 0.2])).toBe(0.30000000000000004);
  });

  test('pairs: named together in at least two articles, person first, per kind', () => {
    expect(MIN_PAIR_ARTICLES).toBe(2);
    expect(s.pairs).toEqual([
      { kind: 'person-person', first: 'Ana Ruiz', second: 'Tom Baker', articles: 2 },
      { kind: 'person-organization', first: 'Ana Ruiz', second: 'World Bank', articles: 3 },
      { kind: 'person-organization', first: 'Ana Ruiz', second: "People's Liberation Army", articles: 2 },
      { kind: 'person-organization', first: 'Tom Baker', second: "People's Liberation Army", articles: 2 },
      { kind: 'person-organization', first: 'Tom Baker', second: 'World Bank', articles: 2 },
      { kind: 'organization-organization', first: "People's Liberation Army", second: 'World Bank', articles: 2 },
    ]);
    expect(run(docs, 1).pairs.map((p) => p.kind)).toEqual(['person-person', 'person-organization', 'organization-organization']);
  });

  test('pair counting skips entities seen in one article only', () => {
    const entities = [
      { kind: 'person' as const, name: 'A', articles: 2 },
      { kind: 'person' as const, name: 'B', articles: 1 },
      { kind: 'organization' as const, name: 'C', articles: 2 },
    ];
    expect([...countPairs([[0, 1, 2], [0, 2, 2]], entities)]).toEqual([[0 * 3 + 2, 2]]);
  });

  test('the most used form wins, then the longer one', () => {
    expect(mostUsed(new Map([['UN', 2], ['United Nations', 1]]))).toBe('UN');
    expect(mostUsed(new Map([['Bush', 1], ['George Bush', 1]]))).toBe('George Bush');
  });

  test('csv: one table with a section column; table: every section', () => {
    const rows = summaryRows(s);
    expect(new Set(rows.map((r) => r.section))).toEqual(new Set(['person', 'title', 'organization', 'money', 'person-person', 'person-organization', 'organization-organization']));
    const csv = summaryCsv(s).split('\n');
    expect(csv[0]).toBe('section,name,detail,articles,mentions,amounts,total');
    expect(csv).toContain('person,Ana Ruiz,Ana Ruíz; Ruiz,3,5,,');
    expect(csv).toContain('title,Ana Ruiz,former Mayor,1,,,');
    expect(csv).toContain('money,USD,,3,4,3,2000000.3');
    expect(csv).toContain('organization-organization,People\'s Liberation Army,World Bank,2,,,');
    const table = summaryTable(s, makeChalk(process.stdout, false), 100);
    for (const heading of ['Summary of 3 articles', 'People (3)', 'Organizations (3)', 'Money per currency', 'Named together most often']) expect(table).toContain(heading);
    expect(table).toContain('2,000,000.3');
  });

  test('no articles: empty sections, still valid', () => {
    const empty = run([]);
    expect(SummarySchema.parse(empty)).toEqual({ articles: 0, inputs: 0, failed: 0, people: [], organizations: [], money: [], pairs: [] });
    expect(summaryTable(empty, makeChalk(process.stdout, false), 80)).toContain('no two names appear together in 2 or more articles');
  });
});
