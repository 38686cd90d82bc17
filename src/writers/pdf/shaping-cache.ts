import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { faces, fontFiles, fonts, type Face } from './fonts.js';
import { clearShapedLines } from './text.js';
import { vendorVersions } from './vendor.js';

/**
 * Shaped words, shared by every document of the process.
 *
 * Shaping text (kerning and ligatures, through the fonts' OpenType tables, by fontkit) is the
 * costliest part of a first PDF, and the same words recur in every page, language and
 * statement. pdfkit keeps the shaped words of a font in `layoutCache`, one per document; sharing
 * one per face across documents means each word is shaped once per process. pdfkit and the text
 * writer only read the cached runs: the glyphs' ids, advance widths and code points, and their
 * positions in thousandths of an em.
 *
 * The build shapes the words of the examples once and writes them to `lib/shaped-words.json`
 * (`npm run build` does it through `PRIVACY_STATEMENT_WRITE_SHAPING_CACHE`), so that a process
 * starts with them: a single build with PDF then does not wait for fontkit. The file is used only
 * when its key matches the installed fonts, fontkit and pdfkit, so the bytes of a PDF are the
 * same with it as without it (a test compares them).
 */
export const shapedWords = Object.fromEntries(faces.map((face) => [face, Object.create(null) as Record<string, ShapedRun>])) as Record<Face, Record<string, ShapedRun>>;

interface ShapedRun {
  glyphs: { id: number; advanceWidth: number; codePoints: number[] }[];
  positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number; advanceWidth: number }[];
  advanceWidth: number;
}

/**
 * A word as stored. Most words are plain: one code point per glyph and no offsets, stored as
 * [word, [glyph id, advance width (font units), x advance (1/1000 em), code point, …]]. Any
 * other is stored whole: [word, [[id, advanceWidth, codePoints], …], [[xAdvance, yAdvance,
 * xOffset, yOffset], …]]. The run's width and each position's `advanceWidth` are derived on
 * loading exactly as fontkit and pdfkit derive them.
 */
type StoredWord = [string, number[]] | [string, [number, number, number[]][], [number, number, number, number][]];

interface StoredCache {
  key: string;
  faces: Record<Face, StoredWord[]>;
}

const writeTo = process.env.PRIVACY_STATEMENT_WRITE_SHAPING_CACHE;
let preloaded = false;

/** Gives each face of a new document the shared cache, filled from the build's file on first use. */
export function shareShapedWords(pdf: { font(name: string): unknown }): void {
  if (!preloaded) {
    preloaded = true;
    if (writeTo) process.once('exit', () => writeCacheFile(writeTo));
    else importShapedWords(readCacheFile());
  }
  for (const face of faces) {
    const font = (pdf.font(face) as { _font?: { layoutCache?: Record<string, unknown> } })._font;
    if (font && font.layoutCache) font.layoutCache = shapedWords[face];
  }
}

/**
 * What the shaped words depend on: the font files, fontkit (the shaping) and pdfkit (the
 * scaling), as bundled in lib/pdfkit.cjs (or installed, run from the sources).
 */
function cacheKey(): string {
  const hash = createHash('sha256').update('shaped-words/1');
  const versions = vendorVersions();
  for (const pkg of ['fontkit', 'pdfkit'] as const) hash.update(`${pkg}@${versions[pkg]}`);
  const files = fontFiles();
  for (const face of faces) hash.update(files[face]);
  return hash.digest('hex');
}

/** The cache file beside the package's bundles, wherever the package is installed. */
function cacheFile(): string | undefined {
  try {
    return join(dirname(createRequire(import.meta.url).resolve('privacy-statement-compiler/package.json')), 'lib', 'shaped-words.json');
  } catch {
    return undefined;
  }
}

