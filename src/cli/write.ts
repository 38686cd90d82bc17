import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from './errors.js';
import type { OutputEntry } from './report/index.js';

export interface PlannedFile {
  name: string;
  statement: string;
  locale: string;
  format: string;
  content: string | Uint8Array;
}

export const manifestName = 'manifest.json';

function sha256(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

function byteLength(content: string | Uint8Array): number {
  return typeof content === 'string' ? Buffer.byteLength(content, 'utf8') : content.byteLength;
}

interface Manifest {
  generator: string;
  files: OutputEntry[];
}

/** Entries of an earlier manifest whose files are still there, unchanged, and not rebuilt now. */
async function keptEntries(outDir: string, rebuilt: Set<string>): Promise<OutputEntry[]> {
  let previous: Manifest;
  try {
    previous = JSON.parse(await readFile(join(outDir, manifestName), 'utf8')) as Manifest;
  } catch {
    return [];
  }
  if (!Array.isArray(previous?.files)) return [];
  const kept: OutputEntry[] = [];
  for (const entry of previous.files) {
    if (typeof entry?.path !== 'string' || rebuilt.has(entry.path) || entry.path.includes('/') || entry.path.startsWith('.')) continue;
    try {
      const content = await readFile(join(outDir, entry.path));
      if (content.byteLength === entry.bytes && sha256(content) === entry.sha256) kept.push(entry);
    } catch {
      // The file is gone: so is its entry.
    }
  }
  return kept;
}

/**
 * Writes every file, then the manifest, so that nothing is half-written: each file goes to a
 * temporary name in the output directory first and is renamed over the old one only when all
 * of them have been written. A failure before that leaves the directory as it was.
 */
export async function writeOutputs(outDir: string, files: PlannedFile[]): Promise<OutputEntry[]> {
  try {
    await mkdir(outDir, { recursive: true });
  } catch (error) {
    throw new UsageError(`cannot create the output directory ${outDir}: ${reason(error)}`);
  }
  const info = await stat(outDir);
  if (!info.isDirectory()) throw new UsageError(`--out ${outDir} is a file, not a directory`);

  const entries: OutputEntry[] = files.map((f) => ({
    path: f.name,
    statement: f.statement,
    locale: f.locale,
    format: f.format,
    bytes: byteLength(f.content),
    sha256: sha256(f.content),
  }));
  const kept = await keptEntries(outDir, new Set(files.map((f) => f.name)));
  const all = [...kept, ...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const manifest: Manifest = { generator: 'privacy-statement-compiler', files: all };
  const planned = [...files.map((f) => ({ name: f.name, content: f.content })), { name: manifestName, content: JSON.stringify(manifest, null, 2) + '\n' }];

  const staged: { tmp: string; final: string }[] = [];
  const tag = `${process.pid}.${randomBytes(4).toString('hex')}`;
  try {
    for (const file of planned) {
      const tmp = join(outDir, `.${file.name}.${tag}.tmp`);
      staged.push({ tmp, final: join(outDir, file.name) });
      await writeFile(tmp, file.content);
    }
  } catch (error) {
    await Promise.all(staged.map(({ tmp }) => unlink(tmp).catch(() => undefined)));
    throw new UsageError(`cannot write to ${outDir}: ${reason(error)}; nothing was changed`);
  }
  for (const { tmp, final } of staged) await rename(tmp, final);
  return entries;
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOSPC') return 'the disk is full';
  if (code === 'EROFS') return 'the file system is read-only';
  if (code === 'ENOTDIR') return 'a part of the path is a file';
  return (error as Error).message;
}
