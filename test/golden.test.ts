import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile.js';
import { examples, read } from './helpers.js';

/**
 * The Harmony example in every locale and format, compared with the reviewed files in
 * test/fixtures/golden. After an intended change, update them with `npm run test:golden`
 * (vitest -u) and review the diff.
 */
describe('golden files', async () => {
  const result = await compile(read(examples.harmony), { file: examples.harmony, formats: ['md', 'html'] });
  it('the example compiles without errors or warnings', () => {
    expect(result.diagnostics).toEqual([]);
    expect(result.outputs.map((o) => o.fileName)).toEqual(['harmony.nl.md', 'harmony.nl.html', 'harmony.en.md', 'harmony.en.html', 'harmony.fr.md', 'harmony.fr.html']);
  });
  for (const output of result.outputs) {
    it(output.fileName, async () => {
      await expect(output.content).toMatchFileSnapshot(`fixtures/golden/${output.fileName}`);
    });
  }
});
