// --format csv, tsv and mentions-csv through the binary: what a database or a spreadsheet loads.
// The sqlite3 tests need the sqlite3 command-line shell (Debian: apt-get install sqlite3).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { run, tempDir, ROOT } from '../helpers.js';
import { DocumentSchema, ENTITY_TYPES, type Document } from '../../src/schema/document.js';

const ARTICLES = path.join('fixtures', 'articles');
const HEADER = 'file,type,name,detail,aliases,mentions,first_start,first_end';
const SINGULAR: Record<(typeof ENTITY_TYPES)[number], string> = { people: 'person', ranks: 'rank', organizations: 'organization', dates: 'date', money: 'money' };

const hasSqlite = spawnSync('sqlite3', ['-version']).status === 0;
// Missing sqlite3 fails the tests that need it (CI installs it: scripts/ensure-test-tools.sh).
const withSqlite = (name: string, fn: () => void) =>
  test(name, () => {
    if (!hasSqlite) throw new Error('sqlite3 is not installed: run scripts/ensure-test-tools.sh (apt-get install sqlite3)');
    fn();
  });

/** Runs sqlite3 on a fresh in-memory database; the script's last query prints rows as a|b|c. */
function sqlite(script: string): string {
  const r = spawnSync('sqlite3', [':memory:'], { input: script, encoding: 'utf8' });
  if (r.status !== 0 || r.stderr) throw new Error(`sqlite3: ${r.stderr}`);
  return r.stdout;
}

/** Rows and mentions per row type, from the JSON output. */
function expectedCounts(docs: Document[]): Record<string, { rows: number; mentions: number }> {
  const counts: Record<string, { rows: number; mentions: number }> = {};
  for (const doc of docs) {
    for (const type of ENTITY_TYPES) {
      const c = (counts[SINGULAR[type]] ??= { rows: 0, mentions: 0 });
      for (const e of doc[type] ?? []) {
        c.rows++;
        c.mentions += e.mentions.length;
      }
    }
  }
  return counts;
}

/** "type|rows|mentions" lines, as sqlite prints the GROUP BY below. */
const asLines = (counts: Record<string, { rows: number; mentions: number }>) =>
  Object.entries(counts)
    .filter(([, c]) => c.rows)
    .map(([type, c]) => `${type}|${c.rows}|${c.mentions}`)
    .sort();
const COUNT_QUERY = 'SELECT type, count(*), sum(mentions) FROM t GROUP BY type ORDER BY type;\n';

