import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { analyze, renderOutputs, type Analysis } from '../compile.js';
import type { Diagnostic } from '../diagnostics.js';
import { planArchive, sha256, versionsFileName, type ArchiveCandidate, type VersionsFile } from '../lifecycle/archive.js';
import { versionId } from '../lifecycle/version.js';
import type { StatementSource } from '../model/input.generated.js';
import type { PdfStandard } from '../writers/types.js';
import type { ExtraRename } from './commit.js';
import { UsageError } from './errors.js';
import type { InputFile } from './inputs.js';
import type { FileResult } from './pipeline.js';
import { describeCode } from './directories.js';
import { stageFile, stagingDirectory, type OpenStaging } from './write.js';
import { cliLanguage, say } from './lang.js';
import type { MessageId, MessageValues } from '../messages/index.js';

/**
 * What archiving a build will write, staged with the build's own files: renamed into place in
 * the build's commit (the same journal as the output directory's, see commit.ts), so that the
 * archive and the output directory never disagree about which build was the last.
 */
export interface StagedArchive {
  diagnostics: Diagnostic[];
  /** The renames, in order: a version's files first, versions.json and the history pages last. */
  renames: ExtraRename[];
  /** The archive's directory, locked during the commit. */
  root: string;
  /** Under the lock: refuses to commit if another build changed a versions.json this build planned against. */
  verify(): Promise<void>;
}

/**
 * Prepares `--archive <dir>` for the statements just built: their files (PDFs as PDF/A-2a) under
 * `<dir>/<id>/<lastAmended>/`, `versions.json` and the version history pages. Refuses, with
 * `archive-version-exists`, a different content under a date already archived; nothing is
 * renamed into place until the build's commit.
 */
