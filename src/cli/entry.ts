import { start } from './main.js';
import { isBuildWorker, startWorker } from './worker.js';

/**
 * The command line's bundle: the same file runs the command and its build workers (child
 * processes of a batch, see pool.ts), so that both load one compiled bundle and one code cache.
 */
if (isBuildWorker()) startWorker();
else start();
