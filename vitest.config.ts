import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { defineConfig, type Plugin } from 'vitest/config';
import { precompileTemplate } from './build.config.mjs';

/** Templates are imported precompiled, as the esbuild bundle imports them (build.config.mjs). */
const hbsPrecompiled: Plugin = {
  name: 'hbs-precompiled',
  enforce: 'pre',
  load(id) {
    if (!id.endsWith('.hbs')) return null;
    return precompileTemplate(readFileSync(id, 'utf8'));
  },
};

/**
 * Two tiers. `npm test` runs everything but test/slow/, with a short fuzz and every fourth
 * injection payload; `npm run test:slow` (PRIVACY_STATEMENT_SLOW_TESTS=1) runs test/slow/, the
 * long fuzz, every payload, and the files with tests marked `itSlow` (see test/helpers.ts).
 * CI runs `npm test`.
 */
const slow = process.env.PRIVACY_STATEMENT_SLOW_TESTS === '1';

export default defineConfig({
  plugins: [hbsPrecompiled],
  // JSON modules (catalogues, the generated schema, font coverage) as one JSON.parse each, as
  // Node itself imports them, instead of a module with an export per key.
  json: { stringify: true },
  test: {
    include: slow ? ['test/slow/**/*.test.ts', 'test/hardening/fuzz.test.ts', 'test/hardening/injection.test.ts', 'test/hardening/atomic.test.ts', 'test/cli.test.ts', 'test/outputs/build.test.ts', 'test/speed.test.ts', 'test/translations/cli.test.ts', 'test/rules/lint-words.test.ts', 'test/pdf-bytes.test.ts'] : ['test/**/*.test.ts'],
    exclude: slow ? [] : ['test/slow/**'],
    globalSetup: ['test/global-setup.ts'],
    // Guards against a hang, not measures of speed.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // A test file per core (vitest's default leaves one core to itself, which here would be half
    // the machine): the vitest process itself mostly waits.
    maxWorkers: availableParallelism(),
    // Test files share a worker's modules (their caches included): every test builds its own
    // inputs, so none depends on another's state.
    isolate: false,
  },
});
