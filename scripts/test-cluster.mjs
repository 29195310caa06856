#!/usr/bin/env node
// npm run test:cluster: news-entities as the map step of a real distributed engine.
//
// Builds 2,000 NDJSON records (the fixture articles repeated under distinct ids, with a few bad
// records, a blank line and a CRLF line among them), runs them
//   1. on one machine: node bin/news-entities.js --input ndjson --format ndjson --errors-as-records
//   2. through Dask distributed (examples/dask/extract.py, a LocalCluster of 2 worker processes)
//   3. through GNU parallel (examples/parallel/extract.sh, -j2)
// and checks that 2 and 3 answer every record exactly once (a document or an error record), with
// no duplicates, and that every document is byte-identical to the one-machine run's. Then it makes
// Dask partitions fail (an exception half way, a worker killed half way, an exception after the
// files are written) and checks the retried output has no duplicates; that a folder of .txt files
// gives the documents the tool gives on that folder; that a tool failure (exit 2) fails a partition
// and the run; and that parallel never splits a record. It prints the wall-clock times and ratios.
//
// Installs what it needs when missing (apt-get install python3-distributed python3-dask parallel;
// needs root, as in CI). Uses /usr/bin/python3 (Debian's, with Debian's dask), whatever python3 is
// first on PATH. Expects the build (dist/) to exist; builds it when it does not.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PYTHON = '/usr/bin/python3';
const TOOL = `node ${JSON.stringify(path.join(root, 'bin', 'news-entities.js'))}`;
const TIMEOUT_MS = 15 * 60 * 1000; // per command; a hang fails the test instead of CI
const RECORDS = 2000;
const WORKERS = 2;
// Dask partitions and parallel blocks: a quarter of the input each, so two rounds per worker.
// (Each process costs ~3 s of CPU to start and warm up: much smaller pieces would measure
// start-up more than extraction. See examples/README.md on sizing.)
const PIECES = 4;

const failures = [];
const check = (ok, message) => {
  if (!ok) {
    failures.push(message);
    console.log(`  FAIL: ${message}`);
  }
  return ok;
};
const step = (title) => console.log(`\n== ${title}`);
const shown = (args) => args.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');

/** Run a command, show it, time it; stdout to a file when `stdoutFile` is given, captured when `quiet`. */
function run(cmd, args, { cwd = root, stdoutFile, env, quiet } = {}) {
  if (!quiet) console.log(`$ ${shown([cmd, ...args])}${stdoutFile ? ` > ${path.relative(cwd, stdoutFile)}` : ''}`);
  const out = stdoutFile ? fs.openSync(stdoutFile, 'w') : quiet ? 'pipe' : 'inherit';
  const started = process.hrtime.bigint();
  const r = spawnSync(cmd, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', out, quiet ? 'pipe' : 'inherit'],
    timeout: TIMEOUT_MS,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (stdoutFile) fs.closeSync(out);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.error) throw new Error(`${cmd}: ${r.error.message}`);
  return { status: r.status, signal: r.signal, stdout: r.stdout ? r.stdout.toString() : '', seconds };
}

// ---------------------------------------------------------------------------------------------
// 0. What the test needs: Debian's dask/distributed and GNU parallel, and the build.
// ---------------------------------------------------------------------------------------------
function haveDeps() {
  const py = spawnSync(PYTHON, ['-c', 'import dask.bag, dask.bytes, distributed'], { stdio: 'ignore' });
  const par = spawnSync('parallel', ['--version'], { encoding: 'utf8' });
  return py.status === 0 && par.status === 0 && /GNU parallel/.test(par.stdout);
}

function ensureDeps() {
  step('dependencies: python3-distributed, python3-dask, parallel (Debian)');
  if (haveDeps()) {
    console.log(`already installed (${run(PYTHON, ['-c', 'import dask, distributed; print("dask", dask.__version__, "distributed", distributed.__version__)'], { quiet: true }).stdout.trim()})`);
    return;
  }
  if (process.getuid && process.getuid() !== 0) {
    console.error('test-cluster: missing packages; as root: apt-get install -y python3-distributed python3-dask parallel');
    process.exit(1);
  }
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  // Wait for another apt/dpkg run (up to 10 minutes) instead of failing on its lock.
  const install = ['-o', 'DPkg::Lock::Timeout=600', 'install', '-y', 'python3-distributed', 'python3-dask', 'parallel'];
  if (run('apt-get', install, { env }).status !== 0) {
    console.log('install failed; updating the package lists and trying again');
    run('apt-get', ['-o', 'DPkg::Lock::Timeout=600', 'update'], { env });
    run('apt-get', install, { env });
  }
  if (!haveDeps()) {
    console.error(`test-cluster: still missing ${PYTHON} with dask and distributed, or GNU parallel, after apt-get`);
    process.exit(1);
  }
}

