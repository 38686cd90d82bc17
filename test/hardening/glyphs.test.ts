// Scripts the PDF's font cannot show (class 7): refused with the field and the character when a
// PDF is written, never drawn as blanks; the font's coverage is read from the font files.
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, compile } from '../../src/compile.js';
import { invisibleCharacter } from '../../src/text/characters.js';
import coverage from '../../src/writers/pdf/coverage.json' with { type: 'json' };
import { commonlyShown, firstUnshowable, pdfCanShow } from '../../src/writers/pdf/coverage.js';
import { edit, examples, minimal, read, root, runCli } from '../helpers.js';
import { coverageFromFonts } from './font-coverage.js';

/** Each case may write a PDF: fewer than the other property tests. */
const slow = process.env.PRIVACY_STATEMENT_SLOW_TESTS === '1';
const runs = Number(process.env.FUZZ_RUNS ?? (slow ? 2_000 : 100));
const withName = (name: string) => edit(minimal(), 'name: Example Verzekeringen', `name: ${JSON.stringify(name)}`);

describe('what the PDF can show', () => {
  it('coverage.json is what the font files have (UPDATE_FONT_COVERAGE=1 writes it anew)', () => {
    const fromFonts = coverageFromFonts();
    if (process.env.UPDATE_FONT_COVERAGE === '1') writeFileSync(join(root, 'src/writers/pdf/coverage.json'), JSON.stringify(fromFonts) + '\n');
    expect(coverage, 'the fonts changed: run UPDATE_FONT_COVERAGE=1 npx vitest run test/hardening/glyphs.test.ts').toEqual(fromFonts);
    // Every letter Dutch, French and English need, and the typography of the three.
    for (const c of 'aàâäæçéèêëïîôœùûüÿAÀÂÄÆÇÉÈÊËÏÎÔŒÙÛÜŸ€«»‘’“”„–—…\u00a0\u202f•◦') expect(pdfCanShow(c.codePointAt(0)!), c).toBe(true);
  });

  it('the shortcut for common texts accepts only characters the fonts have', () => {
    let accepted = 0;
    for (let cp = 0; cp <= 0xffff; cp++) {
      if (!commonlyShown.test(String.fromCharCode(cp))) continue;
      accepted++;
      if (cp !== 0x09 && cp !== 0x0a && cp !== 0x0d) expect(pdfCanShow(cp), `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`).toBe(true);
    }
    expect(accepted).toBeGreaterThan(300);
  });

  it('every sentence the compiler itself writes (locales) can be shown', () => {
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (name.endsWith('.json')) files.push(path);
      }
    };
    walk(join(root, 'locales'));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const found = firstUnshowable(readFileSync(file, 'utf8'));
      expect(found && `${file}: U+${found.codePoint.toString(16)}`).toBeUndefined();
    }
  });

  it('a CJK, emoji or right-to-left name: refused for a PDF, at the field; written in Markdown and HTML', async () => {
    for (const name of ['保险 Example', 'Example 🛡️', 'ביטוח Example', 'تأمين Example']) {
      const pdf = await compile(withName(name), { formats: ['pdf'], file: 's.yaml' });
      expect(pdf.outputs).toEqual([]);
      expect(pdf.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.rule, d.path, d.line])).toEqual([['font-coverage', '/controller/name', 9]]);
      const html = await compile(withName(name), { formats: ['md', 'html'] });
      expect(html.errorCount).toBe(0);
      expect(html.outputs.find((o) => o.format === 'html')!.content).toContain(name);
    }
  });

  it('the command line: build refuses it (exit 1), build --to md,html writes it, check reports it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'psc-glyphs-'));
    writeFileSync(join(dir, 's.yaml'), withName('保险 Example'));
    const pdf = await runCli(['build', 's.yaml', '--to', 'pdf'], { cwd: dir });
    expect(pdf.code).toBe(1);
    expect(pdf.stdout).toMatch(/^s\.yaml:9:9 +error +`controller\.name` contains “保” \(U\+4FDD\), which the PDF's font \(Source Sans 3\) cannot show/m);
    expect((await runCli(['build', 's.yaml', '--to', 'md,html'], { cwd: dir })).code).toBe(0);
    expect((await runCli(['check', 's.yaml'], { cwd: dir })).code).toBe(1);
  });

  it('the examples, rendered in every language, use only characters the PDF can show', async () => {
    for (const path of Object.values(examples)) {
      const result = await compile(read(path), { formats: ['md'] });
      for (const o of result.outputs) expect(firstUnshowable(o.content as string), `${path} ${o.locale}`).toBeUndefined();
    }
  });

  it(`any name: refused for a PDF exactly when a character of it cannot be shown (${runs} names)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: fc.oneof(fc.constantFrom(...'aé€ Ωж'), fc.integer({ min: 0x20, max: 0x2ffff }).filter((cp) => cp < 0xd800 || cp > 0xdfff).map((cp) => String.fromCodePoint(cp))), minLength: 1, maxLength: 6 }), async (name) => {
        // In npm test the rules alone; test:slow also writes each PDF.
        const result = slow ? await compile(withName(`Example ${name}`), { formats: ['pdf'], locales: ['en'] }) : { ...analyze(withName(`Example ${name}`), { formats: ['pdf'] }), outputs: undefined };
        const refused = result.diagnostics.some((d) => d.rule === 'font-coverage');
        expect(refused).toBe([...name].some((c) => !pdfCanShow(c.codePointAt(0)!) && !invisibleCharacter(c.codePointAt(0)!)));
        // …and a name that passes every rule is drawn, never left blank (the writer refuses to).
        if (slow && result.diagnostics.every((d) => d.severity !== 'error')) expect(result.outputs).toHaveLength(1);
      }),
      { numRuns: runs },
    );
  });
});
