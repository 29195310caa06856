#!/usr/bin/env node
// Does one article's cost grow linearly with its size? For four shapes of text (real article
// text, many short lines, no sentence punctuation, a repeated honorific) at 50, 100, 200, 400
// and 800 KB, runs the built binary on the one article (--jobs 1) and prints its time and peak
// RSS, and the growth per doubling of size (time past start-up). Linear is 2x; the check is
// that no doubling costs more than 2.3x.
//   npm run bench:scaling [-- --sizes 50,100,200]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const BIN = path.join(ROOT, 'bin', 'news-entities.js');
const sizesArg = process.argv.indexOf('--sizes');
const SIZES = (sizesArg > 0 ? process.argv[sizesArg + 1] : '50,100,200,400,800').split(',').map(Number);
const LIMIT = 2.3;

const articles = ['fixtures/articles', 'fixtures/dev/articles', 'fixtures/own/articles']
  .flatMap((d) => fs.readdirSync(path.join(ROOT, d)).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(ROOT, d, f), 'utf8')));
const realText = articles.join('\n\n');
const fill = (unit, kb) => {
  let s = '';
  while (s.length < kb * 1000) s += unit;
  return s.slice(0, kb * 1000);
};
const SHAPES = {
  'real text': (kb) => fill(`${realText}\n\n`, kb),
  'short lines': (kb) => fill('Markets\nWorld News\nx\n', kb),
  'no punctuation': (kb) => fill(`${realText.replace(/[.!?]/g, '')} `, kb),
  'repeated honorific': (kb) => fill('Mr. ', kb),
};

function peakOf(pid) {
  try {
    return Number(/VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

function measure(file) {
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(process.execPath, [BIN, '--format', 'ndjson', '--jobs', '1', '--no-progress', '--max-bytes', '20000000', file], { stdio: ['ignore', 'ignore', 'pipe'] });
    let peak = 0;
    let stderr = '';
    const timer = setInterval(() => (peak = Math.max(peak, peakOf(child.pid))), 20);
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ secs: (performance.now() - start) / 1000, peakMb: peak / 1024, code, stderr });
    });
  });
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ne-scaling-'));
const tiny = path.join(dir, 'tiny.txt');
fs.writeFileSync(tiny, 'Ann Cole said on Monday.\n');
const startup = Math.min(...(await Promise.all([measure(tiny)]).then((r) => r.map((x) => x.secs))), (await measure(tiny)).secs);
console.log(`start-up (a one-line article): ${startup.toFixed(2)} s`);
let worst = 0;
for (const [shape, make] of Object.entries(SHAPES)) {
  const rows = [];
  for (const kb of SIZES) {
    const file = path.join(dir, `${kb}.txt`);
    fs.writeFileSync(file, make(kb));
    const r = await measure(file);
    if (r.code !== 0) console.log(`  ${shape} ${kb} KB: exit ${r.code} ${r.stderr.trim()}`);
    rows.push({ kb, ...r });
  }
  const growth = rows.slice(1).map((r, i) => Math.max(0.001, r.secs - startup) / Math.max(0.001, rows[i].secs - startup));
  worst = Math.max(worst, ...growth);
  console.log(`${shape}:`);
  for (const [i, r] of rows.entries()) {
    console.log(`  ${String(r.kb).padStart(4)} KB  ${r.secs.toFixed(2).padStart(6)} s  ${r.peakMb.toFixed(0).padStart(5)} MB${i ? `  x${growth[i - 1].toFixed(2)} per doubling` : ''}`);
  }
}
fs.rmSync(dir, { recursive: true, force: true });
console.log(`worst growth per doubling: x${worst.toFixed(2)} (linear is x2.00; limit x${LIMIT})`);
process.exitCode = worst <= LIMIT ? 0 : 1;
