// What every command that reads articles shares (the root command and `summary`): the options
// that say what to read and how, and "-o FILE" choosing the format by its extension. Light:
// commander and the option parsers only, so --help and --version stay fast.
import { Option, type Command } from 'commander';
import { DEFAULT_MAX_BYTES, INPUT_KINDS, formatOfPath, parseExtensions, parsePositiveInt, parseSeconds, parseSize } from './options.js';
import { quotePath } from './quote.js';

/** Adds the options that choose and read the inputs, and the ones for terminal output. */
export function addReadingOptions(cmd: Command): Command {
  return cmd
    .option('--ext <list>', 'file extensions to read in folders', parseExtensions, ['.txt'])
    .option('-j, --jobs <n>', 'worker threads (default: the number of cores)', parsePositiveInt)
    .option('--timeout <seconds>', 'time an article may take before it is reported and skipped (default: 30 s + 60 ms per KB)', parseSeconds)
    .addOption(new Option('--input <kind>', 'files: paths are articles; ndjson: paths (or stdin) hold {"id","text"} records, one per line').choices(INPUT_KINDS).default('files'))
    .option('--max-bytes <size>', 'refuse articles larger than this (e.g. 500KB, 10MB)', parseSize, DEFAULT_MAX_BYTES)
    .option('--html', 'treat every input as HTML (default: detect it)')
    .option('--no-html', 'never treat input as HTML')
    .option('--progress', 'show a progress bar on stderr (default: when stderr is a terminal and the output a file)')
    .option('--no-progress', 'never show a progress bar')
    .option('--no-color', 'never colour the output (NO_COLOR is respected too)')
    .option('--debug', 'print stack traces for internal errors', false);
}

/**
 * "-o out.csv" without --format: the format the extension names, when it is one of `formats`.
 * Returns false, having said why on stderr, when the extension names none of them (exit 2).
 */
export function takeFormatFromOutput<F extends string>(command: Command, opts: { output?: string; format: F }, formats: readonly F[], what = 'format'): boolean {
  if (!opts.output || command.getOptionValueSource('format') !== 'default') return true;
  const format = formatOfPath(opts.output) as F | undefined;
  if (!format || !formats.includes(format)) {
    process.stderr.write(`news-entities: ${quotePath(opts.output)}: cannot tell the ${what} from the file's extension; give --format (${formats.join(', ')})\n`);
    return false;
  }
  opts.format = format;
  return true;
}