function readCacheFile(): string | undefined {
  const file = cacheFile();
  if (!file) return undefined;
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** The shared cache as the build writes it. */
export function exportShapedWords(): string {
  const stored: StoredCache = { key: cacheKey(), faces: {} as Record<Face, StoredWord[]> };
  for (const face of faces) {
    stored.faces[face] = Object.entries(shapedWords[face])
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      // A glyph without characters (other than .notdef) would have no text in any PDF: such a
      // word is left to be shaped where it is used.
      .filter(([, run]) => run.glyphs.every((g) => g.id === 0 || g.codePoints.length > 0))
      .map(([word, run]): StoredWord => {
        const plain = run.glyphs.every((g, i) => g.codePoints.length === 1 && !run.positions[i]!.yAdvance && !run.positions[i]!.xOffset && !run.positions[i]!.yOffset);
        if (plain) return [word, run.glyphs.flatMap((g, i) => [g.id, g.advanceWidth, run.positions[i]!.xAdvance, g.codePoints[0]!])];
        return [
          word,
          run.glyphs.map((g): [number, number, number[]] => [g.id, g.advanceWidth, [...g.codePoints]]),
          run.positions.map((p): [number, number, number, number] => [p.xAdvance, p.yAdvance, p.xOffset, p.yOffset]),
        ];
      });
  }
  return JSON.stringify(stored);
}

/** Fills the shared cache from `exportShapedWords` text; ignored (false) when its key does not match. */
export function importShapedWords(text: string | undefined): boolean {
  if (text === undefined) return false;
  let stored: StoredCache;
  try {
    stored = JSON.parse(text) as StoredCache;
  } catch {
    return false;
  }
  if (typeof stored !== 'object' || stored === null || stored.key !== cacheKey()) return false;
  try {
    fill(stored);
  } catch {
    clearShapedWords();
    return false;
  }
  return true;
}

function fill(stored: StoredCache): void {
  const opened = fonts();
  for (const face of faces) {
    const cache = shapedWords[face];
    // As pdfkit's layoutRun scales fontkit's positions.
    const font = opened[face] as unknown as { unitsPerEm: number; getGlyph(id: number, codePoints: number[]): ShapedRun['glyphs'][number] };
    const scale = 1000 / font.unitsPerEm;
    // One object per distinct position, shared by every word that has it: nothing changes a
    // cached run's positions (pdfkit copies them), and the ~70,000 glyphs of the file have a few
    // thousand distinct positions, which saves ~3.5 MB of every process that writes PDFs.
    const shared = new Map<string, ShapedRun['positions'][number]>();
    const position = (xAdvance: number, yAdvance: number, xOffset: number, yOffset: number, advanceWidth: number): ShapedRun['positions'][number] => {
      const key = `${xAdvance} ${yAdvance} ${xOffset} ${yOffset} ${advanceWidth}`;
      let known = shared.get(key);
      if (!known) shared.set(key, (known = { xAdvance, yAdvance, xOffset, yOffset, advanceWidth }));
      return known;
    };
    for (const entry of stored.faces[face] ?? []) {
      const word = entry[0];
      if (word in cache) continue;
      // Arrays of the word's exact length (grown by push, they would keep spare room).
      const length = entry.length === 2 ? entry[1].length >> 2 : entry[1].length;
      const run: ShapedRun = { glyphs: new Array<ShapedRun['glyphs'][number]>(length), positions: new Array<ShapedRun['positions'][number]>(length), advanceWidth: 0 };
      let k = 0;
      const add = (id: number, advanceWidth: number, codePoints: number[], xAdvance: number, yAdvance: number, xOffset: number, yOffset: number): void => {
        // fontkit's own glyph object, as its shaping would return it. fontkit keeps one object
        // per glyph with the code points it was first made for, and pdfkit maps the glyph to
        // those for text extraction (ToUnicode); made here first, it gets the stored ones, not
        // the empty list it gets when a PDF's font subset asks for it before any word uses it.
        const glyph = font.getGlyph(id, codePoints);
        if (glyph.advanceWidth !== advanceWidth) throw new Error(`shaping cache: glyph ${id} of ${face} does not match the font`);
        run.glyphs[k] = glyph;
        run.positions[k++] = position(xAdvance, yAdvance, xOffset, yOffset, advanceWidth * scale);
      };
      if (entry.length === 2) {
        const g = entry[1];
        for (let i = 0; i + 3 < g.length; i += 4) add(g[i]!, g[i + 1]!, [g[i + 3]!], g[i + 2]!, 0, 0, 0);
      } else {
        entry[1].forEach(([id, advanceWidth, codePoints], i) => {
          const [xAdvance, yAdvance, xOffset, yOffset] = entry[2][i]!;
          add(id, advanceWidth, codePoints, xAdvance, yAdvance, xOffset, yOffset);
        });
      }
      // fontkit's GlyphRun.advanceWidth: the x advances summed in order.
      for (const p of run.positions) run.advanceWidth += p.xAdvance;
      cache[word] = run;
    }
  }
}

/** Empties the shared cache (tests compare PDFs made with and without the build's file). */
export function clearShapedWords(): void {
  clearShapedLines();
  for (const face of faces) for (const word of Object.keys(shapedWords[face])) delete shapedWords[face][word];
}

function writeCacheFile(file: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, exportShapedWords());
  renameSync(temporary, file);
}
