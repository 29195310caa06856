// CI mode: run on <dir>/articles, compare with <dir>/expected, show what appeared and vanished.
import fs from 'node:fs';
import path from 'node:path';
import type { ChalkInstance } from 'chalk';
import { resolveInputs } from '../input/files.js';
import { processFile } from './process.js';
import { DocumentSchema, type Document } from '../schema/document.js';
import { diffDocuments, isSame } from '../render/diff.js';
import { report } from './extract.js';

export interface CheckOptions {
  update: boolean;
  referenceDate?: string;
}

export async function runCheck(dir: string, opts: CheckOptions, c: ChalkInstance): Promise<number> {
  const articles = path.join(dir, 'articles');
  const expectedDir = path.join(dir, 'expected');
  if (!fs.existsSync(articles)) {
    report(dir, `no articles/ folder (check expects ${path.join(dir, 'articles', '*.txt')})`);
    return 1;
  }
  const { files, problems } = await resolveInputs([articles], ['.txt']);
  for (const p of problems) report(p.path, p.reason);
  let differing = problems.length;
  if (opts.update) fs.mkdirSync(expectedDir, { recursive: true });
  for (const file of files) {
    const name = path.basename(file.path).replace(/\.txt$/i, '');
    const expectedPath = path.join(expectedDir, `${name}.json`);
    const result = await processFile(file, { referenceDate: opts.referenceDate });
    if ('error' in result) {
      differing++;
      report(file.path, result.error);
      continue;
    }
    // The stored document names the article relative to the check folder, so it does not
    // depend on where the repository was cloned.
    const actual: Document = { ...result.doc, file: path.relative(dir, file.path).split(path.sep).join('/') };
    if (opts.update) {
      fs.writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
      continue;
    }
    let expected: Document;
    try {
      expected = DocumentSchema.parse(JSON.parse(fs.readFileSync(expectedPath, 'utf8')));
    } catch (e) {
      differing++;
      const why = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing (run check --update to create it)' : 'not a valid document';
      process.stdout.write(`${c.red('✗')} ${name}: expected file ${expectedPath} ${why}\n`);
      continue;
    }
    const diff = diffDocuments(expected, actual);
    if (isSame(diff)) {
      process.stdout.write(`${c.green('✓')} ${name}\n`);
      continue;
    }
    differing++;
    process.stdout.write(`${c.red('✗')} ${name}\n`);
    for (const l of diff.removed) process.stdout.write(c.red(`    - ${l}\n`));
    for (const l of diff.added) process.stdout.write(c.green(`    + ${l}\n`));
    if (diff.otherChange) process.stdout.write(c.yellow('    ~ same entities, different offsets or fields\n'));
  }
  if (opts.update) {
    process.stdout.write(`updated ${files.length} expected file${files.length === 1 ? '' : 's'} in ${expectedDir}\n`);
    return problems.length ? 1 : 0;
  }
  process.stdout.write(differing ? c.red(`${differing} of ${files.length} differ\n`) : c.green(`all ${files.length} match\n`));
  return differing ? 1 : 0;
}
