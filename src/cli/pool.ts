import type { ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { childProcess } from './builtins.js';
import { UsageError } from './errors.js';
import type { InputFile } from './inputs.js';
import { processFile, type FileResult, type RenderRequest } from './pipeline.js';
import { workerVariable, type Job, type WorkerMessage } from './worker.js';

/**
 * Below this many files, starting a worker process (about a tenth of a second of a core) costs
 * more than it saves: a statement takes ~0.2 s to render in all its formats, but only ~10 ms to
 * check.
 */
const minFilesForWorkers = { render: 3, check: 24 };

export interface PoolOptions {
  strict: boolean;
  render?: RenderRequest;
  /** Called as each file is done, in completion order. */
  onDone?: (done: number, total: number) => void;
  /**
   * Called when a worker ran out of memory, with the files this process does in its place and
   * the worker's limit (in MB; undefined when a `--max-old-space-size` given to node set it).
   */
  onWorkerOutOfMemory?: (files: string[], limitMb: number | undefined) => void;
}

const running = new Set<ChildProcess>();

/** Stops every worker at once (an interrupted build, before it removes what they wrote). */
export async function stopWorkers(): Promise<void> {
  await Promise.all([...running].map(stop));
}

function stop(child: ChildProcess): Promise<void> {
  // A process that never started (too many open files, say) has no pid and never exits.
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.once('error', () => resolve());
    child.kill();
  });
}

/** Not a debugger's flags: a second process cannot listen on the same port. */
const withoutDebugger = (args: string[]): string[] => args.filter((arg) => !/^--(inspect|debug)/.test(arg));

/**
 * The largest old generation a build worker's heap may grow to, in MB (V8's
 * `--max-old-space-size`), unless `PRIVACY_STATEMENT_WORKER_HEAP_MB` or a `--max-old-space-size`
 * given to node says otherwise.
 *
 * A worker keeps ~36 MB of live data (the code, the fonts and the caches of shaped words, line
 * breaks and parsed Markdown) and allocates megabytes per PDF. V8 lets the old generation grow
 * to twice its live data between full collections, but no further than halfway to this limit.
 * When it was chosen (with ~45 MB of live data), 88 MB held each worker's peak ~35 MB lower than
 * no limit did (a two-core batch of 100 statements: ~292 MB against ~365 MB), for twice as many
 * full collections, about 4% of a worker's time (96 MB: ~305 MB and 2%; 80 MB: ~285 MB and 6%).
 * Now the batch peaks at ~270 MB with it; 96 and 104 MB add ~10 and ~20 MB and were no faster
 * within the noise. A statement that needs more than
 * the limit does not fail the build: the worker runs out of memory, and this process renders
 * the files it had (see processAll).
 */
const defaultWorkerHeapMb = 88;
export const workerHeapVariable = 'PRIVACY_STATEMENT_WORKER_HEAP_MB';

/** The workers' heap limit in MB: undefined when a `--max-old-space-size` given to node applies. */
function workerHeapMb(nodeOptions: string[]): number | undefined {
  const asked = process.env[workerHeapVariable];
  if (asked !== undefined && asked !== '') {
    if (!/^[1-9]\d*$/.test(asked)) throw new UsageError(`${workerHeapVariable} must be a whole number of megabytes, not \`${asked}\``);
    return Number(asked);
  }
  const given = [...process.execArgv, ...nodeOptions].some((arg) => /^--max[-_]old[-_]space[-_]size\b/.test(arg));
  return given ? undefined : defaultWorkerHeapMb;
}

