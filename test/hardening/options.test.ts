// The library's options: every mistake is a diagnostic naming the option (rule invalid-option),
// never a TypeError or a hang (class 10).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, compile } from '../../src/index.js';
import { minimal } from '../helpers.js';

const runs = Number(process.env.FUZZ_RUNS ?? (process.env.PRIVACY_STATEMENT_SLOW_TESTS === '1' ? 20_000 : 300));

async function refused(options: unknown): Promise<string[]> {
  const result = await compile(minimal(), options as never);
  expect(result.outputs).toEqual([]);
  for (const d of result.diagnostics) expect(d).toMatchObject({ rule: 'invalid-option', severity: 'error', path: '', references: [] });
  expect(result.errorCount).toBe(result.diagnostics.length);
  return result.diagnostics.map((d) => d.message);
}

describe('options of compile() and check()', () => {
  it.each<[unknown, string]>([
    [{ formats: ['docx'] }, 'Option `formats` of compile(): has `docx` at position 1, which is not one of `md`, `html`, `pdf`, `json`, `jsonld`, `tilt`, `csv`, `xlsx`.'],
    [{ formats: 'html' }, "Option `formats` of compile(): is `html`; give a list of formats, such as `['md', 'html']`, or leave it out for all of them."],
    [{ formats: new Array(2 ** 32 - 1) }, 'Option `formats` of compile(): has 4294967295 places, and there are only 8 formats to choose from (`md`, `html`, `pdf`, `json`, `jsonld`, `tilt`, `csv`, `xlsx`).'],
    [{ formats: [, 'md'] }, 'Option `formats` of compile(): has an empty place at position 1; give a list without holes.'],
    [{ formats: ['md', 'md'] }, 'Option `formats` of compile(): lists `md` twice.'],
    [{ formats: [] }, 'Option `formats` of compile(): is an empty list, which asks for nothing; leave it out for all formats, or name some of `md`, `html`, `pdf`, `json`, `jsonld`, `tilt`, `csv`, `xlsx`.'],
    [{ formats: { 0: 'md', length: 1 } }, "Option `formats` of compile(): is an object; give a list of formats, such as `['md', 'html']`, or leave it out for all of them."],
    [{ html: 'page' }, 'Option `html` of compile(): is `page`, which is not one of `document`, `fragment`.'],
    [{ html: true }, 'Option `html` of compile(): is `true`, which is not one of `document`, `fragment`.'],
    [{ pdfStandard: 'pdf-a-3b' }, 'Option `pdfStandard` of compile(): is `pdf-a-3b`, which is not one of `pdf-ua`, `pdf-a-2a`.'],
    [{ locales: ['de'] }, 'Option `locales` of compile(): has `de` at position 1, which is not one of `nl`, `fr`, `en`.'],
    [{ locales: 'nl' }, "Option `locales` of compile(): is `nl`; give a list of languages, such as `['nl', 'fr']`, or leave it out for all of them."],
    [{ locales: [null] }, 'Option `locales` of compile(): has `null` at position 1, which is not one of `nl`, `fr`, `en`.'],
    [{ strict: 'yes' }, 'Option `strict` of compile(): is `yes`; give `true` or `false`, or leave it out.'],
    [{ file: 42 }, 'Option `file` of compile(): is `42`; give a text (a string), or leave it out.'],
    [{ translations: 5 }, 'Option `translations` of compile(): is `5`; give the text of the file, or the object it holds.'],
    [{ headingLevel: 0 }, 'Option `headingLevel` of compile(): is `0`; give a whole number from 1 to 5, or leave it out for 1.'],
    [{ headingLevel: 2.5 }, 'Option `headingLevel` of compile(): is `2.5`; give a whole number from 1 to 5, or leave it out for 1.'],
    [{ headingLevel: '2' }, 'Option `headingLevel` of compile(): is `2`; give a whole number from 1 to 5, or leave it out for 1.'],
    [{ idPrefix: '"><script>' }, "Option `idPrefix` of compile(): is `\\\"><script>`; give a text that starts with a letter and holds letters, digits, `-` and `_` only (such as `'harmony-'`), or leave it out."],
    [{ toc: 'yes' }, 'Option `toc` of compile(): is `yes`; give `true` or `false`, or leave it out.'],
    [{ markdown: 'gfm' }, 'Option `markdown` of compile(): is `gfm`, which is not one of `commonmark`, `mdx`.'],
    [null, "The options of compile() are `null`; give an object, such as `{ file: 'statement.yaml' }`, or leave them out."],
    ['fragment', "The options of compile() are `fragment`; give an object, such as `{ file: 'statement.yaml' }`, or leave them out."],
  ])('case %#', async (options, message) => {
    expect(await refused(options)).toEqual([message]);
  });

  it('a property that throws when read, and several mistakes at once', async () => {
    const options = Object.defineProperty({ html: 'x' }, 'formats', { get: () => { throw new Error('no'); }, enumerable: true });
    expect(await refused(options)).toEqual(['Option `formats` of compile(): could not be read (no); pass plain values.', 'Option `html` of compile(): is `x`, which is not one of `document`, `fragment`.']);
  });

  it('check() takes only its own options, and checks them the same way', async () => {
    const result = await check(minimal(), { strict: 1 } as never);
    expect(result.diagnostics.map((d) => d.message)).toEqual(['Option `strict` of check(): is `1`; give `true` or `false`, or leave it out.']);
    expect((await check(minimal(), { formats: ['docx'] } as never)).diagnostics.map((d) => d.rule)).toEqual(['invalid-option']);
    expect((await check(minimal(), { html: 'page' } as never)).errorCount).toBe(0);
  });

  it('valid options still work', async () => {
    const result = await compile(minimal(), { formats: ['md'], locales: ['nl'], html: 'fragment', pdfStandard: 'pdf-a-2a', strict: false, file: 's.yaml', headingLevel: 2, idPrefix: 'a-', toc: true, markdown: 'mdx' });
    expect(result.errorCount).toBe(0);
    expect(result.outputs.map((o) => o.fileName)).toEqual(['minimal.nl.md']);
  });

  it(`any value as options: diagnostics, never a throw (${runs} cases)`, async () => {
    const option = fc.oneof(fc.anything({ maxDepth: 2 }), fc.constantFrom('md', 'html', 'pdf', 'nl', 'document', 'pdf-ua'), fc.array(fc.constantFrom('md', 'html', 'pdf', 'nl', 'fr', 'en', 'xx', ''), { maxLength: 5 }), fc.sparseArray(fc.constantFrom('md', 'nl'), { maxLength: 6 }));
    // A statement with an error: valid options then end in its diagnostics, without rendering.
    const broken = minimal().replace('legalBasis: contract', 'legalBasis: contrct');
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.anything({ maxDepth: 1 }), fc.record({ formats: option, locales: option, html: option, pdfStandard: option, strict: option, file: option, headingLevel: option, idPrefix: option, toc: option, markdown: option }, { requiredKeys: [] })), async (options) => {
        const result = await compile(broken, options as never);
        expect(result.errorCount).toBeGreaterThan(0);
        expect(result.outputs).toEqual([]);
        for (const d of result.diagnostics) expect(d.message.length).toBeGreaterThan(10);
      }),
      { numRuns: runs },
    );
  });
});
