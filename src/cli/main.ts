// The command-line program: options, commands, exit codes. 0: every input processed;
// 1: at least one input failed (or `check` found differences); 2: usage error.
import fs from 'node:fs';
import { Argument, Command, CommanderError, Option } from 'commander';
import { addSummaryCommand } from './summary-command.js';
import { addReadingOptions, takeFormatFromOutput } from './reading-options.js';
import { FORMATS, parseOutputPath, parseReferenceDate, parseTypes, type InputKind } from './options.js';
import type { ExtractCommandOptions } from './extract.js';
import { SCHEMA_VERSION } from '../schema/version.js';

// Everything heavy (compromise, zod, the table renderer, worker threads) is imported inside the
// command that needs it, so --version and --help answer in well under 300 ms.

const version = (JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

const EXAMPLES = `
Examples:
  $ news-entities fixtures/articles                     tables for every .txt under the folder
  $ news-entities --format json story.txt > out.json    one JSON array of documents
  $ cat story.txt | news-entities - --format ndjson     read stdin, one document per line
  $ news-entities --types people,ranks --reference-date 2024-05-11 story.txt
  $ news-entities schema > document.schema.json         the JSON Schema of a document
  $ news-entities check fixtures                        compare with fixtures/expected (CI)
  $ news-entities -o entities.csv fixtures/articles      one CSV row per entity (.tsv: tab-separated)
  $ news-entities summary fixtures/dev/articles         people, organizations, money across articles
  $ news-entities --jobs 4 --format ndjson big/ > out.ndjson
  $ news-entities --input ndjson < records.ndjson       {"id":..,"text":..,"date"?:..} per line (map step)

Exit codes: 0 all inputs processed, 1 some input failed or check differs, 2 usage error.`;

// The root command's options are the extract command's (a type-only import: nothing loads).
type RootOptions = ExtractCommandOptions & { input: InputKind };

function buildProgram(setCode: (code: number) => void): Command {
  const program = new Command('news-entities')
    // Options after a subcommand's name are the subcommand's (`summary --format json`), not the root's.
    .enablePositionalOptions()
    .description('Extract people, ranks and titles (linked to people), organizations, dates and money amounts from news articles.')
    .version(`${version} (schema ${SCHEMA_VERSION})`, '-V, --version', 'print the version and the JSON schema version of the documents')
    .argument('[paths...]', 'article files or folders (walked recursively); "-" reads stdin')
    .addOption(new Option('-f, --format <format>', 'output format; csv, tsv: one row per entity; mentions-csv: one row per mention').choices(FORMATS).default('table'))
    .option('-o, --output <file>', 'write to FILE instead of stdout', parseOutputPath)
    .option('-t, --types <list>', `entity types to extract, comma-separated (people,ranks,organizations,dates,money)`, parseTypes)
    .option('-r, --reference-date <date>', 'publication date (YYYY-MM-DD) that relative dates resolve against', parseReferenceDate)
    .option('--errors-as-records', 'json/ndjson: write each failed input as {"file","line"?,"error"} into the output instead of stderr (html: list it in the index; exit code still 1)');
  addReadingOptions(program)
    .addHelpText('after', EXAMPLES)
    // `news-entities help check` is help on check, not an article named "help".
    .helpCommand('help [command]', 'show help for a command')
    .showHelpAfterError('(run news-entities --help for usage)')
    .exitOverride()
    .action(async (paths: string[], opts: RootOptions, command: Command) => {
      if (!takeFormatFromOutput(command, opts, FORMATS)) {
        setCode(2);
        return;
      }
      if (opts.errorsAsRecords && ['table', 'csv', 'tsv', 'mentions-csv'].includes(opts.format)) {
        process.stderr.write(`news-entities: --errors-as-records needs --format json or ndjson (or html)\n`);
        setCode(2);
        return;
      }
      const { runExtract } = await import('./extract.js');
      setCode(await runExtract(paths, opts));
    });

  program
    .command('schema')
    .description('print the JSON Schema of an output document')
    .action(async () => {
      const { documentJsonSchema } = await import('../schema/document.js');
      process.stdout.write(`${JSON.stringify(documentJsonSchema(), null, 2)}\n`);
      setCode(0);
    });

  program
    .command('check')
    .description('run on <dir>/articles/**/*.txt and compare with <dir>/expected/**/*.json; exit 1 on any difference')
    .argument('<dir>', 'folder with articles/ and expected/')
    .option('--update', 'rewrite the expected files from the current output', false)
    .option('-r, --reference-date <date>', 'publication date for relative dates', parseReferenceDate)
    .addOption(new Option('-f, --format <format>', 'text for a person, json: one report object for CI').choices(['text', 'json']).default('text'))
    .option('--no-color', 'never colour the output')
    .exitOverride()
    .action(async (dir: string, opts: { update: boolean; referenceDate?: string; color: boolean; format: 'text' | 'json' }) => {
      const [{ runCheck }, { makeChalk }] = await Promise.all([import('./check.js'), import('../render/color.js')]);
      setCode(await runCheck(dir, opts, makeChalk(process.stdout, opts.color)));
    });

  addSummaryCommand(program, setCode);

  program
    .command('completion')
    .description('print a shell completion script (bash or zsh)')
    .addArgument(new Argument('<shell>', 'the shell').choices(['bash', 'zsh']))
    .exitOverride()
    .action(async (shell: 'bash' | 'zsh') => {
      const { completionScript } = await import('./completion.js');
      process.stdout.write(completionScript(program, shell));
      setCode(0);
    });

  return program;
}

export async function main(argv: string[]): Promise<number> {
  // A reader that leaves early (`--help | head -1`, `check ... | head -1`) ends the run quietly.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
  });
  let code = 0;
  const program = buildProgram((c) => {
    code = c;
  });
  try {
    await program.parseAsync(argv);
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end here too, successfully; everything else is a usage error,
      // already explained on stderr by commander.
      return e.exitCode === 0 ? 0 : 2;
    }
    const debug = argv.includes('--debug');
    process.stderr.write(`news-entities: ${debug && e instanceof Error ? e.stack : e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}
