import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import pkg from '../../package.json' with { type: 'json' };
import { defaultFormats, formats } from '../writers/index.js';
import type { Format } from '../writers/index.js';
import type { PdfStandard } from '../writers/types.js';
import type { Locale } from '../model/input.generated.js';
import { exitCodes, UsageError } from './errors.js';
import { cliLanguage, namedLanguage, say, useLanguage } from './lang.js';
import { messageLanguages, messagesIn } from '../messages/index.js';
import { commanderErrorIn, commanderMessageIn } from './commander-messages.js';
import { translateHelp } from './help-text.js';
import { escapeLine, escapeText } from './report/escape.js';

const locales: Locale[] = ['nl', 'fr', 'en'];

function listOf<T extends string>(what: 'locale' | 'format', allowed: readonly T[]) {
  return (value: string): T[] => {
    const items = value.split(',').map((s) => s.trim()).filter(Boolean);
    const wrong = items.filter((i) => !(allowed as readonly string[]).includes(i));
    if (items.length === 0 || wrong.length > 0) {
      throw new InvalidArgumentError(wrong.length > 0 ? say(`command.list.unknown-${what}`, { items: wrong.join(', '), allowed: allowed.join(', ') }) : say(`command.list.no-${what}`, { allowed: allowed.join(', ') }));
    }
    return [...new Set(items)] as T[];
  };
}

/** A directory named on the command line: an empty name would mean the working directory unseen. */
function directoryArgument(flag: string) {
  return (value: string): string => {
    if (value.trim() === '') throw new InvalidArgumentError(say('command.directory.empty', { flag }));
    if (value.includes('\0')) throw new InvalidArgumentError(say('command.directory.nul'));
    return value;
  };
}

/** Commander's error text in the language of the messages. */
const commanderError = (text: string): string => commanderErrorIn(say, text, cliLanguage() === 'en');

const reportOption = () =>
  new Option('--format <format>', 'how to print diagnostics: text for people, json for scripts, github for GitHub Actions annotations').choices(['text', 'json', 'github']).default('text');

