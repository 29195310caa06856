import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { budgetMs, threadsToStart } from '../../src/cli/engine.js';
import { quotePath } from '../../src/cli/quote.js';
import { ROOT, run, start, tempDir } from '../helpers.js';

const VARIED = ['articles', 'dev/articles', 'own/articles']
  .flatMap((d) => fs.readdirSync(path.join(ROOT, 'fixtures', d)).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(ROOT, 'fixtures', d, f), 'utf8')))
  .join('\n\n');
const ARTICLE = fs.readFileSync(path.join(ROOT, 'fixtures', 'articles', fs.readdirSync(path.join(ROOT, 'fixtures', 'articles'))[0]), 'utf8');

describe('write errors', () => {
  test.each([['ndjson'], ['json'], ['table']])('a full device behind --output (%s) is reported and exits 1', (format) => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'a.txt'), ARTICLE);
    const r = run(['--format', format, '-o', '/dev/full', 'a.txt'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^news-entities: \/dev\/full: ENOSPC/m);
  });
});

describe('files that are not regular files', () => {
  test('a FIFO on the command line or in a folder is refused without being opened; the others are processed', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'a.txt'), ARTICLE);
    fs.writeFileSync(path.join(dir, 'c.txt'), ARTICLE);
    execFileSync('mkfifo', [path.join(dir, 'b.txt')]);
    // Nobody writes to the FIFO: opening it would hang the run (the test's own timeout would fail it).
    const named = run(['--format', 'ndjson', 'a.txt', 'b.txt', 'c.txt'], { cwd: dir });
    expect(named.code).toBe(1);
    expect(named.stdout.trim().split('\n')).toHaveLength(2);
    expect(named.stderr).toBe('news-entities: b.txt: not a regular file (a FIFO); to read a stream, pipe it to standard input and name it -\n');
    const walked = run(['--format', 'ndjson', '.'], { cwd: dir });
    expect(walked.code).toBe(1);
    expect(walked.stdout.trim().split('\n')).toHaveLength(2);
    expect(walked.stderr).toMatch(/^news-entities: b\.txt: not a regular file \(a FIFO\)/);
  });
});

describe('paths in messages', () => {
  test('control characters are escaped, a newline as \\n', () => {
    expect(quotePath('a\nb.txt')).toBe('a\\nb.txt');
    expect(quotePath('x\x1b[31mred.txt')).toBe('x\\e[31mred.txt');
    expect(quotePath('tab\there\\.txt')).toBe('tab\\there\\\\.txt');
    expect(quotePath('Café – notes.txt')).toBe('Café – notes.txt');
  });

  test('a file name with a newline stays on one error line', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'bad\nname.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 0]));
    const r = run(['--format', 'ndjson', '.'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stderr).toMatch(/^news-entities: bad\\nname\.txt: /);
  });
});

describe('worker threads', () => {
  test.each([
    // waiting, idle, live, limit -> started
    [8, 0, 0, 64, 8],
    [8, 0, 1, 64, 8],
    [2000, 0, 0, 2, 2],
    [3, 3, 3, 64, 0],
    [5, 2, 2, 4, 2],
    [0, 0, 0, 8, 0],
  ])('%i waiting, %i idle of %i threads, --jobs %i: start %i', (waiting, idle, live, limit, expected) => {
    expect(threadsToStart(waiting, idle, live, limit)).toBe(expected);
  });
});

describe('finished documents are written at once', () => {
  test('with --jobs 1, a slow article does not hold back the ones before it', async () => {
    const dir = tempDir();
    for (let i = 1; i <= 7; i++) fs.writeFileSync(path.join(dir, `a${i}.txt`), ARTICLE);
    // About 200 KB of article text: seconds of work, sorted last.
    let slow = '';
    while (slow.length < 200_000) slow += `${ARTICLE}\n\n`;
    fs.writeFileSync(path.join(dir, 'z.txt'), slow);
    const p = start(['--format', 'ndjson', '--jobs', '1', '.'], { cwd: dir });
    await p.lines(7);
    // The seven small documents are out while the slow one is still being read.
    expect(p.child.exitCode).toBeNull();
    const r = await p.done;
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(8);
  });
});

describe('the watchdog', () => {
  test.each([['1'], ['2']])('--jobs %s: an article past its time budget is one error line; the others are written', (jobs) => {
    const dir = tempDir();
    for (let i = 1; i <= 3; i++) fs.writeFileSync(path.join(dir, `a${i}.txt`), ARTICLE);
    // About 1 MB of varied article text: many seconds of work, stopped after one.
    fs.writeFileSync(path.join(dir, 'b.txt'), VARIED.repeat(Math.ceil(1_000_000 / VARIED.length)).slice(0, 1_000_000));
    fs.writeFileSync(path.join(dir, 'c.txt'), ARTICLE);
    const r = run(['--format', 'ndjson', '--jobs', jobs, '--timeout', '1', '--max-bytes', '2MB', '.'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('news-entities: b.txt: took longer than 1 s (see --timeout)\n');
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).file)).toEqual(['a1.txt', 'a2.txt', 'a3.txt', 'c.txt']);
  });

  test('budgets grow with the article', () => {
    expect(budgetMs(0)).toBe(30_000);
    expect(budgetMs(1_000_000)).toBe(90_000);
    expect(budgetMs(1_000_000, 5)).toBe(5000);
  });
});

