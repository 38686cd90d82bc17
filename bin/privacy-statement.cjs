#!/usr/bin/env node
'use strict';
// Starts the command line from its bundle, compiled with the V8 code cache made when the
// package was built (see build.config.mjs): that saves most of the start-up time of a command.
// Build workers start from this same file. It is CommonJS because Node starts a CommonJS file
// a few milliseconds sooner than an ES module.
const { existsSync, readFileSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join } = require('node:path');
const vm = require('node:vm');

const filename = join(__dirname, '../lib/cli.cjs');
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
globalThis.__privacyStatementEntry = __filename;
const module_ = { exports: {} };
script.runInThisContext()(module_.exports, createRequire(filename), module_, filename, dirname(filename));