function ensureBuild() {
  if (fs.existsSync(path.join(root, 'dist', 'cli', 'main.js'))) return;
  step('no build: npm run build');
  if (run('npm', ['run', 'build', '--silent']).status !== 0) {
    console.error('test-cluster: the build failed');
    process.exit(1);
  }
}

// ---------------------------------------------------------------------------------------------
// 1. The records.
// ---------------------------------------------------------------------------------------------
/** 2,000 records (and one blank line); returns the input lines, as written. */
function makeRecords(file) {
  const texts = ['fixtures/articles', 'fixtures/dev/articles'].flatMap((dir) =>
    fs.readdirSync(path.join(root, dir)).filter((f) => f.endsWith('.txt')).sort()
      .map((f) => ({ name: f, text: fs.readFileSync(path.join(root, dir, f), 'utf8') })));
  if (texts.length === 0) throw new Error('no fixture articles');
  const bad = {
    137: '{"id": "bad-json-137", "text": "an unterminated string',
    555: JSON.stringify({ id: 'no-text-555' }),
    901: JSON.stringify({ id: 'bad-date-901', text: texts[0].text, date: '2024-02-30' }),
    1024: JSON.stringify({ id: 'bad-date-1024', text: texts[1].text, date: 'yesterday' }),
    1333: 'not JSON at all',
    1666: JSON.stringify({ text: 'a record without an id' }),
    1999: JSON.stringify({ id: 'no-text-1999', text: 42 }), // the very last line
  };
  const lines = [];
  for (let i = 0; i < RECORDS; i++) {
    if (i === 1500) lines.push(''); // a blank line: skipped, not answered
    if (bad[i]) {
      lines.push(bad[i]);
      continue;
    }
    const { name, text } = texts[i % texts.length];
    const record = { id: i % 97 === 0 ? i : `r${String(i).padStart(4, '0')}/${name}`, text };
    // Every fifth record carries its publication date: relative dates resolve against it.
    if (i % 5 === 0) record.date = new Date(Date.UTC(2023, i % 12, 1 + (i % 28))).toISOString().slice(0, 10);
    lines.push(JSON.stringify(record) + (i === 1200 ? '\r' : '')); // one CRLF line
  }
  fs.writeFileSync(file, lines.join('\n') + '\n');
  return lines;
}

/** The answers of the one-machine run: per non-blank input line, in order, its raw output line. */
function readAnswers(file) {
  const text = fs.readFileSync(file, 'utf8');
  return text === '' ? [] : text.replace(/\n$/, '').split('\n');
}

// ---------------------------------------------------------------------------------------------
// A scheduler and two workers in processes of their own, as on a cluster (on 127.0.0.1).
// ---------------------------------------------------------------------------------------------
const clusterProcs = [];
async function startCluster() {
  const file = inWork('scheduler.json');
  const start = (args, log) => {
    console.log(`$ ${shown([PYTHON, ...args])} 2> ${log} &`);
    // A process group of its own, so that stopping it stops the worker processes it starts.
    const p = spawn(PYTHON, args, { cwd: work, detached: true, stdio: ['ignore', 'ignore', fs.openSync(inWork(log), 'w')] });
    clusterProcs.push(p);
  };
  start(['-m', 'distributed.cli.dask_scheduler', '--host', '127.0.0.1', '--port', '0', '--no-dashboard', '--scheduler-file', file], 'scheduler.log');
  for (let i = 0; i < 300 && !fs.existsSync(file); i++) await new Promise((r) => setTimeout(r, 100));
  if (!fs.existsSync(file)) throw new Error(`the scheduler did not start; see ${inWork('scheduler.log')}`);
  start(['-m', 'distributed.cli.dask_worker', '--host', '127.0.0.1', '--nworkers', String(WORKERS), '--nthreads', '1', '--no-dashboard', '--scheduler-file', file], 'workers.log');
  return JSON.parse(fs.readFileSync(file, 'utf8')).address;
}
async function stopCluster() {
  for (const p of clusterProcs.reverse()) {
    if (p.exitCode !== null || p.signalCode !== null) continue;
    const exited = new Promise((r) => p.once('exit', r));
    process.kill(-p.pid, 'SIGTERM');
    const timer = setTimeout(() => process.kill(-p.pid, 'SIGKILL'), 10000);
    await exited;
    clearTimeout(timer);
  }
  clusterProcs.length = 0;
}
process.on('exit', () => {
  for (const p of clusterProcs) if (p.exitCode === null && p.signalCode === null) try { process.kill(-p.pid, 'SIGKILL'); } catch {}
});

