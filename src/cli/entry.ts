import { isMainThread } from 'node:worker_threads';
import { start } from './main.js';
import { startWorker } from './worker.js';

/**
 * The command line's bundle: the same file runs the command in the main thread and the build
 * workers in worker threads, so that both load one compiled bundle and one code cache.
 */
if (isMainThread) start();
else startWorker();
