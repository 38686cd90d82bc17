import { resolve } from 'node:path';
import { renderOutputs } from '../../compile.js';
import { countDiagnostics } from '../../diagnostics.js';
import type { Locale } from '../../model/input.generated.js';
import type { Format } from '../../writers/index.js';
import type { HtmlMode, PdfStandard } from '../../writers/types.js';
import { exitCodes, UsageError } from '../errors.js';
import { readInputs } from '../inputs.js';
import { formatReport, type ReportFormat } from '../report/index.js';
import { styleFor } from '../report/style.js';
import { writeOutputs, type PlannedFile } from '../write.js';
import { checkFiles } from './check.js';

export interface BuildCommandOptions {
  out: string;
  locale?: Locale[];
  to: Format[];
  html: HtmlMode;
  format: ReportFormat;
  strict: boolean;
  quiet: boolean;
  pdfStandard?: PdfStandard;
}

export async function runBuild(inputs: string[], options: BuildCommandOptions): Promise<number> {
  const files = await readInputs(inputs);
  const style = styleFor(process.stdout);
  const { checked, diagnostics } = checkFiles(files, options.strict);
  const counts = countDiagnostics(diagnostics);
  const report = { diagnostics, ...counts, files: files.length };
  if (counts.errorCount > 0) {
    process.stdout.write(formatReport(report, options.format, style));
    if (options.format === 'text') process.stdout.write(style.red('Nothing was written.') + '\n');
    return exitCodes.inputErrors;
  }

  if (options.locale) {
    for (const { file, input } of checked) {
      const missing = options.locale.filter((l) => !input!.statement.locales.includes(l));
      if (missing.length > 0) {
        throw new UsageError(`--locale ${missing.join(',')}: ${file.display} is written in ${input!.statement.locales.join(', ')} only; leave out --locale or choose from those`);
      }
    }
  }

  const progress = !options.quiet && options.format === 'text' && process.stderr.isTTY;
  const planned: PlannedFile[] = [];
  for (const [i, { file, input }] of checked.entries()) {
    if (progress) process.stderr.write(`\r\u001b[2KBuilding ${file.display} (${i + 1}/${checked.length})…`);
    const outputs = await renderOutputs(input!, {
      formats: options.to,
      html: options.html,
      ...(options.locale ? { locales: options.locale } : {}),
      ...(options.pdfStandard ? { pdfStandard: options.pdfStandard } : {}),
    });
    for (const o of outputs) planned.push({ name: o.fileName, statement: o.statementId, locale: o.locale, format: o.format, content: o.content });
  }
  if (progress) process.stderr.write('\r\u001b[2K');

  const outDir = resolve(options.out);
  const outputs = await writeOutputs(outDir, planned);
  if (options.format !== 'text' || !options.quiet || diagnostics.length > 0) {
    process.stdout.write(formatReport({ ...report, outputs, outDir: options.out }, options.format, style));
  }
  if (options.format === 'text' && !options.quiet) {
    const statements = new Set(outputs.map((o) => o.statement)).size;
    process.stdout.write(style.green(`✔ Wrote ${outputs.length} files for ${statements} statement${statements === 1 ? '' : 's'} to ${options.out}/ (and ${options.out}/manifest.json).`) + '\n');
  }
  return exitCodes.ok;
}
