#!/usr/bin/env node
// Starts the command line from its bundle, compiled with the V8 code cache made when the
// package was built (see build.config.mjs): that saves most of the start-up time of a command.
// Build workers start from this same file.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const filename = fileURLToPath(new URL('../lib/cli.cjs', import.meta.url));
if (!existsSync(filename)) {
  process.stderr.write('privacy-statement: the command line is not built yet; run `npm run build` (npm ci does it).\n');
  process.exit(70);
}
const cacheFile = `${filename}.cache`;
const writeCache = process.env.PRIVACY_STATEMENT_WRITE_CODE_CACHE;
const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${readFileSync(filename, 'utf8')}\n})`, {
  filename,
  ...(existsSync(cacheFile) && !writeCache ? { cachedData: readFileSync(cacheFile) } : {}),
});
if (writeCache) process.once('exit', () => writeFileSync(writeCache, script.createCachedData()));
globalThis.__privacyStatementEntry = fileURLToPath(import.meta.url);
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(filename), module, filename, dirname(filename));
