import { commitStaged } from './commit.js';
import { describeCode } from './directories.js';
import { UsageError } from './errors.js';
import type { OutputEntry } from './report/index.js';
import { discardStaging, openStaging, stageFile, type PlannedFile, type StagedFile } from './staging.js';
import { say } from './lang.js';

/**
 * Writing a build's outputs, whole or not at all:
 *
 * - staging.ts: each file is written under a temporary name beside its target as soon as it is
 *   rendered (by whichever process rendered it), marked with the build's tag;
 * - commit.ts and journal.ts: when every statement is rendered, the files are put in place under
 *   the directory's lock (lock.ts), through a journal that a build killed half-way leaves for the
 *   next build to finish;
 * - interrupt.ts: what Ctrl+C does at each stage.
 */
export { commitStaged, manifestName } from './commit.js';
export { closeStaging, discardStaging, openStaging, stageFile, stagingDirectory, type OpenStaging, type PlannedFile, type StagedFile, type Staging } from './staging.js';

/**
 * Writes every file and the manifest without ever leaving a half-written or missing output:
 * each file goes to a temporary name in the output directory first; only when all of them are
 * written are they put in place (see commit.ts). A failure before that removes the temporary
 * files and leaves the directory as it was.
 */
export async function writeOutputs(outDir: string, files: PlannedFile[], options: { clean?: boolean } = {}): Promise<OutputEntry[]> {
  const staging = await openStaging(outDir);
  const staged: StagedFile[] = [];
  try {
    for (const file of files) staged.push(await stageFile(staging, file));
  } catch (error) {
    await discardStaging(staging);
    throw new UsageError(say('cli.build.cannot-write', { dir: outDir, reason: describeCode(error) }));
  }
  return commitStaged({ staging, staged, ...(options.clean ? { clean: true } : {}) });
}
