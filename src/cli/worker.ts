// A worker thread of the pool: loads compromise and the lexicons once (on import), then runs
// pipeline.extract for each job it is given. Nothing else happens in a worker.
import { extractSafely } from './safe-extract.js';
import type { ExtractJob, ExtractResult } from './engine.js';

export default function run(job: ExtractJob): ExtractResult {
  return extractSafely(job);
}
