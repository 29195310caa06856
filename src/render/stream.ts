// How documents become output, one format per renderer. The extract command streams: it asks
// for the opening, then one piece per document (or failed input) in input order, then the
// closing. A renderer keeps only what its closing needs, so memory stays bounded.
import type { ChalkInstance } from 'chalk';
import type { Document } from '../schema/document.js';
import type { Format } from '../cli/options.js';

/** An input that did not become a document, as written by --errors-as-records. */
export interface ErrorRecord {
  file: string;
  line?: number;
  id?: string;
  error: string;
}

export interface RenderContext {
  c: ChalkInstance;
  /** Columns of the terminal (or 100). */
  width: number;
}

export interface Renderer {
  /** Written before anything else. */
  start(): string;
  /** One document; `text` is the article's text, which its mention offsets index. */
  document(doc: Document, text: string): string;
  /**
   * One document given as its JSON text (JSON.stringify of the document), for formats that
   * only print it: when present, workers send that text instead of the object.
   */
  documentJson?(json: string): string;
  /** A failed input, for formats that can carry it (undefined: this format cannot). */
  error?(record: ErrorRecord): string;
  /** Written last, with the run's counts. */
  end(counts: { documents: number; inputs: number; failed: number }): string;
  /** Whether document() reads `text` (so the caller keeps it until then). */
  readonly needsText?: boolean;
}

function jsonRenderer(): Renderer {
  let n = 0;
  const element = (value: unknown) => `${n++ ? ',' : ''}\n${JSON.stringify(value)}`;
  return {
    start: () => '[',
    document: (doc) => element(doc),
    documentJson: (json) => `${n++ ? ',' : ''}\n${json}`,
    error: (record) => element(record),
    end: () => (n ? '\n]\n' : ']\n'),
  };
}

function ndjsonRenderer(): Renderer {
  return {
    start: () => '',
    document: (doc) => `${JSON.stringify(doc)}\n`,
    documentJson: (json) => `${json}\n`,
    error: (record) => `${JSON.stringify(record)}\n`,
    end: () => '',
  };
}

async function tableRenderer(ctx: RenderContext): Promise<Renderer> {
  // cli-table3 is loaded only when a table is asked for.
  const { renderTable } = await import('./table.js');
  let n = 0;
  return {
    start: () => '',
    document: (doc) => `${n++ ? '\n' : ''}${renderTable(doc, ctx.c, ctx.width)}`,
    end: ({ documents, inputs, failed }) =>
      inputs > 1 ? ctx.c.dim(`\n${documents} of ${inputs} inputs processed${failed ? `, ${failed} failed` : ''}\n`) : '',
  };
}

export async function makeRenderer(format: Format, ctx: RenderContext): Promise<Renderer> {
  switch (format) {
    case 'json':
      return jsonRenderer();
    case 'ndjson':
      return ndjsonRenderer();
    case 'table':
      return tableRenderer(ctx);
    case 'html':
      // Loaded only when asked for, like the table.
      return (await import('./html.js')).htmlRenderer();
    case 'csv':
      return (await import('./csv.js')).csvRenderer();
    case 'tsv':
      return (await import('./csv.js')).tsvRenderer();
    case 'mentions-csv':
      return (await import('./csv.js')).mentionsCsvRenderer();
  }
}
