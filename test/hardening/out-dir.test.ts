// `--out` that cannot be an output directory: one line naming the flag, exit 2, within seconds,
// and nothing written anywhere (issue class 4).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { minimal, runCli } from '../helpers.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'psc-out-'));

function withStatement(): string {
  const dir = tmp();
  writeFileSync(join(dir, 's.yaml'), minimal());
  writeFileSync(join(dir, 'afile'), 'x');
  return dir;
}

describe('--out that cannot be an output directory', () => {
  it.each([
    ['', "error: option '-o, --out <dir>' argument '' is invalid. an empty name; name the directory, e.g. --out dist\n(run privacy-statement --help for usage)\n"],
    ['  ', "error: option '-o, --out <dir>' argument '  ' is invalid. an empty name; name the directory, e.g. --out dist\n(run privacy-statement --help for usage)\n"],
    ['afile', 'privacy-statement: --out afile is a file, not a directory\n'],
    ['afile/sub/deeper', 'privacy-statement: --out afile/sub/deeper: afile is a file, not a directory, so no directory can be made in it\n'],
    ['/dev/null', 'privacy-statement: --out /dev/null is a device, not a directory\n'],
  ])('--out %j: exit 2 and one line', async (out, message) => {
    const dir = withStatement();
    const r = await runCli(['build', 's.yaml', '--out', out, '--to', 'md'], { cwd: dir });
    expect([r.code, r.stderr, r.stdout]).toEqual([2, message, '']);
    expect(readdirSync(dir).sort()).toEqual(['afile', 's.yaml']);
  });

  it('--archive "" is refused the same way', async () => {
    const r = await runCli(['build', 's.yaml', '--archive', '', '--to', 'md'], { cwd: withStatement() });
    expect([r.code, r.stderr]).toEqual([2, "error: option '--archive <dir>' argument '' is invalid. an empty name; name the directory, e.g. --archive dist\n(run privacy-statement --help for usage)\n"]);
  });

  // /proc refuses new directories with ENOENT although their parent exists: Node's own recursive
  // mkdir never returns on it. Linux only.
  it.runIf(existsSync('/proc/1'))('a directory on a file system that refuses new directories (/proc/1/x): a clear error, not a hang', async () => {
    for (const out of ['/proc/1/x', '/proc/1/x/y/z', '/proc/self/fd/x']) {
      const r = await runCli(['build', 's.yaml', '--out', out, '--to', 'md'], { cwd: withStatement() });
      expect(r.code, out).toBe(2);
      expect(r.stderr, out).toMatch(new RegExp(`^privacy-statement: --out ${out.replace(/\//g, '\\/')}: /proc/(1|self/fd) does not accept new directories \\(it is on a special file system\\)\\n$`));
    }
  });

  it('an output directory nested in new directories is made, and removed again when the build fails', async () => {
    const dir = withStatement();
    writeFileSync(join(dir, 'bad.yaml'), minimal().replace('legalBasis: contract', 'legalBasis: contrct'));
    const bad = await runCli(['build', 'bad.yaml', '--out', 'a/b/c', '--to', 'md'], { cwd: dir });
    expect(bad.code).toBe(1);
    expect(existsSync(join(dir, 'a'))).toBe(false);
    const good = await runCli(['build', 's.yaml', '--out', 'a/b/c', '--to', 'md'], { cwd: dir });
    expect(good.code).toBe(0);
    expect(readdirSync(join(dir, 'a/b/c')).sort()).toEqual(['manifest.json', 'minimal.en.md', 'minimal.nl.md']);
    rmSync(join(dir, 'a/b/c/minimal.nl.md'));
    mkdirSync(join(dir, 'a/b/c/minimal.nl.md'));
    const blocked = await runCli(['build', 's.yaml', '--out', 'a/b/c', '--to', 'md'], { cwd: dir });
    expect(blocked.code).toBe(2);
    expect(blocked.stderr).toMatch(/^privacy-statement: cannot write .*a\/b\/c\/minimal\.nl\.md: it exists and is not a file; nothing was changed\n$/);
  });
});