/** Starts a worker process (see worker.ts) running the command line's entry script. */
function startWorker(entry: string, nodeOptions: string[] | undefined, heapMb: number | undefined): ChildProcess {
  return childProcess().fork(entry, [], {
    env: { ...process.env, [workerVariable]: '1', ...(nodeOptions ? { NODE_OPTIONS: withoutDebugger(nodeOptions).join(' ') } : {}) },
    // A young generation of 4 MB semi-spaces instead of 16 holds ~60 MB less in the two workers
    // of a two-core batch, in about the time that 8 MB took (alternating runs: 10.6-11.1 s
    // against 10.7-10.9 s, and ~20 MB less). The flag makes V8 compile the bundle without its
    // code cache: ~45 ms once per worker.
    // One thread for V8's background work (optimizing compiles) instead of four: every thread
    // that compiles gets its own C-library arena (~4 MB each at a batch's peak), and with a worker
    // per core there is no idle core for them to use. A two-core batch of 100 statements: 280-283 MB
    // against 294-297 MB, in the same time (alternating runs in a noisy hour: 9.8-10.3 s against
    // 9.9-11.1 s).
    execArgv: [
      ...withoutDebugger(process.execArgv),
      '--single-threaded-gc',
      '--max-semi-space-size=4',
      '--v8-pool-size=1',
      ...(heapMb ? [`--max-old-space-size=${heapMb}`] : []),
    ],
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
}

/**
 * Processes statement files over the machine's cores (in the order given: results come back in
 * input order whatever order they finish in): a worker process per core renders them, while
 * this process hands out the files and gathers the results (a check, which is light, also takes
 * its share of the files here). Few files, or one core, run here alone.
 *
 * Processes, not worker threads, and with V8's garbage collector in each worker's own thread
 * (`--single-threaded-gc`): threads share one address space, and with their collectors' helper
 * threads competing for the same two cores, a two-core batch of 900 files took 21 s; worker
 * processes take about 17 s (measured alternately, median of three). See README, Performance.
 */
export async function processAll(files: InputFile[], options: PoolOptions): Promise<FileResult[]> {
  const size = Math.min(availableParallelism(), files.length, 8);
  // Workers run the command line's own entry script (see bin/). Without it (the library, or the
  // sources under test) everything runs in this process.
  const entry = (globalThis as { __privacyStatementEntry?: string }).__privacyStatementEntry;
  const results: FileResult[] = new Array(files.length);
  let done = 0;
  let next = 0;
  let failed = false;
  const take = (): number | undefined => (failed || next >= files.length ? undefined : next++);
  const finished = (index: number, result: FileResult): void => {
    results[index] = result;
    options.onDone?.(++done, files.length);
  };
  /** Files done in this process: `first` (a worker's files when it ran out of memory), then its share. */
  const here = async (first: number[] = []): Promise<void> => {
    const nextHere = (): number | undefined => (failed ? undefined : (first.shift() ?? take()));
    for (let index = nextHere(); index !== undefined; index = nextHere()) {
      finished(index, await processFile(files[index]!, options.strict, options.render));
      // Let the workers' messages in between files: without a turn of the event loop, this
      // process would take every file before it hears that a worker wants more.
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  const minFiles = options.render ? minFilesForWorkers.render : minFilesForWorkers.check;
  if (size < 2 || files.length < minFiles || entry === undefined) {
    await here();
    return results;
  }
  // A check is light: this process takes its share of the files too.
  const shareHere = options.render === undefined;
  const nodeOptions = process.env.NODE_OPTIONS?.split(/\s+/);
  const heapMb = workerHeapMb(nodeOptions ?? []);
  const workers: ChildProcess[] = [];
  try {
    for (let i = shareHere ? 1 : 0; i < size; i++) {
      const worker = startWorker(entry, nodeOptions, heapMb);
      workers.push(worker);
      running.add(worker);
    }
  } catch (error) {
    await Promise.all(workers.map(stop));
    for (const w of workers) running.delete(w);
    throw error;
  }
  const mine = shareHere ? here() : Promise.resolve();
  try {
    await Promise.all([
      mine.catch((error: unknown) => {
        failed = true;
        throw error;
      }),
      ...workers.map(
        (worker) =>
          new Promise<void>((resolveWorker, reject) => {
            const fail = (error: Error): void => {
              failed = true;
              reject(error);
            };
            // What a worker that dies says last (a crash's message), for the error; Node's own
            // warnings are passed on as they come.
            let stderr = '';
            let outOfMemory = false;
            worker.stderr?.setEncoding('utf8').on('data', (d: string) => {
              // V8's message comes first, then a long native stack.
              outOfMemory ||= /JavaScript heap out of memory/.test(stderr.slice(-64) + d);
              stderr = (stderr + d).slice(-2000);
              for (const line of d.split('\n')) if (/^\(node:\d+\) /.test(line)) process.stderr.write(line + '\n');
            });
            /** The files sent to this worker and not yet done. */
            const inFlight = new Set<number>();
            // Two jobs in flight, so that a worker never waits for its next file.
            const feed = (): void => {
              for (let index = inFlight.size < 2 ? take() : undefined; index !== undefined; index = inFlight.size < 2 ? take() : undefined) {
                inFlight.add(index);
                const file = files[index]!;
                const job: Job = { index, display: file.display, text: file.text, ...(file.earlier ? { earlier: file.earlier } : {}), ...(file.translations ? { translations: file.translations } : {}), strict: options.strict, ...(options.render ? { render: options.render } : {}) };
                // A worker that could not start has no channel; its 'error' fails the build.
                if (!worker.connected) return;
                worker.send(job);
              }
              if (inFlight.size === 0) resolveWorker();
            };
            worker.on('message', (message: WorkerMessage) => {
              if ('error' in message) {
                const error = new Error(message.error.message);
                if (message.error.stack) error.stack = message.error.stack;
                return fail(error);
              }
              inFlight.delete(message.index);
              finished(message.index, message.result);
              feed();
            });
            // Not a bug: the system had no process or file to spare (ulimit), say.
            worker.on('error', (error) => fail(new UsageError(`cannot run a build worker (${error.message}); the system may be out of processes or open files`)));
            // A worker that stops before its work is done must not leave the build waiting. One
            // that ran out of memory (see workerHeapMb) hands its files to this process, which
            // has no such limit, and this process goes on in its place. ('close' comes after the
            // worker's last words on stderr.)
            worker.on('close', (code, signal) => {
              if (inFlight.size === 0) return;
              if (outOfMemory) {
                const left = [...inFlight].sort((a, b) => a - b);
                inFlight.clear();
                options.onWorkerOutOfMemory?.(left.map((index) => files[index]!.display), heapMb);
                here(left).then(resolveWorker, fail);
                return;
              }
              fail(new Error(`a build worker stopped (${signal ?? `exit code ${code}`})${stderr.trim() ? `: ${stderr.trim()}` : ''}`));
            });
            feed();
          }),
      ),
    ]);
  } finally {
    // On a failure, this process stops after its current file and the workers at once, before
    // the caller cleans up what they wrote.
    failed ||= done < files.length;
    await Promise.all([mine.catch(() => undefined), ...workers.map(stop)]);
    for (const w of workers) running.delete(w);
  }
  return results;
}
