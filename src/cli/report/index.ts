import type { Diagnostic } from '../../diagnostics.js';
import { escapeJson, escapeLine } from './escape.js';
import type { Style } from './style.js';
import { say } from '../lang.js';

export type ReportFormat = 'text' | 'json' | 'github';

export interface OutputEntry {
  path: string;
  statement: string;
  locale: string;
  format: string;
  /** The statement's version id. */
  version?: string;
  bytes: number;
  sha256: string;
}

export interface Report {
  diagnostics: Diagnostic[];
  errorCount: number;
  warningCount: number;
  /** How many files were checked. */
  files: number;
  /** For `build`: what was written. */
  outputs?: OutputEntry[];
  outDir?: string;
  /** For `build --clean`: the files removed (names in the output directory). */
  removed?: string[];
  /** For `build --archive`: where the versions are kept. */
  archiveDir?: string;
}

/** Diagnostic fields in the order of cli.md. */
function jsonDiagnostic(d: Diagnostic): Record<string, unknown> {
  return {
    rule: d.rule,
    severity: d.severity,
    message: d.message,
    messageId: d.messageId ?? null,
    file: d.file ?? null,
    line: d.line ?? null,
    column: d.column ?? null,
    path: d.path,
    references: d.references,
  };
}

export function formatJson(report: Report): string {
  const out: Record<string, unknown> = {
    diagnostics: report.diagnostics.map(jsonDiagnostic),
    errorCount: report.errorCount,
    warningCount: report.warningCount,
  };
  if (report.outputs) out.outputs = report.outputs;
  if (report.removed) out.removed = report.removed;
  return escapeJson(JSON.stringify(out, null, 2)) + '\n';
}

/**
 * GitHub Actions workflow commands: annotations on the pull request's files. Line breaks are
 * encoded as the commands require (so that no text can start a command of its own), other
 * control characters escaped as for a terminal (the log is shown as one).
 */
export function formatGithub(report: Report): string {
  const data = (s: string) => escapeLine(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
  const prop = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const lines = report.diagnostics.map((d) => {
    const props = [d.file && `file=${prop(d.file)}`, d.line && `line=${d.line}`, d.column && `col=${d.column}`, `title=${prop(d.rule)}`].filter(Boolean).join(',');
    const refs = d.references.length > 0 ? ` (${d.references.join(', ')})` : '';
    return `::${d.severity === 'error' ? 'error' : 'warning'} ${props}::${data(d.message + refs)}`;
  });
  lines.push(summaryLine(report));
  return lines.join('\n') + '\n';
}

export function summaryLine(report: Report): string {
  const files = say('cli.summary.files', { count: report.files });
  if (report.errorCount === 0 && report.warningCount === 0) return say('cli.summary.no-problems', { files, count: report.files });
  return say('cli.summary.problems', { errors: say('cli.summary.errors', { count: report.errorCount }), warnings: say('cli.summary.warnings', { count: report.warningCount }), files });
}

/** For people: `file:line:col  severity  message  (rule · references)`, then a summary line. */
export function formatText(report: Report, style: Style): string {
  const out: string[] = [];
  const labels = { error: say('cli.severity.error'), warning: say('cli.severity.warning') };
  const width = Math.max(labels.error.length, labels.warning.length);
  for (const d of report.diagnostics) {
    // Everything from the input is escaped: a message quotes values, keys and file names.
    const place = escapeLine([d.file ?? '<input>', d.line, d.column].filter((x) => x !== undefined).join(':'));
    const severity = d.severity === 'error' ? style.red(labels.error.padEnd(width)) : style.yellow(labels.warning.padEnd(width));
    const refs = escapeLine([d.rule, ...d.references].join(' · '));
    out.push(`${style.bold(place)}  ${severity}  ${escapeLine(d.message)}  ${style.dim(`(${refs})`)}`);
  }
  if (out.length > 0) out.push('');
  const line = summaryLine(report);
  out.push(report.errorCount > 0 ? style.red(`✖ ${line}`) : report.warningCount > 0 ? style.yellow(`⚠ ${line}`) : style.green(`✔ ${line}`));
  return out.join('\n') + '\n';
}

export function formatReport(report: Report, format: ReportFormat, style: Style): string {
  if (format === 'json') return formatJson(report);
  if (format === 'github') return formatGithub(report);
  return formatText(report, style);
}