// ---------------------------------------------------------------------------------------------
// Checks.
// ---------------------------------------------------------------------------------------------
/**
 * Compare a Dask output folder with the reference. `ref`: { docs: Map id -> raw line, in input
 * order; errors: Map line -> parsed error record }; `label`: the input file's name as passed.
 */
function checkDaskOutput(outDir, ref, label, what) {
  const names = fs.readdirSync(outDir).sort();
  const parts = names.filter((n) => /^part-\d{5}\.ndjson$/.test(n));
  const errorFiles = names.filter((n) => /^errors-\d{5}\.ndjson$/.test(n));
  const leftovers = names.filter((n) => !/^(part|errors)-\d{5}\.ndjson$|^summary\.json$/.test(n));
  check(leftovers.length === 0, `${what}: files left in the output folder: ${leftovers.join(', ')}`);

  const seen = new Map();
  const order = [];
  let differing = 0;
  for (const p of parts) {
    for (const raw of readAnswers(path.join(outDir, p))) {
      const doc = JSON.parse(raw);
      const id = doc.file;
      if (!check(!seen.has(id), `${what}: document "${id}" appears twice (${seen.get(id)} and ${p})`)) continue;
      seen.set(id, p);
      order.push(id);
      if (!ref.docs.has(id)) {
        check(false, `${what}: document "${id}" (${p}) is not in the one-machine run`);
      } else if (raw !== ref.docs.get(id)) {
        differing++;
        if (differing <= 3) {
          const same = isDeepStrictEqual(JSON.parse(raw), JSON.parse(ref.docs.get(id)));
          check(false, `${what}: document "${id}" differs from the one-machine run (${same ? 'same JSON value, other bytes' : 'different JSON value'})`);
        }
      }
    }
  }
  check(differing === 0, `${what}: ${differing} documents differ from the one-machine run`);
  const missing = [...ref.docs.keys()].filter((id) => !seen.has(id));
  check(missing.length === 0, `${what}: ${missing.length} documents missing, e.g. ${missing.slice(0, 3).join(', ')}`);
  check(isDeepStrictEqual(order, [...ref.docs.keys()].filter((id) => seen.has(id))),
    `${what}: part-*.ndjson in name order are not in input order`);

  const errLines = new Set();
  for (const f of errorFiles) {
    for (const raw of readAnswers(path.join(outDir, f))) {
      const e = JSON.parse(raw);
      if (!check(!errLines.has(e.line), `${what}: error record for line ${e.line} appears twice`)) continue;
      errLines.add(e.line);
      const want = ref.errors.get(e.line);
      if (check(want !== undefined, `${what}: error record for line ${e.line} (${f}) not in the one-machine run`)) {
        check(isDeepStrictEqual(e, { ...want, file: `${label} line ${want.line}` }),
          `${what}: error record ${raw} differs from the one-machine run's ${JSON.stringify(want)}`);
      }
    }
  }
  const missingErrors = [...ref.errors.keys()].filter((l) => !errLines.has(l));
  check(missingErrors.length === 0, `${what}: error records missing for lines ${missingErrors.join(', ')}`);

  const summary = JSON.parse(fs.readFileSync(path.join(outDir, 'summary.json'), 'utf8'));
  check(summary.recordsIn === ref.docs.size + ref.errors.size, `${what}: summary.recordsIn ${summary.recordsIn}, expected ${ref.docs.size + ref.errors.size}`);
  check(summary.documents === ref.docs.size, `${what}: summary.documents ${summary.documents}, expected ${ref.docs.size}`);
  check(summary.errors === ref.errors.size, `${what}: summary.errors ${summary.errors}, expected ${ref.errors.size}`);
  check(summary.failedPartitions.length === 0, `${what}: failed partitions ${JSON.stringify(summary.failedPartitions)}`);
  console.log(`  ${what}: ${parts.length} part files, ${seen.size} documents, ${errLines.size} error records` +
    `${summary.retriedPartitions.length ? `, retried partitions ${summary.retriedPartitions.join(', ')}` : ''}`);
  return summary;
}

