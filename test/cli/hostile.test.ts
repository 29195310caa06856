// Hostile input, at the level of the built binary: nothing crashes, nothing hangs, nothing is lost.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { run, start, tempDir, ROOT, BIN } from '../helpers.js';
import { DocumentSchema, ENTITY_TYPES, type Document, type Mention } from '../../src/schema/document.js';
import { decode } from '../../src/input/decode.js';

const ONE = path.join(ROOT, 'fixtures', 'articles', '000_c1126d8932c32f38.txt');
const ARTICLE = fs.readFileSync(ONE, 'utf8');

const mentionsOf = (doc: Document): Mention[] => ENTITY_TYPES.flatMap((t) => (doc[t] ?? []).flatMap((e) => e.mentions));
const ndjson = (stdout: string): Document[] =>
  stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => DocumentSchema.parse(JSON.parse(l)));
const noTrace = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at |Error:|EPIPE/);

describe('empty and whitespace-only files', () => {
  test.each([
    ['empty', ''],
    ['whitespace', ' \n\t\r\n   \n'],
  ])('%s: an empty document, exit 0', (_name, content) => {
    const dir = tempDir();
    const file = path.join(dir, 'a.txt');
    fs.writeFileSync(file, content);
    const r = run(['--format', 'ndjson', file]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const [doc] = ndjson(r.stdout);
    expect(doc.file).toBe(file);
    expect(doc.words).toBe(0);
    expect(mentionsOf(doc)).toEqual([]);
  });
});

describe('binary files', () => {
  const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000100000001008060000001ff3ff61', 'hex');
  // A real (stored, uncompressed) zip of one text file: no NUL in the first bytes that matter.
  const ZIP = Buffer.concat([Buffer.from('504b0304', 'hex'), Buffer.from('Mayor Ana Ruiz said on Monday. '.repeat(20))]);
  test.each([
    ['an image', PNG],
    ['a zip', ZIP],
  ])('%s named .txt is refused by name, the others processed, exit 1', (_name, bytes) => {
    const dir = tempDir();
    const bin = path.join(dir, 'image.txt');
    fs.writeFileSync(bin, bytes);
    const r = run(['--format', 'ndjson', bin, ONE]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`news-entities: ${bin}: binary file\n`);
    expect(ndjson(r.stdout).map((d) => d.file)).toEqual([ONE]);
  });
});

describe('encodings and line endings', () => {
  test('Latin-1 / Windows-1252 text is decoded (Café), never a crash', () => {
    const text = 'Mayor José Martínez of the Café Society said on Monday that the city’s budget would grow by €2 million.\n';
    const dir = tempDir();
    const file = path.join(dir, 'latin1.txt');
    const bytes = Buffer.from(text.replace('’', "'").replace('€', 'EUR '), 'latin1');
    fs.writeFileSync(file, bytes);
    expect(decode(bytes)).toContain('Café');
    const r = run(['--format', 'ndjson', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('\uFFFD');
    const [doc] = ndjson(r.stdout);
    const decoded = decode(fs.readFileSync(file));
    expect(doc.characters).toBe(decoded.length);
    for (const m of mentionsOf(doc)) expect(decoded.slice(m.start, m.end)).toBe(m.text);
    expect(decoded.slice(text.indexOf('Café'), text.indexOf('Café') + 4)).toBe('Café');
  });

  const utf16be = (s: string) => {
    const le = Buffer.from(s, 'utf16le');
    for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
    return le;
  };
  test.each([
    ['UTF-8 BOM', () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARTICLE)])],
    ['UTF-16LE BOM', () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')])],
    ['UTF-16BE BOM', () => Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(ARTICLE)])],
    ['CRLF', () => Buffer.from(ARTICLE.replace(/\r?\n/g, '\r\n'))],
    ['lone CR', () => Buffer.from(ARTICLE.replace(/\r?\n/g, '\r'))],
    ['UTF-16LE BOM + CRLF', () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE.replace(/\r?\n/g, '\r\n'), 'utf16le')])],
  ])('%s: offsets slice the decoded text (BOM removed)', (_name, make) => {
    const dir = tempDir();
    const file = path.join(dir, 'a.txt');
    fs.writeFileSync(file, make());
    const r = run(['--format', 'ndjson', file]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const [doc] = ndjson(r.stdout);
    const text = decode(fs.readFileSync(file));
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(doc.characters).toBe(text.length);
    const mentions = mentionsOf(doc);
    expect(mentions.length).toBeGreaterThan(0);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('--max-bytes', () => {
  test('a 20 MB single-line file is refused before it is read (default --max-bytes 10 MB); the others still processed', () => {
    const dir = tempDir();
    const big = path.join(dir, 'big.txt');
    fs.writeFileSync(big, 'Mayor Ana Ruiz spent $2 million on Monday. '.repeat(Math.ceil(20_000_000 / 43)).slice(0, 20_000_000));
    const r = run(['--format', 'ndjson', big, ONE]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`news-entities: ${big}: file is 20.0 MB, over --max-bytes 10 MB\n`);
    expect(ndjson(r.stdout).map((d) => d.file)).toEqual([ONE]);
  });

  test('the limit is adjustable and applies to stdin too', () => {
    const r = run(['--format', 'ndjson', '--max-bytes', '1KB', ONE]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^news-entities: ${ONE.replace(/[.]/g, '\\.')}: file is \\d+\\.\\d KB, over --max-bytes 1 KB\\n$`));
    const s = run(['-', '--format', 'ndjson', '--max-bytes', '100'], { input: 'x'.repeat(5000) });
    expect(s.code).toBe(1);
    expect(s.stderr).toBe('news-entities: -: file is 5.0 KB, over --max-bytes 100 bytes\n');
  });
});

describe('HTML in a .txt', () => {
  const HTML = `<!DOCTYPE html>
<html><head><title>Breaking</title>
<style>.Senator-Bob-Jones { color: red } /* Goldman Sachs */</style>
<script type="text/javascript">var who = "President Barack Obama"; // $9 billion on Friday
</script></head>
<body class="Microsoft Corporation"><div id="Acme Holdings"><p>Mayor Ana Ruiz said on Monday the city would spend $2 million on the Smith &amp; Wesson plant.</p>
<!-- General Electric Company, Senator Bob Jones, $7 billion -->
<p>The council of Springfield met on March 3, 2024.&nbsp;Its chairman, Tom O&#39;Neill, agreed.</p></div></body></html>
`;
  const hidden = ['Obama', 'Goldman', 'Bob Jones', 'Microsoft', 'Acme', 'General Electric', '9 billion', '7 billion', 'script', 'style', '<', '>'];

  test.each([
    ['auto-detected', [] as string[]],
    ['--html', ['--html']],
  ])('%s: markup never becomes an entity; text content is extracted; offsets slice the file', (_name, flags) => {
    const dir = tempDir();
    const file = path.join(dir, 'page.txt');
    fs.writeFileSync(file, HTML);
    const r = run(['--format', 'ndjson', ...flags, file]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const [doc] = ndjson(r.stdout);
    const mentions = mentionsOf(doc);
    expect(mentions.length).toBeGreaterThan(0);
    for (const m of mentions) {
      expect(HTML.slice(m.start, m.end)).toBe(m.text);
      for (const h of hidden) expect(m.text).not.toContain(h);
    }
    for (const t of ENTITY_TYPES) for (const e of (doc[t] ?? [])) for (const h of hidden) expect(JSON.stringify(e)).not.toContain(h);
  });

  test('--no-html leaves text alone; a few tags in prose are not HTML', () => {
    const dir = tempDir();
    const file = path.join(dir, 'prose.txt');
    fs.writeFileSync(file, `${ARTICLE}\nUse <b>bold</b> sparingly.\n`);
    for (const flags of [[], ['--no-html']]) {
      const r = run(['--format', 'ndjson', ...flags, file]);
      expect(r.code).toBe(0);
      const [doc] = ndjson(r.stdout);
      const text = fs.readFileSync(file, 'utf8');
      for (const m of mentionsOf(doc)) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  });
});

describe('folders', () => {
  test('recursive walk: hidden and non-text files skipped quietly, a symlink loop does not hang', () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'a', 'b'), { recursive: true });
    fs.mkdirSync(path.join(dir, '.git'));
    fs.writeFileSync(path.join(dir, 'a', 'b', 'deep.txt'), ARTICLE);
    fs.writeFileSync(path.join(dir, 'top.TXT'), ARTICLE);
    fs.writeFileSync(path.join(dir, '.hidden.txt'), ARTICLE);
    fs.writeFileSync(path.join(dir, '.git', 'x.txt'), ARTICLE);
    fs.writeFileSync(path.join(dir, 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
    fs.writeFileSync(path.join(dir, 'notes.md'), ARTICLE);
    fs.symlinkSync(path.join(dir, 'a'), path.join(dir, 'a', 'b', 'loop'));
    fs.symlinkSync(dir, path.join(dir, 'a', 'root'));
    const r = run(['--format', 'ndjson', dir]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(ndjson(r.stdout).map((d) => path.relative(dir, d.file))).toEqual([path.join('a', 'b', 'deep.txt'), 'top.TXT']);
  });

  const root = process.getuid?.() === 0;
  (root ? test.skip : test)('a file that cannot be read is reported and skipped (skipped as root: root reads anything)', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'a.txt'), ARTICLE);
    fs.writeFileSync(path.join(dir, 'b.txt'), ARTICLE);
    fs.chmodSync(path.join(dir, 'a.txt'), 0);
    const r = run(['--format', 'ndjson', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`news-entities: ${path.join(dir, 'a.txt')}: permission denied\n`);
    expect(ndjson(r.stdout)).toHaveLength(1);
  });

  test('a dangling symlink to an article is reported, the rest processed', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'a.txt'), ARTICLE);
    fs.symlinkSync(path.join(dir, 'gone.txt'), path.join(dir, 'b.txt'));
    const r = run(['--format', 'ndjson', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`news-entities: ${path.join(dir, 'b.txt')}: no such file or directory\n`);
    expect(ndjson(r.stdout)).toHaveLength(1);
  });

  test('a file deleted during the run is reported; every other file comes out once', async () => {
    const dir = tempDir();
    const n = 60;
    const names = Array.from({ length: n }, (_, i) => `${String(i).padStart(3, '0')}.txt`);
    for (const f of names) fs.writeFileSync(path.join(dir, f), ARTICLE);
    const p = start(['--format', 'ndjson', '--jobs', '1', dir]);
    // The folder was listed before the first document came out; the last file is read much later
    // (at most a few are read ahead), so deleting it now makes it vanish mid-run.
    await p.lines(1);
    fs.unlinkSync(path.join(dir, names[n - 1]));
    const r = await p.done;
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`news-entities: ${path.join(dir, names[n - 1])}: no such file or directory\n`);
    expect(ndjson(r.stdout).map((d) => path.basename(d.file))).toEqual(names.slice(0, n - 1));
  });
});

describe('paths', () => {
  test('paths with spaces and non-ASCII characters', () => {
    const dir = tempDir('ne path é ü 中-');
    const sub = path.join(dir, 'Zeitung München', 'ö ä');
    fs.mkdirSync(sub, { recursive: true });
    const file = path.join(sub, 'Bericht über Café.txt');
    fs.writeFileSync(file, ARTICLE);
    const single = path.join(dir, 'новости 1.txt');
    fs.writeFileSync(single, ARTICLE);
    const r = run(['--format', 'json', dir, single]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).map((d: Document) => d.file)).toEqual([file, single, single]);
  });

  test('hundreds of paths on the command line, each once, in order', () => {
    const dir = tempDir();
    const files = Array.from({ length: 300 }, (_, i) => path.join(dir, `f ${i}.txt`));
    const texts = ['', 'Mayor Ana Ruiz said on Monday.', ARTICLE.slice(0, 600)];
    files.forEach((f, i) => fs.writeFileSync(f, texts[i % texts.length]));
    const r = run(['--format', 'ndjson', ...files]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(ndjson(r.stdout).map((d) => d.file)).toEqual(files);
  });
});

describe('output closed early', () => {
  test.each([['ndjson'], ['json'], ['table']])('%s | head -1: stops quietly, exit 0 or 141, no EPIPE trace', (format) => {
    const dir = tempDir();
    for (let i = 0; i < 120; i++) fs.writeFileSync(path.join(dir, `${String(i).padStart(3, '0')}.txt`), ARTICLE);
    const script = `"${process.execPath}" "${BIN}" --format ${format} "${dir}" | head -1; echo "status=\${PIPESTATUS[0]}" >&2`;
    const t0 = Date.now();
    const r = spawnSync('bash', ['-c', script], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', NODE_OPTIONS: '' } });
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    const [status, ...rest] = r.stderr.trim().split('\n').reverse();
    expect(rest).toEqual([]);
    expect(status).toMatch(/^status=(0|141)$/);
    noTrace(r.stderr);
    // It stopped rather than processing all 120 articles.
    expect(Date.now() - t0).toBeLessThan(20_000);
  });
});

describe('bad options and values', () => {
  test.each([
    [['--format', 'xml', ONE]],
    [['--reference-date', '2024-13-45', ONE]],
    [['--jobs', '0', ONE]],
    [['--jobs', 'many', ONE]],
    [['--jobs', '-3', ONE]],
    [['--max-bytes', '10XB', ONE]],
    [['--max-bytes', '0', ONE]],
    [['--input', 'xml', ONE]],
    [['--ext', ',', ONE]],
  ])('%j exits 2 with a one-line reason and a pointer to --help', (args) => {
    const r = run(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^error: /);
    expect(lines[1]).toMatch(/--help/);
  });
});
