// Throughput features, checked for behaviour: every input comes out exactly once in every mode,
// in order; documents stream; --input ndjson; the progress bar stays off pipes and out of JSON.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { run, start, tempDir, ROOT, BIN } from '../helpers.js';
import { DocumentSchema, type Document } from '../../src/schema/document.js';

const SOURCES = ['fixtures/articles', 'fixtures/dev/articles']
  .map((d) => path.join(ROOT, d))
  .flatMap((d) => fs.readdirSync(d).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(d, f), 'utf8')));

/** 40 articles in nested folders, plus one binary and one empty file. */
function corpus(): { dir: string; articles: string[]; bad: string[] } {
  const dir = tempDir('ne-scale-');
  const articles: string[] = [];
  for (let i = 0; i < 40; i++) {
    const sub = path.join(dir, `part${i % 3}`);
    fs.mkdirSync(sub, { recursive: true });
    const f = path.join(sub, `${String(i).padStart(2, '0')}.txt`);
    fs.writeFileSync(f, SOURCES[i % SOURCES.length]);
    articles.push(f);
  }
  const empty = path.join(dir, 'part1', 'empty.txt');
  fs.writeFileSync(empty, '');
  articles.push(empty);
  const bin = path.join(dir, 'part0', 'zz.txt');
  fs.writeFileSync(bin, Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 1, 2]));
  articles.sort();
  return { dir, articles, bad: [bin] };
}

const parseNdjson = (s: string): Document[] => s.split('\n').filter(Boolean).map((l) => DocumentSchema.parse(JSON.parse(l)));
const errorPaths = (stderr: string) =>
  stderr
    .split('\n')
    .filter(Boolean)
    .map((l) => /^news-entities: (.*): [^:]+$/.exec(l)?.[1] ?? `UNEXPECTED: ${l}`);

