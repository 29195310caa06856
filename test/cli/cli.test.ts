import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run, ROOT } from '../helpers.js';
import { DocumentSchema } from '../../src/schema/document.js';

const ARTICLES = path.join('fixtures', 'articles');
const ONE = path.join(ARTICLES, '000_c1126d8932c32f38.txt');

describe('news-entities CLI', () => {
  test('--version prints the package version, then the schema version of the documents', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const r = run(['--version']);
    expect(r.code).toBe(0);
    const schemaVersion = JSON.parse(run(['--format', 'json', '-'], { input: 'x' }).stdout)[0].schemaVersion;
    expect(r.stdout.trim()).toBe(`${pkg.version} (schema ${schemaVersion})`);
  });

  test('--help shows examples and exit codes', () => {
    const r = run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Examples:/);
    expect(r.stdout).toMatch(/Exit codes/);
  });

  test('json format prints one array of schema-valid documents, sorted by path', () => {
    const r = run(['--format', 'json', ARTICLES]);
    expect(r.code).toBe(0);
    const docs = JSON.parse(r.stdout);
    expect(docs).toHaveLength(5);
    const files = docs.map((d: { file: string }) => d.file);
    expect(files).toEqual([...files].sort());
    for (const d of docs) expect(() => DocumentSchema.parse(d)).not.toThrow();
  });

  test('ndjson prints one document per line; offsets slice the article', () => {
    const r = run(['--format', 'ndjson', ONE]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const doc = DocumentSchema.parse(JSON.parse(lines[0]));
    const text = fs.readFileSync(path.join(ROOT, ONE), 'utf8');
    for (const p of doc.people!) for (const m of p.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  test('stdin as "-" is read and named "-"', () => {
    const r = run(['-', '--format', 'json'], { input: 'Mayor Ana Ruiz said on Monday the city would spend $2 million.' });
    expect(r.code).toBe(0);
    const [doc] = JSON.parse(r.stdout);
    expect(doc.file).toBe('-');
  });

  test('a missing file is reported in one line, the others still processed, exit 1', () => {
    const r = run(['--format', 'ndjson', 'no-such-file.txt', ONE]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe('news-entities: no-such-file.txt: no such file or directory');
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });

  test('a binary file is refused by name, exit 1', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ne-'));
    const bin = path.join(dir, 'image.txt');
    fs.writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]));
    const r = run(['--format', 'json', bin, ONE]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`news-entities: ${bin}: binary file`);
    expect(JSON.parse(r.stdout)).toHaveLength(1);
  });

  test.each([
    [['--format', 'xml', ONE]],
    [['--reference-date', '2024-13-45', ONE]],
    [['--types', 'people,planets', ONE]],
    [['--no-such-option']],
  ])('usage error %j exits 2 with a pointer to --help', (args) => {
    const r = run(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/error: /);
    expect(r.stderr).toMatch(/--help/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test('--types: the types not asked for are left out of the document, so an empty list means "none found"', () => {
    const r = run(['--format', 'json', '--types', 'money,dates', '-'], { input: 'Mayor Ana Ruiz said on Monday the city would spend $2 million.' });
    const [doc] = JSON.parse(r.stdout);
    expect(Object.keys(doc)).toEqual(['schemaVersion', 'file', 'characters', 'words', 'dates', 'money']);
    expect(doc.money[0].amount).toBe(2e6);
    const none = JSON.parse(run(['--format', 'json', '--types', 'money', '-'], { input: 'Nothing costs anything here.' }).stdout)[0];
    expect(none.money).toEqual([]);
    const table = run(['--types', 'people,dates', '-'], { input: 'Mayor Ana Ruiz spoke on Monday.' }).stdout;
    expect(table).toContain('1 person, 1 date in 6 words');
    expect(table).not.toMatch(/organization|money/);
  });

  test('"former" and "then-" titles keep their flag on the person (formerRanks) and in the table', () => {
    const input = 'Former Governor Ellen Marsh met then-Mayor Tom Reed and Mayor Ana Ruiz.';
    const [doc] = JSON.parse(run(['--format', 'json', '-'], { input }).stdout);
    const byName = Object.fromEntries(doc.people.map((p: { name: string; formerRanks: string[] }) => [p.name, p.formerRanks]));
    expect(byName).toEqual({ 'Ellen Marsh': ['Governor'], 'Tom Reed': ['Mayor'], 'Ana Ruiz': [] });
    const table = run(['-'], { input }).stdout;
    expect(table).toMatch(/Ellen Marsh\s+│ former Governor/);
    expect(table).toMatch(/Ana Ruiz\s+│ Mayor/);
  });

  test('table output has no colour codes when NO_COLOR is set, and a summary line', () => {
    const r = run([ONE]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/\u001b\[/);
    expect(r.stdout).toMatch(/\d+ (person|people), \d+ ranks?, \d+ organizations?, \d+ dates?, \d+ money amounts?/);
  });

  test('schema prints a JSON Schema that names every entity list', () => {
    const r = run(['schema']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['people', 'ranks', 'organizations', 'dates', 'money', 'schemaVersion']));
  });

  test('--output writes to a file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ne-'));
    const out = path.join(dir, 'out.json');
    const r = run(['--format', 'json', '--output', out, ONE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(fs.readFileSync(out, 'utf8'))).toHaveLength(1);
  });
});
