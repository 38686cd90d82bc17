import { missingLocales } from '../../compile.js';
import { countDiagnostics, sortDiagnostics, type Diagnostic } from '../../diagnostics.js';
import type { Locale } from '../../model/input.generated.js';
import type { Format } from '../../writers/index.js';
import type { HtmlMode, MarkdownFlavour, PdfStandard, WebOptions } from '../../writers/types.js';
import { exitCodes, UsageError } from '../errors.js';
import { readInputs } from '../inputs.js';
import { duplicateIds, type FileResult } from '../pipeline.js';
import { processAll, stopWorkers } from '../pool.js';
import { escapeLine } from '../report/escape.js';
import { formatReport, type Report, type ReportFormat } from '../report/index.js';
import { styleFor, type Style } from '../report/style.js';
import { BuildGuard, signalExit } from '../interrupt.js';
import { commitStaged, discardStaging, openStaging } from '../write.js';
import { say } from '../lang.js';

export interface BuildCommandOptions {
  out: string;
  locale?: Locale[];
  to: Format[];
  html: HtmlMode;
  format: ReportFormat;
  strict: boolean;
  quiet: boolean;
  pdfStandard?: PdfStandard;
  watch?: boolean;
  /** An earlier version (file) or a git revision: its changes are listed in the `changes` section. */
  changesSince?: string;
  headingLevel?: number;
  idPrefix?: string;
  toc?: boolean;
  markdown?: MarkdownFlavour;
  /** Also keep every built version under `<dir>/<id>/<lastAmended>/` (never overwritten). */
  archive?: string;
  /** Remove the files the manifest lists for these statements that this build no longer writes. */
  clean?: boolean;
}

/** The web-site options of the command line, for the writers. */
export function webOptions(options: BuildCommandOptions): WebOptions {
  return {
    ...(options.headingLevel !== undefined ? { headingLevel: options.headingLevel } : {}),
    ...(options.idPrefix !== undefined ? { idPrefix: options.idPrefix } : {}),
    ...(options.toc ? { toc: true } : {}),
    ...(options.markdown ? { markdown: options.markdown } : {}),
  };
}

export interface BuildOutcome {
  code: number;
  report: Report;
  /** Interrupted before its commit point: nothing was changed. */
  interrupted?: NodeJS.Signals;
  /** A signal that came after the commit point: every file was in place, the build is complete. */
  lateSignal?: NodeJS.Signals;
}

/**
 * One build: every input analysed and rendered (in parallel), each output written to a temporary
 * name as soon as it is made, then all put in place, in one commit, only if all is well.
 */
async function buildOnce(inputs: string[], options: BuildCommandOptions): Promise<BuildOutcome> {
  const files = await readInputs(inputs);
  if (options.changesSince !== undefined) await (await import('../changes-since.js')).attachEarlierVersions(files, options.changesSince);
  // An output directory that cannot be made is reported after the inputs' own errors, as before:
  // the files are then analysed only, since nothing they render could be written.
  // A signal while the staging is being opened (its marker written) is held until the guard
  // that cleans up after it is in place.
  let early: NodeJS.Signals | undefined;
  const holdSignal = (signal: NodeJS.Signals): void => void (early ??= signal);
  process.on('SIGINT', holdSignal);
  process.on('SIGTERM', holdSignal);
  const letGo = (): void => {
    process.removeListener('SIGINT', holdSignal);
    process.removeListener('SIGTERM', holdSignal);
  };
  const staging = await openStaging(options.out).catch((error: unknown) => {
    if (error instanceof UsageError) return error;
    letGo();
    throw error;
  });
  if (early && staging instanceof UsageError) process.exit(signalExit(early));
  const progress = !options.quiet && options.format === 'text' && process.stderr.isTTY && files.length > 1;
  // The guard listens before the hold lets go: no moment without a listener.
  const guard = staging instanceof UsageError ? undefined : new BuildGuard(staging, stopWorkers);
  letGo();
  if (early) guard?.deliver(early);
  const interrupted = (): BuildOutcome | undefined => {
    const signal = guard?.cancelledBy;
    return signal ? { code: signalExit(signal), report: { diagnostics: [], errorCount: 0, warningCount: 0, files: files.length }, interrupted: signal } : undefined;
  };
  try {
    const results = await processAll(files, {
      strict: options.strict,
      render: {
        formats: options.to,
        html: options.html,
        ...(options.locale ? { locales: options.locale } : {}),
        ...(options.pdfStandard ? { pdfStandard: options.pdfStandard } : {}),
        web: webOptions(options),
        ...(staging instanceof UsageError ? { analyseOnly: true } : { staging: { outDir: staging.outDir, tag: staging.tag } }),
      },
      ...(progress ? { onDone: (done: number, total: number) => process.stderr.write(`\r\u001b[2K${say('cli.build.progress', { done, total })}`) } : {}),
    });
    if (progress) process.stderr.write('\r\u001b[2K');

    const diagnostics: Diagnostic[] = sortDiagnostics([...results.flatMap((r) => r.diagnostics), ...duplicateIds(results)]);
    const counts = countDiagnostics(diagnostics);
    const report: Report = { diagnostics, ...counts, files: files.length };
    if (counts.errorCount > 0) {
      if (!(staging instanceof UsageError)) await discardStaging(staging);
      return { code: exitCodes.inputErrors, report };
    }
    if (staging instanceof UsageError) throw staging;
    const failed = results.find((r) => r.stageError !== undefined);
    if (failed) throw new UsageError(say('cli.build.cannot-write', { dir: options.out, reason: failed.stageError ?? '' }));
    if (options.locale) checkLocales(results, options.locale);
    const staged = results.flatMap((r) => r.staged ?? []);
    const archive = options.archive !== undefined ? await (await import('../archive.js')).stageArchive(options.archive, files, results, options.pdfStandard, staging) : undefined;
    if (archive && archive.diagnostics.length > 0) {
      await discardStaging(staging);
      const all = sortDiagnostics([...diagnostics, ...archive.diagnostics]);
      return { code: exitCodes.inputErrors, report: { ...report, diagnostics: all, ...countDiagnostics(all) } };
    }
    guard!.committing();
    let removed: string[] = [];
    const outputs = await commitStaged({
      staging,
      staged,
      ...(options.clean ? { clean: true, onRemoved: (names: string[]) => (removed = names) } : {}),
      ...(archive ? { extra: archive.renames, alsoLock: [archive.root], verify: archive.verify } : {}),
      cancelled: guard!.cancelled,
      onCommitted: guard!.committed,
    });
    const late = guard!.lateSignal;
    return { code: exitCodes.ok, report: { ...report, outputs, outDir: options.out, ...(options.clean ? { removed } : {}), ...(options.archive !== undefined ? { archiveDir: options.archive } : {}) }, ...(late ? { lateSignal: late } : {}) };
  } catch (error) {
    if (!(staging instanceof UsageError)) await discardStaging(staging);
    const stopped = interrupted();
    if (stopped) return stopped;
    throw error;
  } finally {
    guard?.stop();
  }
}

