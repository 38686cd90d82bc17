import { createRequire } from 'node:module';

/**
 * Node's built-in modules that only a build uses, loaded when it first needs them rather than
 * by every command (together about 7 ms of a `check`; a test checks that a check loads
 * neither). Through `require`: the command line's bundle runs as a script compiled by bin/,
 * in which `import()` is not available.
 */
const load = createRequire(import.meta.url);

export const childProcess = (): typeof import('node:child_process') => load('node:child_process') as typeof import('node:child_process');
export const v8 = (): typeof import('node:v8') => load('node:v8') as typeof import('node:v8');
