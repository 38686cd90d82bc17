import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { InputFile } from './inputs.js';
import { processFile, type FileResult, type RenderRequest } from './pipeline.js';
import type { Job } from './worker.js';

/** Below this many files, starting a worker costs more than it saves. */
const minFilesForWorkers = 3;

export interface PoolOptions {
  strict: boolean;
  render?: RenderRequest;
  /** Called as each file is done, in completion order. */
  onDone?: (done: number, total: number) => void;
}

/**
 * Processes statement files over the machine's cores (in the order given: results come back in
 * input order whatever order they finish in). This thread takes its share of the files, and a
 * worker thread per other core the rest: every thread is a JavaScript heap of its own, so one
 * fewer thread is much less memory. Few files, or one core, run in this thread alone.
 */
export async function processAll(files: InputFile[], options: PoolOptions): Promise<FileResult[]> {
  const size = Math.min(availableParallelism(), files.length, 8);
  // Workers run the command line's own entry script (see bin/), which starts a worker in a
  // worker thread. Without it (the library, or the sources under test) everything runs here.
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
  const here = async (): Promise<void> => {
    for (let index = take(); index !== undefined; index = take()) finished(index, await processFile(files[index]!, options.strict, options.render));
  };
  if (size < 2 || files.length < minFilesForWorkers || entry === undefined) {
    await here();
    return results;
  }
  // Each thread's heap would otherwise grow up to four times its live data between full
  // collections (a batch allocates fast: every PDF is megabytes of short-lived objects). Twice
  // is enough: it cut a batch's peak memory by a third at no measured cost in time. Set after
  // this thread's code was loaded from its cache (V8 checks the cache against its flags).
  setFlagsFromString('--heap-growing-percent=100');
  const workers = Array.from({ length: size - 1 }, () => new Worker(entry));
  try {
    await Promise.all([
      here().catch((error: unknown) => {
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
            let inFlight = 0;
            // Two jobs in flight: this thread hears from a worker only between the steps of its
            // own files, and the worker should never wait for that.
            const feed = (): void => {
              for (let index = inFlight < 2 ? take() : undefined; index !== undefined; index = inFlight < 2 ? take() : undefined) {
                inFlight++;
                const file = files[index]!;
                const job: Job = { index, display: file.display, text: file.text, strict: options.strict, ...(options.render ? { render: options.render } : {}) };
                worker.postMessage(job);
              }
              if (inFlight === 0) resolveWorker();
            };
            worker.on('message', (message: { index: number; result?: FileResult; error?: { message: string; stack?: string } }) => {
              if (message.error) {
                const error = new Error(message.error.message);
                if (message.error.stack) error.stack = message.error.stack;
                return fail(error);
              }
              inFlight--;
              finished(message.index, message.result!);
              feed();
            });
            worker.on('error', fail);
            // A worker that stops without an error (killed, out of memory) must not leave the build waiting.
            worker.on('exit', (code) => {
              if (inFlight > 0) fail(new Error(`a build worker stopped (exit code ${code})`));
            });
            feed();
          }),
      ),
    ]);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