function checkLocales(results: FileResult[], wanted: Locale[]): void {
  for (const r of results) {
    const missing = missingLocales(wanted, r.locales ?? []);
    if (missing.length > 0) {
      throw new UsageError(say('cli.build.locale-missing', { missing: missing.join(','), file: r.display, locales: r.locales?.join(', ') ?? '' }));
    }
  }
}

function printOutcome(outcome: BuildOutcome, options: BuildCommandOptions, style: Style): void {
  const { report } = outcome;
  if (outcome.interrupted) {
    process.stderr.write(`privacy-statement: ${say('output.interrupted', { signal: outcome.interrupted })}\n`);
    return;
  }
  if (outcome.code !== exitCodes.ok) {
    // For scripts, `outputs` is always there: empty when nothing was written.
    process.stdout.write(formatReport({ ...report, outputs: [] }, options.format, style));
    if (options.format === 'text') process.stdout.write(style.red(say('cli.build.nothing-written')) + '\n');
    return;
  }
  if (options.format !== 'text' || !options.quiet || report.diagnostics.length > 0) process.stdout.write(formatReport(report, options.format, style));
  if (options.format === 'text' && !options.quiet) {
    const outputs = report.outputs ?? [];
    const statements = new Set(outputs.map((o) => o.statement)).size;
    const files = say('cli.build.files', { count: outputs.length });
    process.stdout.write(style.green(`✔ ${say('cli.build.wrote', { count: outputs.length, files, statements: say('cli.build.statements', { count: statements }), out: escapeLine(options.out) })}`) + '\n');
    if (report.removed && report.removed.length > 0) process.stdout.write(style.green(`✔ ${say('cli.build.removed', { count: report.removed.length, files: report.removed.map(escapeLine).join(', ') })}`) + '\n');
    if (report.archiveDir !== undefined) process.stdout.write(style.green(`✔ ${say('cli.build.archived', { dir: escapeLine(report.archiveDir) })}`) + '\n');
  }
  if (outcome.lateSignal) process.stderr.write(`privacy-statement: ${say('cli.build.late-signal', { signal: outcome.lateSignal })}\n`);
}

export async function runBuild(inputs: string[], options: BuildCommandOptions): Promise<number> {
  if (options.html !== 'fragment' && (options.headingLevel !== undefined || options.toc)) {
    throw new UsageError(say('cli.build.fragment-only', { option: options.headingLevel !== undefined ? '--heading-level' : '--toc' }));
  }
  if (options.watch && options.archive !== undefined) throw new UsageError(say('cli.build.archive-watch'));
  const style = styleFor(process.stdout);
  if (options.watch) {
    const { watch } = await import('../watch.js');
    return watch(inputs, options, style);
  }
  const outcome = await buildOnce(inputs, options);
  printOutcome(outcome, options, style);
  return outcome.code;
}
