// The default command: paths -> documents -> table, JSON or NDJSON.
import type { Format } from './options.js';
import { resolveInputs } from '../input/files.js';
import { processFile, type ExtractSettings } from './process.js';
import { openOutput } from './output.js';
import { makeChalk } from '../render/color.js';
import { renderTable } from '../render/table.js';
import type { EntityType } from '../schema/document.js';

export interface ExtractCommandOptions {
  format: Format;
  output?: string;
  types?: EntityType[];
  referenceDate?: string;
  ext: string[];
  color: boolean;
  debug: boolean;
}

export const report = (path: string, reason: string) => process.stderr.write(`news-entities: ${path}: ${reason}\n`);

export async function runExtract(paths: string[], opts: ExtractCommandOptions): Promise<number> {
  const inputs = paths.length ? paths : ['-'];
  const { files, problems } = await resolveInputs(inputs, opts.ext);
  let failed = problems.length;
  for (const p of problems) report(p.path, p.reason);

  let closedEarly = false;
  const out = openOutput(opts.output, () => {
    closedEarly = true;
  });
  const c = makeChalk(out.stream, opts.color);
  const width = out.stream.isTTY && out.stream.columns ? out.stream.columns : 100;
  const settings: ExtractSettings = { types: opts.types, referenceDate: opts.referenceDate };

  let docs = 0;
  if (opts.format === 'json') await out.write('[');
  for (const file of files) {
    if (closedEarly) break;
    const result = await processFile(file, settings, opts.debug);
    if ('error' in result) {
      failed++;
      report(result.file, result.error);
      continue;
    }
    const json = JSON.stringify(result.doc);
    if (opts.format === 'json') await out.write(`${docs ? ',' : ''}\n${json}`);
    else if (opts.format === 'ndjson') await out.write(`${json}\n`);
    else await out.write(`${docs ? '\n' : ''}${renderTable(result.doc, c, width)}`);
    docs++;
  }
  if (opts.format === 'json' && !closedEarly) await out.write(docs ? '\n]\n' : ']\n');
  if (opts.format === 'table' && files.length > 1 && !closedEarly) {
    await out.write(c.dim(`\n${docs} of ${files.length + problems.length} inputs processed${failed ? `, ${failed} failed` : ''}\n`));
  }
  await out.close();
  return failed ? 1 : 0;
}