export async function stageArchive(dir: string, files: InputFile[], results: FileResult[], pdfStandard: PdfStandard | undefined, staging: OpenStaging): Promise<StagedArchive> {
  const root = resolve(dir);
  const diagnostics: Diagnostic[] = [];
  const renames: ExtraRename[] = [];
  /** Each versions.json planned against, with its content then. */
  const planned = new Map<string, string | undefined>();
  try {
    for (const result of results) {
      const file = files.find((f) => f.display === result.display);
      if (!file || !result.staged || result.staged.length === 0) continue;
      // Checked by this build already: read again for its statement only, without the rules.
      const analysis = analyze(file.text, { file: file.display, rules: [] });
      if (!analysis.input) continue;
      const input = analysis.input;
      const candidate = await candidateOf(file, analysis as Analysis & { input: StatementSource }, result, pdfStandard);
      const statementDir = join(root, input.statement.id);
      const versionsPath = join(statementDir, versionsFileName);
      // Read once: what the plan starts from is what the commit checks is still there.
      const { text: versionsText, versions: existing } = await readVersions(versionsPath);
      planned.set(versionsPath, versionsText);
      // Files already in the version's directory, hashed to tell the same content from another.
      const hashes = new Map<string, string>();
      for (const f of candidate.files) {
        const path = `${input.statement.lastAmended}/${f.name}`;
        const content = await readFile(join(statementDir, path)).catch(() => undefined);
        if (content) hashes.set(path, sha256(content));
      }
      const settled = planArchive(existing, candidate, (path) => hashes.get(path));
      if ('conflict' in settled) {
        const { archived, file: clash } = settled.conflict;
        diagnostics.push({
          rule: 'archive-version-exists',
          severity: 'error',
          ...(settled.conflict.reason === 'other-version'
            ? messageOf('archive.other-version', { id: input.statement.id, date: archived.lastAmended, archived: archived.version, version: candidate.version, dir: join(dir, input.statement.id, archived.lastAmended) })
            : messageOf('archive.other-file', { file: join(dir, input.statement.id, clash ?? '') })),
          file: file.display,
          ...(analysis.locator.position('/statement/lastAmended') ?? {}),
          path: '/statement/lastAmended',
          references: ['GDPR Art. 5(2)', 'WP260 rev.01 § 33'],
        });
        continue;
      }
      for (const write of settled.plan.writes) {
        const target = join(statementDir, write.path);
        const targetDir = await stagingDirectory(staging, join(target, '..'));
        const staged = await stageFile(staging, { name: write.path.slice(write.path.lastIndexOf('/') + 1), statement: input.statement.id, locale: '', format: '', content: write.content }, targetDir);
        renames.push({ tmp: staged.tmp, target, sha256: staged.sha256 });
      }
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(say('archive.cannot-write', { dir, reason: describeCode(error) }));
  }
  // The version's files first, versions.json and the history pages last: a reader who finds a version listed finds its files.
  const order = (r: ExtraRename) => (r.target.endsWith(versionsFileName) ? 1 : r.target.endsWith('.html') && !/\d{4}-\d{2}-\d{2}[\\/]/.test(r.target) ? 2 : 0);
  renames.sort((a, b) => order(a) - order(b));
  return {
    diagnostics,
    renames: diagnostics.length > 0 ? [] : renames,
    root,
    async verify() {
      for (const [path, before] of planned) {
        const now = await readFile(path, 'utf8').catch(() => undefined);
        if (now !== before) throw new UsageError(say('archive.changed-meanwhile', { dir, path }));
      }
    },
  };
}

/** A diagnostic's message and its id, in the language of the messages. */
function messageOf(id: MessageId, values: MessageValues): { message: string; messageId: MessageId } {
  return { message: say(id, values), messageId: id };
}

/** The archived copy of a build: the files it wrote, with PDFs made again as PDF/A-2a when they were not. */
async function candidateOf(file: InputFile, analysis: Analysis & { input: StatementSource }, result: FileResult, pdfStandard: PdfStandard | undefined): Promise<ArchiveCandidate> {
  const input = analysis.input;
  const staged = result.staged ?? [];
  const out: ArchiveCandidate['files'] = [];
  const pdfLocales = staged.filter((s) => s.format === 'pdf').map((s) => s.locale);
  let archivalPdfs = new Map<string, Uint8Array>();
  if (pdfLocales.length > 0 && pdfStandard !== 'pdf-a-2a') {
    let changes;
    if (file.earlier) {
      const { changesSince } = await import('../lifecycle/since.js');
      changes = changesSince(analysis, file.earlier.text, { file: file.display, earlierFile: file.earlier.display, lang: cliLanguage() }).changes;
    }
    const pdfs = await renderOutputs(input, { formats: ['pdf'], locales: pdfLocales as StatementSource['statement']['locales'], pdfStandard: 'pdf-a-2a', ...(changes ? { changes } : {}) });
    archivalPdfs = new Map(pdfs.map((o) => [o.fileName, o.content as Uint8Array]));
  }
  for (const s of staged) {
    out.push({ name: s.path, content: archivalPdfs.get(s.path) ?? (await readFile(s.tmp)) });
  }
  return {
    statementId: input.statement.id,
    controller: input.controller.name,
    lastAmended: input.statement.lastAmended,
    ...(input.statement.effectiveFrom !== undefined ? { effectiveFrom: input.statement.effectiveFrom } : {}),
    version: versionId(input),
    files: out,
  };
}

/** A statement's versions.json in the archive: its text (the commit checks it is unchanged) and its versions; nothing when there is none yet. */
async function readVersions(path: string): Promise<{ text?: string; versions?: VersionsFile }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new UsageError(say('output.cannot-read', { file: path, reason: describeCode(error) }));
  }
  try {
    const value = JSON.parse(text) as VersionsFile;
    if (typeof value?.statement === 'string' && Array.isArray(value.versions) && value.versions.every((v) => typeof v?.lastAmended === 'string' && typeof v.version === 'string' && Array.isArray(v.files))) {
      return { text, versions: { statement: value.statement, versions: value.versions.map((v) => ({ ...v, effectiveFrom: v.effectiveFrom ?? v.lastAmended })) } };
    }
  } catch {
    // reported below
  }
  throw new UsageError(say('archive.not-versions-file', { path }));
}