export function program(): Command {
  const cmd = new Command('privacy-statement')
    .description(
      'Compile GDPR privacy statements from one structured source (YAML or JSON)\n' +
        'into Markdown, HTML and PDF, and data (JSON, JSON-LD, TILT, the register),\n' +
        'in Dutch, French and English, for the Dutch AP or the Belgian GBA/APD.\n' +
        'The source is checked against the input format and the GDPR rules first.',
    )
    .version(pkg.version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .option('--debug', 'on an internal error, print the stack trace')
    .addOption(new Option('--lang <lang>', 'the language of messages: en, nl or fr; default: from LC_ALL, LC_MESSAGES or LANG (nl_BE.UTF-8 gives nl), else en').choices(messageLanguages))
    .showSuggestionAfterError(true)
    .showHelpAfterError(say('command.help-after-error'))
    .configureHelp({ sortSubcommands: false })
    .exitOverride()
    // Commander quotes the arguments it refuses: escaped, like every message (report/escape.ts).
    // Its error lines in the language of the messages (set before the program is made: main()).
    .configureOutput({ writeErr: (text) => process.stderr.write(escapeText(text)), outputError: (text, write) => write(commanderError(text)) })
    .addHelpText(
      'after',
      `
Examples:
  $ privacy-statement check examples/harmony/statement.yaml
  $ privacy-statement build examples/harmony/statement.yaml
  $ privacy-statement build statements/ --out public/privacy --to html --html fragment
  $ privacy-statement check statements/ --strict --format github
  $ privacy-statement diff statements/harmony.yaml --since HEAD~1
  $ privacy-statement translations statements/harmony.yaml --export fr --out harmony.fr.xlf
  $ privacy-statement rules
  $ privacy-statement explain purpose-legitimate-interest

Exit codes:
  0   no errors (warnings may have been printed)
  1   the input has errors; nothing was written
  2   the command was used wrongly (unknown flag, missing file, unwritable directory)
  70  internal error: please report it`,
    );

  cmd
    .command('check')
    .summary('validate statement sources; writes nothing')
    .description(
      'Validate statement sources against the input format and the GDPR completeness rules, and print ' +
        'every problem with its place in the file. Writes nothing.',
    )
    .argument('<input...>', 'statement files (.yaml, .yml, .json) or directories of them')
    .addOption(reportOption())
    .option('--strict', 'treat warnings as errors (exit 1 on any warning), for CI gates')
    .addHelpText('after', '\nExamples:\n  $ privacy-statement check examples/harmony/statement.yaml\n  $ privacy-statement check statements/ --strict --format json')
    .action(async (inputs: string[], opts: { format: 'text' | 'json' | 'github'; strict?: boolean }) => {
      const { runCheck } = await import('./commands/check.js');
      process.exitCode = await runCheck(inputs, { format: opts.format, strict: opts.strict === true });
    });

  cmd
    .command('build')
    .summary('validate, then write Markdown, HTML and PDF (and data: JSON, JSON-LD, TILT, the register)')
    .description(
      'Validate statement sources and, only when none has errors, write each statement in each of its ' +
        'languages to each format, as <out>/<statement.id>.<locale>.<md|html|pdf|json|tilt.json|register.csv|register.xlsx> ' +
        '(and <out>/<statement.id>.jsonld for all languages), and <out>/manifest.json ' +
        'listing every file with its SHA-256. Files are replaced whole; on failure nothing changes.',
    )
    .argument('<input...>', 'statement files (.yaml, .yml, .json) or directories of them')
    .option('-o, --out <dir>', 'output directory', directoryArgument('--out'), 'dist')
    .option('-l, --locale <locales>', `only these languages, comma-separated (${locales.join(', ')}); default: every language of the statement`, listOf('locale', locales))
    .addOption(
      new Option('-t, --to <formats>', `output formats, comma-separated (${defaultFormats.join(', ')}), data formats (${formats.filter((f) => !defaultFormats.includes(f)).join(', ')}), or all`)
        .argParser((value: string) => (value.split(',').some((f) => f.trim() === 'all') ? [...formats] : listOf('format', formats)(value)))
        .default([...defaultFormats] as Format[], defaultFormats.join(',')),
    )
    .addOption(new Option('--html <mode>', 'document: a complete page with styles; fragment: the <article> alone, to embed in a site').choices(['document', 'fragment']).default('document'))
    .option('--heading-level <n>', "with --html fragment: the level of the statement's title (1-5; its sections one level below), to fit the page around it", (v: string) => {
      if (!/^[1-5]$/.test(v)) throw new InvalidArgumentError(say('command.heading-level'));
      return Number(v);
    })
    .option('--id-prefix <prefix>', 'put this before every id and in-page link of the HTML, so that two statements can share a page (e.g. harmony-)', (v: string) => {
      if (!/^[A-Za-z][\w-]*$/.test(v)) throw new InvalidArgumentError(say('command.id-prefix'));
      return v;
    })
    .option('--toc', 'with --html fragment: include the table of contents (a whole page always has it)')
    .addOption(new Option('--markdown <flavour>', 'commonmark: anchors as {#id} (pandoc, Hugo); mdx: Markdown that MDX (Docusaurus, Next.js, Astro) compiles as it reads').choices(['commonmark', 'mdx']).default('commonmark'))
    .addOption(
      new Option('--pdf-standard <standard>', 'PDF conformance: pdf-ua, accessible (PDF/UA-1); pdf-a-2a, accessible and for archiving (PDF/A-2a)')
        .choices(['pdf-ua', 'pdf-a-2a'])
        .default('pdf-ua'),
    )
    .addOption(reportOption())
    .option('--strict', 'treat warnings as errors: build nothing if there is any warning')
    .option('-q, --quiet', 'print only problems, no progress or summary')
    .option('-w, --watch', 'keep running: rebuild a statement each time its file is saved')
    .option('--archive <dir>', 'also keep this version under <dir>/<id>/<lastAmended>/ (PDFs as PDF/A-2a), with versions.json and a version history page per language; an archived version is never overwritten', directoryArgument('--archive'))
    .option('--clean', "also remove the files manifest.json lists for these statements that this build no longer writes (a language or format dropped), and their entries; files the manifest does not list are never touched")
    .option('--changes-since <since>', "list what changed since an earlier version (<since>: a statement file, or a git revision such as v2024) in the statement's changes section, and check that material changes are announced in time")
    .addHelpText('after', '\nExamples:\n  $ privacy-statement build examples/harmony/statement.yaml\n  $ privacy-statement build statements/ --out site/privacy --to html --html fragment --locale nl,fr\n  $ privacy-statement build statements/ --to pdf --pdf-standard pdf-a-2a\n  $ privacy-statement build statements/harmony.yaml --to all\n  $ privacy-statement build statements/harmony.yaml --to csv,xlsx --locale nl\n  $ privacy-statement build statements/harmony.yaml --watch --to md,html\n  $ privacy-statement build statements/harmony.yaml --changes-since v2024\n  $ privacy-statement build statements/ --archive archive/\n  $ privacy-statement build statements/harmony.yaml --locale nl --clean')
    .action(async (inputs: string[], opts: { out: string; locale?: Locale[]; to: Format[]; html: 'document' | 'fragment'; format: 'text' | 'json' | 'github'; strict?: boolean; quiet?: boolean; pdfStandard: PdfStandard; watch?: boolean; changesSince?: string; archive?: string; clean?: boolean; headingLevel?: number; idPrefix?: string; toc?: boolean; markdown?: 'commonmark' | 'mdx' }) => {
      const { runBuild } = await import('./commands/build.js');
      process.exitCode = await runBuild(inputs, { ...opts, strict: opts.strict === true, quiet: opts.quiet === true, watch: opts.watch === true, clean: opts.clean === true });
    });

  cmd
    .command('diff')
    .summary('what changed between two versions, and whether it is material')
    .description(
      'Compare two versions of a statement by the ids of their items (reordering or reformatting is no change), and class each ' +
        'change: material (people must be told before it applies: GDPR Art. 13(3), 14(4)), favourable (something stops), ' +
        'or editorial (wording, dates, contact details). Both versions are checked first.\n' +
        'Give two files, or one file and --since <git revision> to compare it with the version committed then.',
    )
    .argument('<files...>', 'the old and the new version (two files), or one file with --since')
    .option('--since <revision>', 'compare the file with its version at this git revision (a commit, tag or branch, e.g. HEAD~1 or v2024)')
    .addOption(new Option('--format <format>', 'text for people, json for scripts, markdown for a change memo').choices(['text', 'json', 'markdown']).default('text'))
    .addOption(new Option('--locale <locale>', "the language of the summaries; default: the new statement's first language").choices(locales))
    .addOption(new Option('--fail-on <class>', 'exit 1 when a change of this class is found (a CI gate asking for legal review); any: material or favourable').choices(['material', 'favourable', 'any']))
    .option('--strict', 'treat warnings (such as material-change-notice) as errors')
    .addHelpText(
      'after',
      '\nExamples:\n  $ privacy-statement diff examples/harmony/2018/statement.yaml examples/harmony/statement.yaml\n  $ privacy-statement diff statements/harmony.yaml --since v2024 --format markdown --locale nl > memo.md\n  $ privacy-statement diff statements/harmony.yaml --since origin/main --fail-on material\n\nExit codes: 0 compared; 1 an input has errors, or --fail-on found a change of its class; 2 usage error\n(a file that does not exist, a revision git does not know, a file outside a git repository with --since).',
    )
    .action(async (files: string[], opts: { format: 'text' | 'json' | 'markdown'; locale?: Locale; since?: string; failOn?: 'material' | 'favourable' | 'any'; strict?: boolean }) => {
      const { runDiff } = await import('./commands/diff.js');
      process.exitCode = await runDiff(files, { ...opts, strict: opts.strict === true });
    });

  cmd
    .command('translations')
    .summary('which translations still match their source; accept them; XLIFF for translators')
    .description(
      "Keep a statement's translations in step with the language its texts are written in (statement.sourceLocale, default the first of statement.locales).\n" +
        'Without an action: the status of every translation of every text: current (as accepted), stale (the source text changed since, the translation did not),\n' +
        'changed (the translation was edited since it was accepted) or new (never accepted, or not translated yet).\n' +
        'What was accepted is kept in the lock file beside the statement, <statement>.translations.json: commit it with the statement.',
    )
    .argument('<file>', 'one statement file (.yaml, .yml, .json)')
    .addOption(new Option('--format <format>', 'text for people, json for scripts').choices(['text', 'json']).default('text'))
    .option('--accept', 'accept the translations as they are now: record them in the lock file (all, or those of --locale and/or --path)')
    .addOption(new Option('--locale <locale>', 'only this language (for the status and --accept)').choices(locales))
    .option('--path <pointer>', 'only the texts at or below this JSON Pointer, as the status lists them, e.g. /purposes/0/description (for the status and --accept)')
    .addOption(new Option('--export <locale>', 'write XLIFF 1.2 of every text for translation into this language (on stdout, or --out)').choices(locales))
    .option('-o, --out <file>', 'with --export: write the XLIFF to this file instead of stdout')
    .option('--import <file>', 'write the translations of an XLIFF 1.2 file into the statement (keeping its comments and formatting) and accept them; all or nothing')
    .addHelpText(
      'after',
      '\nExamples:\n  $ privacy-statement translations statements/harmony.yaml\n  $ privacy-statement translations statements/harmony.yaml --accept\n  $ privacy-statement translations statements/harmony.yaml --accept --locale fr --path /purposes/3/description\n  $ privacy-statement translations statements/harmony.yaml --export fr --out harmony.fr.xlf\n  $ privacy-statement translations statements/harmony.yaml --import harmony.fr.xlf\n  $ privacy-statement translations statements/harmony.yaml --format json\n\n' +
        'Exit codes: 0 done; 1 the statement, its lock file or the XLIFF file has errors (nothing written); 2 usage error.',
    )
    .action(async (file: string, opts: { format: 'text' | 'json'; accept?: boolean; locale?: Locale; path?: string; export?: Locale; out?: string; import?: string }) => {
      const { runTranslations } = await import('./commands/translations.js');
      process.exitCode = await runTranslations([file], opts);
    });

  cmd
    .command('init')
    .summary('write a commented starting statement to fill in')
    .description(
      'Write <dir>/statement.yaml: a complete, commented starting statement for a Dutch insurer, a Belgian insurer or an ' +
        'insurance intermediary, in the languages you choose, with the schema line that gives editors completion and help. ' +
        'What only you can know is marked TODO; check lists each place with its line. Never overwrites a file.',
    )
    .argument('[dir]', 'the directory to write statement.yaml in (made if needed)', '.')
    .addOption(new Option('--template <template>', 'nl-insurer, be-insurer or intermediary').choices(['nl-insurer', 'be-insurer', 'intermediary']).default('nl-insurer'))
    .option('--locales <locales>', `the languages, comma-separated (${locales.join(', ')}); the first is the one you write in. Default: nl (be-insurer: nl,fr)`, listOf('locale', locales))
    .option('--id <id>', "the statement's id, used in file names; default: the directory's name")
    .addHelpText('after', '\nExamples:\n  $ privacy-statement init statements/harmony --template nl-insurer --locales nl,en\n  $ privacy-statement init . --template be-insurer --locales nl,fr\n  $ privacy-statement check statements/harmony/statement.yaml')
    .action(async (dir: string, opts: { template: 'nl-insurer' | 'be-insurer' | 'intermediary'; locales?: Locale[]; id?: string }) => {
      const { runInit } = await import('./commands/init.js');
      process.exitCode = await runInit(dir, { template: opts.template, ...(opts.locales ? { locales: opts.locales } : {}), ...(opts.id ? { id: opts.id } : {}) });
    });

  cmd
    .command('preview')
    .summary('show a statement in the browser, rebuilt on save')
    .description(
      'Start a small web server on this machine only (127.0.0.1) that shows the statement as HTML in each of its languages, ' +
        'with its problems at the top of the page. Each time the file is saved it is checked and rendered again, and the page ' +
        'reloads itself. Nothing is written to disk. Ctrl+C stops it.',
    )
    .argument('<file>', 'the statement file (.yaml, .yml or .json)')
    .option('-p, --port <port>', 'the port to listen on; default: a free one', (v: string) => {
      const port = Number(v);
      if (!/^\d+$/.test(v) || port < 1 || port > 65535) throw new InvalidArgumentError(say('command.port'));
      return port;
    })
    .addHelpText('after', '\nExamples:\n  $ privacy-statement preview statements/harmony.yaml\n  $ privacy-statement preview statements/harmony.yaml --port 8080')
    .action(async (file: string, opts: { port?: number }) => {
      const { runPreview } = await import('./commands/preview.js');
      process.exitCode = await runPreview(file, { port: opts.port ?? 0 });
    });

  cmd
    .command('rules')
    .summary('list every rule: id, severity, provisions')
    .description(
      'List every rule a diagnostic can name: the GDPR rules with their default severity, the provisions ' +
        'they enforce and one line each, then the rules of the input format and of the command line.',
    )
    .addOption(new Option('--format <format>', 'text for people, json for scripts').choices(['text', 'json']).default('text'))
    .addHelpText('after', '\nExamples:\n  $ privacy-statement rules\n  $ privacy-statement rules --format json')
    .action(async (opts: { format: 'text' | 'json' }) => {
      const { runRules } = await import('./commands/rules.js');
      process.exitCode = await runRules(opts);
    });

  cmd
    .command('explain')
    .summary('explain one rule: why the law asks for it, with examples')
    .description('Explain one rule: what it checks, the provisions behind it, why, and an example that passes and one that is reported.')
    .argument('<rule>', 'a rule id, as printed after each diagnostic, e.g. purpose-legitimate-interest')
    .addOption(new Option('--format <format>', 'text for people, json for scripts').choices(['text', 'json']).default('text'))
    .addHelpText('after', '\nExamples:\n  $ privacy-statement explain purpose-legitimate-interest\n  $ privacy-statement explain retention-coverage --format json')
    .action(async (rule: string, opts: { format: 'text' | 'json' }) => {
      const { runExplain } = await import('./commands/explain.js');
      process.exitCode = await runExplain(rule, opts);
    });

  // --help in the language of the messages (the descriptions above are its English).
  if (cliLanguage() !== 'en') translateHelp(cmd, messagesIn(cliLanguage()));
  return cmd;
}

/** Whether the command line asks for JSON (`--format json` or `--format=json`): usage errors are then JSON too. */
function wantsJson(argv: string[]): boolean {
  return argv.some((arg, i) => arg === '--format=json' || (arg === '--format' && argv[i + 1] === 'json'));
}

/**
 * A usage error for scripts: one JSON object on stdout, shaped like a report (no diagnostics;
 * `outputs` empty for `build`), with the error's message, so that a pipeline reading stdout as
 * JSON always can.
 */
function usageJson(message: string, argv: string[], cmd: Command): string {
  // The command is the first argument that names one (an option's value, `--lang nl`, does not).
  const names = new Set(cmd.commands.map((c) => c.name()));
  const build = argv.slice(2).find((a) => names.has(a)) === 'build';
  return JSON.stringify({ error: { type: 'usage', message }, diagnostics: [], errorCount: 0, warningCount: 0, ...(build ? { outputs: [] } : {}) }, null, 2) + '\n';
}

export async function main(argv: string[]): Promise<number> {
  // The language first: the program's own words (commander's errors, value checks) are in it.
  const named = namedLanguage(argv, process.env);
  useLanguage(named ?? 'en', named !== undefined);
  const cmd = program();
  const debug = argv.includes('--debug');
  const json = wantsJson(argv);
  if (debug) process.setSourceMapsEnabled(true);
  // With --format json, commander's own messages (an unknown flag, a missing argument) become the JSON error.
  let commanderMessage = '';
  if (json) {
    const capture = (c: Command): void => {
      c.configureOutput({ writeErr: (text) => (commanderMessage += text), outputError: (text) => (commanderMessage += text) });
      c.commands.forEach(capture);
    };
    capture(cmd);
  }
  try {
    await cmd.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : exitCodes.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; every other commander error is a usage error, already printed.
      const ok = error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help';
      if (json && !ok) process.stdout.write(usageJson(commanderMessageIn(say, commanderMessage || error.message, cliLanguage() === 'en') ?? error.message.replace(/^error: /, ''), argv, cmd));
      return ok ? exitCodes.ok : exitCodes.usage;
    }
    if (error instanceof UsageError) {
      if (json) process.stdout.write(usageJson(error.message, argv, cmd));
      else process.stderr.write(`privacy-statement: ${escapeLine(error.message)}\n`);
      return exitCodes.usage;
    }
    // One line, as the contract asks; the stack only when asked for.
    process.stderr.write(`privacy-statement: ${say(debug ? 'cli.internal-error' : 'cli.internal-error-no-debug', { error: escapeLine((error as Error)?.message ?? String(error)) })}\n`);
    if (debug) process.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
    return exitCodes.internal;
  }
}

/** Runs the command line of this process. */
export function start(): void {
  // A closed pipe (`privacy-statement check … | head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  void main(process.argv).then((code) => {
    process.exitCode = code;
  });
}
