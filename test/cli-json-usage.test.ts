import { describe, expect, it } from 'vitest';
import { runCli } from './helpers.js';

describe('--format json for scripts, whatever happens', () => {
  it('reports usage errors as one JSON object on stdout, exit 2', async () => {
    const missing = await runCli(['build', 'nothing.yaml', '--format', 'json']);
    expect(missing.code).toBe(2);
    expect(JSON.parse(missing.stdout)).toEqual({ error: { type: 'usage', message: 'nothing.yaml: no such file or directory' }, diagnostics: [], errorCount: 0, warningCount: 0, outputs: [] });
    expect(missing.stderr).toBe('');
    // A global option before the command: still `build`, so still `outputs`.
    const dutch = await runCli(['--lang', 'nl', 'build', 'nothing.yaml', '--format', 'json']);
    expect(JSON.parse(dutch.stdout)).toEqual({ error: { type: 'usage', message: 'nothing.yaml: bestand of map bestaat niet' }, diagnostics: [], errorCount: 0, warningCount: 0, outputs: [] });
    const flag = await runCli(['check', 'x.yaml', '--bogus', '--format=json']);
    expect(flag.code).toBe(2);
    expect(JSON.parse(flag.stdout).error).toEqual({ type: 'usage', message: "unknown option '--bogus'" });
    const argument = await runCli(['build', '--format', 'json']);
    expect(JSON.parse(argument.stdout).error.message).toBe("missing required argument 'input'");
  });

  it('build --format json always has outputs, empty when the input has errors', async () => {
    const bad = await runCli(['build', 'test/fixtures/minimal.yaml', '--format', 'json', '--strict', '--out', '/tmp/psc-never-written']);
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout)).toMatchObject({ errorCount: 1, outputs: [] });
  });
});
