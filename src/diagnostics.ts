/** A problem found in a statement source, with its place in the file. Never thrown: collected. */
export type Severity = 'error' | 'warning';

export interface Diagnostic {
  /** Stable rule id; never changes meaning once published. */
  rule: string;
  severity: Severity;
  /** A sentence a lawyer can act on: what is wrong and how to fix it. */
  message: string;
  /** The message's id in the message catalogue (locales/messages/), the same in every language. */
  messageId?: string;
  /** The source file as the user named it, when the source came from a file. */
  file?: string;
  /** 1-based line and column of the offending value, when the source had positions. */
  line?: number;
  column?: number;
  /** JSON Pointer (RFC 6901) of the offending value in the input. */
  path: string;
  /** The legal provisions behind the rule, e.g. "GDPR Art. 13(1)(d)"; empty for syntax and schema errors. */
  references: string[];
}

export interface DiagnosticCounts {
  errorCount: number;
  warningCount: number;
}

export function countDiagnostics(diagnostics: readonly Diagnostic[]): DiagnosticCounts {
  let errorCount = 0;
  let warningCount = 0;
  for (const d of diagnostics) {
    if (d.severity === 'error') errorCount++;
    else warningCount++;
  }
  return { errorCount, warningCount };
}

/** Code-unit order, the same whatever the machine's language (unlike `localeCompare`). */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Source order first, then rule id, so that output is stable whatever order rules ran in. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort(
    (a, b) =>
      compare(a.file ?? '', b.file ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      compare(a.path, b.path) ||
      compare(a.rule, b.rule) ||
      compare(a.message, b.message),
  );
}

/** `--strict`: every warning becomes an error. */
export function promoteWarnings(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.map((d) => (d.severity === 'warning' ? { ...d, severity: 'error' } : d));
}
