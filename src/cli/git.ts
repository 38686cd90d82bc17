import { execFile } from 'node:child_process';
import { basename, dirname, relative, resolve } from 'node:path';
import { UsageError } from './errors.js';
import { say } from './lang.js';

function git(args: string[], cwd: string): Promise<{ ok: true; stdout: string } | { ok: false; stderr: string; missing: boolean }> {
  return new Promise((done) => {
    execFile('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, windowsHide: true }, (error, stdout, stderr) => {
      if (!error) done({ ok: true, stdout });
      else done({ ok: false, stderr: String(stderr || error.message).trim(), missing: (error as NodeJS.ErrnoException).code === 'ENOENT' });
    });
  });
}

/**
 * A file as it was at a git revision (`git show <rev>:<path>`), for `diff --since` and
 * `build --changes-since`. Usage errors say what to do: not a repository, no such revision, or
 * no such file at that revision.
 */
export async function readAtRevision(file: string, revision: string, flag = '--since'): Promise<string> {
  const absolute = resolve(file);
  const dir = dirname(absolute);
  if (revision.startsWith('-')) throw new UsageError(say('output.git.dash', { flag, revision }));
  const top = await git(['rev-parse', '--show-toplevel'], dir);
  if (!top.ok) {
    if (top.missing) throw new UsageError(say('output.git.missing', { flag }));
    throw new UsageError(say('output.git.not-a-repository', { file, flag, revision }));
  }
  const root = top.stdout.trim();
  const path = relative(root, absolute).split('\\').join('/');
  const commit = await git(['rev-parse', '--verify', '--quiet', `${revision}^{commit}`], root);
  if (!commit.ok) throw new UsageError(say('output.git.no-revision', { flag, revision, file, name: basename(file) }));
  const shown = await git(['show', `${commit.stdout.trim()}:${path}`], root);
  if (!shown.ok) throw new UsageError(say('output.git.no-file', { file, revision, path }));
  return shown.stdout;
}
