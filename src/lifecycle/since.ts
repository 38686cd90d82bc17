import { analyze, type Analysis, type Source } from '../compile.js';
import { promoteWarnings, type Diagnostic } from '../diagnostics.js';
import type { MessageLanguage } from '../messages/index.js';
import type { StatementSource } from '../model/input.generated.js';
import type { FoundChange } from './changes.js';
import { compareAnalyses } from './diff.js';

/**
 * The changes of a checked statement since an earlier version of it, for `build
 * --changes-since`: the earlier version is checked too (its errors are reported, under its own
 * name), and `material-change-notice` runs on the new one.
 */
export function changesSince(current: Analysis & { input: StatementSource }, earlier: Source, options: { file?: string; strict?: boolean; earlierFile?: string; lang?: MessageLanguage }): { changes?: FoundChange[]; diagnostics: Diagnostic[] } {
  const earlierFile = options.earlierFile ?? (options.file !== undefined ? `${options.file} (earlier version)` : undefined);
  const before = analyze(earlier, { ...(earlierFile !== undefined ? { file: earlierFile } : {}), ...(options.lang ? { lang: options.lang } : {}) });
  const problems = before.diagnostics.filter((d) => d.severity === 'error');
  if (!before.input || problems.length > 0) {
    // A source without a value always has an error that says why.
    return { diagnostics: problems };
  }
  const comparison = compareAnalyses(before as Analysis & { input: StatementSource }, current, options.file, options.lang);
  return { changes: comparison.changes, diagnostics: options.strict ? promoteWarnings(comparison.diagnostics) : comparison.diagnostics };
}
