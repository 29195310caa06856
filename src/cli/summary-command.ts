// The `summary` command's options. Kept apart from main.ts and light (commander and the option
// parsers only): the extraction, merging and tables load when the command runs.
import { Command, Option } from 'commander';
import { quotePath } from './quote.js';
import {
  DEFAULT_MAX_BYTES,
  INPUT_KINDS,
  formatOfPath,
  parseExtensions,
  parseOutputPath,
  parsePositiveInt,
  parseSeconds,
  parseSize,
  type InputKind,
} from './options.js';

export const SUMMARY_FORMATS = ['table', 'json', 'csv'] as const;
export type SummaryFormat = (typeof SUMMARY_FORMATS)[number];

export interface SummaryCommandOptions {
  format: SummaryFormat;
  output?: string;
  top: number;
  ext: string[];
  jobs?: number;
  timeout?: number;
  input: InputKind;
  maxBytes: number;
  html?: boolean;
  progress?: boolean;
  color: boolean;
  debug: boolean;
}

const EXAMPLES = `
Examples:
  $ news-entities summary fixtures/dev/articles
  $ news-entities summary --format json corpus/ > summary.json
  $ news-entities summary -o summary.csv corpus/              the format from the extension
  $ news-entities summary --input ndjson --top 50 < records.ndjson

Entities merge across articles by name (see docs/csv-and-summary.md); pairs are listed when
named together in 2 or more articles, the --top most frequent of each kind.`;

/** The format -o's extension asks for, when it is one the summary writes. */
export function summaryFormatOfPath(file: string): SummaryFormat | undefined {
  const format = formatOfPath(file);
  return (SUMMARY_FORMATS as readonly string[]).includes(format ?? '') ? (format as SummaryFormat) : undefined;
}

export function addSummaryCommand(program: Command, setCode: (code: number) => void): void {
  program
    .command('summary')
    .description('totals across all inputs: people and organizations (merged by name) with articles and mentions, titles, money per currency, who is named together')
    .argument('[paths...]', 'article files or folders (walked recursively); "-" reads stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(SUMMARY_FORMATS).default('table'))
    .option('-o, --output <file>', 'write to FILE instead of stdout (.txt, .json, .csv set the format)', parseOutputPath)
    .option('--top <n>', 'pairs listed per kind (person-person, person-organization, organization-organization)', parsePositiveInt, 20)
    .option('--ext <list>', 'file extensions to read in folders', parseExtensions, ['.txt'])
    .option('-j, --jobs <n>', 'worker threads (default: the number of cores)', parsePositiveInt)
    .option('--timeout <seconds>', 'time an article may take before it is reported and skipped', parseSeconds)
    .addOption(new Option('--input <kind>', 'files: paths are articles; ndjson: paths (or stdin) hold {"id","text"} records').choices(INPUT_KINDS).default('files'))
    .option('--max-bytes <size>', 'refuse articles larger than this (e.g. 500KB, 10MB)', parseSize, DEFAULT_MAX_BYTES)
    .option('--html', 'treat every input as HTML (default: detect it)')
    .option('--no-html', 'never treat input as HTML')
    .option('--progress', 'show a progress bar on stderr')
    .option('--no-progress', 'never show a progress bar')
    .option('--no-color', 'never colour the output (NO_COLOR is respected too)')
    .option('--debug', 'print stack traces for internal errors', false)
    .addHelpText('after', EXAMPLES)
    .exitOverride()
    .action(async (paths: string[], opts: SummaryCommandOptions, command: Command) => {
      if (opts.output && command.getOptionValueSource('format') === 'default') {
        const format = summaryFormatOfPath(opts.output);
        if (!format) {
          process.stderr.write(`news-entities: ${quotePath(opts.output)}: cannot tell the summary format from the file's extension; give --format (${SUMMARY_FORMATS.join(', ')})\n`);
          setCode(2);
          return;
        }
        opts.format = format;
      }
      const { runSummary } = await import('./summary.js');
      setCode(await runSummary(paths, opts));
    });
}
