// The csv, tsv and mentions-csv renderers on hand-built documents (exact cells and quoting) and on
// documents the pipeline makes from real-shaped sentences.
import { extract } from '../../src/pipeline.js';
import {
  csvRenderer,
  entityRows,
  mentionRows,
  mentionsCsvRenderer,
  moneyDetail,
  plainNumber,
  rankDetail,
  tsvCell,
  tsvRenderer,
  ENTITY_COLUMNS,
} from '../../src/render/csv.js';
import { SCHEMA_VERSION, type Document, type Mention } from '../../src/schema/document.js';

/** RFC 4180 reader, small and strict enough to check what the renderer writes. */
function parseCsv(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === delimiter) row.push(cell), (cell = '');
    else if (ch === '\n') row.push(cell), rows.push(row), (row = []), (cell = '');
    else cell += ch;
  }
  if (cell !== '' || row.length) row.push(cell), rows.push(row);
  return rows;
}

const at = (text: string, start: number, sentence = 0): Mention => ({ text, start, end: start + text.length, sentence });

/** A document whose names hold everything a CSV writer must quote. */
function awkwardDocument(): Document {
  return {
    schemaVersion: SCHEMA_VERSION,
    file: 'dir, with comma/"quoted".txt',
    characters: 200,
    words: 30,
    people: [
      { name: 'Dwayne "The Rock" Johnson', aliases: ['Johnson', 'Rock'], ranks: ['Actor', 'Governor'], formerRanks: ['Governor'], mentions: [at('Johnson', 90, 2), at('Dwayne "The Rock" Johnson', 10, 0)] },
    ],
    ranks: [
      { title: 'Governor', person: 'Dwayne "The Rock" Johnson', former: true, mentions: [at('former Governor', 40, 1)] },
      { title: 'spokesman', person: null, former: false, mentions: [at('spokesman', 60, 1)] },
    ],
    organizations: [{ name: 'Smith, Jones\nand Partners', aliases: ['SJP'], mentions: [at('Smith, Jones\nand Partners', 120, 3)] }],
    dates: [{ text: 'last week', value: null, mentions: [at('last week', 150, 3)] }],
    money: [{ text: 'more than $2.5 million', amount: 2_500_000, currency: 'USD', qualifier: 'more than', mentions: [at('more than $2.5 million', 170, 4)] }],
  };
}

describe('entity rows', () => {
  test('one row per entity with the documented conventions, first mention by offset', () => {
    const rows = entityRows(awkwardDocument());
    expect(rows.map((r) => [r.type, r.name, r.detail, r.aliases, r.mentions, r.first_start, r.first_end])).toEqual([
      ['person', 'Dwayne "The Rock" Johnson', 'Actor; former Governor', 'Johnson; Rock', 2, 10, 35],
      ['rank', 'Governor', 'former, Dwayne "The Rock" Johnson', '', 1, 40, 55],
      ['rank', 'spokesman', '', '', 1, 60, 69],
      ['organization', 'Smith, Jones\nand Partners', '', 'SJP', 1, 120, 145],
      ['date', 'last week', '', '', 1, 150, 159],
      ['money', 'more than $2.5 million', 'more than 2500000 USD', '', 1, 170, 192],
    ]);
    expect(rows.every((r) => r.file === 'dir, with comma/"quoted".txt')).toBe(true);
  });

  test('detail helpers', () => {
    expect(rankDetail({ person: 'Ana Ruiz', former: false })).toBe('Ana Ruiz');
    expect(rankDetail({ person: 'Ana Ruiz', former: true })).toBe('former, Ana Ruiz');
    expect(rankDetail({ person: null, former: true })).toBe('former');
    expect(moneyDetail({ amount: 0.3, currency: 'USD', qualifier: null })).toBe('0.3 USD');
    expect(moneyDetail({ amount: 3.79e15, currency: 'IDR', qualifier: 'about' })).toBe('about 3790000000000000 IDR');
    expect(plainNumber(1e21)).toBe('1000000000000000000000');
    expect(plainNumber(2.5e-7)).toBe('0.00000025');
  });

  test('a list the run did not ask for adds no rows', () => {
    const doc = { ...awkwardDocument(), people: undefined, ranks: undefined, dates: undefined };
    expect(entityRows(doc).map((r) => r.type)).toEqual(['organization', 'money']);
  });

  test('mention rows: one per mention, named by their entity', () => {
    const rows = mentionRows(awkwardDocument());
    expect(rows).toHaveLength(7);
    expect(rows[0]).toEqual({ file: 'dir, with comma/"quoted".txt', type: 'person', name: 'Dwayne "The Rock" Johnson', text: 'Johnson', start: 90, end: 97, sentence: 2 });
  });
});

