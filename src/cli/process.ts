// Files -> documents, in input order, each reported exactly once as a document or a problem.
import { decode, InputError } from '../input/decode.js';
import { readInput, reasonOf, type InputFile } from '../input/files.js';
import { extract, type ExtractOptions } from '../pipeline.js';
import type { Document } from '../schema/document.js';
import { z } from 'zod';

export type Outcome = { file: string; doc: Document; text: string } | { file: string; error: string; bug?: boolean };

export type ExtractSettings = Omit<ExtractOptions, 'file'>;

export async function processFile(file: InputFile, settings: ExtractSettings, debug = false): Promise<Outcome> {
  let text: string;
  try {
    text = decode(await readInput(file));
  } catch (e) {
    return { file: file.path, error: e instanceof InputError ? e.message : reasonOf(e) };
  }
  try {
    return { file: file.path, doc: extract(text, { ...settings, file: file.path }), text };
  } catch (e) {
    // The input was fine; the extractor or its schema check failed. That is our bug.
    const message =
      e instanceof z.ZodError
        ? `schema violation: ${z.prettifyError(e).replace(/\s*\n\s*/g, ' ')}`
        : e instanceof Error
          ? debug
            ? (e.stack ?? e.message)
            : e.message
          : String(e);
    return { file: file.path, error: `internal error: ${message}`, bug: true };
  }
}
