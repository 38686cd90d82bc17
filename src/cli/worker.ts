import { parentPort } from 'node:worker_threads';
import { processFile, type RenderRequest } from './pipeline.js';

/** A build worker: processes one statement file at a time for the main thread's pool. */
export interface Job {
  index: number;
  display: string;
  text: string;
  strict: boolean;
  render?: RenderRequest;
}

export function startWorker(): void {
  // Loaded and listening (see the pool: V8 flags may change once every worker has its code).
  parentPort?.postMessage({ ready: true });
  parentPort?.on('message', async (job: Job) => {
    try {
      const result = await processFile(job, job.strict, job.render);
      parentPort!.postMessage({ index: job.index, result });
    } catch (error) {
      parentPort!.postMessage({ index: job.index, error: { message: (error as Error).message, stack: (error as Error).stack } });
    }
  });
}
