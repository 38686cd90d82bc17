// `npm test`: the type-check and the tests at the same time. The type-check uses one core for
// a few seconds while the tests' set-up and their last file leave one idle; run one after the
// other, they would take longer for the same work. The output of each is printed whole, the
// type-check's after the tests'. The exit code is the first failure's (0 when both pass).
// Arguments are passed to vitest (`npm test -- test/cli.test.ts`).
// Run by npm, which puts node_modules/.bin on the PATH.
import { spawn } from 'node:child_process';

const typecheck = new Promise((resolve) => {
  const child = spawn('tsc', ['-p', 'tsconfig.json', '--noEmit', '--pretty'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const out = [];
  child.stdout.on('data', (d) => out.push(d));
  child.stderr.on('data', (d) => out.push(d));
  child.on('error', (error) => resolve({ code: 1, out: String(error) }));
  child.on('close', (code) => resolve({ code: code ?? 1, out: Buffer.concat(out).toString() }));
});
const tests = new Promise((resolve) => {
  const child = spawn('vitest', ['run', ...process.argv.slice(2)], { stdio: 'inherit' });
  child.on('error', (error) => {
    process.stderr.write(`cannot run vitest: ${error.message}\n`);
    resolve(1);
  });
  child.on('close', (code) => resolve(code ?? 1));
});

const testCode = await tests;
const checked = await typecheck;
if (checked.code !== 0) process.stdout.write(`\nType-check (tsc) failed:\n${checked.out}`);
else process.stdout.write('Type-check (tsc): no errors.\n');
process.exit(testCode !== 0 ? testCode : checked.code);