/** Compare a stream of answers (parallel's output) with the reference, line for line. */
function checkPositional(answers, refAnswers, what) {
  check(answers.length === refAnswers.length, `${what}: ${answers.length} output lines for ${refAnswers.length} non-blank input lines`);
  const ids = new Set();
  let bad = 0;
  for (let i = 0; i < Math.min(answers.length, refAnswers.length); i++) {
    const got = JSON.parse(answers[i]);
    const want = JSON.parse(refAnswers[i]);
    let ok;
    if ('schemaVersion' in want) {
      ok = answers[i] === refAnswers[i];
      if (!check(!ids.has(got.file), `${what}: document "${got.file}" appears twice`)) bad++;
      ids.add(got.file);
    } else {
      // An error record counts lines within its block: compare what it says, not where.
      ok = got.error === want.error && got.id === want.id && /^stdin line \d+$/.test(got.file);
    }
    if (!ok && ++bad <= 3) check(false, `${what}: output line ${i + 1} ${answers[i].slice(0, 120)} differs from the one-machine run's ${refAnswers[i].slice(0, 120)}`);
  }
  check(bad === 0, `${what}: ${bad} output lines differ from the one-machine run`);
  console.log(`  ${what}: ${answers.length} output lines, ${answers.filter((a) => a.startsWith('{"schemaVersion"')).length} documents`);
}

// ---------------------------------------------------------------------------------------------
// The run.
// ---------------------------------------------------------------------------------------------
ensureDeps();
ensureBuild();
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ne-cluster-'));
const inWork = (name) => path.join(work, name);
console.log(`\nworking in ${work}, ${os.cpus().length} cores, node ${process.version}`);
const extractPy = path.join(root, 'examples', 'dask', 'extract.py');
const extractSh = path.join(root, 'examples', 'parallel', 'extract.sh');

step(`${RECORDS} records`);
const inputLines = makeRecords(inWork('records.ndjson'));
const nonBlank = inputLines.map((l, i) => ({ line: i + 1, raw: l })).filter((l) => l.raw.trim() !== '');
const inputBytes = fs.statSync(inWork('records.ndjson')).size;
// dask.bytes makes floor(size / blocksize) blocks; parallel cuts a block at the first newline
// after --block bytes: with this size both make PIECES pieces (parallel perhaps one more, tiny).
const PARTITION = String(Math.floor(inputBytes / PIECES));
console.log(`records.ndjson: ${inputLines.length} lines, ${nonBlank.length} records, ${inputBytes} bytes`);

step('1. one machine: one process, --jobs = the number of cores');
const single = run('node', [path.join(root, 'bin', 'news-entities.js'), '--input', 'ndjson', '--format', 'ndjson', '--errors-as-records', 'records.ndjson'],
  { cwd: work, stdoutFile: inWork('single.ndjson') });
check(single.status === 1, `one machine: exit code ${single.status} (signal ${single.signal}), expected 1 (some records fail)`);
const refAnswers = readAnswers(inWork('single.ndjson'));
const ref = { docs: new Map(), errors: new Map() };
refAnswers.forEach((raw, i) => {
  const a = JSON.parse(raw);
  if ('schemaVersion' in a) {
    check(!ref.docs.has(a.file), `one machine: document "${a.file}" twice`);
    ref.docs.set(a.file, raw);
  } else {
    check(a.line === nonBlank[i]?.line, `one machine: answer ${i + 1} is an error for line ${a.line}, expected line ${nonBlank[i]?.line}`);
    ref.errors.set(a.line, a);
  }
});
check(refAnswers.length === nonBlank.length, `one machine: ${refAnswers.length} output lines for ${nonBlank.length} records`);
check(ref.errors.size === 7, `one machine: ${ref.errors.size} error records, expected the 7 bad records`);
console.log(`  ${ref.docs.size} documents, ${ref.errors.size} error records, ${single.seconds.toFixed(1)} s`);
if (failures.length) {
  console.error(`\ntest-cluster: the one-machine run is not usable as a reference (${work} kept)`);
  process.exit(1);
}

step(`2. Dask: LocalCluster of ${WORKERS} worker processes x 1 thread, partitions of ${PARTITION} bytes`);
const dask = run(PYTHON, [extractPy, '--workers', String(WORKERS), '--partition-size', PARTITION, '--command', TOOL, '-o', 'dask-out', 'records.ndjson'], { cwd: work });
check(dask.status === 1, `Dask: exit code ${dask.status}, expected 1 (some records are error records)`);
const daskSummary = checkDaskOutput(inWork('dask-out'), ref, 'records.ndjson', 'Dask');

