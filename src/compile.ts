import { countDiagnostics, promoteWarnings, sortDiagnostics, type Diagnostic } from './diagnostics.js';
import type { FoundChange } from './lifecycle/changes.js';
import { versionId } from './lifecycle/version.js';
import { guardValue } from './load/guard.js';
import { loadSource, noPositions, type Locator, type Written } from './load/source.js';
import type { Locale, StatementSource } from './model/input.generated.js';
import { resolveStatement } from './model/statement.js';
import { checkOptions } from './options.js';
import { ruleById, rules } from './rules/index.js';
import { readLock, type TranslationLock } from './translations/lock.js';
import { runRules } from './rules/run.js';
import type { Rule } from './rules/types.js';
import { messagesIn, type MessageLanguage } from './messages/index.js';
import { validateSchema } from './validate/schema.js';
import type { StatementDocument } from './render/document.js';
import { defaultFormats, fileName, registry, writers, type Format } from './writers/index.js';
import type { ContentOf, HtmlMode, MarkdownFlavour, PdfStandard, Writer, WriterInput, WriterOptions } from './writers/types.js';

export interface CheckOptions {
  /** The file name to put in diagnostics, as the user should see it. */
  file?: string;
  /** Treat warnings as errors. */
  strict?: boolean;
  /**
   * The statement's translations lock file (`<statement>.translations.json`: its JSON text, or
   * the parsed object): `translation-stale` then reports translations whose source text has
   * changed since they were accepted. Without it, nothing is compared.
   */
  translations?: string | object;
  /** The name of the lock file in diagnostics about it. */
  translationsFile?: string;
  /**
   * The formats that will be written. Rules about what one format needs (`register-incomplete`
   * for `csv` and `xlsx`) speak only when it is among them; `compile` passes its own `formats`.
   */
  formats?: readonly Format[];
  /**
   * The language of the diagnostics' messages: `en` (default), `nl` or `fr`. Each diagnostic's
   * `messageId` is the same whatever the language.
   */
  lang?: MessageLanguage;
}

export interface CheckResult {
  diagnostics: Diagnostic[];
  errorCount: number;
  warningCount: number;
  /** `statement.id` and `statement.locales`, when the source is valid enough to tell. */
  statementId?: string;
  locales?: Locale[];
  /** The version id of a valid source: 12 hex digits of the SHA-256 of its canonical content. */
  version?: string;
}

export interface CompileOptions extends CheckOptions {
  /** A subset of `statement.locales`; default all, in the statement's order. */
  locales?: Locale[];
  /** Default: `md`, `html` and `pdf`; `json`, `jsonld`, `tilt`, `csv` and `xlsx` when asked for. */
  formats?: Format[];
  /** `document` (default): a whole page; `fragment`: the `<article>` only, for embedding. */
  html?: HtmlMode;
  /** PDF conformance profile: `pdf-ua` (default) or `pdf-a-2a` for archiving. */
  pdfStandard?: PdfStandard;
  /** A fragment's title level (1–5, default 1). */
  headingLevel?: number;
  /** A prefix for every id and in-page link of the HTML. */
  idPrefix?: string;
  /** The table of contents in a fragment too. */
  toc?: boolean;
  /** `commonmark` (default) or `mdx`: Markdown that MDX (Docusaurus, Next.js, Astro) compiles as it reads. */
  markdown?: MarkdownFlavour;
  /**
   * An earlier version of the statement (YAML or JSON text, or a parsed object): its material
   * and favourable changes are listed in the `changes` section of every locale, and
   * `material-change-notice` checks that they are announced in time.
   */
  changesSince?: Source;
  /** The name of the earlier version in diagnostics, e.g. `statement.yaml@v2024`. */
  changesSinceFile?: string;
}

/** One output file; `content` is typed by its format (bytes for `pdf` and `xlsx`, text otherwise). */
export type Output<F extends Format = Format> = { [K in F]: OutputOf<K> }[F];

export interface OutputOf<F extends Format> {
  statementId: string;
  /** The file's language; for a file of the whole statement (`jsonld`), which holds every language of the statement, its first. */
  locale: Locale;
  /** The languages the file is in: `[locale]`, or every locale of the statement for `jsonld` (whatever `locales` asked for). */
  locales: Locale[];
  format: F;
  /** `<statement.id>.<locale>.<ext>`, or `<statement.id>.<ext>` for a file of the whole statement. */
  fileName: string;
  /** The statement's version id. */
  version: string;
  content: ContentOf[F];
}

export interface CompileResult extends CheckResult {
  /** Empty when there are errors. */
  outputs: Output[];
}

export type Source = string | object;

