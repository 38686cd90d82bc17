// `npm run bench`: start-up, single and batch builds, as medians over repeated runs, with the
// ratio to `node -e 0` measured in the same run. See README, "Performance".
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './corpus.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const bin = join(root, 'bin/privacy-statement.cjs');
const harmony = join(root, 'examples/harmony/statement.yaml');
const quick = process.argv.includes('--quick');
const reps = quick ? 3 : 9;

/** The process and its descendants (a batch's worker processes), from /proc (Linux). */
function processTree(pid) {
  const out = [pid];
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      for (const child of readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(/\s+/).filter(Boolean)) out.push(...processTree(Number(child)));
    }
  } catch {}
  return out;
}

/**
 * The memory a command and its worker processes hold at this moment: each process's own pages
 * (anonymous and shared memory) plus, once, the pages read from files, which are mostly Node's
 * own executable and shared by all of them.
 */
function treeMemory(pid) {
  let own = 0;
  let files = 0;
  for (const p of processTree(pid)) {
    try {
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      const kb = (field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
      own += kb('RssAnon') + kb('RssShmem');
      files = Math.max(files, kb('RssFile'));
    } catch {}
  }
  return (own + files) * 1024;
}

/** Runs a command, returning its wall time and the peak memory of its processes (sampled every 10 ms). */
function run(args, cwd) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    let peak = 0;
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const sample = () => {
      peak = Math.max(peak, treeMemory(child.pid));
    };
    const timer = setInterval(sample, 10);
    child.on('close', (code) => {
      clearInterval(timer);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (code !== 0) reject(new Error(`${args.join(' ')} exited ${code}: ${stderr}`));
      else resolve({ ms, peak });
    });
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Medians of repeated runs. With `paired`, each run follows a run of `node -e 0`, and the ratio
 * is the median of the runs' ratios to it: the machine's speed drifts, and a ratio of two runs
 * made moments apart drifts much less than one of medians taken minutes apart.
 */
async function measure(name, args, { cwd = root, times = reps, before, paired = false } = {}) {
  const ms = [];
  const ratios = [];
  let peak = 0;
  await run(args, cwd).catch((e) => { throw e; }); // warm the file system cache
  for (let i = 0; i < times; i++) {
    const base = paired ? await run(['-e', '0'], cwd) : undefined;
    before?.();
    const r = await run(args, cwd);
    ms.push(r.ms);
    if (base) ratios.push(r.ms / base.ms);
    peak = Math.max(peak, r.peak);
  }
  return { name, ms: median(ms), peak, ...(paired ? { ratio: median(ratios) } : {}) };
}

if (!existsSync(join(root, 'lib/cli.cjs'))) {
  console.error('Build first: npm run build');
  process.exit(2);
}
const work = mkdtempSync(join(tmpdir(), 'privacy-statement-bench-'));
const corpus = join(work, 'corpus');
const examples = generateCorpus(root, corpus, 100);
const out = join(work, 'out');
const clean = () => rmSync(out, { recursive: true, force: true });

console.log(`privacy-statement-compiler benchmark — Node ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'})`);
console.log(`corpus: 100 statements generated from ${examples} examples, each in nl, en and fr; medians of ${reps} runs\n`);

const node0 = await measure('node -e 0', ['-e', '0']);
const rows = [node0];
rows.push(await measure('check Harmony', [bin, 'check', harmony], { times: quick ? 5 : 21, paired: true }));
rows.push(await measure('build Harmony, md+html', [bin, 'build', harmony, '--to', 'md,html', '--out', out, '-q'], { before: clean, paired: true }));
rows.push(await measure('build Harmony, md+html+pdf', [bin, 'build', harmony, '--out', out, '-q'], { before: clean, paired: true }));
const batchTimes = quick ? 1 : 3;
rows.push(await measure('check 100 statements', [bin, 'check', corpus], { times: batchTimes }));
rows.push(await measure('build 100 × md+html', [bin, 'build', corpus, '--to', 'md,html', '--out', out, '-q'], { times: batchTimes, before: clean }));
rows.push(await measure('build 100 × md+html+pdf', [bin, 'build', corpus, '--out', out, '-q'], { times: batchTimes, before: clean }));

/**
 * `build --watch`: from saving a file with a mistake to seeing the diagnostic, and from fixing
 * it to the rebuilt Markdown and HTML, in a warm process.
 */
async function watchLatency() {
  const dir = join(work, 'watch');
  const { mkdirSync, writeFileSync, copyFileSync } = await import('node:fs');
  mkdirSync(dir);
  const file = join(dir, 'statement.yaml');
  copyFileSync(harmony, file);
  const good = readFileSync(file, 'utf8');
  const bad = good.replace('legalBasis: contract', 'legalBasis: contrct');
  const child = spawn(process.execPath, [bin, 'build', file, '--watch', '--to', 'md,html', '--out', join(dir, 'out')], { env: { ...process.env, NO_COLOR: '1' } });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  const waitFor = (pattern, from) =>
    new Promise((resolve, reject) => {
      const started = Date.now();
      const poll = () => {
        if (pattern.test(output.slice(from))) return resolve(process.hrtime.bigint());
        if (Date.now() - started > 30_000) return reject(new Error(`watch: no ${pattern}`));
        setImmediate(poll);
      };
      poll();
    });
  await waitFor(/Watching 1 statement file/, 0);
  const report = [];
  const rebuild = [];
  for (let i = 0; i < (quick ? 3 : 9); i++) {
    let mark = output.length;
    let saved = process.hrtime.bigint();
    writeFileSync(file, bad);
    report.push(Number((await waitFor(/error/, mark)) - saved) / 1e6);
    await waitFor(/not built/, mark);
    mark = output.length;
    saved = process.hrtime.bigint();
    writeFileSync(file, good);
    rebuild.push(Number((await waitFor(/wrote \d+ files/, mark)) - saved) / 1e6);
  }
  child.kill('SIGINT');
  return { report: median(report), rebuild: median(rebuild) };
}

const watchTimes = await watchLatency();

const pad = (s, n) => String(s).padEnd(n);
console.log(`${pad('task', 30)}${pad('median', 12)}${pad('× node -e 0', 14)}peak memory`);
for (const r of rows) {
  console.log(`${pad(r.name, 30)}${pad(`${r.ms.toFixed(0)} ms`, 12)}${pad((r.ratio ?? r.ms / node0.ms).toFixed(2), 14)}${(r.peak / 1024 / 1024).toFixed(0)} MB`);
}
console.log(`${pad('watch: save → diagnostic', 30)}${pad(`${watchTimes.report.toFixed(0)} ms`, 12)}`);
console.log(`${pad('watch: save → md+html written', 30)}${pad(`${watchTimes.rebuild.toFixed(0)} ms`, 12)}`);
const checkRatio = rows[1].ratio;
const batch = rows[rows.length - 1];
console.log(`\ntargets: check within 2× node -e 0: ${checkRatio <= 2 ? 'met' : 'NOT met'} (${checkRatio.toFixed(2)}×); ` +
  `100 × 3 locales × all formats within 10 s: ${batch.ms <= 10_000 ? 'met' : 'NOT met'} (${(batch.ms / 1000).toFixed(1)} s); ` +
  `peak memory under 300 MB: ${batch.peak < 300 * 1024 * 1024 ? 'met' : 'NOT met'} (${(batch.peak / 1024 / 1024).toFixed(0)} MB); ` +
  `watch diagnostics within 100 ms: ${watchTimes.report <= 100 ? 'met' : 'NOT met'} (${watchTimes.report.toFixed(0)} ms)`);
rmSync(work, { recursive: true, force: true });