step('2b. Dask retries: partition 1 raises half way, partition 2 kills its worker half way, partition 3 raises after writing');
// The first 240 lines, in small partitions, into a folder holding stale files of an earlier run.
const RETRY_LINES = 240;
fs.writeFileSync(inWork('retry.ndjson'), inputLines.slice(0, RETRY_LINES).join('\n') + '\n');
fs.mkdirSync(inWork('retry-out'));
fs.writeFileSync(inWork('retry-out/part-00042.ndjson'), refAnswers[0] + '\n'); // from a run with more partitions
fs.writeFileSync(inWork('retry-out/errors-00002.ndjson'), '{"file":"stale","error":"stale"}\n');
const retry = run(PYTHON, [extractPy, '--workers', String(WORKERS), '--partition-size', '100KB', '--retries', '2',
  '--fail-once', '1:partial,2:crash,3:after-write', '--command', TOOL, '-o', 'retry-out', 'retry.ndjson'], { cwd: work });
check(retry.status === 1, `Dask retries: exit code ${retry.status}, expected 1`);
// The reference restricted to those lines.
const retryRef = { docs: new Map(), errors: new Map([...ref.errors].filter(([line]) => line <= RETRY_LINES)) };
refAnswers.forEach((raw, i) => {
  if (nonBlank[i].line <= RETRY_LINES && raw.startsWith('{"schemaVersion"')) retryRef.docs.set(JSON.parse(raw).file, raw);
});
const retrySummary = checkDaskOutput(inWork('retry-out'), retryRef, 'retry.ndjson', 'Dask retries');
for (const k of [1, 2, 3]) {
  const p = retrySummary.perPartition.find((s) => s.partition === k);
  check(p && p.attempt >= 2, `Dask retries: partition ${k} was not retried (attempt ${p?.attempt})`);
}

step('2c. Dask: a folder of .txt files (nested, Windows-1252, UTF-16, empty, binary, hidden, .md),\n' +
  '   on a scheduler and workers started separately (dask-scheduler, dask-worker), as on a cluster');
// Compared with the tool run on the same folder: `news-entities --format ndjson .` inside it
// names each document by its path relative to the folder, as extract.py's record ids do.
const folder = inWork('folder');
fs.mkdirSync(path.join(folder, 'sub', 'deeper'), { recursive: true });
fs.mkdirSync(path.join(folder, '.hidden'));
const articles = fs.readdirSync(path.join(root, 'fixtures', 'dev', 'articles')).filter((f) => f.endsWith('.txt')).sort();
articles.forEach((f, i) => fs.copyFileSync(path.join(root, 'fixtures', 'dev', 'articles', f),
  path.join(folder, ['', 'sub', 'sub/deeper'][i % 3], f)));
fs.writeFileSync(path.join(folder, 'cp1252.txt'), Buffer.from('Caf\xe9 owner Mr. Jean Dupont said \x93we will grow\x94 on Monday, \x80 2 million.', 'latin1'));
fs.writeFileSync(path.join(folder, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('President Joe Biden met Acme Corp. on 3 May 2024.', 'utf16le')]));
fs.writeFileSync(path.join(folder, 'bom.txt'), '\ufeffDr. Jane Smith joined the World Health Organization.');
fs.writeFileSync(path.join(folder, 'empty.txt'), '');
fs.writeFileSync(path.join(folder, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]));
fs.writeFileSync(path.join(folder, '.hidden', 'skipped.txt'), 'not read');
fs.writeFileSync(path.join(folder, 'notes.md'), 'not read');
const folderRef = run('node', [path.join(root, 'bin', 'news-entities.js'), '--format', 'ndjson', '--errors-as-records', '.'], { cwd: folder, stdoutFile: inWork('folder-single.ndjson') });
check(folderRef.status === 1, `folder, one machine: exit code ${folderRef.status}, expected 1 (image.txt is binary)`);
const address = await startCluster();
const folderRun = run(PYTHON, [extractPy, '--scheduler', address, '--partition-records', '6', '--command', TOOL, '-o', 'folder-out', 'folder'], { cwd: work });
await stopCluster();
check(folderRun.status === 1, `Dask, folder: exit code ${folderRun.status}, expected 1 (image.txt is binary)`);
{
  const refLines = readAnswers(inWork('folder-single.ndjson'));
  const outNames = fs.readdirSync(inWork('folder-out')).sort();
  const docs = outNames.filter((n) => n.startsWith('part-')).flatMap((n) => readAnswers(path.join(work, 'folder-out', n)));
  const errs = outNames.filter((n) => n.startsWith('errors-')).flatMap((n) => readAnswers(path.join(work, 'folder-out', n)));
  check(isDeepStrictEqual(docs, refLines.filter((l) => l.startsWith('{"schemaVersion"'))), 'Dask, folder: the documents differ from the one-machine run on the folder');
  check(isDeepStrictEqual(errs, refLines.filter((l) => !l.startsWith('{"schemaVersion"'))), `Dask, folder: error records ${errs.join(' ')} differ from the one-machine run's`);
  console.log(`  Dask, folder: ${docs.length} documents, ${errs.length} error records (${errs.join(' ')})`);
}