export interface Analysis {
  input?: StatementSource;
  diagnostics: Diagnostic[];
  /** Positions in the source, for diagnostics found later (by the CLI, across files). */
  locator: Locator;
}

const referencesOf = (rule: string): string[] => ruleById(rule)?.meta.references ?? [];

/** Load, validate against the schema, run the rules. Pure: no file system, no clock. */
/**
 * `analyze`'s own option, not the library's: the rules to run (all by default). The translations
 * commands need only what stops them (`source-locale`), not everything `check` reports.
 */
export interface AnalyzeOptions extends CheckOptions {
  rules?: readonly Rule[];
}

export function analyze(source: Source, options: AnalyzeOptions = {}): Analysis {
  const file = options.file;
  let value: unknown;
  let locator: Locator = noPositions;
  let written: ((ptr: string) => Written | undefined) | undefined;
  const diagnostics: Diagnostic[] = [];
  if (typeof source === 'string') {
    const loaded = loadSource(source, file, options.lang);
    diagnostics.push(...loaded.diagnostics);
    value = loaded.value;
    locator = loaded.locator;
    written = loaded.written;
    if (value === undefined && loaded.diagnostics.some((d) => d.severity === 'error')) return finish(diagnostics, undefined, locator, options);
  } else {
    // An object from the caller may contain itself, nest without end or hold a Date: checked,
    // and copied, before anything walks it.
    const guarded = guardValue(source, { copy: true, ...(options.lang ? { lang: options.lang } : {}) });
    if ('problem' in guarded) {
      const { rule, path, message, messageId } = guarded.problem;
      diagnostics.push({ rule, severity: 'error', message, messageId, ...(file !== undefined ? { file } : {}), path, references: [] });
      return finish(diagnostics, undefined, locator, options);
    }
    value = guarded.value;
  }
  const schemaDiagnostics = validateSchema(value, { ...(file !== undefined ? { file } : {}), locator, ...(written ? { written } : {}), referencesOf, ...(options.lang ? { lang: options.lang } : {}) });
  diagnostics.push(...schemaDiagnostics);
  if (schemaDiagnostics.length > 0) return finish(diagnostics, undefined, locator, options);
  const input = value as StatementSource;
  let translations: TranslationLock | undefined;
  if (options.translations !== undefined) {
    const read = readLock(options.translations, options.translationsFile, options.lang);
    diagnostics.push(...read.diagnostics);
    translations = read.lock;
  }
  diagnostics.push(...runRules(options.rules ?? rules, input, { ...(file !== undefined ? { file } : {}), locator, ...(translations ? { translations } : {}), ...(options.formats ? { formats: options.formats } : {}), ...(options.lang ? { lang: options.lang } : {}) }));
  return finish(diagnostics, input, locator, options);
}

function finish(diagnostics: Diagnostic[], input: StatementSource | undefined, locator: Locator, options: CheckOptions): Analysis {
  const all = sortDiagnostics(options.strict ? promoteWarnings(diagnostics) : diagnostics);
  return input ? { input, diagnostics: all, locator } : { diagnostics: all, locator };
}

function summary(analysis: Analysis): CheckResult {
  return {
    diagnostics: analysis.diagnostics,
    ...countDiagnostics(analysis.diagnostics),
    ...(analysis.input ? { statementId: analysis.input.statement.id, locales: [...analysis.input.statement.locales], version: versionId(analysis.input) } : {}),
  };
}

/** Mistakes in the options themselves, as a result with their diagnostics. */
function refusedOptions(options: unknown, kind: 'check' | 'compile'): CompileResult | undefined {
  const problems = checkOptions(options, kind);
  return problems.length > 0 ? { diagnostics: problems, ...countDiagnostics(problems), outputs: [] } : undefined;
}

/** Validates a statement source (YAML or JSON text, or an already parsed object). */
export async function check(source: Source, options: CheckOptions = {}): Promise<CheckResult> {
  const refused = refusedOptions(options, 'check');
  if (refused) return { diagnostics: refused.diagnostics, errorCount: refused.errorCount, warningCount: refused.warningCount };
  return summary(analyze(source, options));
}

/**
 * Validates a statement source and, when it has no errors, renders it in every requested
 * locale and format. Nothing here touches the file system or the process.
 */
