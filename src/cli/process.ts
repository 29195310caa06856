// One file -> its document, in this thread (used by `check`, which runs on a small folder).
import { InputError } from '../input/decode.js';
import { readInput, reasonOf, type InputFile } from '../input/files.js';
import { articleText } from '../input/text.js';
import { extractSafely } from './safe-extract.js';
import type { ExtractOptions } from '../pipeline.js';
import type { Document } from '../schema/document.js';

export type Outcome = { file: string; doc: Document; text: string } | { file: string; error: string; bug?: boolean };

export type ExtractSettings = Omit<ExtractOptions, 'file'>;

export async function processFile(file: InputFile, settings: ExtractSettings, debug = false, maxBytes = Infinity): Promise<Outcome> {
  let text: string;
  try {
    text = articleText(await readInput(file, maxBytes));
  } catch (e) {
    return { file: file.path, error: e instanceof InputError ? e.message : reasonOf(e) };
  }
  const r = extractSafely({ text, file: file.path, types: settings.types ? [...settings.types] : undefined, referenceDate: settings.referenceDate, debug });
  return 'doc' in r ? { file: file.path, doc: r.doc, text } : { file: file.path, error: r.error, bug: true };
}
