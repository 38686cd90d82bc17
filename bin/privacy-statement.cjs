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
// V8 optimizes a function once it has run long enough. A command lives a second or two, and
// most of its code runs for one statement only: compiling all that code with the optimizing
// compiler cost more than it saved. Asking for about six times the default (67584) makes one
// build about a fifth faster, and a batch's workers about a tenth (see README, Performance).
// Set after the bundle is compiled, so that the code cache, made with V8's default flags, is
// still accepted; not when that cache is being made, nor when the flag is given to node.
else if (!process.execArgv.some((arg) => arg.startsWith('--interrupt-budget'))) require('node:v8').setFlagsFromString('--interrupt-budget=400000');
globalThis.__privacyStatementEntry = __filename;
const module_ = { exports: {} };
script.runInThisContext()(module_.exports, createRequire(filename), module_, filename, dirname(filename));
