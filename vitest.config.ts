import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vitest/config';

/** Templates are imported as text, as the esbuild bundle does with its text loader. */
const hbsAsText: Plugin = {
  name: 'hbs-as-text',
  enforce: 'pre',
  load(id) {
    if (!id.endsWith('.hbs')) return null;
    return `export default ${JSON.stringify(readFileSync(id, 'utf8'))};`;
  },
};

export default defineConfig({
  plugins: [hbsAsText],
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
