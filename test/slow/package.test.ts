// `npm run test:slow`: the package as users get it — `npm pack`, installed elsewhere with its
// production dependencies only, runs `check`, `build` and the library at once, with no build step.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { examples, root } from '../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'psc-package-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const run = (cmd: string, args: string[], cwd: string) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('the installed package', () => {
  it('installs from its tarball without dev dependencies and runs check, build and the library', () => {
    const packed = run('npm', ['pack', '--silent', '--pack-destination', dir], root).trim().split('\n').pop()!;
    const tarball = join(dir, packed);
    const listing = run('tar', ['tzf', tarball], dir);
    expect(listing).toContain('package/lib/cli.cjs');
    expect(listing).toContain('package/schemas/privacy-statement.schema.json');
    expect(listing).not.toMatch(/package\/(src|test)\//);
    const app = join(dir, 'app');
    run('mkdir', ['-p', app], dir);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', private: true, type: 'module' }));
    run('npm', ['install', '--omit=dev', '--no-audit', '--no-fund', tarball], app);
    expect(existsSync(join(app, 'node_modules/esbuild')), 'no build tool installed').toBe(false);
    copyFileSync(join(root, examples.harmony), join(app, 'harmony.yaml'));
    expect(run('npx', ['--no-install', 'privacy-statement', 'check', 'harmony.yaml'], app)).toContain('no problems');
    run('npx', ['--no-install', 'privacy-statement', 'build', 'harmony.yaml', '--out', 'dist', '-q'], app);
    expect(readdirSync(join(app, 'dist')).sort()).toContain('harmony.nl.pdf');
    const library = run('node', ['--input-type=module', '-e', "import { compile } from 'privacy-statement-compiler'; import { readFileSync } from 'node:fs'; const r = await compile(readFileSync('harmony.yaml', 'utf8'), { formats: ['html'] }); console.log(r.errorCount, r.outputs.length, r.version);"], app);
    expect(library).toMatch(/^0 3 [0-9a-f]{12}\n$/);
  }, 300_000);
});
