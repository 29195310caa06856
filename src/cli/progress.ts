// A progress bar on stderr: files done of files found so far, articles per second, ETA. Only
// when asked (--progress) or when stderr is a terminal that the documents are not also going
// to, and only once more than a few files are known. It never writes to stdout.
import type { MultiBar, SingleBar } from 'cli-progress';

export interface Progress {
  /** More files found by the walk. */
  found(n: number): void;
  /** One more input finished (document or error). */
  done(): void;
  /** Writes a line to stderr without tearing the bar. */
  log(line: string): void;
  stop(): void;
}

const FEW = 5;

export async function makeProgress(enabled: boolean): Promise<Progress> {
  const plain: Progress = {
    found() {},
    done() {},
    log: (line) => void process.stderr.write(line),
    stop() {},
  };
  if (!enabled) return plain;
  const { default: cliProgress } = await import('cli-progress');
  let multi: MultiBar | undefined;
  let bar: SingleBar | undefined;
  let total = 0;
  let finished = 0;
  const started = Date.now();
  const payload = () => {
    const secs = (Date.now() - started) / 1000;
    return { rate: secs > 0 ? (finished / secs).toFixed(1) : '0.0' };
  };
  const ensure = () => {
    if (bar || total <= FEW) return;
    multi = new cliProgress.MultiBar({
      stream: process.stderr,
      format: ' {bar} {value}/{total} files | {rate} articles/s | ETA {eta_formatted}',
      hideCursor: true,
      clearOnComplete: true,
      gracefulExit: false,
      noTTYOutput: !process.stderr.isTTY,
      notTTYSchedule: 1000,
      etaBuffer: 200,
      fps: 8,
    }, cliProgress.Presets.shades_classic);
    bar = multi.create(total, finished, payload());
  };
  return {
    found(n) {
      total += n;
      ensure();
      bar?.setTotal(total);
    },
    done() {
      finished++;
      bar?.update(finished, payload());
    },
    log(line) {
      if (multi) multi.log(line);
      else process.stderr.write(line);
    },
    stop() {
      multi?.stop();
    },
  };
}
