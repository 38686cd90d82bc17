import { diff, type DiffReport } from '../../lifecycle/diff.js';
import { diffMarkdown, diffText } from '../../lifecycle/memo.js';
import type { Locale } from '../../model/input.generated.js';
import { exitCodes, UsageError } from '../errors.js';
import { readAtRevision } from '../git.js';
import { readInputs } from '../inputs.js';
import { chosenLanguage, cliLanguage, say } from '../lang.js';
import { formatReport } from '../report/index.js';
import { styleFor } from '../report/style.js';

export interface DiffCommandOptions {
  format: 'text' | 'json' | 'markdown';
  locale?: Locale;
  since?: string;
  failOn?: 'material' | 'favourable' | 'any';
  strict: boolean;
}

/**
 * `diff <old> <new>`, or `diff <file> --since <revision>`: both versions checked, then compared by
 * id. Exit 0 when the comparison ran; 1 when an input has errors, or a change of the class named
 * by `--fail-on` was found; 2 for usage errors.
 */
export async function runDiff(files: string[], options: DiffCommandOptions): Promise<number> {
  let oldText: string;
  let oldName: string;
  let newFile;
  let revision: string | undefined;
  if (options.since !== undefined) {
    if (files.length !== 1) throw new UsageError(say('diff.since-one-file', { since: options.since, count: files.length }));
    [newFile] = await readInputs(files);
    oldText = await readAtRevision(files[0]!, options.since);
    oldName = newFile!.display;
    revision = options.since;
  } else {
    if (files.length !== 2) throw new UsageError(say('diff.two-files', { count: files.length }));
    const [oldFile, next] = await readInputs(files);
    oldText = oldFile!.text;
    oldName = oldFile!.display;
    newFile = next;
  }
  const result = await diff(oldText, newFile!.text, {
    oldFile: oldName,
    newFile: newFile!.display,
    ...(revision !== undefined ? { oldRevision: revision } : {}),
    ...(options.locale ? { locale: options.locale } : {}),
    strict: options.strict,
    lang: cliLanguage(),
  });
  const style = styleFor(process.stdout);
  if (!result.changes) {
    // An input has errors: its diagnostics, as `check` prints them.
    process.stdout.write(formatReport({ ...result, files: 2 }, options.format === 'json' ? 'json' : 'text', style));
    return exitCodes.inputErrors;
  }
  const report = result as DiffReport & typeof result;
  const locale = result.locale!;
  if (options.format === 'json') {
    const out: Record<string, unknown> = { from: report.from, to: report.to, changes: report.changes, counts: report.counts };
    if (result.diagnostics.length > 0) out.diagnostics = result.diagnostics;
    process.stdout.write(JSON.stringify(out, null, 2) + '\n');
  } else if (options.format === 'markdown') {
    process.stdout.write(diffMarkdown(report, result.statementId!, locale));
  } else {
    // Headings and labels in the language of the messages; when none was named, in that of the summaries.
    process.stdout.write(diffText(report, chosenLanguage() ?? locale, style));
    if (result.diagnostics.length > 0) process.stdout.write('\n' + formatReport({ ...result, files: 1 }, 'text', style));
  }
  if (result.errorCount > 0) return exitCodes.inputErrors;
  const failing = options.failOn === 'any' ? report.changes.filter((c) => c.class !== 'editorial') : options.failOn ? report.changes.filter((c) => c.class === options.failOn) : [];
  if (failing.length > 0) {
    if (options.format === 'text') process.stderr.write(`privacy-statement: ${say(`diff.fail-on.${options.failOn!}`, { count: failing.length })}\n`);
    return exitCodes.inputErrors;
  }
  return exitCodes.ok;
}
