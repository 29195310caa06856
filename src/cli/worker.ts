// A worker thread of the pool: loads compromise, the lexicons and the tagger once (on import),
// says it is ready (its jobs' time budgets start then, not while it loads), then runs
// pipeline.extract for each job it is sent. Nothing else happens in a worker.
import { parentPort } from 'node:worker_threads';
import { extractSafely } from './safe-extract.js';
import { shippedModel } from '../tagger/model.js';
import type { ExtractJob } from './engine.js';

shippedModel();
parentPort?.postMessage({ ready: true });
parentPort?.on('message', (message: { id: number; job: ExtractJob }) => {
  const result = extractSafely(message.job);
  parentPort!.postMessage({ id: message.id, result: message.job.serialize && 'doc' in result ? { json: JSON.stringify(result.doc) } : result });
});
