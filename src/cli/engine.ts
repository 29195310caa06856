// Runs pipeline.extract either in this thread or on a pool of worker threads (one per core by
// default). The rest of the CLI sees only `run(job) -> result`; whether workers exist is
// decided here. Nothing here loads compromise until the first job: --help stays fast.
import type { Worker } from 'node:worker_threads';
import type { Document, EntityType } from '../schema/document.js';
import type { HtmlMode } from '../input/text.js';

export interface ExtractJob {
  text: string;
  file: string;
  types?: EntityType[];
  referenceDate?: string;
  html?: HtmlMode;
  debug: boolean;
}

export type ExtractResult = { doc: Document } | { error: string; bug: true };

export interface Engine {
  /** False when extraction holds this thread: the caller then runs jobs in source order. */
  readonly parallel: boolean;
  run(job: ExtractJob): Promise<ExtractResult>;
  close(): Promise<void>;
}

/** In this thread: no start-up cost, one core. For a single input, --jobs 1 and `check`. */
export function inProcessEngine(): Engine {
  let safe: Promise<typeof import('./safe-extract.js')> | undefined;
  return {
    parallel: false,
    async run(job) {
      safe ??= import('./safe-extract.js');
      const { extractSafely } = await safe;
      // Extraction holds this thread: let the documents already finished be written first, so
      // a slow article never holds back the ones before it.
      await new Promise((resolve) => setImmediate(resolve));
      return extractSafely(job);
    },
    async close() {},
  };
}

// Per-thread heap limits. A small young generation keeps each thread's memory near what
// compromise itself needs (about 90 MB less for two threads than V8's default, for ~5% more
// CPU); the old-generation cap means one pathological article costs its worker, which is
// replaced, and that article is reported, instead of the machine's memory.
const RESOURCE_LIMITS = { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 16 };

interface Queued {
  id: number;
  job: ExtractJob;
  resolve: (r: ExtractResult) => void;
}

interface Slot {
  worker: Worker;
  /** Jobs sent and not yet answered, in the order sent (a worker answers in that order). */
  inFlight: Queued[];
}

// Jobs sent ahead to each worker: the next one waits in its message queue, so the worker
// starts it the moment it posts a result instead of idling while this thread writes output.
const DEPTH = 2;

/**
 * How many threads to start: one for each waiting job that no idle thread can take, never past
 * `limit` threads in all. So `--jobs 64` over 8 files starts 8 threads, and 2 over 2,000 start 2.
 */
export function threadsToStart(waiting: number, idle: number, live: number, limit: number): number {
  return Math.max(0, Math.min(waiting - idle, limit - live));
}

/**
 * A pool of `threads` workers (node:worker_threads), each loading compromise and the lexicons
 * once. The first thread starts with the first job; the others once it has answered.
 */
export function poolEngine(threads: number): Engine {
  const queue: Queued[] = [];
  const slots: Slot[] = [];
  let nextId = 0;
  let closing = false;
  let warm = false;
  let WorkerClass: typeof Worker | undefined;
  let ready: Promise<void> | undefined;

  const dispatch = () => {
    // Threads that died are replaced when there is work for them. A replacement gets a job at
    // once, so threads that cannot even load fail one job each instead of restarting forever.
    // Until the first thread has answered, only it runs: loading compromise takes a core for a
    // few hundred ms, and the first document should not wait for the others to load too.
    if (!closing) {
      const idle = slots.filter((x) => x.inFlight.length === 0).length;
      for (let n = threadsToStart(queue.length, idle, slots.length, warm ? threads : 1); n > 0; n--) slots.push(spawn());
    }
    // Until the first thread has answered, it gets one job at a time.
    const depth = warm ? DEPTH : 1;
    for (const slot of slots) {
      while (slot.inFlight.length < depth && queue.length) {
        const next = queue.shift()!;
        slot.inFlight.push(next);
        slot.worker.postMessage({ id: next.id, job: next.job });
      }
    }
  };
  const spawn = (): Slot => {
    const worker = new WorkerClass!(new URL('./worker.js', import.meta.url), { resourceLimits: RESOURCE_LIMITS, stdout: false, stderr: false });
    const slot: Slot = { worker, inFlight: [] };
    worker.on('message', (m: { id: number; result: ExtractResult }) => {
      warm = true;
      const k = slot.inFlight.findIndex((q) => q.id === m.id);
      if (k !== -1) slot.inFlight.splice(k, 1)[0].resolve(m.result);
      dispatch();
    });
    const fail = (why: string) => {
      // The job the thread was working on is the oldest one sent; the ones waiting behind it
      // go back to the front of the queue for another thread.
      const [current, ...waiting] = slot.inFlight;
      slot.inFlight = [];
      const i = slots.indexOf(slot);
      if (i !== -1) slots.splice(i, 1);
      queue.unshift(...waiting);
      current?.resolve({ error: `internal error: ${why}`, bug: true });
      dispatch();
    };
    worker.on('error', (e: Error & { code?: string }) =>
      fail(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'out of memory in a worker thread (see --max-bytes)' : e.message),
    );
    worker.on('exit', (code) => {
      if (slots.includes(slot)) fail(`worker thread exited with code ${code}`);
    });
    return slot;
  };
  const start = () =>
    (ready ??= import('node:worker_threads').then((wt) => {
      WorkerClass = wt.Worker;
      slots.push(spawn());
    }));

  return {
    parallel: true,
    async run(job) {
      await start();
      return new Promise<ExtractResult>((resolve) => {
        if (closing) return resolve({ error: 'cancelled', bug: true });
        queue.push({ id: nextId++, job, resolve });
        dispatch();
      });
    },
    async close() {
      closing = true;
      for (const q of queue.splice(0)) q.resolve({ error: 'cancelled', bug: true });
      await Promise.all(slots.splice(0).map((s) => s.worker.terminate()));
    },
  };
}
