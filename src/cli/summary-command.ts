// The `summary` command's options. Kept apart from main.ts and light (commander and the option
// parsers only): the extraction, merging and tables load when the command runs.
import { Command, Option } from 'commander';
import { parseOutputPath, parsePositiveInt, type InputKind } from './options.js';
import { addReadingOptions, takeFormatFromOutput } from './reading-options.js';

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

export function addSummaryCommand(program: Command, setCode: (code: number) => void): void {
  const summary = program
    .command('summary')
    .description('totals across all inputs: people and organizations (merged by name) with articles and mentions, titles, money per currency, who is named together')
    .argument('[paths...]', 'article files or folders (walked recursively); "-" reads stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(SUMMARY_FORMATS).default('table'))
    .option('-o, --output <file>', 'write to FILE instead of stdout (.txt, .json, .csv set the format)', parseOutputPath)
    .option('--top <n>', 'pairs listed per kind (person-person, person-organization, organization-organization)', parsePositiveInt, 20);
  addReadingOptions(summary)
    .addHelpText('after', EXAMPLES)
    .exitOverride()
    .action(async (paths: string[], opts: SummaryCommandOptions, command: Command) => {
      if (!takeFormatFromOutput(command, opts, SUMMARY_FORMATS, 'summary format')) {
        setCode(2);
        return;
      }
      const { runSummary } = await import('./summary.js');
      setCode(await runSummary(paths, opts));
    });
}