describe('every input exactly once, in every mode', () => {
  const c = corpus();
  test.each([
    ['ndjson, default jobs', ['--format', 'ndjson']],
    ['ndjson, --jobs 1 (one worker)', ['--format', 'ndjson', '--jobs', '1']],
    ['ndjson, --jobs 3', ['--format', 'ndjson', '--jobs', '3']],
    ['json, default jobs', ['--format', 'json']],
    ['json, --jobs 1', ['--format', 'json', '--jobs', '1']],
  ])('%s', (_name, flags) => {
    const r = run([...flags, c.dir]);
    expect(r.code).toBe(1);
    expect(errorPaths(r.stderr).sort()).toEqual(c.bad);
    const docs = flags.includes('json') ? (JSON.parse(r.stdout) as Document[]).map((d) => DocumentSchema.parse(d)) : parseNdjson(r.stdout);
    // Exactly once each, and sorted by path like a plain sort of the whole list would be.
    expect(docs.map((d) => d.file)).toEqual(c.articles);
  });

  test('table: one table per article and a count', () => {
    const r = run(['--jobs', '2', c.dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${c.articles.length} of ${c.articles.length + 1} inputs processed, 1 failed`);
    for (const f of c.articles) expect(r.stdout.split('\n').filter((l) => l === f)).toHaveLength(1);
  });

  test('the same documents whatever the number of jobs', () => {
    const one = run(['--format', 'ndjson', '--jobs', '1', c.dir]);
    const two = run(['--format', 'ndjson', '--jobs', '2', c.dir]);
    expect(two.stdout).toBe(one.stdout);
  });
});

describe('--input ndjson', () => {
  const records = [
    JSON.stringify({ id: 'a-1', text: SOURCES[0] }),
    JSON.stringify({ id: 7, text: 'Mayor Ana Ruiz said on Monday the city would spend $2 million.' }),
    '{"id": "broken", "text": ',
    '',
    JSON.stringify({ id: 'no-text' }),
    JSON.stringify(['not', 'an', 'object']),
    JSON.stringify({ text: 'no id' }),
    JSON.stringify({ id: 'html', text: '<html><body><p>Senator Bob Jones met Mayor Ana Ruiz.</p><script>var x = "Goldman Sachs";</script></body></html>' }),
    JSON.stringify({ id: 'last', text: SOURCES[1] }) + '\r',
  ];
  const input = `${records.join('\n')}\n\n`;
  const wantIds = ['a-1', '7', 'html', 'last'];
  const wantErrors = [
    'news-entities: stdin line 3: not valid JSON',
    'news-entities: stdin line 5: no string "text" field',
    'news-entities: stdin line 6: not a JSON object',
    'news-entities: stdin line 7: no "id" field (a string or a number)',
  ];

  test.each([[['--jobs', '1']], [['--jobs', '2']], [[]]])('%j: one document per good record (file = id), one line per bad one, exit 1', (flags) => {
    const r = run(['--input', 'ndjson', '--format', 'ndjson', ...flags], { input });
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual(wantErrors);
    const docs = parseNdjson(r.stdout);
    expect(docs.map((d) => d.file)).toEqual(wantIds);
    const html = docs[2];
    expect(JSON.stringify(html)).not.toContain('Goldman');
  });

  test('records may also come from files named on the command line', () => {
    const dir = tempDir();
    const f = path.join(dir, 'records.ndjson');
    fs.writeFileSync(f, input);
    const r = run(['--input', 'ndjson', '--format', 'json', f]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`news-entities: ${f} line 3: not valid JSON`);
    expect(JSON.parse(r.stdout).map((d: Document) => d.file)).toEqual(wantIds);
  });

  test('all good records: exit 0', () => {
    const r = run(['--input', 'ndjson', '--format', 'ndjson'], { input: `${records[0]}\n${records[1]}` });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(parseNdjson(r.stdout)).toHaveLength(2);
  });

  test('--errors-as-records: each failed record is one {"file","line","id"?,"error"} line in the stream, in input order; stderr stays empty; exit 1', () => {
    const r = run(['--input', 'ndjson', '--format', 'ndjson', '--errors-as-records'], { input });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.file)).toEqual(['a-1', '7', 'stdin line 3', 'stdin line 5', 'stdin line 6', 'stdin line 7', 'html', 'last']);
    expect(lines[3]).toEqual({ file: 'stdin line 5', line: 5, id: 'no-text', error: 'no string "text" field' });
    expect(lines[2]).toEqual({ file: 'stdin line 3', line: 3, error: 'not valid JSON' });
  });

  test('--errors-as-records with --format json: error records are elements of the one array', () => {
    const r = run(['--input', 'ndjson', '--format', 'json', '--errors-as-records'], { input: `${records[1]}\nnope\n` });
    expect(r.code).toBe(1);
    const arr = JSON.parse(r.stdout);
    expect(arr).toHaveLength(2);
    expect(arr[1]).toEqual({ file: 'stdin line 2', line: 2, error: 'not valid JSON' });
  });

  test('--errors-as-records needs a JSON format: with the table it is a usage error', () => {
    const r = run(['--errors-as-records', '-'], { input: 'text' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--errors-as-records needs --format json or ndjson');
  });

  test('a record\'s "date" is its reference date; a bad one is an error for that record only', () => {
    const recs = [
      JSON.stringify({ id: 'dated', text: 'The talks ended on Monday.', date: '2004-05-11' }),
      JSON.stringify({ id: 'undated', text: 'The talks ended on Monday.' }),
      JSON.stringify({ id: 'bad', text: 'x', date: '2004-02-30' }),
    ];
    const r = run(['--input', 'ndjson', '--format', 'ndjson', '--reference-date', '1987-03-04'], { input: recs.join('\n') });
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe('news-entities: stdin line 3: "date" is not a calendar date in the form YYYY-MM-DD');
    const docs = parseNdjson(r.stdout);
    expect(docs.map((d) => d.dates![0]?.value)).toEqual(['2004-05-10', '1987-03-02']);
  });

  test('streams: a record is answered before stdin ends (a map step)', async () => {
    const p = start(['--input', 'ndjson', '--format', 'ndjson', '--jobs', '1']);
    p.child.stdin.write(`${records[1]}\n`);
    await p.lines(1);
    expect(p.child.exitCode).toBeNull(); // still running: stdin is open
    p.child.stdin.write(`${records[0]}\n`);
    p.child.stdin.end();
    const r = await p.done;
    expect(r.code).toBe(0);
    expect(parseNdjson(r.stdout).map((d) => d.file)).toEqual(['7', 'a-1']);
  });
});

describe('streaming and progress', () => {
  test('folder ndjson: the first document is written before the last article is read', async () => {
    const dir = tempDir();
    for (let i = 0; i < 80; i++) fs.writeFileSync(path.join(dir, `${String(i).padStart(3, '0')}.txt`), SOURCES[i % SOURCES.length]);
    const p = start(['--format', 'ndjson', dir]);
    await p.lines(1);
    const early = p.stdoutSoFar().split('\n').filter(Boolean).length;
    const r = await p.done;
    expect(r.code).toBe(0);
    expect(early).toBeLessThan(80);
    expect(parseNdjson(r.stdout)).toHaveLength(80);
  });

  test('no progress bar on a pipe (auto), none in the JSON even when forced', () => {
    const dir = tempDir();
    for (let i = 0; i < 12; i++) fs.writeFileSync(path.join(dir, `${i}.txt`), SOURCES[i % SOURCES.length]);
    const auto = run(['--format', 'json', dir]);
    expect(auto.code).toBe(0);
    expect(auto.stderr).toBe('');
    const forced = run(['--format', 'json', '--progress', dir]);
    expect(forced.code).toBe(0);
    expect(forced.stderr).toMatch(/files/);
    expect(JSON.parse(forced.stdout)).toHaveLength(12);
    expect(forced.stdout).toBe(auto.stdout);
  });

  const hasScript = spawnSync('script', ['--version']).status === 0;
  (hasScript ? test : test.skip)('a progress bar when stderr is a terminal (and output goes to a file)', () => {
    const dir = tempDir();
    for (let i = 0; i < 12; i++) fs.writeFileSync(path.join(dir, `${i}.txt`), SOURCES[i % SOURCES.length]);
    const out = path.join(dir, 'out.ndjson');
    const log = path.join(dir, 'tty.log');
    const r = spawnSync('script', ['-qec', `"${process.execPath}" "${BIN}" --format ndjson -o "${out}" "${dir}"`, log], {
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '', TERM: 'xterm' },
    });
    expect(r.status).toBe(0);
    expect(fs.readFileSync(log, 'utf8')).toMatch(/\d+\/12 files \| [\d.]+ articles\/s \| ETA/);
    expect(parseNdjson(fs.readFileSync(out, 'utf8'))).toHaveLength(12);
  });
});

describe('progress bar: not over a pager, an ETA that reads right', () => {
  const hasScript = spawnSync('script', ['--version']).status === 0;
  (hasScript ? test : test.skip)('stderr a terminal but stdout a pipe (a pager such as less): no bar unless --progress', () => {
    const dir = tempDir();
    for (let i = 0; i < 12; i++) fs.writeFileSync(path.join(dir, `${i}.txt`), SOURCES[i % SOURCES.length]);
    const log = path.join(dir, 'tty.log');
    const cmd = (extra: string) => `"${process.execPath}" "${BIN}" --format ndjson ${extra} "${dir}" | cat > "${path.join(dir, 'out.ndjson')}"`;
    const env = { ...process.env, NODE_OPTIONS: '', TERM: 'xterm' };
    spawnSync('script', ['-qec', cmd(''), log], { encoding: 'utf8', env });
    expect(fs.readFileSync(log, 'utf8')).not.toMatch(/files \|/);
    spawnSync('script', ['-qec', cmd('--progress'), log], { encoding: 'utf8', env });
    expect(fs.readFileSync(log, 'utf8')).toMatch(/files \|/);
  });

  test('formatEta never says 60 seconds or 60 minutes', async () => {
    const { formatEta } = await import('../../src/cli/progress.js');
    expect([0, 44.6, 59.6, 119.7, 3599.6, 7379, Infinity].map(formatEta)).toEqual(['0s', '45s', '1m00s', '2m00s', '1h00m', '2h03m', '--']);
  });
});

describe('startup', () => {
  // Timing floors belong to the bench (npm run bench); here: the cheap paths never load the
  // pipeline. A module hook makes importing compromise fail, so loading it would show.
  const dir = tempDir();
  fs.writeFileSync(
    path.join(dir, 'hooks.mjs'),
    `export async function resolve(s, c, next) { if (/^compromise|zod/.test(s)) throw new Error('LOADED ' + s); return next(s, c); }\n`,
  );
  fs.writeFileSync(path.join(dir, 'register.mjs'), `import { register } from 'node:module';\nregister(${JSON.stringify(new URL(`file://${path.join(dir, 'hooks.mjs')}`).href)});\n`);
  const guarded = (args: string[]) => run(args, { env: { NODE_OPTIONS: `--import ${path.join(dir, 'register.mjs')}` } });

  test.each([[['--version']], [['--help']], [['--format', 'xml', 'x.txt']]])('%j loads neither compromise nor zod', (args) => {
    const r = guarded(args);
    expect(r.stderr).not.toContain('LOADED');
    expect([0, 2]).toContain(r.code);
  });

  test('(the guard works: extracting does load them)', () => {
    const r = guarded(['--format', 'ndjson', '--jobs', '1', '-']);
    expect(r.stderr).toContain('LOADED');
  });
});
