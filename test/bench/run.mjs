// `npm run bench`: the command line side by side with the tools a user would run instead, and a
// batch of 100 statements. Prints medians of repeated runs and each comparison's ratio with its
// target. See docs/performance.md for the method and the figures.
//
//   node test/bench/run.mjs [--quick] [--root DIR]
//
// --quick  fewer repetitions (a first look, not figures to publish)
// --root   a checkout whose built command line (DIR/bin, DIR/lib) is measured, e.g. an older
//          version; the statements and the schema are always this checkout's
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { generateCorpus } from './corpus.mjs';

const here = join(dirname(fileURLToPath(import.meta.url)), '../..');
const argValue = (name) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const measured = resolve(argValue('--root') ?? here);
const bin = join(measured, 'bin/privacy-statement.cjs');
const harmony = join(here, 'examples/harmony/statement.yaml');
const schema = join(here, 'schemas/privacy-statement.schema.json');
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

/** Runs one command, returning its wall time (ms) and the peak memory of its processes (sampled every 10 ms). */
function runOne([command, ...args], cwd) {
  return new Promise((resolveRun, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    let peak = 0;
    let stderr = '';
    child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
    const timer = setInterval(() => (peak = Math.max(peak, treeMemory(child.pid))), 10);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (code !== 0) reject(new Error(`${[command, ...args].join(' ')} exited ${code}: ${stderr}`));
      else resolveRun({ ms, peak });
    });
  });
}

/** Runs commands one after another (as a user's loop would), returning their total time and largest peak. */
async function runAll(commands, cwd, before) {
  before?.();
  let ms = 0;
  let peak = 0;
  for (const command of commands) {
    const r = await runOne(command, cwd);
    ms += r.ms;
    peak = Math.max(peak, r.peak);
  }
  return { ms, peak };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Ours against a peer, run alternately (ours, peer, ours, peer, …) after one warm-up run of each,
 * so that both see the same state of the machine. The ratio is the median of each pair's ratio:
 * the machine's speed drifts over minutes far more than between two runs made moments apart.
 */
async function compare(ours, peer, times = reps) {
  await runAll(ours.commands, ours.cwd, ours.before);
  await runAll(peer.commands, peer.cwd, peer.before);
  const a = [];
  const b = [];
  const ratios = [];
  let peakOurs = 0;
  let peakPeer = 0;
  for (let i = 0; i < times; i++) {
    const x = await runAll(ours.commands, ours.cwd, ours.before);
    const y = await runAll(peer.commands, peer.cwd, peer.before);
    a.push(x.ms);
    b.push(y.ms);
    ratios.push(x.ms / y.ms);
    peakOurs = Math.max(peakOurs, x.peak);
    peakPeer = Math.max(peakPeer, y.peak);
  }
  return { ours: median(a), peer: median(b), ratio: median(ratios), peakOurs, peakPeer };
}

/** Whether a command runs at all (a peer that is not installed is skipped, and the bench says so). */
function available(command, args = ['--version']) {
  const r = spawnSync(command, args, { stdio: 'ignore', timeout: 60_000 });
  return !r.error && r.status === 0;
}

if (!existsSync(join(measured, 'lib/cli.cjs'))) {
  console.error(`Build first: no lib/cli.cjs in ${measured} (npm run build)`);
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), 'privacy-statement-bench-'));
const out = join(work, 'out');
const clean = () => rmSync(out, { recursive: true, force: true });
const node = process.execPath;

console.log(`privacy-statement-compiler benchmark: Node ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'})`);
console.log(`measured: ${measured === here ? 'this checkout' : measured}; medians of ${reps} alternating runs\n`);

// The peers' inputs: the three Markdown and HTML files of Harmony, as this command line writes
// them, and the statement as JSON.
const peerInputs = join(work, 'peer-inputs');
mkdirSync(peerInputs);
await runOne([node, bin, 'build', harmony, '--to', 'md,html', '--out', peerInputs, '-q'], here);
const locales = ['nl', 'en', 'fr'];
const markdown = locales.map((l) => join(peerInputs, `harmony.${l}.md`));
const html = locales.map((l) => join(peerInputs, `harmony.${l}.html`));
// ajv-cli reads .yaml files with js-yaml's YAML 1.1 schema, which turns the statement's dates
// into Date objects (and the schema then refuses them as "must be string"). So the statement is
// converted to JSON once, before timing, with the YAML 1.2 reading the compiler itself uses.
const harmonyJson = join(peerInputs, 'harmony.json');
writeFileSync(harmonyJson, JSON.stringify(parse(readFileSync(harmony, 'utf8'))));

const rows = [];
const skipped = [];

