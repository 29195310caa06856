// A progress bar on stderr: files done of files found so far, articles per second, ETA. Only
// when asked (--progress) or when stderr is a terminal and the documents go to a file (see
// extract.ts), and only once more than a few files are known. It never writes to stdout.
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

/** "45s", "1m05s", "2h03m": seconds left, rounded once (cli-progress's own ETA can say "1m60s"). */
export function formatEta(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '--';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  const m = Math.round(s / 60);
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}

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
    const rate = secs > 0 ? finished / secs : 0;
    return { rate: rate.toFixed(1), eta: rate > 0 ? formatEta((total - finished) / rate) : '--' };
  };
  const ensure = () => {
    if (bar || total <= FEW) return;
    multi = new cliProgress.MultiBar({
      stream: process.stderr,
      format: ' {bar} {value}/{total} files | {rate} articles/s | ETA {eta}',
      hideCursor: true,
      clearOnComplete: true,
      gracefulExit: false,
      noTTYOutput: !process.stderr.isTTY,
      notTTYSchedule: 1000,
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
