import { fork, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { UsageError } from './errors.js';
import type { InputFile } from './inputs.js';
import { processFile, type FileResult, type RenderRequest } from './pipeline.js';
import { workerVariable, type Job, type WorkerMessage } from './worker.js';
import { cliLanguage, say } from './lang.js';

/**
 * Below this many files, starting a worker process (loading the command line again) costs more
 * than it saves. Rendering a statement takes many times longer than checking it, so a check needs
 * far more files before workers pay.
 */
const minFilesForWorkers = { render: 3, check: 24 };

export interface PoolOptions {
  strict: boolean;
  render?: RenderRequest;
  /** Called as each file is done, in completion order. */
  onDone?: (done: number, total: number) => void;
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
 * Starts a worker process (see worker.ts) running the command line's entry script, with the
 * flags and NODE_OPTIONS this process was given (less a debugger's).
 */
function startWorker(entry: string): ChildProcess {
  const nodeOptions = process.env.NODE_OPTIONS;
  return fork(entry, [], {
    env: { ...process.env, [workerVariable]: '1', ...(nodeOptions ? { NODE_OPTIONS: withoutDebugger(nodeOptions.split(/\s+/)).join(' ') } : {}) },
    execArgv: withoutDebugger(process.execArgv),
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
 * Processes, not worker threads: each has a heap and a garbage collector of its own, and a
 * worker that dies takes no other work with it (docs/performance.md has the measurements).
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
  /** Files done in this process: all of them, or its share of a check. */
  const here = async (): Promise<void> => {
    for (let index = take(); index !== undefined; index = take()) {
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
  const workers: ChildProcess[] = [];
  try {
    for (let i = shareHere ? 1 : 0; i < size; i++) {
      const worker = startWorker(entry);
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
            worker.stderr?.setEncoding('utf8').on('data', (d: string) => {
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
                const job: Job = { index, display: file.display, text: file.text, ...(file.refused ? { refused: file.refused } : {}), ...(file.earlier ? { earlier: file.earlier } : {}), ...(file.translations ? { translations: file.translations } : {}), strict: options.strict, ...(options.render ? { render: options.render } : {}), lang: cliLanguage() };
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
            worker.on('error', (error) => fail(new UsageError(say('output.no-worker', { reason: error.message }))));
            // A worker that stops before its work is done must not leave the build waiting: the
            // build fails with what it said last. ('close' comes after its last words on stderr.)
            worker.on('close', (code, signal) => {
              if (inFlight.size === 0) return;
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
