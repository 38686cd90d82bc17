import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile.js';
import { examples, read } from './helpers.js';

/** Every example is a complete statement: no errors, no warnings, and it renders in all its languages. */
describe('examples', () => {
  for (const [name, path] of Object.entries(examples)) {
    it(`${name} passes check and builds in every locale`, async () => {
      const result = await compile(read(path), { file: path, formats: ['md', 'html'] });
      expect(result.diagnostics).toEqual([]);
      const locales = result.locales ?? [];
      expect(locales.length).toBeGreaterThan(1);
      expect(result.outputs.map((o) => `${o.locale}.${o.format}`)).toEqual(locales.flatMap((l) => [`${l}.md`, `${l}.html`]));
      for (const output of result.outputs) {
        const text = output.content as string;
        for (const anchor of ['controller', 'purposes', 'retention', 'rights', 'complaints']) {
          expect(text, `${output.fileName} #${anchor}`).toContain(output.format === 'md' ? `{#${anchor}}` : `<h2 id="${anchor}">`);
        }
      }
    });
  }
});
