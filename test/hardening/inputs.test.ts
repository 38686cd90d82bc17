// Inputs are never skipped without a word (class 5): statements reached through symbolic links in
// an input directory are read; a link loop or a link to nothing is a clear error; and --watch
// notices statements in new subdirectories and an input directory that was removed and made again.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, minimal, runCli, runHere } from '../helpers.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'psc-inputs-'));
const statement = (id: string, name = 'Example Verzekeringen') => minimal().replace('id: minimal', `id: ${id}`).replace('Example Verzekeringen', name);

async function filesChecked(args: string[], cwd: string): Promise<{ code: number | null; files: string[]; stderr: string }> {
  const r = await runHere(['check', ...args, '--format', 'json'], { cwd });
  const files = r.stdout ? [...new Set((JSON.parse(r.stdout) as { diagnostics: { file: string }[] }).diagnostics.map((d) => d.file))].sort() : [];
  return { code: r.code, files, stderr: r.stderr };
}

describe('symbolic links in an input directory', () => {
  it('are followed to files and directories; a file reached twice is read once', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'shared/sub'), { recursive: true });
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'shared/a.yaml'), statement('a'));
    writeFileSync(join(dir, 'shared/sub/b.yaml'), statement('b'));
    symlinkSync('../shared/a.yaml', join(dir, 'in/linked.yaml'));
    symlinkSync('../shared/sub', join(dir, 'in/subdir'));
    const r = await filesChecked(['in'], dir);
    // Each statement has a warning (no data provision), so each file appears.
    expect(r).toEqual({ code: 0, files: ['in/linked.yaml', 'in/subdir/b.yaml'], stderr: '' });
    // The same file named directly too, and through a second link: still read once.
    symlinkSync('../shared/a.yaml', join(dir, 'in/again.yaml'));
    expect((await filesChecked(['in', 'shared/a.yaml'], dir)).files).toEqual(['in/again.yaml', 'in/subdir/b.yaml']);
    const built = await runCli(['build', 'in', '--to', 'md', '--out', 'out', '-q'], { cwd: dir });
    expect(built.code, built.stderr).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['a.en.md', 'a.nl.md', 'b.en.md', 'b.nl.md', 'manifest.json']);
  });

  it.each([
    ['a link back to a directory it is in', (dir: string) => symlinkSync('.', join(dir, 'in/here')), /^privacy-statement: in\/here leads back to in, a directory it is in \(a loop of symbolic links\); remove the link\n$/],
    ['a link to the directory above, which holds the input', (dir: string) => symlinkSync('..', join(dir, 'in/up')), /^privacy-statement: in\/up\/in leads back to in, a directory it is in \(a loop of symbolic links\); remove the link\n$/],
    ['a link to itself', (dir: string) => symlinkSync('self.yaml', join(dir, 'in/self.yaml')), /^privacy-statement: in\/self\.yaml is a symbolic link that leads to itself \(a loop\); remove it, or point it at the statement\n$/],
    ['two links to each other', (dir: string) => { symlinkSync('b.yaml', join(dir, 'in/a.yaml')); symlinkSync('a.yaml', join(dir, 'in/b.yaml')); }, /^privacy-statement: in\/a\.yaml is a symbolic link that leads to itself \(a loop\)/],
    ['a link to nothing, named like a statement', (dir: string) => symlinkSync('../gone.yaml', join(dir, 'in/gone.yaml')), /^privacy-statement: in\/gone\.yaml is a symbolic link to \.\.\/gone\.yaml, which does not exist; point it at the statement, or remove it\n$/],
  ])('%s: exit 2 and one line', async (_, make, message) => {
    const dir = tmp();
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in/real.yaml'), statement('real'));
    make(dir);
    const r = await runHere(['check', 'in'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('a link to nothing that is not named like a statement is ignored, as other files are', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in/real.yaml'), statement('real'));
    symlinkSync('nowhere', join(dir, 'in/README'));
    expect((await filesChecked(['in'], dir)).files).toEqual(['in/real.yaml']);
  });
});

describe('build --watch', () => {
  it('builds statements saved in new subdirectories, and an input directory removed and made again', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in/a.yaml'), statement('a'));
    const child = spawn(process.execPath, [bin, 'build', 'in', '--watch', '--to', 'md', '--out', 'out'], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    const waitFor = async (pattern: RegExp, what: () => boolean = () => true): Promise<void> => {
      // A guard against a hang, not a measure of speed.
      for (let i = 0; i < 600; i++) {
        if (pattern.test(output) && what()) return;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      throw new Error(`timed out waiting for ${pattern} in:\n${output}`);
    };
    try {
      await waitFor(/Watching 1 statement file/);
      mkdirSync(join(dir, 'in/new/deeper'), { recursive: true });
      writeFileSync(join(dir, 'in/new/deeper/b.yaml'), statement('b'));
      await waitFor(/✔ in\/new\/deeper\/b\.yaml \(new\)/, () => existsSync(join(dir, 'out/b.en.md')));
      // The whole input directory goes, and comes back with a changed statement.
      rmSync(join(dir, 'in'), { recursive: true });
      await new Promise((resolve) => setTimeout(resolve, 200));
      mkdirSync(join(dir, 'in'));
      writeFileSync(join(dir, 'in/a.yaml'), statement('a', 'Recreated Verzekeringen'));
      await waitFor(/✔ in\/a\.yaml \(new\)/, () => readFileSync(join(dir, 'out/a.en.md'), 'utf8').includes('Recreated Verzekeringen'));
      // …and is watched again.
      writeFileSync(join(dir, 'in/a.yaml'), statement('a', 'Saved Again'));
      await waitFor(/✔ in\/a\.yaml \(changed\)/, () => readFileSync(join(dir, 'out/a.en.md'), 'utf8').includes('Saved Again'));
      // A statement through a link, added while watching.
      mkdirSync(join(dir, 'elsewhere'));
      writeFileSync(join(dir, 'elsewhere/c.yaml'), statement('c'));
      symlinkSync('../elsewhere/c.yaml', join(dir, 'in/c.yaml'));
      await waitFor(/✔ in\/c\.yaml \(new\)/, () => existsSync(join(dir, 'out/c.en.md')));
      // A file too large is refused as build refuses it, not read whole.
      writeFileSync(join(dir, 'in/a.yaml'), 'format: privacy-statement/v1\n' + '#'.repeat(3 * 1024 * 1024));
      await waitFor(/input-too-large/);
    } finally {
      child.kill('SIGINT');
      await new Promise((resolve) => child.on('exit', resolve));
    }
  }, 60_000);
});
