import { analyze, missingLocales, renderOutputs, type Analysis, type Output } from '../compile.js';
import type { FoundChange } from '../lifecycle/changes.js';
import { sortDiagnostics, type Diagnostic } from '../diagnostics.js';
import type { Locale, StatementSource } from '../model/input.generated.js';
import type { Format } from '../writers/index.js';
import type { HtmlMode, WebOptions } from '../writers/types.js';
import type { InputFile } from './inputs.js';
import { describeCode } from './directories.js';
import { stageFile, type StagedFile, type Staging } from './write.js';
import { cliLanguage, say } from './lang.js';

export interface RenderRequest {
  formats: Format[];
  html: HtmlMode;
  locales?: Locale[];
  pdfStandard?: 'pdf-ua' | 'pdf-a-2a';
  /** Web-site options: a fragment's heading level, an id prefix, a table of contents, MDX. */
  web?: WebOptions;
  /**
   * Write each output to its temporary name in the output directory as soon as it is rendered,
   * instead of returning its content: a batch then never holds all its files in memory.
   */
  staging?: Staging;
  /**
   * Analyse only: the output directory was refused, so nothing could be written. The inputs'
   * own problems are still reported (they come first); rendering would be wasted work.
   */
  analyseOnly?: boolean;
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
  /** Instead of `outputs`, when they were staged (see RenderRequest.staging). */
  staged?: StagedFile[];
  /** Why staging an output failed (the disk is full, say). */
  stageError?: string;
}

export interface AnalysedFile {
  result: FileResult;
  /** The checked statement, when it has no errors: ready to render. */
  input?: StatementSource;
  /** The changes since the earlier version, when one was given. */
  changes?: FoundChange[];
}

/** An earlier version of a statement, for `--changes-since`: its text and its name in diagnostics. */
export interface EarlierVersion {
  display: string;
  text: string;
}

/**
 * Analyses one statement file: its diagnostics, id and locales, and the input when it is sound.
 * `formats` are those the build will write (rules about one format's needs speak only then).
 */
export async function analyseFile(file: Pick<InputFile, 'display' | 'text' | 'refused' | 'translations'>, strict: boolean, earlier?: EarlierVersion, formats?: readonly Format[]): Promise<AnalysedFile> {
  if (file.refused) return { result: { display: file.display, diagnostics: [file.refused] } };
  const lock = file.translations ? { translations: file.translations.text, translationsFile: file.translations.display } : {};
  const analysis = analyze(file.text, { file: file.display, strict, ...lock, ...(formats ? { formats } : {}), lang: cliLanguage() });
  const input = analysis.input;
  const result: FileResult = { display: file.display, diagnostics: analysis.diagnostics };
  if (!input) return { result };
  let changes: FoundChange[] | undefined;
  if (earlier && !analysis.diagnostics.some((d) => d.severity === 'error')) {
    const { changesSince } = await import('../lifecycle/since.js');
    const since = changesSince(analysis as Analysis & { input: StatementSource }, earlier.text, { file: file.display, strict, earlierFile: earlier.display, lang: cliLanguage() });
    result.diagnostics = sortDiagnostics([...result.diagnostics, ...since.diagnostics]);
    changes = since.changes;
  }
  result.statementId = input.statement.id;
  result.locales = [...input.statement.locales];
  const at = analysis.locator.position('/statement/id');
  if (at) result.idPosition = at;
  return result.diagnostics.some((d) => d.severity === 'error') ? { result } : { result, input, ...(changes ? { changes } : {}) };
}

/** Renders an analysed statement, unless a requested locale is missing (the caller reports that). */
export async function renderFile(input: StatementSource, render: RenderRequest, changes?: FoundChange[]): Promise<Output[] | undefined> {
  if (missingLocales(render.locales, input.statement.locales).length > 0) return undefined;
  return renderOutputs(input, {
    ...(changes ? { changes } : {}),
    formats: render.formats,
    html: render.html,
    ...(render.locales ? { locales: render.locales } : {}),
    ...(render.pdfStandard ? { pdfStandard: render.pdfStandard } : {}),
    ...render.web,
  });
}

/**
 * One statement file from text to outputs: analyse it and, when it has no errors (and every
 * requested locale exists), render it. The same in the main thread and in workers.
 */
export async function processFile(file: Pick<InputFile, 'display' | 'text' | 'refused' | 'translations'> & { earlier?: EarlierVersion }, strict: boolean, render?: RenderRequest): Promise<FileResult> {
  const { result, input, changes } = await analyseFile(file, strict, file.earlier, render?.formats);
  if (render && input && !render.analyseOnly) {
    const outputs = await renderFile(input, render, changes);
    if (outputs && render.staging) await stageOutputs(render.staging, outputs, result);
    else if (outputs) result.outputs = outputs;
  }
  return result;
}

async function stageOutputs(staging: Staging, outputs: Output[], result: FileResult): Promise<void> {
  result.staged = [];
  try {
    for (const o of outputs) {
      result.staged.push(await stageFile(staging, { name: o.fileName, statement: o.statementId, locale: o.locales.join(','), format: o.format, version: o.version, content: o.content }));
    }
  } catch (error) {
    result.stageError = describeCode(error);
  }
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
      message: say('cli.duplicate-statement-id', { id: r.statementId, earlier }),
      messageId: 'cli.duplicate-statement-id',
      file: r.display,
      ...(r.idPosition ?? {}),
      path: '/statement/id',
      references: [],
    });
  }
  return out;
}
