import { countDiagnostics, sortDiagnostics } from '../../diagnostics.js';
import { exitCodes } from '../errors.js';
import { readInputs } from '../inputs.js';
import { processAll } from '../pool.js';
import { formatReport, type ReportFormat } from '../report/index.js';
import { styleFor } from '../report/style.js';

export interface CheckCommandOptions {
  format: ReportFormat;
  strict: boolean;
}

export async function runCheck(inputs: string[], options: CheckCommandOptions): Promise<number> {
  const files = await readInputs(inputs);
  const results = await processAll(files, { strict: options.strict });
  // Two versions of one statement (the current one and an earlier one kept beside it) may share
  // an id: only a build, whose files would overwrite each other, refuses that.
  const diagnostics = sortDiagnostics(results.flatMap((r) => r.diagnostics));
  const counts = countDiagnostics(diagnostics);
  process.stdout.write(formatReport({ diagnostics, ...counts, files: files.length }, options.format, styleFor(process.stdout)));
  return counts.errorCount > 0 ? exitCodes.inputErrors : exitCodes.ok;
}
