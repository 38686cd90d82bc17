import { analyze, renderOutputs, type Output } from '../compile.js';
import type { Diagnostic } from '../diagnostics.js';
import type { Locale } from '../model/input.generated.js';
import type { Format } from '../writers/index.js';
import type { HtmlMode } from '../writers/types.js';
import type { InputFile } from './inputs.js';

export interface RenderRequest {
  formats: Format[];
  html: HtmlMode;
  locales?: Locale[];
  pdfStandard?: 'pdf-ua' | 'pdf-a-2a';
}

export interface FileResult {
  display: string;
  diagnostics: Diagnostic[];
  statementId?: string;
  locales?: Locale[];
  /** Where `statement.id` is, for diagnostics about several files. */
  idPosition?: { line: number; column: number };
  /** Present when the file had no errors and rendering was asked for. */
  outputs?: Output[];
}

/**
 * One statement file from text to outputs: analyse it and, when it has no errors (and every
 * requested locale exists), render it. The same in the main thread and in workers.
 */
export async function processFile(file: Pick<InputFile, 'display' | 'text'>, strict: boolean, render?: RenderRequest): Promise<FileResult> {
  const analysis = analyze(file.text, { file: file.display, strict });
  const input = analysis.input;
  const result: FileResult = { display: file.display, diagnostics: analysis.diagnostics };
  if (!input) return result;
  result.statementId = input.statement.id;
  result.locales = [...input.statement.locales];
  const at = analysis.locator.position('/statement/id');
  if (at) result.idPosition = at;
  const hasErrors = analysis.diagnostics.some((d) => d.severity === 'error');
  const localesOk = !render?.locales || render.locales.every((l) => input.statement.locales.includes(l));
  if (render && !hasErrors && localesOk) {
    result.outputs = await renderOutputs(input, {
      formats: render.formats,
      html: render.html,
      ...(render.locales ? { locales: render.locales } : {}),
      ...(render.pdfStandard ? { pdfStandard: render.pdfStandard } : {}),
    });
  }
  return result;
}

/** Statement ids used by more than one file: their outputs would overwrite each other. */
export function duplicateIds(results: FileResult[]): Diagnostic[] {
  const first = new Map<string, string>();
  const out: Diagnostic[] = [];
  for (const r of results) {
    if (r.statementId === undefined) continue;
    const earlier = first.get(r.statementId);
    if (earlier === undefined) {
      first.set(r.statementId, r.display);
      continue;
    }
    out.push({
      rule: 'duplicate-statement-id',
      severity: 'error',
      message: `Statement id \`${r.statementId}\` is also used by ${earlier}; their output files would overwrite each other. Give each statement its own \`statement.id\`.`,
      file: r.display,
      ...(r.idPosition ?? {}),
      path: '/statement/id',
      references: [],
    });
  }
  return out;
}
