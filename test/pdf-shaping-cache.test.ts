import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { fonts } from '../src/writers/pdf/fonts.js';
import { clearShapedWords, exportShapedWords, importShapedWords, shapedWords } from '../src/writers/pdf/shaping-cache.js';

const root = join(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'psc-shaping-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * Writes, in a fresh process of the built library, the PDFs of a statement whose name has a
 * non-breaking hyphen (a glyph it shares with the hyphen), of the Harmony example, and of a
 * brand statement with new words after those documents (where a glyph that fontkit made for an
 * earlier font subset could lose its characters), and returns their hashes.
 */
function pdfsInFreshProcess(env: Record<string, string>): string[] {
  const script = `
    import { readFileSync } from 'node:fs';
    import { createHash } from 'node:crypto';
    const { compile } = await import(${JSON.stringify(pathToFileURL(join(root, 'lib/index.js')).href)});
    const harmony = readFileSync(${JSON.stringify(join(root, 'examples/harmony/statement.yaml'))}, 'utf8');
    const hyphenated = harmony.replaceAll('Harmony', 'Harmony\u2011Zorg');
    const brand = harmony.replaceAll('Harmony', 'Tulp Zorgwijzer Qwyx');
    const out = [];
    for (const text of [hyphenated, harmony, brand]) {
      const result = await compile(text, { formats: ['pdf'], locales: ['fr'] });
      if (result.errorCount > 0) throw new Error(JSON.stringify(result.diagnostics));
      for (const o of result.outputs) out.push(createHash('sha256').update(o.content).digest('hex'));
    }
    console.log(JSON.stringify(out));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, ...env }, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as string[];
}

describe('the shaping cache of the PDF fonts', () => {
  it('is made by the build, and PDFs are byte-identical with it and without it', () => {
    expect(existsSync(join(root, 'lib/shaped-words.json'))).toBe(true);
    // Writing a cache file means starting without one: every word is shaped by fontkit.
    const without = pdfsInFreshProcess({ PRIVACY_STATEMENT_WRITE_SHAPING_CACHE: join(work, 'fresh.json') });
    const withCache = pdfsInFreshProcess({});
    expect(without).toHaveLength(3);
    expect(withCache).toEqual(without);
  });

  it('round-trips, and is ignored when made for other fonts or versions', () => {
    const regular = fonts().regular as unknown as { layout(text: string): { glyphs: { id: number }[] } };
    expect(importShapedWords(readFileSync(join(root, 'lib/shaped-words.json'), 'utf8'))).toBe(true);
    const before = exportShapedWords();
    const wordsBefore = Object.keys(shapedWords.regular).sort();
    clearShapedWords();
    expect(Object.keys(shapedWords.regular)).toHaveLength(0);

    const foreign = JSON.parse(before) as { key: string };
    foreign.key = 'made-for-other-fonts';
    expect(importShapedWords(JSON.stringify(foreign))).toBe(false);
    expect(importShapedWords('{ not json')).toBe(false);
    expect(Object.keys(shapedWords.regular)).toHaveLength(0);

    expect(importShapedWords(before)).toBe(true);
    expect(Object.keys(shapedWords.regular).sort()).toEqual(wordsBefore);
    // The imported runs are what fontkit shapes, glyph for glyph and position for position.
    for (const word of ['persoonsgegevens ', 'données ', 'Wij ']) {
      const run = shapedWords.regular[word] as unknown as { glyphs: { id: number }[]; positions: { xAdvance: number }[]; advanceWidth: number };
      const shaped = regular.layout(word) as unknown as { glyphs: { id: number }[]; positions: { xAdvance: number }[] };
      expect(run.glyphs.map((g) => g.id)).toEqual(shaped.glyphs.map((g) => g.id));
      expect(run.positions.map((p) => p.xAdvance)).toEqual(shaped.positions.map((p) => p.xAdvance));
    }
  });

  it('file carries the words of the examples', () => {
    const stored = JSON.parse(readFileSync(join(root, 'lib/shaped-words.json'), 'utf8')) as { faces: Record<string, [string, ...unknown[]][]> };
    const words = new Set(stored.faces.regular!.map(([w]) => w));
    expect(words.has('persoonsgegevens ')).toBe(true);
    expect(words.has('données ')).toBe(true);
  });
});
