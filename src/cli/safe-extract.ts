// The one call into the pipeline, shared by the worker threads and `check` (which runs in this thread):
// text in, a document or the reason there is none out (never a throw, so a bug in one article
// cannot stop a run). This module loads compromise and the lexicons: import it lazily.
import { z } from 'zod';
import { extract } from '../pipeline.js';
import type { ExtractJob, ExtractOutcome } from './engine.js';

export function extractSafely(job: ExtractJob): ExtractOutcome {
  try {
    return { doc: extract(job.text, { file: job.file, types: job.types, referenceDate: job.referenceDate, html: job.html }) };
  } catch (e) {
    // The input was fine; the extractor or its schema check failed. That is our bug.
    const message =
      e instanceof z.ZodError
        ? `schema violation: ${z.prettifyError(e).replace(/\s*\n\s*/g, ' ')}`
        : e instanceof Error
          ? job.debug
            ? (e.stack ?? e.message)
            : e.message
          : String(e);
    return { error: `internal error: ${message}`, bug: true };
  }
}
