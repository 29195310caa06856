// CI mode: run on <dir>/articles, compare with <dir>/expected, show what appeared and vanished.
// An article at articles/sub/a.txt is compared with expected/sub/a.json, so two articles with
// the same name in different subfolders keep separate expected files. Expected files that no
// article answers are reported too: a fixture deleted without its expectation is a difference.
import fs from 'node:fs';
import path from 'node:path';
import type { ChalkInstance } from 'chalk';
import { resolveInputs } from '../input/files.js';
import { processFile } from './process.js';
import { DocumentSchema, type Document } from '../schema/document.js';
import { describeChange, diffDocuments, isSame, type FieldChange } from '../render/diff.js';
import { quotePath } from './quote.js';

export interface CheckOptions {
  update: boolean;
  referenceDate?: string;
  /** text: lines for a person; json: one report object for CI tools. */
  format?: 'text' | 'json';
}

export type ArticleStatus = 'match' | 'differ' | 'no-expected' | 'invalid-expected' | 'error' | 'updated';

export interface ArticleReport {
  /** The article, relative to the check folder ("articles/a.txt"). */
  article: string;
  /** Its expected file, relative to the check folder ("expected/a.json"). */
  expected: string;
  status: ArticleStatus;
  added?: string[];
  removed?: string[];
  changed?: FieldChange[];
  error?: string;
}

export interface CheckReport {
  dir: string;
  articles: ArticleReport[];
  /** Expected files with no article. */
  orphans: string[];
  differing: number;
  ok: boolean;
}

const rel = (dir: string, p: string) => path.relative(dir, p).split(path.sep).join('/');

/** Every expected file under the folder (none when it does not exist yet). */
async function expectedFiles(expectedDir: string): Promise<string[]> {
  if (!fs.existsSync(expectedDir)) return [];
  return (await resolveInputs([expectedDir], ['.json'])).files.map((f) => f.path);
}

async function checkArticle(dir: string, filePath: string, expectedPath: string, opts: CheckOptions, file: Parameters<typeof processFile>[0]): Promise<ArticleReport> {
  const base = { article: rel(dir, filePath), expected: rel(dir, expectedPath) };
  const result = await processFile(file, { referenceDate: opts.referenceDate });
  if ('error' in result) return { ...base, status: 'error', error: result.error };
  // The stored document names the article relative to the check folder, so it does not
  // depend on where the repository was cloned.
  const actual: Document = { ...result.doc, file: base.article };
  if (opts.update) {
    fs.mkdirSync(path.dirname(expectedPath), { recursive: true });
    fs.writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
    return { ...base, status: 'updated' };
  }
  let expected: Document;
  try {
    expected = DocumentSchema.parse(JSON.parse(fs.readFileSync(expectedPath, 'utf8')));
  } catch (e) {
    const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
    return { ...base, status: missing ? 'no-expected' : 'invalid-expected', error: missing ? 'missing (run check --update to create it)' : 'not a valid document' };
  }
  const diff = diffDocuments(expected, actual);
  return isSame(diff) ? { ...base, status: 'match' } : { ...base, status: 'differ', ...diff };
}

function printArticle(r: ArticleReport, c: ChalkInstance): void {
  const name = r.article.replace(/^articles\//, '');
  const w = (s: string) => process.stdout.write(s);
  switch (r.status) {
    case 'match':
      return void w(`${c.green('✓')} ${name}\n`);
    case 'updated':
      return;
    case 'error':
      return void process.stderr.write(`news-entities: ${quotePath(r.article)}: ${r.error}\n`);
    case 'no-expected':
    case 'invalid-expected':
      return void w(`${c.red('✗')} ${name}: expected file ${r.expected} ${r.error}\n`);
    case 'differ':
      w(`${c.red('✗')} ${name}\n`);
      for (const l of r.removed ?? []) w(c.red(`    - ${l}\n`));
      for (const l of r.added ?? []) w(c.green(`    + ${l}\n`));
      for (const ch of r.changed ?? []) w(c.yellow(`    ~ ${describeChange(ch)}\n`));
  }
}

export async function runCheck(dir: string, opts: CheckOptions, c: ChalkInstance): Promise<number> {
  const json = opts.format === 'json';
  const articlesDir = path.join(dir, 'articles');
  const expectedDir = path.join(dir, 'expected');
  if (!fs.existsSync(articlesDir)) {
    process.stderr.write(`news-entities: ${quotePath(dir)}: no articles/ folder (check expects ${path.join(dir, 'articles', '*.txt')})\n`);
    return 1;
  }
  const { files, problems } = await resolveInputs([articlesDir], ['.txt']);
  const report: CheckReport = { dir, articles: [], orphans: [], differing: 0, ok: true };
  for (const p of problems) report.articles.push({ article: rel(dir, p.path), expected: '', status: 'error', error: p.reason });
  if (opts.update) fs.mkdirSync(expectedDir, { recursive: true });
  const answered = new Set<string>();
  for (const file of files) {
    const inArticles = path.relative(articlesDir, file.path).replace(/\.txt$/i, '.json');
    const expectedPath = path.join(expectedDir, inArticles);
    answered.add(path.resolve(expectedPath));
    const r = await checkArticle(dir, file.path, expectedPath, opts, file);
    report.articles.push(r);
    if (!json) printArticle(r, c);
  }
  for (const p of await expectedFiles(expectedDir)) if (!answered.has(path.resolve(p))) report.orphans.push(rel(dir, p));
  report.differing = report.articles.filter((a) => a.status !== 'match' && a.status !== 'updated').length + (opts.update ? 0 : report.orphans.length);
  report.ok = report.differing === 0;

  if (json) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return report.ok ? 0 : 1;
  }
  for (const p of problems) process.stderr.write(`news-entities: ${quotePath(p.path)}: ${p.reason}\n`);
  for (const o of report.orphans) {
    process.stdout.write(opts.update ? c.yellow(`! ${o}: no article answers this expected file (left as it is)\n`) : `${c.red('✗')} ${o}: no article answers this expected file (delete it, or restore its article)\n`);
  }
  if (opts.update) {
    process.stdout.write(`updated ${files.length} expected file${files.length === 1 ? '' : 's'} in ${expectedDir}\n`);
    return problems.length ? 1 : 0;
  }
  const total = files.length + report.orphans.length;
  process.stdout.write(report.differing ? c.red(`${report.differing} of ${total} differ\n`) : c.green(`all ${total} match\n`));
  return report.ok ? 0 : 1;
}
