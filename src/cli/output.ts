// Where documents go: stdout or --output FILE. A reader that goes away early (`| head -1`)
// ends the run quietly instead of crashing with EPIPE; any other write error (a full disk) is
// reported once and ends the run with exit 1.
import fs from 'node:fs';
import { quotePath } from './quote.js';
import type { Writable } from 'node:stream';

export interface Output {
  stream: Writable & { isTTY?: boolean; columns?: number };
  /** Resolves when the chunk is handed over (or the output is gone: check `closed`). */
  write(chunk: string): Promise<void>;
  close(): Promise<void>;
  /** True once the output cannot take more: the reader left, or writing failed. */
  readonly closed: boolean;
  /** Set when writing failed for a reason other than the reader leaving. */
  readonly error?: string;
}

export function openOutput(file: string | undefined, onClosedEarly: () => void): Output {
  const stream = file ? fs.createWriteStream(file) : process.stdout;
  let closed = false;
  let error: string | undefined;
  const waiters = new Set<() => void>();
  const finish = () => {
    for (const w of waiters) w();
    waiters.clear();
  };
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (closed) return;
    closed = true;
    if (e.code !== 'EPIPE' && e.code !== 'ERR_STREAM_DESTROYED') error = `${file === undefined ? 'stdout' : quotePath(file)}: ${e.message}`;
    onClosedEarly();
    finish();
  });
  stream.on('close', finish);
  return {
    stream,
    get closed() {
      return closed;
    },
    get error() {
      return error;
    },
    write(chunk) {
      if (closed) return Promise.resolve();
      return new Promise((resolve) => {
        if (stream.write(chunk)) return resolve();
        const done = () => {
          stream.off('drain', done);
          waiters.delete(done);
          resolve();
        };
        waiters.add(done);
        stream.once('drain', done);
      });
    },
    close() {
      if (!file) return Promise.resolve();
      // Resolve on 'close', which comes after the last write reached the file or failed: a
      // full disk reported at the last flush still sets `error` before the caller looks.
      const ws = stream as fs.WriteStream;
      if (ws.closed || ws.destroyed) return Promise.resolve();
      return new Promise((resolve) => {
        ws.once('close', () => resolve());
        ws.end();
      });
    },
  };
}
