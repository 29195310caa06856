#!/usr/bin/env node
// Packs the project as npm would publish it, installs the tarball into a temporary prefix,
// and runs the installed `news-entities` from another folder on the fixture articles: its JSON
// must equal fixtures/expected. This is what a user who installs the package gets.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ne-pack-'));
const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

let failures = 0;
let passes = 0;
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (ok) passes++;
  else failures++;
};

try {
  // `npm pack` runs prepack, which builds dist/ from a clean tree.
  const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', work], root));
  const tarball = path.join(work, packed[0].filename);
  const files = packed[0].files.map((f) => f.path);
  check(files.includes('dist/cli/main.js'), 'tarball ships dist/');
  check(files.some((f) => f.startsWith('dist/lexicon/data/')), 'tarball ships the lexicon data');
  check(files.includes('dist/tagger/weights/tagger.bin.gz'), 'tarball ships the tagger weights');
  check(['LICENSE', 'NOTICE', 'README.md'].every((f) => files.includes(f)), 'tarball ships LICENSE, NOTICE and README.md');
  check(!files.some((f) => f.startsWith('test/') || f.startsWith('src/') || f.startsWith('fixtures/')), 'tarball leaves out sources, tests and fixtures');

  const prefix = path.join(work, 'prefix');
  npm(['install', '--global', '--prefix', prefix, '--no-audit', '--no-fund', tarball], work);
  const bin = path.join(prefix, 'bin', 'news-entities');
  check(fs.existsSync(bin), 'installed binary on the prefix PATH');

  // Run from a folder that is not the project, on copies of the fixture articles.
  const elsewhere = path.join(work, 'elsewhere');
  fs.mkdirSync(elsewhere);
  fs.cpSync(path.join(root, 'fixtures', 'articles'), path.join(elsewhere, 'articles'), { recursive: true });
  const r = spawnSync(bin, ['--format', 'json', 'articles'], { cwd: elsewhere, encoding: 'utf8' });
  check(r.status === 0, `installed news-entities exits 0 (got ${r.status}${r.stderr ? `: ${r.stderr.trim()}` : ''})`);
  const docs = r.status === 0 ? JSON.parse(r.stdout) : [];
  const expectedDir = path.join(root, 'fixtures', 'expected');
  const names = fs.readdirSync(expectedDir).filter((f) => f.endsWith('.json')).sort();
  check(docs.length === names.length, `one document per fixture article (${docs.length} of ${names.length})`);
  for (const name of names) {
    const expected = JSON.parse(fs.readFileSync(path.join(expectedDir, name), 'utf8'));
    const doc = docs.find((d) => path.basename(d.file, '.txt') === path.basename(name, '.json'));
    const strip = (d) => ({ ...d, file: path.basename(d.file) });
    check(!!doc && JSON.stringify(strip(doc)) === JSON.stringify(strip(expected)), `installed output equals fixtures/expected/${name}`);
  }
  const v = spawnSync(bin, ['--version'], { cwd: elsewhere, encoding: 'utf8' });
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  check(v.stdout.trim().split(' ')[0] === pkg.version, `--version prints ${pkg.version}`);
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
console.log(`pack: ${passes} passed, ${failures} failed`);
process.exitCode = failures ? 1 : 0;
