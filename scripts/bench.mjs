#!/usr/bin/env node
// npm run bench [-- --articles N] [-- --raw-articles M] [-- --jobs J] [-- --keep]
//
// Builds a corpus of N articles (default 2,000: copies of fixtures/articles, fixtures/dev/articles
// and fixtures/own/articles) in a temp folder, then measures in one run:
//   raw    compromise + compromise-dates, single-threaded, in this process: per article nlp(text),
//          .people(), .organizations(), .money(), .dates(), each .out('array')  (over M articles,
//          default min(N, 2000): it is a rate, and 10,000 articles of raw compromise take minutes)
//   tool   the built binary, spawned: news-entities --format ndjson <corpus>
// and prints words per second of each (same word count: whitespace-separated tokens), their
// ratio, the tool's peak RSS (VmHWM of the process, which covers its worker threads), time to
// the first NDJSON line and --version time. It also checks that every article came out once.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'bin', 'news-entities.js');

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  if (i === -1) return fallback;
  const v = Number(process.argv[i + 1]);
  if (!Number.isInteger(v) || v < 1) {
    console.error(`bench: --${name} needs a whole number of 1 or more`);
    process.exit(2);
  }
  return v;
}
const N = arg('articles', 2000);
const RAW_N = Math.min(N, arg('raw-articles', Math.min(N, 2000)));
const JOBS = arg('jobs', 0);
const KEEP = process.argv.includes('--keep');

const sources = ['fixtures/articles', 'fixtures/dev/articles', 'fixtures/own/articles']
  .map((d) => path.join(ROOT, d))
  .filter((d) => fs.existsSync(d))
  .flatMap((d) => fs.readdirSync(d).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(d, f)));
if (!sources.length) {
  console.error('bench: no fixture articles found');
  process.exit(1);
}
const texts = sources.map((f) => fs.readFileSync(f, 'utf8'));
const wordsOf = (t) => (t.match(/\S+/g) ?? []).length;
const sourceWords = texts.map(wordsOf);

// The corpus: N files in folders of 1,000, each a copy of a fixture (round robin).
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-entities-bench-'));
let corpusWords = 0;
for (let i = 0; i < N; i++) {
  const sub = path.join(dir, `part${String(Math.floor(i / 1000)).padStart(3, '0')}`);
  if (i % 1000 === 0) fs.mkdirSync(sub);
  fs.writeFileSync(path.join(sub, `${String(i).padStart(6, '0')}.txt`), texts[i % texts.length]);
  corpusWords += sourceWords[i % texts.length];
}
const fmt = (n) => Math.round(n).toLocaleString('en-US');
console.log(`corpus: ${fmt(N)} articles, ${fmt(corpusWords)} words (${sources.length} distinct fixtures) in ${dir}`);
console.log(`machine: ${os.availableParallelism()} cores, ${os.cpus()[0]?.model ?? 'unknown CPU'}, node ${process.version}`);

// --version, median of 5.
const versionTimes = [];
for (let i = 0; i < 5; i++) {
  const t = performance.now();
  const r = spawnSync(process.execPath, [BIN, '--version'], { encoding: 'utf8' });
  versionTimes.push(performance.now() - t);
  if (r.status !== 0) throw new Error(`--version failed: ${r.stderr}`);
}
versionTimes.sort((a, b) => a - b);
const versionMs = versionTimes[2];

// The tool.
function readPeak(pid) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
    const rss = /VmRSS:\s+(\d+) kB/.exec(status);
    return Math.max(hwm ? +hwm[1] : 0, rss ? +rss[1] : 0);
  } catch {
    const r = spawnSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' });
    return Number(r.stdout.trim()) || 0;
  }
}

const toolArgs = [BIN, '--format', 'ndjson', '--no-progress', ...(JOBS ? ['--jobs', String(JOBS)] : []), dir];
const tool = await new Promise((resolve, reject) => {
  const start = performance.now();
  const child = spawn(process.execPath, toolArgs, { stdio: ['ignore', 'pipe', 'pipe'] });
  let peakKb = 0;
  let firstMs;
  let lines = 0;
  let rest = '';
  let stderr = '';
  const files = new Map();
  const sample = setInterval(() => (peakKb = Math.max(peakKb, readPeak(child.pid))), 50);
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk) => {
    firstMs ??= performance.now() - start;
    const parts = (rest + chunk).split('\n');
    rest = parts.pop();
    for (const line of parts) {
      if (!line) continue;
      lines++;
      const file = JSON.parse(line).file;
      files.set(file, (files.get(file) ?? 0) + 1);
    }
  });
  child.stderr.on('data', (d) => (stderr += d));
  child.on('error', reject);
  child.on('exit', () => peakKb = Math.max(peakKb, readPeak(child.pid)));
  child.on('close', (code) => {
    clearInterval(sample);
    resolve({ code, secs: (performance.now() - start) / 1000, peakKb, firstMs, lines, files, stderr });
  });
});
// Raw compromise, single-threaded, in this process. It runs after the tool so that the tool's
// time to first output is not measured beside a parent process that has just worked for a minute.
const { default: nlp } = await import('compromise');
const { default: datesPlugin } = await import('compromise-dates');
nlp.plugin(datesPlugin);
let rawWords = 0;
const rawStart = performance.now();
for (let i = 0; i < RAW_N; i++) {
  const text = texts[i % texts.length];
  const doc = nlp(text);
  doc.people().out('array');
  doc.organizations().out('array');
  doc.money().out('array');
  doc.dates().out('array');
  rawWords += sourceWords[i % texts.length];
}
const rawSecs = (performance.now() - rawStart) / 1000;
const rawRate = rawWords / rawSecs;
console.log(`raw compromise: ${fmt(RAW_N)} articles in ${rawSecs.toFixed(1)} s = ${fmt(rawRate)} words/s (1 thread)`);

if (tool.code !== 0) console.log(`tool exited ${tool.code}: ${tool.stderr.slice(0, 2000)}`);
const toolRate = corpusWords / tool.secs;
const once = tool.files.size === N && [...tool.files.values()].every((n) => n === 1) && tool.lines === N;
console.log(`tool: ${fmt(N)} articles in ${tool.secs.toFixed(1)} s = ${fmt(toolRate)} words/s (${JOBS || os.availableParallelism()} jobs, ${fmt(N / tool.secs)} articles/s)`);
console.log(`ratio tool/raw: ${(toolRate / rawRate).toFixed(2)}x`);
console.log(`peak RSS of the tool: ${(tool.peakKb / 1024).toFixed(0)} MB`);
console.log(`time to first NDJSON line: ${Math.round(tool.firstMs ?? NaN)} ms`);
console.log(`--version: ${Math.round(versionMs)} ms (median of 5)`);
console.log(`every article exactly once: ${once ? 'yes' : `NO (${tool.lines} lines, ${tool.files.size} distinct files)`}`);
console.log(
  JSON.stringify({
    articles: N,
    words: corpusWords,
    rawArticles: RAW_N,
    rawWordsPerSec: Math.round(rawRate),
    toolWordsPerSec: Math.round(toolRate),
    ratio: +(toolRate / rawRate).toFixed(2),
    peakRssMb: Math.round(tool.peakKb / 1024),
    firstLineMs: Math.round(tool.firstMs ?? -1),
    versionMs: Math.round(versionMs),
    exactlyOnce: once,
  }),
);
if (!KEEP) fs.rmSync(dir, { recursive: true, force: true });
process.exitCode = once && tool.code === 0 ? 0 : 1;
