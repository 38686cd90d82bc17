import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { InputFile } from './inputs.js';
import { processFile, type FileResult, type RenderRequest } from './pipeline.js';
import type { Job } from './worker.js';

/** Below this many files, starting workers costs more than it saves. */
const minFilesForWorkers = 3;

export interface PoolOptions {
  strict: boolean;
  render?: RenderRequest;
  /** Called as each file is done, in completion order. */
  onDone?: (done: number, total: number) => void;
}

/**
 * Processes statement files over the machine's cores with worker threads (in the order given:
 * results come back in input order whatever order they finish in). Few files, or one core, run
 * in this thread.
 */
export async function processAll(files: InputFile[], options: PoolOptions): Promise<FileResult[]> {
  const size = Math.min(availableParallelism(), files.length, 8);
  // Workers run the command line's own entry script (see bin/), which starts a worker in a
  // worker thread. Without it (the library, or the sources under test) everything runs here.
  const entry = (globalThis as { __privacyStatementEntry?: string }).__privacyStatementEntry;
  const bundled = entry !== undefined;
  const results: FileResult[] = new Array(files.length);
  let done = 0;
  if (size < 2 || files.length < minFilesForWorkers || !bundled) {
    for (const [i, file] of files.entries()) {
      results[i] = await processFile(file, options.strict, options.render);
      options.onDone?.(++done, files.length);
    }
    return results;
  }
  let next = 0;
  const workers = Array.from({ length: size }, () => new Worker(entry!));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolveWorker, reject) => {
            const feed = (): void => {
              if (next >= files.length) return resolveWorker();
              const index = next++;
              const file = files[index]!;
              const job: Job = { index, display: file.display, text: file.text, strict: options.strict, ...(options.render ? { render: options.render } : {}) };
              worker.postMessage(job);
            };
            worker.on('message', (message: { index: number; result?: FileResult; error?: { message: string; stack?: string } }) => {
              if (message.error) {
                const error = new Error(message.error.message);
                if (message.error.stack) error.stack = message.error.stack;
                return reject(error);
              }
              results[message.index] = message.result!;
              options.onDone?.(++done, files.length);
              feed();
            });
            worker.on('error', reject);
            // A worker that stops without an error (killed, out of memory) must not leave the build waiting.
            worker.on('exit', (code) => {
              if (next < files.length || done < files.length) reject(new Error(`a build worker stopped (exit code ${code})`));
            });
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