describe('csv output', () => {
  const json = run(['--format', 'json', ARTICLES]);
  const docs: Document[] = JSON.parse(json.stdout).map((d: unknown) => DocumentSchema.parse(d));

  test('one header for the whole run, then one row per entity', () => {
    const r = run(['--format', 'csv', ARTICLES]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(HEADER);
    expect(lines.filter((l) => l === HEADER)).toHaveLength(1);
    const total = Object.values(expectedCounts(docs)).reduce((n, c) => n + c.rows, 0);
    expect(lines).toHaveLength(total + 1);
  });

  withSqlite('loads into sqlite3 with .import --csv; rows and mentions per type match the JSON', () => {
    const dir = tempDir();
    const file = path.join(dir, 'entities.csv');
    expect(run(['-o', file, ARTICLES]).code).toBe(0);
    const out = sqlite(`.import --csv ${file} t\n${COUNT_QUERY}`);
    expect(out.trimEnd().split('\n')).toEqual(asLines(expectedCounts(docs)));
    // Every row's first offsets slice a mention of its entity out of the article.
    const firsts = sqlite(`.import --csv ${file} t\n.mode json\nSELECT file, name, first_start, first_end FROM t WHERE type = 'person';\n`);
    for (const row of JSON.parse(firsts) as { file: string; name: string; first_start: string; first_end: string }[]) {
      const text = fs.readFileSync(path.join(ROOT, row.file), 'utf8');
      const person = docs.find((d) => d.file === row.file)!.people!.find((p) => p.name === row.name)!;
      expect(person.mentions.map((m) => m.text)).toContain(text.slice(Number(row.first_start), Number(row.first_end)));
    }
  });

  withSqlite('tsv loads into sqlite3 with .mode tabs and .import, with the same counts', () => {
    const dir = tempDir();
    const file = path.join(dir, 'entities.tsv');
    expect(run(['-o', file, ARTICLES]).code).toBe(0);
    expect(fs.readFileSync(file, 'utf8').split('\n')[0]).toBe(HEADER.replaceAll(',', '\t'));
    const out = sqlite(`.mode tabs\n.import ${file} t\n.mode list\n${COUNT_QUERY}`);
    expect(out.trimEnd().split('\n')).toEqual(asLines(expectedCounts(docs)));
  });

  withSqlite('a file name with a comma, quotes and a newline survives csv quoting (and becomes one line in tsv)', () => {
    const dir = tempDir();
    const odd = path.join(dir, 'Smith, "Jones"\nreport.txt');
    fs.writeFileSync(odd, 'Mayor Ana Ruiz said on Monday the city would spend $2 million.');
    const csv = path.join(dir, 'out.csv');
    const tsv = path.join(dir, 'out.tsv');
    expect(run(['-o', csv, odd]).code).toBe(0);
    expect(run(['-o', tsv, odd]).code).toBe(0);
    const fromCsv = sqlite(`.import --csv ${csv} t\n.mode json\nSELECT DISTINCT file FROM t;\n`);
    expect(JSON.parse(fromCsv)).toEqual([{ file: odd }]);
    const fromTsv = sqlite(`.mode tabs\n.import ${tsv} t\n.mode json\nSELECT DISTINCT file FROM t;\n`);
    expect(JSON.parse(fromTsv)).toEqual([{ file: odd.replace('\n', ' ') }]);
    expect(fs.readFileSync(tsv, 'utf8').trimEnd().split('\n').every((line) => line.split('\t').length === 8)).toBe(true);
  });

  test('mentions-csv: one row per mention, each slicing its article', () => {
    const r = run(['--format', 'mentions-csv', ARTICLES]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('file,type,name,text,start,end,sentence');
    const mentions = Object.values(expectedCounts(docs)).reduce((n, c) => n + c.mentions, 0);
    expect(lines).toHaveLength(mentions + 1);
  });

  withSqlite('mentions-csv joins back to the text', () => {
    const dir = tempDir();
    const file = path.join(dir, 'mentions.csv');
    expect(run(['--format', 'mentions-csv', '-o', file, ARTICLES]).code).toBe(0);
    const rows = JSON.parse(sqlite(`.import --csv ${file} t\n.mode json\nSELECT file, text, start, end FROM t;\n`)) as { file: string; text: string; start: string; end: string }[];
    const texts = new Map(docs.map((d) => [d.file, fs.readFileSync(path.join(ROOT, d.file), 'utf8')]));
    for (const row of rows) expect(texts.get(row.file)!.slice(Number(row.start), Number(row.end))).toBe(row.text);
  });

  test('failed inputs stay on stderr; --errors-as-records is refused for csv', () => {
    const r = run(['--format', 'csv', 'no-such-file.txt', path.join(ARTICLES, '000_c1126d8932c32f38.txt')]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe('news-entities: no-such-file.txt: no such file or directory');
    expect(r.stdout.split('\n')[0]).toBe(HEADER);
    expect(r.stdout).not.toContain('no-such-file');
    for (const format of ['csv', 'tsv', 'mentions-csv']) {
      const refused = run(['--format', format, '--errors-as-records', ARTICLES]);
      expect(refused.code).toBe(2);
      expect(refused.stdout).toBe('');
    }
  });

  test('--types leaves the other types out of the rows', () => {
    const r = run(['--format', 'csv', '--types', 'money', ARTICLES]);
    expect(r.code).toBe(0);
    const types = new Set(r.stdout.trimEnd().split('\n').slice(1).map((l) => l.split(',')[1]));
    expect([...types]).toEqual(['money']);
  });

  test('--help lists the formats', () => {
    const r = run(['--help']);
    expect(r.stdout).toMatch(/mentions-csv/);
    expect(r.stdout).toMatch(/"tsv"/);
  });
});
