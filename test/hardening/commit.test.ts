// A build is killed, or fails, at a step of its last step (the commit): the output directory is
// then entirely as it was or entirely new, with a manifest that matches its files, once the next
// build into it has run; and that build leaves no temporary file behind. Here a few steps of each
// kind; `npm run test:slow` runs every step (test/slow/commit.test.ts, which shares this file).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { minimal, runCli, itSlow } from '../helpers.js';
import { commitSteps, faulted, scene, type Scene } from './commit-scenes.js';

const slow = process.env.PRIVACY_STATEMENT_SLOW_TESTS === '1';
const tmp = () => mkdtempSync(join(tmpdir(), 'psc-commit-'));
/** One scene for the short tier's tests (making one costs three builds). */
let shared: Promise<Scene> | undefined;
const sharedScene = (): Promise<Scene> => (shared ??= scene(false, slow ? ['md', 'html'] : ['md']));

describe('a build cut short at any step of its commit', () => {
  it('killed (SIGKILL): entirely old before the journal is in place, entirely new after the next build', async () => {
    const s = await sharedScene();
    const steps = commitSteps(s);
    // The last step before the commit point and the first after it; test:slow, every step.
    const points = slow ? Array.from({ length: steps }, (_, i) => i + 1) : [4, 5];
    const states: string[] = [];
    for (const k of points) {
      const { code, state } = await faulted(s, `commit:${k}:kill`);
      expect(code, `commit:${k}:kill`).toBe(null);
      states.push(`${k}:${state}`);
    }
    // Up to the journal the build changes nothing; from the journal on, it has decided.
    expect(states).toEqual(points.map((k) => `${k}:${k <= 4 ? 'old' : 'new'}`));
    for (const point of slow ? ['journal-write:1', 'stage:1', 'stage:3'] : []) {
      const { code, state } = await faulted(s, `${point}:kill`);
      expect(code).toBe(null);
      expect(state).toBe('old');
    }
  });

  itSlow('an error, a full disk or a read-only file system: before the commit point nothing changes (exit 2); after it the build finishes (exit 0)', async () => {
    const s = await sharedScene();
    const steps = commitSteps(s);
    const all = Array.from({ length: steps }, (_, i) => i + 1);
    const said = { throw: 'fault injected at commit \\d+', enospc: 'the disk is full', erofs: 'the file system is read-only' };
    const cases: [keyof typeof said, number][] = slow ? (['throw', 'enospc', 'erofs'] as const).flatMap((kind) => all.map((k): [keyof typeof said, number] => [kind, k])) : [['throw', 4], ['erofs', 2], ['enospc', 6]];
    for (const [kind, k] of cases) {
      const { code, stderr, state } = await faulted(s, `commit:${k}:${kind}`);
      if (k <= 4) {
        expect([code, state], `commit:${k}:${kind}: ${stderr}`).toEqual([2, 'old']);
        expect(stderr).toMatch(new RegExp(`^privacy-statement: cannot write to .*out: ${said[kind]}; nothing was changed\\n$`));
      } else expect([code, state], `commit:${k}:${kind}: ${stderr}`).toEqual([0, 'new']);
    }
    if (slow) {
      const full = await faulted(s, 'journal-write:1:enospc');
      expect([full.code, full.state]).toEqual([2, 'old']);
      expect(full.stderr).toMatch(/the disk is full; nothing was changed/);
    }
  });

  it.runIf(slow)('with --archive: the archive and the output directory change together', async () => {
    const s = await scene(true, ['md', 'html']);
    const steps = commitSteps(s);
    for (let k = 1; k <= steps; k++) {
      const { state } = await faulted(s, `commit:${k}:kill`);
      expect(`${k}:${state}`).toBe(`${k}:${k <= 4 ? 'old' : 'new'}`);
    }
  }, 600_000);

  it.runIf(slow)('with --clean: the files removed and the files renamed change together', async () => {
    const s = await scene(false, ['md', 'html'], ['--locale', 'nl', '--clean']);
    const steps = commitSteps(s);
    for (let k = 1; k <= steps; k++) {
      const { state } = await faulted(s, `commit:${k}:kill`);
      expect(`${k}:${state}`).toBe(`${k}:${k <= 4 ? 'old' : 'new'}`);
    }
  }, 600_000);

  it('a journal changed by hand is refused with a clear message, not followed', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.yaml'), minimal());
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'out/.privacy-statement-journal.json'), JSON.stringify({ format: 'privacy-statement-journal/v1', steps: [{ rename: '../a.yaml', to: 'stolen.yaml', sha256: '' }] }));
    const r = await runCli(['build', 'a.yaml', '--out', 'out', '--to', 'md'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^privacy-statement: .*out\/\.privacy-statement-journal\.json is not the journal of a build \(changed by hand\?\)/);
    expect(existsSync(join(dir, 'a.yaml'))).toBe(true);
    expect(readdirSync(join(dir, 'out'))).toEqual(['.privacy-statement-journal.json']);
  });
}, 600_000);

describe('Ctrl+C during the last step', () => {
  it('before the commit point: exit 130 (143 for SIGTERM), nothing changed; after it: the build completes, exit 0, and says so', async () => {
    const s = await sharedScene();
    const steps = commitSteps(s);
    for (const [k, signal] of slow ? ([[2, 'sigint'], [4, 'sigterm'], [5, 'sigint'], [steps, 'sigterm']] as const) : ([[4, 'sigint'], [5, 'sigterm']] as const)) {
      const { code, stderr, state } = await faulted(s, `commit:${k}:${signal}`);
      if (k <= 4) {
        expect([code, state]).toEqual([signal === 'sigint' ? 130 : 143, 'old']);
        expect(stderr).toBe(`privacy-statement: interrupted (${signal.toUpperCase()}) before any file was replaced; nothing was changed.\n`);
      } else {
        expect([code, state]).toEqual([0, 'new']);
        expect(stderr).toBe(`privacy-statement: ${signal.toUpperCase()} came when the new files were already being put in place: the build is complete.\n`);
      }
    }
  });

  it('while the output directory is being opened: exit 130, and the directory it made is gone', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.yaml'), minimal());
    const r = await runCli(['build', 'a.yaml', '--out', 'new/out', '--to', 'md'], { cwd: dir, env: { PRIVACY_STATEMENT_FAULT: 'marker:1:sigint' } });
    expect([r.code, r.stderr]).toEqual([130, 'privacy-statement: interrupted (SIGINT) before any file was replaced; nothing was changed.\n']);
    expect(readdirSync(dir)).toEqual(['a.yaml']);
  });
});
