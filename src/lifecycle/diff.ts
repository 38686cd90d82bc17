import { analyze, type Analysis, type Source } from '../compile.js';
import { countDiagnostics, promoteWarnings, sortDiagnostics, type Diagnostic } from '../diagnostics.js';
import type { MessageLanguage } from '../messages/index.js';
import type { Locale, StatementSource } from '../model/input.generated.js';
import { translator } from '../render/i18n.js';
import materialChangeNotice from '../rules/material-change-notice.js';
import { runRules } from '../rules/run.js';
import { changeClasses, type ChangeClass, type FoundChange, type StatementChange } from './changes.js';
import { compareStatements } from './compare.js';
import { reportChange } from './describe.js';
import { versionId } from './version.js';

export interface DiffOptions {
  /** The language of the summaries; default: the new statement's first language. */
  locale?: Locale;
  /** The names to show for the two sources (file names, or `file@revision`). */
  oldFile?: string;
  newFile?: string;
  /** The git revision the old source was read from, when it was (`diff --since`). */
  oldRevision?: string;
  /** Treat warnings as errors. */
  strict?: boolean;
  /** The language of the diagnostics' messages (default `en`); the summaries follow `locale`. */
  lang?: MessageLanguage;
}

/** One side of a comparison. */
export interface VersionInfo {
  file?: string;
  revision?: string;
  lastAmended: string;
  effectiveFrom?: string;
  version: string;
}

export interface DiffReport {
  from: VersionInfo;
  to: VersionInfo;
  /** Material changes first, then favourable, then editorial; each group in the order of the file. */
  changes: StatementChange[];
  counts: Record<ChangeClass, number>;
}

export interface DiffResult extends Partial<DiffReport> {
  /** The new version's `statement.id`, when compared. */
  statementId?: string;
  /** The language of the summaries, when compared. */
  locale?: Locale;
  /** Problems of either source (then there is no comparison), and `material-change-notice`. */
  diagnostics: Diagnostic[];
  errorCount: number;
  warningCount: number;
}

export interface Comparison {
  before: StatementSource;
  after: StatementSource;
  changes: FoundChange[];
  /** `material-change-notice` and any other diagnostic about the changes, for the new source. */
  diagnostics: Diagnostic[];
}

/** The changes between two checked statements, material first, with the rules about changes run on the new one. */
export function compareAnalyses(before: Analysis & { input: StatementSource }, after: Analysis & { input: StatementSource }, file?: string, lang?: MessageLanguage): Comparison {
  const found = compareStatements(before.input, after.input);
  const changes = changeClasses.flatMap((cls) => found.filter((c) => c.class === cls));
  const diagnostics = runRules([materialChangeNotice], after.input, { ...(file !== undefined ? { file } : {}), locator: after.locator, changes, ...(lang ? { lang } : {}) });
  return { before: before.input, after: after.input, changes, diagnostics };
}

function info(input: StatementSource, file: string | undefined, revision?: string): VersionInfo {
  return {
    ...(file !== undefined ? { file } : {}),
    ...(revision !== undefined ? { revision } : {}),
    lastAmended: input.statement.lastAmended,
    ...(input.statement.effectiveFrom !== undefined ? { effectiveFrom: input.statement.effectiveFrom } : {}),
    version: versionId(input),
  };
}

/**
 * Compares two versions of a statement (YAML or JSON text, or parsed objects): both are checked
 * first, and only when neither has errors are they compared. Items are matched by id, so that
 * reordering or reformatting is no change. Pure: no file system, no clock.
 */
export async function diff(oldSource: Source, newSource: Source, options: DiffOptions = {}): Promise<DiffResult> {
  // Diagnostics of a version read from git name the revision: `statement.yaml@HEAD~1`.
  const oldFile = options.oldFile !== undefined && options.oldRevision !== undefined ? `${options.oldFile}@${options.oldRevision}` : options.oldFile;
  const lang = options.lang ? { lang: options.lang } : {};
  const before = analyze(oldSource, { ...(oldFile !== undefined ? { file: oldFile } : {}), ...lang });
  const after = analyze(newSource, { ...(options.newFile !== undefined ? { file: options.newFile } : {}), ...lang });
  const problems = [...before.diagnostics, ...after.diagnostics].filter((d) => d.severity === 'error');
  if (!before.input || !after.input || problems.length > 0) {
    const diagnostics = sortDiagnostics(options.strict ? promoteWarnings(problems) : problems);
    return { diagnostics, ...countDiagnostics(diagnostics) };
  }
  const comparison = compareAnalyses(before as Analysis & { input: StatementSource }, after as Analysis & { input: StatementSource }, options.newFile, options.lang);
  const locale = options.locale ?? after.input.statement.locales[0];
  const t = translator(locale);
  const changes = comparison.changes.map((c) => reportChange(c, locale, t));
  const diagnostics = sortDiagnostics(options.strict ? promoteWarnings(comparison.diagnostics) : comparison.diagnostics);
  return {
    statementId: after.input.statement.id,
    locale,
    from: info(before.input, options.oldFile, options.oldRevision),
    to: info(after.input, options.newFile),
    changes,
    counts: countChanges(changes),
    diagnostics,
    ...countDiagnostics(diagnostics),
  };
}

export function countChanges(changes: readonly { class: ChangeClass }[]): Record<ChangeClass, number> {
  const counts: Record<ChangeClass, number> = { material: 0, favourable: 0, editorial: 0 };
  for (const c of changes) counts[c.class]++;
  return counts;
}
