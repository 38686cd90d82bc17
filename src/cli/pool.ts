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

const running = new Set<Worker>();

/** Stops every worker at once (an interrupted build, before it removes what they wrote). */
export async function stopWorkers(): Promise<void> {
  await Promise.all([...running].map((w) => w.terminate()));
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
    for (let index = take(); index !== undefined; index = take()) {
      finished(index, await processFile(files[index]!, options.strict, options.render));
      // Let the workers' messages in between files: without a turn of the event loop, this
      // thread would take every file before it hears that a worker wants more.
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  if (size < 2 || files.length < minFilesForWorkers || entry === undefined) {
    await here();
    return results;
  }
  const workers = Array.from({ length: size - 1 }, () => new Worker(entry));
  for (const w of workers) running.add(w);
  let ready = 0;
  const mine = here();
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
            worker.on('message', (message: { ready?: true; index: number; result?: FileResult; error?: { message: string; stack?: string } }) => {
              if (message.ready) {
                // Each thread's heap would otherwise grow up to four times its live data between
                // full collections (a batch allocates fast: every PDF is megabytes of short-lived
                // objects). Twice is enough: it cut the peak memory of a 900-file batch from ~640
                // to ~440 MB, for 5–10% more time in garbage collection. Set only once every
                // worker has loaded its code, because V8 checks the code cache against its flags
                // (and the flags are the whole process's).
                if (++ready === workers.length) setFlagsFromString('--heap-growing-percent=100');
                return;
              }
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
    // On a failure, this thread stops after its current file and the workers at once, before
    // the caller cleans up what they wrote.
    failed ||= done < files.length;
    await Promise.all([mine.catch(() => undefined), ...workers.map((w) => w.terminate())]);
    for (const w of workers) running.delete(w);
  }
  return results;
}
