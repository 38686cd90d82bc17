import type { Diagnostic } from '../diagnostics.js';
import type { MessageLanguage } from '../messages/index.js';
import { useLanguage } from './lang.js';
import { processFile, type EarlierVersion, type FileResult, type RenderRequest } from './pipeline.js';

/** A build worker: a child process that processes one statement file at a time for the command's pool. */
export interface Job {
  index: number;
  display: string;
  text: string;
  refused?: Diagnostic;
  earlier?: EarlierVersion;
  /** The statement's translations lock file, when it has one. */
  translations?: { display: string; text: string };
  strict: boolean;
  render?: RenderRequest;
  /** The language of the messages (the command's `--lang` or environment). */
  lang: MessageLanguage;
}

export type WorkerMessage = { index: number; result: FileResult } | { index: number; error: { message: string; stack?: string } };

/** Set in a build worker's environment by the pool (see pool.ts), with an IPC channel to it. */
export const workerVariable = 'PRIVACY_STATEMENT_BUILD_WORKER';

export function isBuildWorker(): boolean {
  return process.env[workerVariable] === '1' && typeof process.send === 'function';
}

export function startWorker(): void {
  const send = (message: WorkerMessage): void => void process.send!(message);
  // Ctrl+C reaches every process of the terminal's group: the command's process decides what
  // happens (it stops its workers, then removes what they wrote). A worker whose command is
  // gone (killed outright) has nobody to work for.
  process.on('SIGINT', () => undefined);
  process.on('disconnect', () => process.exit(0));
  // One file at a time, in the order sent: the pool sends the next file before this one is done
  // (so that no worker waits for work), and two statements rendered at once, interleaved at each
  // PDF's end, would only hold twice the memory.
  let queue = Promise.resolve();
  process.on('message', (job: Job) => {
    queue = queue
      .then(() => useLanguage(job.lang))
      .then(() =>
        processFile(job, job.strict, job.render).then(
          (result) => send({ index: job.index, result }),
          (error: unknown) => send({ index: job.index, error: { message: (error as Error).message, ...((error as Error).stack ? { stack: (error as Error).stack } : {}) } }),
        ),
      )
      // A result that cannot be sent leaves the command waiting for it: this worker stops, and
      // the command reports what it said last (see pool.ts).
      .catch((error: unknown) => {
        process.stderr.write(`build worker: ${(error as Error).stack ?? String(error)}\n`);
        process.exit(70);
      });
  });
}