describe('small edges', () => {
  test('-o naming one of the inputs is refused before anything is written', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'a.txt'), ARTICLE);
    const r = run(['--format', 'ndjson', '-o', 'a.txt', 'a.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('news-entities: a.txt: the output file is also an input; refusing to overwrite it\n');
    expect(fs.readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe(ARTICLE);
  });

  test('-o with an empty name is a usage error, not stdout', () => {
    const r = run(['--format', 'ndjson', '-o', '', 'fixtures/articles']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/needs a file name/);
  });

  test('only the first of two byte-order marks is removed', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'a.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]), Buffer.from('Ann Cole said.')]));
    const r = run(['--format', 'ndjson', 'a.txt'], { cwd: dir });
    expect(JSON.parse(r.stdout).characters).toBe('\uFEFFAnn Cole said.'.length);
  });

  test('an endless NDJSON line is reported as soon as it passes --max-bytes', async () => {
    const p = start(['--input', 'ndjson', '--format', 'ndjson', '--max-bytes', '10KB']);
    p.child.stdin.write(`{"id":"a","text":"${'x'.repeat(20_000)}`);
    await new Promise<void>((resolve) => {
      const check = () => (/over --max-bytes/.test(p.stderrSoFar()) ? resolve() : setTimeout(check, 20));
      check();
    });
    p.child.stdin.end('"}\n{"id":"b","text":"Ann Cole said."}\n');
    const r = await p.done;
    expect(r.stderr).toBe('news-entities: stdin line 1: record is over --max-bytes 10 KB\n');
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).file)).toEqual(['b']);
  });
  test('an endless NDJSON line (no newline ever, stdin left open) stops the reading at 16 times --max-bytes: the run ends', async () => {
    const p = start(['--input', 'ndjson', '--format', 'ndjson', '--max-bytes', '1KB']);
    p.child.stdin.write(`{"id":"a","text":"Ann Cole said."}\n`);
    p.child.stdin.on('error', () => {}); // the tool stops reading: later writes may fail
    for (let i = 0; i < 40; i++) p.child.stdin.write('x'.repeat(1000));
    const r = await p.done; // stdin is never closed: only the tool's stop ends the run
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'news-entities: stdin line 2: record is over --max-bytes 1 KB\n' +
        'news-entities: stdin: line 2 has no end within 16 KB (16 times --max-bytes): stopped reading it\n',
    );
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).file)).toEqual(['a']);
    p.child.stdin.destroy();
  });
});

describe('rough edges of the command line', () => {
  test('-o takes the format from its extension, and refuses one it cannot tell', () => {
    const dir = tempDir();
    expect(run(['fixtures/articles', '-o', path.join(dir, 'out.ndjson')]).code).toBe(0);
    const lines = fs.readFileSync(path.join(dir, 'out.ndjson'), 'utf8').trim().split('\n');
    expect(lines).toHaveLength(5);
    expect(JSON.parse(lines[0]).schemaVersion).toBeDefined();
    expect(run(['fixtures/articles', '-o', path.join(dir, 'out.json')]).code).toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'out.json'), 'utf8'))).toHaveLength(5);
    const r = run(['fixtures/articles', '-o', path.join(dir, 'out.xyz')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot tell the format from the file's extension; give --format/);
    expect(fs.existsSync(path.join(dir, 'out.xyz'))).toBe(false);
    // An explicit --format wins over the extension.
    expect(run(['fixtures/articles', '--format', 'ndjson', '-o', path.join(dir, 'out.json')]).code).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'out.json'), 'utf8').trim().split('\n')).toHaveLength(5);
  });

  test('a folder with nothing to read says so and exits 1', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'notes.md'), 'Ann Cole said.');
    const r = run([dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`news-entities: ${dir}: no .txt files (see --ext)\n`);
  });

  test('a reader that leaves early ends --help and check quietly', () => {
    for (const args of [['--help'], ['check', 'fixtures/dev']]) {
      const r = spawnSync('sh', ['-c', `node ${JSON.stringify(path.join(ROOT, 'bin', 'news-entities.js'))} ${args.join(' ')} | head -1`], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      expect(r.stderr).toBe('');
      expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    }
  });
});
