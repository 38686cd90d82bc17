import { readFileSync } from 'node:fs';
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

export default defineConfig({
  plugins: [hbsPrecompiled],
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Test files share a worker's modules (their caches included): a third faster, and every
    // test builds its own inputs, so none depends on another's state.
    isolate: false,
  },
});
