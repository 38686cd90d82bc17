// A build is killed, or fails, at a step of its last step (the commit): the output directory is
// then entirely as it was or entirely new, with a manifest that matches its files, once the next
// build into it has run; and that build leaves no temporary file behind. Here a few steps of each
// kind; `npm run test:slow` runs every step (test/slow/commit.test.ts, which shares this file).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { minimal, runCli } from '../helpers.js';
import { commitSteps, faulted, scene } from './commit-scenes.js';

const slow = process.env.PRIVACY_STATEMENT_SLOW_TESTS === '1';
const tmp = () => mkdtempSync(join(tmpdir(), 'psc-commit-'));

describe('a build cut short at any step of its commit', () => {
  it('killed (SIGKILL): entirely old before the journal is in place, entirely new after the next build', async () => {
    const s = await scene(false, slow ? ['md', 'html'] : ['md']);
    const steps = commitSteps(s);
    const points = slow ? Array.from({ length: steps }, (_, i) => i + 1) : [4, 5, steps];
    const states: string[] = [];
    for (const k of points) {
      const { code, state } = await faulted(s, `commit:${k}:kill`);
      expect(code, `commit:${k}:kill`).toBe(null);
      states.push(`${k}:${state}`);
    }
    // Up to the journal the build changes nothing; from the journal on, it has decided.
    expect(states).toEqual(points.map((k) => `${k}:${k <= 4 ? 'old' : 'new'}`));
    for (const point of slow ? ['journal-write:1', 'stage:1', 'stage:3'] : ['journal-write:1']) {
      const { code, state } = await faulted(s, `${point}:kill`);
      expect(code).toBe(null);
      expect(state).toBe('old');
    }
  });

  it('an error or a full disk: before the commit point nothing changes (exit 2); after it the build finishes (exit 0)', async () => {
    const s = await scene(false, slow ? ['md', 'html'] : ['md']);
    const steps = commitSteps(s);
    const points = slow ? Array.from({ length: steps }, (_, i) => i + 1) : [4, 6];
    for (const kind of ['throw', 'enospc']) {
      for (const k of points) {
        const { code, stderr, state } = await faulted(s, `commit:${k}:${kind}`);
        if (k <= 4) {
          expect([code, state], `commit:${k}:${kind}: ${stderr}`).toEqual([2, 'old']);
          expect(stderr).toMatch(kind === 'enospc' ? /^privacy-statement: cannot write to .*out: the disk is full; nothing was changed\n$/ : /^privacy-statement: cannot write to .*out: fault injected at commit \d+; nothing was changed\n$/);
        } else expect([code, state], `commit:${k}:${kind}: ${stderr}`).toEqual([0, 'new']);
      }
    }
    const full = await faulted(s, 'journal-write:1:enospc');
    expect([full.code, full.state]).toEqual([2, 'old']);
    expect(full.stderr).toMatch(/the disk is full; nothing was changed/);
  });

  it.runIf(slow)('with --archive: the archive and the output directory change together', async () => {
    const s = await scene(true, ['md', 'html']);
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
    const s = await scene(false, ['md']);
    const steps = commitSteps(s);
    for (const [k, signal] of [[2, 'sigint'], [4, 'sigterm'], [5, 'sigint'], [steps, 'sigterm']] as const) {
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
});
