import { resolve } from 'node:path';
import { missingLocales } from '../../compile.js';
import { countDiagnostics, sortDiagnostics, type Diagnostic } from '../../diagnostics.js';
import type { Locale } from '../../model/input.generated.js';
import type { Format } from '../../writers/index.js';
import type { HtmlMode, PdfStandard } from '../../writers/types.js';
import { exitCodes, UsageError } from '../errors.js';
import { readInputs } from '../inputs.js';
import { duplicateIds, type FileResult } from '../pipeline.js';
import { processAll } from '../pool.js';
import { formatReport, type Report, type ReportFormat } from '../report/index.js';
import { styleFor, type Style } from '../report/style.js';
import { writeOutputs, type PlannedFile } from '../write.js';

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
}

export interface BuildOutcome {
  code: number;
  report: Report;
}

/** One build: every input analysed and rendered (in parallel), then written only if all is well. */
async function buildOnce(inputs: string[], options: BuildCommandOptions): Promise<BuildOutcome> {
  const files = await readInputs(inputs);
  const progress = !options.quiet && options.format === 'text' && process.stderr.isTTY && files.length > 1;
  const results = await processAll(files, {
    strict: options.strict,
    render: { formats: options.to, html: options.html, ...(options.locale ? { locales: options.locale } : {}), ...(options.pdfStandard ? { pdfStandard: options.pdfStandard } : {}) },
    ...(progress ? { onDone: (done: number, total: number) => process.stderr.write(`\r\u001b[2KBuilding statements: ${done}/${total}…`) } : {}),
  });
  if (progress) process.stderr.write('\r\u001b[2K');

  const diagnostics: Diagnostic[] = sortDiagnostics([...results.flatMap((r) => r.diagnostics), ...duplicateIds(results)]);
  const counts = countDiagnostics(diagnostics);
  const report: Report = { diagnostics, ...counts, files: files.length };
  if (counts.errorCount > 0) return { code: exitCodes.inputErrors, report };

  if (options.locale) checkLocales(results, options.locale);
  const planned: PlannedFile[] = results.flatMap((r) =>
    (r.outputs ?? []).map((o) => ({ name: o.fileName, statement: o.statementId, locale: o.locale, format: o.format, content: o.content })),
  );
  const outputs = await writeOutputs(resolve(options.out), planned);
  return { code: exitCodes.ok, report: { ...report, outputs, outDir: options.out } };
}

function checkLocales(results: FileResult[], wanted: Locale[]): void {
  for (const r of results) {
    const missing = missingLocales(wanted, r.locales ?? []);
    if (missing.length > 0) {
      throw new UsageError(`--locale ${missing.join(',')}: ${r.display} is written in ${r.locales?.join(', ')} only; leave out --locale or choose from those`);
    }
  }
}

function printOutcome(outcome: BuildOutcome, options: BuildCommandOptions, style: Style): void {
  const { report } = outcome;
  if (outcome.code !== exitCodes.ok) {
    process.stdout.write(formatReport(report, options.format, style));
    if (options.format === 'text') process.stdout.write(style.red('Nothing was written.') + '\n');
    return;
  }
  if (options.format !== 'text' || !options.quiet || report.diagnostics.length > 0) process.stdout.write(formatReport(report, options.format, style));
  if (options.format === 'text' && !options.quiet) {
    const outputs = report.outputs ?? [];
    const statements = new Set(outputs.map((o) => o.statement)).size;
    process.stdout.write(style.green(`✔ Wrote ${outputs.length} files for ${statements} statement${statements === 1 ? '' : 's'} to ${options.out}/ (and ${options.out}/manifest.json).`) + '\n');
  }
}

export async function runBuild(inputs: string[], options: BuildCommandOptions): Promise<number> {
  const style = styleFor(process.stdout);
  if (options.watch) {
    const { watch } = await import('../watch.js');
    return watch(inputs, options, style);
  }
  const outcome = await buildOnce(inputs, options);
  printOutcome(outcome, options, style);
  return outcome.code;
}
