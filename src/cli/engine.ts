// Runs pipeline.extract either in this thread or on a pool of worker threads (one per core by
// default). The rest of the CLI sees only `run(job) -> result`; whether workers exist is
// decided here. Nothing here loads compromise until the first job: --help stays fast.
import type { Document, EntityType } from '../schema/document.js';

export interface ExtractJob {
  text: string;
  file: string;
  types?: EntityType[];
  referenceDate?: string;
  debug: boolean;
}

export type ExtractResult = { doc: Document } | { error: string; bug: true };

export interface Engine {
  run(job: ExtractJob): Promise<ExtractResult>;
  close(): Promise<void>;
}

/** In this thread: no start-up cost, one core. For a single input, --jobs 1 and `check`. */
export function inProcessEngine(): Engine {
  let safe: Promise<typeof import('./safe-extract.js')> | undefined;
  return {
    async run(job) {
      safe ??= import('./safe-extract.js');
      const { extractSafely } = await safe;
      return extractSafely(job);
    },
    async close() {},
  };
}

/** A pool of `threads` workers, each loading compromise and the lexicons once. */
export function poolEngine(threads: number): Engine {
  let pool: Promise<import('piscina').Piscina> | undefined;
  const start = async () => {
    const { Piscina } = await import('piscina');
    return new Piscina({
      filename: new URL('./worker.js', import.meta.url).href,
      minThreads: threads,
      maxThreads: threads,
      concurrentTasksPerWorker: 1,
      idleTimeout: 30_000,
      // One pathological article must not take the machine down: the worker is replaced and
      // that article reported.
      resourceLimits: { maxOldGenerationSizeMb: Number(process.env.NE_OLD ?? 1024), ...(process.env.NE_YOUNG ? { maxYoungGenerationSizeMb: Number(process.env.NE_YOUNG) } : {}) },
    });
  };
  return {
    async run(job) {
      pool ??= start();
      try {
        return (await (await pool).run(job)) as ExtractResult;
      } catch (e) {
        const message = e instanceof Error ? (job.debug ? (e.stack ?? e.message) : e.message) : String(e);
        return { error: `internal error: ${message}`, bug: true };
      }
    },
    async close() {
      if (pool) await (await pool).destroy();
    },
  };
}
