// Scenes for the crash-consistency tests (test/hardening/commit.test.ts, a few steps of each
// kind in `npm test`; test/slow/commit.test.ts, every step, with and without --archive).
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expect } from 'vitest';
import { edit, minimal, read, runCli } from '../helpers.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'psc-commit-'));
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** Every file below a directory (dot files included) with its SHA-256, by relative path. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = sha(readFileSync(p));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

const visible = (t: Record<string, string>) => Object.fromEntries(Object.entries(t).filter(([p]) => !p.split('/').some((s) => s.startsWith('.'))));

function expectManifestMatches(out: string): void {
  const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { files: { path: string; sha256: string; bytes: number }[] };
  expect(readdirSync(out).filter((f) => f !== 'manifest.json').sort()).toEqual(manifest.files.map((f) => f.path).sort());
  for (const f of manifest.files) expect(sha(readFileSync(join(out, f.path))), f.path).toBe(f.sha256);
}


const changed = () => edit(minimal(), 'Example Verzekeringen', 'Changed Verzekeringen');

export interface Scene {
  /** The formats built: fewer in `npm test`, where the steps are the same with fewer renames. */
  formats: string[];
  dir: string;
  /** The output directory (and archive) as they were, and as the changed build makes them. */
  before: Record<string, string>;
  after: Record<string, string>;
  args: string[];
  /** Flags of the changed build only (`--locale nl --clean`: a language dropped, its files removed). */
  changeArgs: string[];
}

/**
 * `a.yaml` (minimal) and `b.yaml` (full) built into out/; then `a.yaml` changes. `after` is what
 * a build of the change that nothing interrupts makes of a copy of the directory.
 */
export async function scene(archive: boolean, formats: string[], changeArgs: string[] = []): Promise<Scene> {
  const dir = tmp();
  writeFileSync(join(dir, 'a.yaml'), minimal());
  writeFileSync(join(dir, 'b.yaml'), read('test/fixtures/full.yaml'));
  const extra = archive ? ['--archive', 'archive'] : [];
  const args = ['--to', formats.join(','), '-q', ...extra];
  for (const f of ['a.yaml', 'b.yaml']) {
    const r = await runCli(['build', f, '--out', 'out', ...args], { cwd: dir });
    expect(r.code, r.stderr + r.stdout).toBe(0);
  }
  const snapshot = () => ({ ...prefixed('out', tree(join(dir, 'out'))), ...prefixed('archive', tree(join(dir, 'archive'))) });
  const before = snapshot();
  // The same change built without trouble, in a copy: what "entirely new" is.
  const copy = tmp();
  cpSync(dir, copy, { recursive: true });
  writeFileSync(join(copy, 'a.yaml'), archive ? edit(changed(), 'lastAmended: 2024-01-31', 'lastAmended: 2024-02-29') : changed());
  const r = await runCli(['build', 'a.yaml', '--out', 'out', ...args, ...changeArgs], { cwd: copy });
  expect(r.code, r.stderr + r.stdout).toBe(0);
  const after = { ...prefixed('out', tree(join(copy, 'out'))), ...prefixed('archive', tree(join(copy, 'archive'))) };
  rmSync(copy, { recursive: true, force: true });
  expect(after).not.toEqual(before);
  writeFileSync(join(dir, 'a.yaml'), archive ? edit(changed(), 'lastAmended: 2024-01-31', 'lastAmended: 2024-02-29') : changed());
  return { dir, before, after, args, formats, changeArgs };
}

const prefixed = (p: string, t: Record<string, string>) => Object.fromEntries(Object.entries(t).map(([k, v]) => [`${p}/${k}`, v]));

/** Runs the changed build with a fault, then checks the directory before and after the next build. */
export async function faulted(s: Scene, fault: string): Promise<{ code: number | null; stderr: string; state: 'old' | 'new' }> {
  const dir = tmp();
  cpSync(s.dir, dir, { recursive: true });
  const r = await runCli(['build', 'a.yaml', '--out', 'out', ...s.args, ...s.changeArgs], { cwd: dir, env: { PRIVACY_STATEMENT_FAULT: fault } });
  const now = { ...prefixed('out', tree(join(dir, 'out'))), ...prefixed('archive', tree(join(dir, 'archive'))) };
  const pending = existsSync(join(dir, 'out/.privacy-statement-journal.json'));
  // Without a journal in place, the visible files are entirely old (it never got there, or it
  // failed and cleaned up) or entirely new (it finished; killed, it had removed its journal).
  if (!pending) expect([visible(s.before), visible(s.after)], `${fault}: no journal, so not a mix`).toContainEqual(visible(now));
  if (r.code === 0) expect(visible(now), `${fault}: the build finished`).toEqual(visible(s.after));
  if (r.code === 2) expect(visible(now), `${fault}: the build failed`).toEqual(visible(s.before));
  // The next build (of the other statement, unchanged) finishes or clears what was left.
  const next = await runCli(['build', 'b.yaml', '--out', 'out', ...s.args.filter((a) => a !== '-q'), '-q'], { cwd: dir });
  expect(next.code, `${fault}: ${next.stderr}${next.stdout}`).toBe(0);
  const later = { ...prefixed('out', tree(join(dir, 'out'))), ...prefixed('archive', tree(join(dir, 'archive'))) };
  expect(Object.keys(later).filter((p) => p.split('/').some((seg) => seg.startsWith('.'))), `${fault}: leftovers`).toEqual([]);
  expectManifestMatches(join(dir, 'out'));
  const state = JSON.stringify(later) === JSON.stringify(s.after) ? 'new' : JSON.stringify(later) === JSON.stringify(s.before) ? 'old' : undefined;
  expect(state, `${fault}: the directory is a mix of old and new:\n${JSON.stringify({ later, before: s.before, after: s.after }, null, 1)}`).toBeDefined();
  if (pending) expect(state, `${fault}: a journal was in place, so the next build finishes the commit`).toBe('new');
  rmSync(dir, { recursive: true, force: true });
  return { code: r.code, stderr: r.stderr, state: state! };
}

/** How many times the commit passes its fault point for this scene (steps before, one per rename, after). */
export function commitSteps(s: Scene): number {
  const outputs = 2 * s.formats.length; // a.yaml in en and nl (with --clean: nl renamed, en removed)
  const archived = s.args.includes('--archive') ? Object.keys(s.after).filter((p) => p.startsWith('archive/') && s.before[p] !== s.after[p]).length : 0;
  return 4 + outputs + archived + 1 + 2;
}

