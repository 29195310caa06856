// Where documents go: stdout or --output FILE. A reader that goes away early (`| head -1`)
// ends the run quietly instead of crashing with EPIPE.
import fs from 'node:fs';
import type { Writable } from 'node:stream';

export interface Output {
  stream: Writable & { isTTY?: boolean; columns?: number };
  write(chunk: string): Promise<void>;
  close(): Promise<void>;
}

export function openOutput(file: string | undefined, onClosedEarly: () => void): Output {
  const stream = file ? fs.createWriteStream(file) : process.stdout;
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') onClosedEarly();
    else throw e;
  });
  return {
    stream,
    write(chunk) {
      return new Promise((resolve) => {
        if (stream.write(chunk)) resolve();
        else stream.once('drain', resolve);
      });
    },
    close() {
      if (!file) return Promise.resolve();
      return new Promise((resolve) => (stream as fs.WriteStream).end(resolve));
    },
  };
}
