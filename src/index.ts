/**
 * privacy-statement-compiler as a library: the same code the CLI runs.
 *
 *   import { compile, check } from 'privacy-statement-compiler';
 *   const result = await compile(yamlText, { locales: ['nl'], formats: ['html'] });
 */
export { check, compile } from './compile.js';
export { diff } from './lifecycle/diff.js';
export type { DiffOptions, DiffReport, DiffResult, VersionInfo } from './lifecycle/diff.js';
export type { ChangeClass, ChangeKind, ChangeSubject, StatementChange } from './lifecycle/changes.js';
export { versionId } from './lifecycle/version.js';
export { acceptReport, exportTranslations, importTranslations, openTranslations, statusReport } from './translations/api.js';
export type { ImportResult, Opened, TranslationEntry, TranslationReport, TranslationsOptions } from './translations/api.js';
export type { TranslationLock, TranslationStatus } from './translations/lock.js';
export type { CheckOptions, CheckResult, CompileOptions, CompileResult, Output, OutputOf, Source } from './compile.js';
export type { Diagnostic, Severity } from './diagnostics.js';
export type { ContentOf, Format, HtmlMode, PdfStandard } from './writers/types.js';
export type { Locale, StatementSource } from './model/input.generated.js';
export { rules } from './rules/index.js';
export type { Rule, RuleMeta } from './rules/types.js';