step('2d. Dask: a tool failure (exit 2) fails its partition, and the run (exit 3)');
fs.writeFileSync(inWork('small.ndjson'), inputLines.slice(0, 12).join('\n') + '\n');
const broken = run(PYTHON, [extractPy, '--workers', '1', '--retries', '1', '--command', `${TOOL} --no-such-option`, '-o', 'broken-out', 'small.ndjson'], { cwd: work });
check(broken.status === 3, `Dask with a failing tool: exit code ${broken.status}, expected 3`);
const brokenSummary = JSON.parse(fs.readFileSync(inWork('broken-out/summary.json'), 'utf8'));
check(brokenSummary.failedPartitions.length === 1 && /exit code 2/.test(brokenSummary.failedPartitions[0].error),
  `Dask with a failing tool: failedPartitions ${JSON.stringify(brokenSummary.failedPartitions)}`);
check(!fs.readdirSync(inWork('broken-out')).some((n) => n.startsWith('part-')), 'Dask with a failing tool: a part file was written');

step(`3. GNU parallel: -j${WORKERS} --block ${PARTITION}`);
const par = run('bash', [extractSh, '-j', String(WORKERS), '-b', PARTITION, '-c', TOOL, 'records.ndjson', 'parallel.ndjson'], { cwd: work });
check(par.status === 1, `parallel: exit code ${par.status}, expected 1 (some records are error records)`);
checkPositional(readAnswers(inWork('parallel.ndjson')), refAnswers, 'parallel');

step('3b. GNU parallel: blocks smaller than one record (--block 1k) still pass whole records');
const tiny = run('bash', [extractSh, '-j', String(WORKERS), '-b', '1k', '-c', TOOL, 'small.ndjson', 'tiny.ndjson'], { cwd: work });
check(tiny.status === 0, `parallel --block 1k: exit code ${tiny.status}, expected 0`);
checkPositional(readAnswers(inWork('tiny.ndjson')), refAnswers.slice(0, 12), 'parallel --block 1k');

step('3c. GNU parallel: a tool failure (exit 2) stops the run (exit 3), no output file');
const parBroken = run('bash', [extractSh, '-j', String(WORKERS), '-c', `${TOOL} --no-such-option`, 'small.ndjson', 'broken.ndjson'], { cwd: work });
check(parBroken.status === 3, `parallel with a failing tool: exit code ${parBroken.status}, expected 3`);
check(!fs.existsSync(inWork('broken.ndjson')), 'parallel with a failing tool: broken.ndjson was written');
check(!fs.readdirSync(work).some((n) => n.endsWith('.tmp')), 'parallel: a temporary file was left behind');

step(`timings (wall clock, ${RECORDS} records, ${os.cpus().length} cores)`);
const rate = (s) => `${(nonBlank.length / s).toFixed(1)} records/s`;
const row = (name, s) => console.log(`  ${name.padEnd(58)} ${s.toFixed(1).padStart(6)} s  ${rate(s).padStart(16)}  x${(single.seconds / s).toFixed(2)}`);
row('one machine (1 process, --jobs = cores)', single.seconds);
row(`Dask (LocalCluster ${WORKERS} workers, ${daskSummary.partitions} partitions, incl. start)`, dask.seconds);
row(`GNU parallel (-j${WORKERS}, --block ${PARTITION})`, par.seconds);
console.log('  (x = throughput against the one-machine run; above 1 is faster)');
console.log(`  load average now ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} (other processes on this machine skew the times)`);

if (failures.length) {
  console.error(`\ntest-cluster: ${failures.length} check(s) failed (files kept in ${work}):`);
  for (const f of failures) console.error(`  - ${f}`);
  process.exit(1);
}
fs.rmSync(work, { recursive: true, force: true });
console.log('\ntest-cluster: all checks passed');
