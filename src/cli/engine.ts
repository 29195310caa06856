// Runs pipeline.extract on a pool of worker threads (one per core by default, one with --jobs 1),
// each with a heap cap and a watchdog: an article that exhausts its worker's memory or its time
// budget becomes an error line, its worker is replaced, and every other document is still
// written. The rest of the CLI sees only `run(job) -> result`. Nothing here loads compromise
// until the first job: --help stays fast.
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
  /**
   * Send the document back as its JSON text: for JSON output the main thread then neither
   * rebuilds the object from the message nor stringifies it again. It shares the cores with
   * the workers, so what it does not do, they can.
   */
  serialize?: boolean;
}

/** What pipeline.extract gives, never a throw. */
export type ExtractOutcome = { doc: Document } | { error: string; bug: boolean };
/** What a worker sends back: the outcome, or the document as JSON text when the job asked. */
export type ExtractResult = ExtractOutcome | { json: string };

export interface Engine {
  run(job: ExtractJob): Promise<ExtractResult>;
  close(): Promise<void>;
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
  /** When the worker began the oldest job in flight (the one it is working on). */
  startedAt: number;
  /** Ends the worker on the job it is working on, which gets `why` as its error. */
  timeout?: (why: string) => void;
  /** Loaded compromise and the model: time budgets run only from then on. */
  ready?: boolean;
}

/**
 * An article's time budget, in ms: 30 s, and 60 ms per KB on top (four times what the 2-core
 * development machine measures), so a 1 MB article has 90 s. `timeoutSeconds` (--timeout) sets
 * one budget for every article instead.
 */
export function budgetMs(characters: number, timeoutSeconds?: number): number {
  return timeoutSeconds !== undefined ? timeoutSeconds * 1000 : 30_000 + 60 * (characters / 1000);
}
const budgetText = (ms: number) => `${Number((ms / 1000).toFixed(1))} s`;

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
export function poolEngine(threads: number, timeoutSeconds?: number): Engine {
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
        if (!slot.inFlight.length && slot.ready) slot.startedAt = Date.now();
        slot.inFlight.push(next);
        slot.worker.postMessage({ id: next.id, job: next.job });
      }
    }
  };
  const spawn = (): Slot => {
    const worker = new WorkerClass!(new URL('./worker.js', import.meta.url), { resourceLimits: RESOURCE_LIMITS, stdout: false, stderr: false });
    const slot: Slot = { worker, inFlight: [], startedAt: Date.now() };
    worker.on('message', (m: { id: number; result: ExtractResult } | { ready: true }) => {
      if ('ready' in m) {
        // Loaded: the job it holds starts its clock now.
        slot.ready = true;
        slot.startedAt = Date.now();
        return;
      }
      warm = true;
      const k = slot.inFlight.findIndex((q) => q.id === m.id);
      if (k !== -1) slot.inFlight.splice(k, 1)[0].resolve(m.result);
      slot.startedAt = Date.now();
      dispatch();
    });
    const fail = (why: string, bug = true) => {
      // The job the thread was working on is the oldest one sent; the ones waiting behind it
      // go back to the front of the queue for another thread.
      const [current, ...waiting] = slot.inFlight;
      slot.inFlight = [];
      const i = slots.indexOf(slot);
      if (i !== -1) slots.splice(i, 1);
      queue.unshift(...waiting);
      current?.resolve(bug ? { error: `internal error: ${why}`, bug: true } : { error: why, bug: false });
      dispatch();
    };
    worker.on('error', (e: Error & { code?: string }) =>
      fail(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'out of memory in a worker thread (see --max-bytes)' : e.message),
    );
    worker.on('exit', (code) => {
      if (slots.includes(slot)) fail(`worker thread exited with code ${code}`);
    });
    slot.timeout = (why: string) => {
      fail(why, false);
      void worker.terminate();
    };
    return slot;
  };
  // The watchdog: an article past its budget becomes an error line and its worker is replaced;
  // the articles behind it go to other workers.
  let watchdog: NodeJS.Timeout | undefined;
  const watch = () => {
    const now = Date.now();
    for (const slot of [...slots]) {
      const current = slot.inFlight[0];
      if (!current || !slot.ready) continue;
      const budget = budgetMs(current.job.text.length, timeoutSeconds);
      if (now - slot.startedAt > budget) slot.timeout?.(`took longer than ${budgetText(budget)} (see --timeout)`);
    }
  };
  const start = () =>
    (ready ??= import('node:worker_threads').then((wt) => {
      WorkerClass = wt.Worker;
      slots.push(spawn());
      watchdog = setInterval(watch, timeoutSeconds !== undefined ? Math.min(1000, Math.max(20, timeoutSeconds * 250)) : 1000);
      watchdog.unref();
    }));

  return {
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
      if (watchdog) clearInterval(watchdog);
      for (const q of queue.splice(0)) q.resolve({ error: 'cancelled', bug: true });
      await Promise.all(slots.splice(0).map((s) => s.worker.terminate()));
    },
  };
}