// 1. `build` to Markdown and HTML against pandoc turning the same three Markdown files into
//    standalone HTML, one run per file.
if (available('pandoc')) {
  const peerOut = join(work, 'pandoc');
  mkdirSync(peerOut);
  const r = await compare(
    { commands: [[node, bin, 'build', harmony, '--to', 'md,html', '--out', out, '-q']], before: clean },
    { commands: markdown.map((f, i) => ['pandoc', '--standalone', '--quiet', f, '-o', join(peerOut, `harmony.${locales[i]}.html`)]) },
  );
  rows.push({ task: 'build Harmony, md+html', tool: 'pandoc -s, 3 files', target: 1.0, ...r });
} else skipped.push('pandoc is not installed: the md+html row is skipped');

// 2. The whole `build` (md, html, pdf) against headless Chromium printing the three HTML files
//    to PDF, one run per file, as a user would.
const chromium = [process.env.CHROMIUM, 'chromium', 'chromium-browser', 'google-chrome'].filter(Boolean).find((c) => available(c));
if (chromium) {
  const peerOut = join(work, 'chromium');
  mkdirSync(peerOut);
  const profile = join(work, 'chromium-profile');
  const print = (file, i) => [
    chromium,
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--user-data-dir=${profile}-${i}`,
    `--print-to-pdf=${join(peerOut, `harmony.${locales[i]}.pdf`)}`,
    pathToFileURL(file).href,
  ];
  const r = await compare(
    { commands: [[node, bin, 'build', harmony, '--out', out, '-q']], before: clean },
    { commands: html.map(print), before: () => locales.forEach((_, i) => rmSync(`${profile}-${i}`, { recursive: true, force: true })) },
  );
  rows.push({ task: 'build Harmony, md+html+pdf', tool: 'chromium --print-to-pdf, 3 files', target: 0.25, ...r });
} else skipped.push('chromium is not installed (set CHROMIUM to its path): the PDF row is skipped');

// 3. `check` against ajv-cli validating the statement against the schema (draft 2020-12, with
//    ajv-formats, all errors; not strict, because the schema's own annotations such as
//    `x-gdpr-rule` are unknown keywords to ajv).
let ajvCli;
try {
  ajvCli = createRequire(join(here, 'package.json')).resolve('ajv-cli/dist/index.js');
} catch {}
if (ajvCli) {
  const r = await compare(
    { commands: [[node, bin, 'check', harmony]] },
    { commands: [[node, ajvCli, 'validate', '--spec=draft2020', '-c', 'ajv-formats', '--strict=false', '--all-errors', '-s', schema, '-d', harmonyJson]], cwd: here },
    quick ? 5 : 21,
  );
  rows.push({ task: 'check Harmony', tool: 'ajv-cli validate (JSON)', target: 0.5, ...r });
} else skipped.push('ajv-cli is not installed (npm ci installs it): the check row is skipped');

// 4. A batch: 100 statements, each in three languages, in every format (900 files).
const corpus = join(work, 'corpus');
const examples = generateCorpus(here, corpus, 100);
const batchTimes = quick ? 1 : 3;
await runAll([[node, bin, 'build', corpus, '--out', out, '-q']], here, clean);
const batch = [];
for (let i = 0; i < batchTimes; i++) batch.push(await runAll([[node, bin, 'build', corpus, '--out', out, '-q']], here, clean));
const batchMs = median(batch.map((r) => r.ms));
const batchPeak = Math.max(...batch.map((r) => r.peak));

const pad = (s, n) => String(s).padEnd(n);
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
console.log(`${pad('task', 28)}${pad('ours', 10)}${pad('peer', 34)}${pad('peer time', 11)}${pad('ratio', 8)}${pad('target', 9)}`);
for (const r of rows) {
  const met = r.ratio <= r.target ? 'met' : 'NOT met';
  console.log(`${pad(r.task, 28)}${pad(`${r.ours.toFixed(0)} ms`, 10)}${pad(r.tool, 34)}${pad(`${r.peer.toFixed(0)} ms`, 11)}${pad(`${r.ratio.toFixed(2)}x`, 8)}${pad(`<= ${r.target}x`, 9)}${met}`);
}
for (const s of skipped) console.log(`skipped: ${s}`);
console.log(`\npeak memory: ${rows.map((r) => `${r.task} ${mb(r.peakOurs)} (peer ${mb(r.peakPeer)})`).join('; ')}`);
console.log(
  `batch: 100 statements (from ${examples} examples) x 3 locales x 3 formats, median of ${batchTimes}: ${(batchMs / 1000).toFixed(1)} s ` +
    `(target <= 12 s: ${batchMs <= 12_000 ? 'met' : 'NOT met'}), peak memory of the process tree ${mb(batchPeak)} ` +
    `(target <= 400 MB: ${batchPeak <= 400 * 1024 * 1024 ? 'met' : 'NOT met'})`,
);
rmSync(work, { recursive: true, force: true });
