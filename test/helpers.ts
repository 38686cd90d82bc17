import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { expect, inject, it } from 'vitest';
import { analyze } from '../src/compile.js';
import type { Diagnostic } from '../src/diagnostics.js';

/**
 * The slow tier (`npm run test:slow`, PRIVACY_STATEMENT_SLOW_TESTS=1). `itSlow` marks a test
 * that repeats, more expensively, a guarantee another test of `npm test` already holds the
 * compiler to (the same bytes in another time zone, from another working directory…): it runs
 * in the slow tier only, and `npm test` lists it as skipped.
 */
export const slowTier = process.env.PRIVACY_STATEMENT_SLOW_TESTS === '1';
export const itSlow = slowTier ? it : it.skip;

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The test run's build of the package (see global-setup.ts): never the package's own lib/. */
export const built = inject('builtPackage');
export const bin = join(built, 'bin/privacy-statement.cjs');
export const lib = join(built, 'lib');
export const examples = {
  harmony: 'examples/harmony/statement.yaml',
  kmo: 'examples/kmo-verzekeringen/statement.yaml',
  adviseur: 'examples/adviseur/statement.yaml',
} as const;

export function read(path: string): string {
  return readFileSync(join(root, path), 'utf8');
}

export const minimal = (): string => read('test/fixtures/minimal.yaml');
export const harmony = (): string => read(examples.harmony);

/** 1-based line of the n-th occurrence of `needle`. */
export function lineOf(text: string, needle: string, occurrence = 1): number {
  let at = -1;
  for (let i = 0; i < occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" occurs fewer than ${occurrence} times`);
  }
  return text.slice(0, at).split('\n').length;
}

/** Replaces text that must occur exactly once: a test edit that misses is a broken test. */
export function edit(text: string, from: string, to: string): string {
  const first = text.indexOf(from);
  if (first < 0) throw new Error(`edit: "${from}" not found`);
  if (text.indexOf(from, first + 1) >= 0) throw new Error(`edit: "${from}" occurs more than once`);
  return text.slice(0, first) + to + text.slice(first + from.length);
}

export function diagnosticsOf(text: string, file = 'statement.yaml'): Diagnostic[] {
  return analyze(text, { file }).diagnostics;
}

/** The one diagnostic of a rule, asserting there is exactly one. */
export function only(diagnostics: Diagnostic[], rule: string): Diagnostic {
  const found = diagnostics.filter((d) => d.rule === rule);
  expect(found, `expected one ${rule} in ${JSON.stringify(diagnostics, null, 1)}`).toHaveLength(1);
  return found[0]!;
}

export function errors(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => d.severity === 'error');
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the bundled CLI as a user would. */
export function runCli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {}): Promise<CliResult> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: options.cwd ?? root,
      // English messages unless a test asks for another language (the machine's own may be any).
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, LANG: 'C.UTF-8', LC_ALL: undefined, LC_MESSAGES: undefined, ...options.env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolveRun({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

/**
 * Runs a command of the command line in this test process, through the same `main()` the bundle
 * runs, with its output captured: for the commands other than `build` (check, diff, translations,
 * rules, explain, init), where what is tested is what the command says and
 * its exit code, not the process. Starting a process for each costs more than the command
 * itself; each command also keeps tests that run it as a user does (runCli).
 * Not for `build`, whose signal handlers, locks and worker processes belong to a process.
 */
export async function runHere(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliResult> {
  const { main } = await import('../src/cli/main.js');
  const { chosenLanguage, cliLanguage, useLanguage } = await import('../src/cli/lang.js');
  const language = { lang: cliLanguage(), chosen: chosenLanguage() !== undefined };
  const exitCode = process.exitCode;
  const env = { NO_COLOR: '1', FORCE_COLOR: undefined, LANG: 'C.UTF-8', LC_ALL: undefined, LC_MESSAGES: undefined, ...options.env };
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  const set = (values: Record<string, string | undefined>): void => {
    for (const [k, v] of Object.entries(values)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
  let stdout = '';
  let stderr = '';
  const capture = (stream: NodeJS.WriteStream, add: (text: string) => void) => {
    const original = stream.write;
    stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      add(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString());
      const done = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
      done?.();
      return true;
    }) as typeof stream.write;
    return () => void (stream.write = original);
  };
  const cwd = process.cwd();
  set(env);
  process.chdir(options.cwd ?? root);
  process.exitCode = undefined;
  const restoreOut = capture(process.stdout, (t) => (stdout += t));
  const restoreErr = capture(process.stderr, (t) => (stderr += t));
  try {
    const code = await main([process.execPath, bin, ...args]);
    return { code, stdout, stderr };
  } finally {
    restoreOut();
    restoreErr();
    process.exitCode = exitCode;
    process.chdir(cwd);
    set(saved);
    // The command chose its language for the process: back to what it was for what runs next.
    useLanguage(language.lang, language.chosen);
  }
}
