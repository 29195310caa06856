// A worker thread of the pool: loads compromise and the lexicons once (on import), then runs
// pipeline.extract for each job it is sent. Nothing else happens in a worker.
import { parentPort } from 'node:worker_threads';
import { extractSafely } from './safe-extract.js';
import type { ExtractJob } from './engine.js';

parentPort?.on('message', (message: { id: number; job: ExtractJob }) => {
  parentPort!.postMessage({ id: message.id, result: extractSafely(message.job) });
});
