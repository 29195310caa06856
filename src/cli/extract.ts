// The default command: inputs -> documents -> table, JSON or NDJSON, streamed. Inputs are found
// lazily (a folder walk, or NDJSON records on stdin), up to a bounded number are in flight at
// once on the engine (worker threads), and documents are written in input
// order as soon as every earlier one is out, so memory does not grow with the number of files.
import fs from 'node:fs';
import { quotePath } from './quote.js';
import os from 'node:os';
import type { Readable } from 'node:stream';
import type { Format, InputKind } from './options.js';
import { readInput, walkInputs, reasonOf, type InputFile } from '../input/files.js';
import { InputError } from '../input/decode.js';
import { articleText, type HtmlMode } from '../input/text.js';
import { readRecords } from '../input/records.js';
import { poolEngine, type Engine, type ExtractResult } from './engine.js';
import { orderedMap } from './ordered.js';
import { openOutput } from './output.js';
import { makeProgress, type Progress } from './progress.js';
import { makeChalk } from '../render/color.js';
import { makeRenderer, type Renderer, type RenderContext } from '../render/stream.js';
import type { Document, EntityType } from '../schema/document.js';

export interface ExtractCommandOptions {
  format: Format;
  output?: string;
  types?: EntityType[];
  referenceDate?: string;
  ext: string[];
  color: boolean;
  debug: boolean;
  /** Worker threads; default: the number of cores (with 1, still one worker: heap cap and watchdog). */
  jobs?: number;
  input?: InputKind;
  maxBytes: number;
  /** true: --html, false: --no-html, undefined: detect. */
  html?: boolean;
  /** true: --progress, false: --no-progress, undefined: when stderr is a terminal. */
  progress?: boolean;
  /** Seconds an article may take (--timeout); default: by its size (see engine.budgetMs). */
  timeout?: number;
  /** Write each failed input as an {"file", "error"} record into the JSON / NDJSON output instead of stderr. */
  errorsAsRecords?: boolean;
  /** Builds the renderer instead of `format` (the summary command's, which accumulates). */
  renderWith?: (ctx: RenderContext) => Renderer | Promise<Renderer>;
}

export const report = (path: string, reason: string) => process.stderr.write(`news-entities: ${quotePath(path)}: ${reason}\n`);

// `line`: where an --input ndjson record sits in its source, so an error record can be matched
// to its input even when the record has no usable id.
type Where = { name: string; line?: number; id?: string };
type Item = (Where & { error: string }) | (Where & { file: InputFile }) | (Where & { text: string; date?: string });
type Outcome = (Where & { doc: Document; text?: string }) | (Where & { json: string }) | (Where & { error: string });

async function* fileItems(paths: string[], exts: string[], found: (n: number) => void): AsyncGenerator<Item> {
  for await (const item of walkInputs(paths, { exts, onListed: found })) {
    yield 'file' in item ? { name: item.file.path, file: item.file } : { name: item.problem.path, error: item.problem.reason };
  }
}

async function* recordItems(paths: string[], maxBytes: number, found: (n: number) => void): AsyncGenerator<Item> {
  for (const p of paths) {
    const label = p === '-' ? 'stdin' : p;
    let stream: Readable;
    if (p === '-') stream = process.stdin;
    else {
      try {
        const fd = await fs.promises.open(p, 'r');
        stream = fd.createReadStream();
      } catch (e) {
        yield { name: p, error: reasonOf(e) };
        continue;
      }
    }
    try {
      for await (const r of readRecords(stream, maxBytes)) {
        found(1);
        if ('error' in r) yield r.source ? { name: label, error: r.error } : { name: `${label} line ${r.line}`, line: r.line, id: r.id, error: r.error };
        else yield { name: r.id, line: r.line, id: r.id, text: r.text, date: r.date };
      }
    } catch (e) {
      yield { name: label, error: reasonOf(e) };
    } finally {
      if (p !== '-') stream.destroy();
    }
  }
}

/** Whether the documents go to a regular file (-o FILE, or stdout redirected to one). */
function toFile(output: string | undefined): boolean {
  if (output !== undefined) return true;
  try {
    return fs.fstatSync(1).isFile();
  } catch {
    return false;
  }
}

/** Whether `file` is the same file as one of `paths` (by real path; a file that does not exist yet is none). */
async function isOneOf(file: string, paths: string[]): Promise<boolean> {
  const real = async (p: string) => {
    try {
      return await fs.promises.realpath(p);
    } catch {
      return undefined;
    }
  };
  const target = await real(file);
  if (!target) return false;
  for (const p of paths) if (p !== '-' && (await real(p)) === target) return true;
  return false;
}

