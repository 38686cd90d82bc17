import { analyze } from '../../compile.js';
import type { Diagnostic } from '../../diagnostics.js';
import type { StatementSource } from '../../model/input.generated.js';
import { countDiagnostics, sortDiagnostics } from '../../diagnostics.js';
import { exitCodes } from '../errors.js';
import { readInputs, type InputFile } from '../inputs.js';
import { formatReport, type ReportFormat } from '../report/index.js';
import { styleFor } from '../report/style.js';

export interface CheckCommandOptions {
  format: ReportFormat;
  strict: boolean;
}

export interface CheckedFile {
  file: InputFile;
  statementId?: string;
  input?: StatementSource;
}

/** Analyses every file; also reports statement ids used by more than one file (their outputs would collide). */
export function checkFiles(files: InputFile[], strict: boolean): { checked: CheckedFile[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const checked: CheckedFile[] = [];
  const firstById = new Map<string, string>();
  for (const file of files) {
    const analysis = analyze(file.text, { file: file.display, strict });
    diagnostics.push(...analysis.diagnostics);
    const id = analysis.input?.statement.id;
    checked.push({ file, ...(id !== undefined ? { statementId: id, input: analysis.input } : {}) });
    if (id === undefined) continue;
    const first = firstById.get(id);
    if (first === undefined) firstById.set(id, file.display);
    else {
      diagnostics.push({
        rule: 'duplicate-statement-id',
        severity: 'error',
        message: `Statement id \`${id}\` is also used by ${first}; their output files would overwrite each other. Give each statement its own \`statement.id\`.`,
        file: file.display,
        ...(analysis.locator.position('/statement/id') ?? {}),
        path: '/statement/id',
        references: [],
      });
    }
  }
  return { checked, diagnostics: sortDiagnostics(diagnostics) };
}

export async function runCheck(inputs: string[], options: CheckCommandOptions): Promise<number> {
  const files = await readInputs(inputs);
  const { diagnostics } = checkFiles(files, options.strict);
  const counts = countDiagnostics(diagnostics);
  process.stdout.write(formatReport({ diagnostics, ...counts, files: files.length }, options.format, styleFor(process.stdout)));
  return counts.errorCount > 0 ? exitCodes.inputErrors : exitCodes.ok;
}