describe('csv renderer', () => {
  test('header once in start(), RFC 4180 quoting of commas, quotes and line breaks, no error()', () => {
    const r = csvRenderer();
    expect(r.error).toBeUndefined();
    const header = r.start();
    expect(header).toBe('file,type,name,detail,aliases,mentions,first_start,first_end\n');
    const body = r.document(awkwardDocument(), '');
    expect(body.split('\n')[0]).toBe('"dir, with comma/""quoted"".txt",person,"Dwayne ""The Rock"" Johnson",Actor; former Governor,Johnson; Rock,2,10,35');
    expect(body).toContain('"Smith, Jones\nand Partners",,SJP,1,120,145\n');
    expect(r.end({ documents: 1, inputs: 1, failed: 0 })).toBe('');
    // Read back, every cell is what the row held.
    const parsed = parseCsv(header + body);
    expect(parsed[0]).toEqual([...ENTITY_COLUMNS]);
    expect(parsed.slice(1)).toEqual(entityRows(awkwardDocument()).map((row) => ENTITY_COLUMNS.map((c) => String(row[c]))));
  });

  test('a document with no entities writes nothing, not an empty line', () => {
    const empty: Document = { schemaVersion: SCHEMA_VERSION, file: 'x.txt', characters: 0, words: 0, people: [], ranks: [], organizations: [], dates: [], money: [] };
    expect(csvRenderer().document(empty, '')).toBe('');
  });

  test('mentions-csv columns and quoting', () => {
    const r = mentionsCsvRenderer();
    const parsed = parseCsv(r.start() + r.document(awkwardDocument(), ''));
    expect(parsed[0]).toEqual(['file', 'type', 'name', 'text', 'start', 'end', 'sentence']);
    expect(parsed[5]).toEqual(['dir, with comma/"quoted".txt', 'organization', 'Smith, Jones\nand Partners', 'Smith, Jones\nand Partners', '120', '145', '3']);
  });
});

describe('tsv renderer', () => {
  test('tabs and line breaks inside a cell become one space; one line per row', () => {
    expect(tsvCell('a\tb\r\nc')).toBe('a b c');
    expect(tsvCell(3)).toBe(3);
    const r = tsvRenderer();
    expect(r.start()).toBe(ENTITY_COLUMNS.join('\t') + '\n');
    const body = r.document(awkwardDocument(), '');
    const lines = body.trimEnd().split('\n');
    expect(lines).toHaveLength(6);
    for (const line of lines) expect(line.split('\t')).toHaveLength(8);
    // Only a cell holding a double quote is quoted, CSV-style, which tab readers (sqlite3
    // `.mode tabs`, pandas, spreadsheets) undo.
    expect(lines[3]).toBe('"dir, with comma/""quoted"".txt"\torganization\tSmith, Jones and Partners\t\tSJP\t1\t120\t145');
    expect(parseCsv(body, '\t')[0][2]).toBe('Dwayne "The Rock" Johnson');
  });
});

describe('rows of documents the pipeline makes', () => {
  const text = 'Former Finance Minister Ana Ruiz said on March 3, 2024 that Northwind Bank would pay more than $2.5 million. Ruiz spoke to Reuters.';
  const doc = extract(text, { file: 'story.txt' });

  test('every entity is a row, with its mention count and first offsets', () => {
    const rows = entityRows(doc);
    const count = (type: string) => rows.filter((r) => r.type === type).length;
    expect(count('person')).toBe(doc.people!.length);
    expect(count('rank')).toBe(doc.ranks!.length);
    expect(count('organization')).toBe(doc.organizations!.length);
    expect(count('date')).toBe(doc.dates!.length);
    expect(count('money')).toBe(doc.money!.length);
    for (const r of rows) expect(text.slice(Number(r.first_start), Number(r.first_end)).length).toBeGreaterThan(0);

    const ruiz = rows.find((r) => r.type === 'person' && r.name === 'Ana Ruiz');
    expect(ruiz).toMatchObject({ aliases: 'Ruiz', mentions: 2, first_start: text.indexOf('Ana Ruiz') });
    expect(ruiz?.detail).toMatch(/Finance Minister/);
    expect(rows.find((r) => r.type === 'rank' && r.name === 'Finance Minister')?.detail).toMatch(/Ana Ruiz$/);
    expect(rows.find((r) => r.type === 'date')?.detail).toBe('2024-03-03');
    expect(rows.find((r) => r.type === 'money')?.detail).toBe('more than 2500000 USD');
  });

  test('mention rows slice the text', () => {
    const rows = mentionRows(doc);
    expect(rows.length).toBe(entityRows(doc).reduce((n, r) => n + Number(r.mentions), 0));
    for (const m of rows) expect(text.slice(Number(m.start), Number(m.end))).toBe(m.text);
  });
});