export async function compile(source: Source, options: CompileOptions = {}): Promise<CompileResult> {
  const refused = refusedOptions(options, 'compile');
  if (refused) return refused;
  const analysis = analyze(source, options);
  let result = summary(analysis);
  if (!analysis.input || result.errorCount > 0) return { ...result, outputs: [] };
  let changes: FoundChange[] | undefined;
  if (options.changesSince !== undefined) {
    const { changesSince } = await import('./lifecycle/since.js');
    const since = changesSince(analysis as Analysis & { input: StatementSource }, options.changesSince, { ...options, ...(options.changesSinceFile !== undefined ? { earlierFile: options.changesSinceFile } : {}) });
    changes = since.changes;
    const diagnostics = sortDiagnostics([...result.diagnostics, ...since.diagnostics]);
    result = { ...result, diagnostics, ...countDiagnostics(diagnostics) };
    if (result.errorCount > 0) return { ...result, outputs: [] };
  }
  const available = analysis.input.statement.locales;
  const missing = missingLocales(options.locales, available);
  if (missing.length > 0 || options.locales?.length === 0) {
    const say = messagesIn(options.lang);
    const messageId = missing.length > 0 ? 'compile.locale-not-available' : 'compile.no-locale';
    const diagnostic: Diagnostic = {
      rule: 'locale-not-available',
      severity: 'error',
      message: say(messageId, { missing: missing.join(', '), available: available.join(', ') }),
      messageId,
      ...(options.file !== undefined ? { file: options.file } : {}),
      ...(analysis.locator.position('/statement/locales') ?? {}),
      path: '/statement/locales',
      references: [],
    };
    return { ...result, diagnostics: [...result.diagnostics, diagnostic], errorCount: result.errorCount + 1, outputs: [] };
  }
  return { ...result, outputs: await renderOutputs(analysis.input, { ...options, ...(changes ? { changes } : {}) }) };
}

/** The requested locales a statement is not written in (none when all locales are wanted). */
export function missingLocales(requested: readonly Locale[] | undefined, available: readonly Locale[]): Locale[] {
  return (requested ?? []).filter((l) => !available.includes(l));
}

/**
 * Renders a statement that has passed `analyze` without errors: every locale of
 * `options.locales` (default: all, in the statement's order) in every format, then the formats
 * of the whole statement (`jsonld`) once, in all the statement's locales.
 */
export async function renderOutputs(input: StatementSource, options: Omit<CompileOptions, 'file' | 'strict' | 'changesSince' | 'changesSinceFile' | 'translations' | 'translationsFile'> & { changes?: readonly FoundChange[] } = {}): Promise<Output[]> {
  const locales = input.statement.locales.filter((l) => !options.locales || options.locales.includes(l));
  const formats = options.formats ?? defaultFormats;
  const model = resolveStatement(input, options.changes ? { changes: options.changes } : {});
  const { renderDocument } = await import('./render/document.js');
  // Each locale's document is made once, when a writer first reads it.
  const documents = new Map<Locale, StatementDocument>();
  const documentIn = (locale: Locale): StatementDocument => {
    let doc = documents.get(locale);
    if (!doc) documents.set(locale, (doc = renderDocument(model, locale)));
    return doc;
  };
  const writerOptions: WriterOptions = {
    html: options.html ?? 'document',
    ...(options.pdfStandard ? { pdfStandard: options.pdfStandard } : {}),
    ...(options.headingLevel !== undefined ? { headingLevel: options.headingLevel } : {}),
    ...(options.idPrefix !== undefined ? { idPrefix: options.idPrefix } : {}),
    ...(options.toc ? { toc: true } : {}),
    ...(options.markdown ? { markdown: options.markdown } : {}),
    built: { locales, formats },
  };
  const writerInput = (locale: Locale, inFile: readonly Locale[]): WriterInput => ({
    model,
    get document() {
      return documentIn(locale);
    },
    locale,
    locales: inFile,
    documentIn,
    options: writerOptions,
  });
  // A file of the whole statement is in all its languages, whichever the build asked for, so
  // that builds of one language at a time do not each write it differently.
  const all = input.statement.locales;
  const loaded = await Promise.all(formats.map(async (f) => [f, (await writers[f]()) as Writer] as const));
  const outputs: Output[] = [];
  const id = input.statement.id;
  const output = (format: Format, locale: Locale, content: ContentOf[Format]): Output => {
    const whole = registry[format].scope === 'statement';
    return { statementId: id, locale, locales: whole ? [...all] : [locale], format, fileName: fileName(format, id, locale), version: model.version, content } as Output;
  };
  for (const locale of locales) {
    for (const [format, write] of loaded) {
      if (registry[format].scope === 'locale') outputs.push(output(format, locale, await write(writerInput(locale, [locale]))));
    }
  }
  for (const [format, write] of loaded) {
    if (registry[format].scope === 'statement' && locales.length > 0) outputs.push(output(format, all[0]!, await write(writerInput(all[0]!, all))));
  }
  return outputs;
}
