// The CLI tests run the bundled command line, as users do. It is built once per test run into a
// directory of its own under node_modules/.cache (ignored by git, and inside the project so that
// the bundle finds pdfkit, fontkit and the fonts in node_modules as an installed package does),
// never into lib/: a test run changes no file of the package. The directory is removed when the
// run ends.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { bundle } from '../build.config.mjs';

const root = join(import.meta.dirname, '..');
const cache = join(root, 'node_modules/.cache/privacy-statement-test');

declare module 'vitest' {
  export interface ProvidedContext {
    /** The test run's build of the package: bin/privacy-statement.cjs and lib/. */
    builtPackage: string;
  }
}

/** Whether a process with this id is running (a test run that was killed leaves its build behind). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  let left: string[] = [];
  try {
    left = readdirSync(cache);
  } catch {
    // no earlier run
  }
  for (const name of left) {
    const pid = /^run-(\d+)$/.exec(name)?.[1];
    if (pid && !running(Number(pid))) rmSync(join(cache, name), { recursive: true, force: true });
  }
  const into = join(cache, `run-${process.pid}`);
  // The code cache after a build to Markdown and HTML of the fixture that uses every field: what
  // most of the tests' commands run, and a shorter start of the run than a build with PDF.
  await bundle({ into, quiet: true, cacheFormats: 'md,html', cacheExample: 'test/fixtures/full.yaml' });
  project.provide('builtPackage', into);
  return () => rmSync(into, { recursive: true, force: true });
}