export async function runExtract(paths: string[], opts: ExtractCommandOptions): Promise<number> {
  const ndjsonInput = opts.input === 'ndjson';
  const inputs = paths.length ? paths : ['-'];
  const jobs = opts.jobs ?? os.availableParallelism();
  const htmlMode: HtmlMode = opts.html ?? 'auto';

  // Opening --output truncates it: never when it is one of the inputs named.
  if (opts.output && (await isOneOf(opts.output, inputs))) {
    process.stderr.write(`news-entities: ${quotePath(opts.output)}: the output file is also an input; refusing to overwrite it\n`);
    return 2;
  }
  let closedEarly = false;
  const out = openOutput(opts.output, () => {
    closedEarly = true;
  });
  const toTerminal = !!out.stream.isTTY;
  // By default the bar shows only when the documents go to a file: on a pipe the reader may be
  // a pager (`| less`) sharing the terminal, which a bar on stderr would draw over.
  const showProgress = opts.progress ?? (!!process.stderr.isTTY && !toTerminal && toFile(opts.output));
  const progress: Progress = await makeProgress(showProgress);
  const say = (name: string, reason: string) => progress.log(`news-entities: ${quotePath(name)}: ${reason}\n`);

  const c = makeChalk(out.stream, opts.color);
  const width = toTerminal && out.stream.columns ? out.stream.columns : 100;
  const renderer = await (opts.renderWith ?? ((ctx: RenderContext) => makeRenderer(opts.format, ctx)))({ c, width });
  // Only a renderer that shows the text (html) keeps it past extraction.
  const keepText = !!renderer.needsText;
  // Workers send documents as JSON text when the renderer only prints them.
  const serialize = renderer.documentJson !== undefined;
  // Error records go into the output only where the format can carry them; else stderr.
  const errorRecords = !!opts.errorsAsRecords && renderer.error !== undefined;

  const onFound = (n: number) => progress.found(n);
  let engine: Engine | undefined;
  // Always worker threads, --jobs 1 too: the heap cap and the watchdog need an article to run
  // where it can be stopped. Threads start as jobs need them.
  const getEngine = () => (engine ??= poolEngine(jobs, opts.timeout));

  // Files are read ahead concurrently, but handed to the workers in source order: a slow
  // article read early must not run before, and hold back, the ones before it.
  let lastTurn: Promise<void> = Promise.resolve();
  const job = async (item: Item): Promise<Outcome> => {
    const previous = lastTurn;
    let release!: () => void;
    lastTurn = new Promise<void>((resolve) => (release = resolve));
    try {
      if ('error' in item) return item;
      const where: Where = { name: item.name, line: item.line, id: item.id };
      let text: string;
      try {
        text = 'text' in item ? item.text : articleText(await readInput(item.file, opts.maxBytes));
      } catch (e) {
        return { ...where, error: e instanceof InputError ? e.message : reasonOf(e) };
      }
      // A record's own publication date wins over --reference-date.
      const referenceDate = ('date' in item && item.date) || opts.referenceDate;
      await previous;
      const pending: Promise<ExtractResult> = getEngine().run({ text, file: item.name, types: opts.types, referenceDate, html: htmlMode, debug: opts.debug, serialize });
      release();
      const r = await pending;
      if ('doc' in r) return { ...where, doc: r.doc, text: keepText ? text : undefined };
      return 'json' in r ? { ...where, json: r.json } : { ...where, error: r.error };
    } finally {
      release();
    }
  };

  const source = ndjsonInput ? recordItems(inputs, opts.maxBytes, onFound) : fileItems(inputs, opts.ext, onFound);
  const limit = Math.max(8, jobs * 4);


  let docs = 0;
  let total = 0;
  let failed = 0;
  try {
    await out.write(renderer.start());
    for await (const result of orderedMap(source, limit, job)) {
      total++;
      progress.done();
      if ('error' in result) {
        failed++;
        if (errorRecords) await out.write(renderer.error!({ file: result.name, line: result.line, id: result.id, error: result.error }));
        else say(result.name, result.error);
      } else {
        await out.write('json' in result ? renderer.documentJson!(result.json) : renderer.document(result.doc, result.text ?? ''));
        docs++;
      }
      if (closedEarly) break;
    }
    if (!closedEarly) await out.write(renderer.end({ documents: docs, inputs: total, failed }));
  } finally {
    progress.stop();
    await engine?.close();
    await out.close();
    // A reader that left early may leave stdin half-read: let the process end anyway.
    if (closedEarly && inputs.includes('-')) process.stdin.destroy();
  }
  if (out.error) {
    process.stderr.write(`news-entities: ${out.error}\n`);
    return 1;
  }
  return failed ? 1 : 0;
}
