// What the PDF's fonts can show, read from the font files with fontkit's public API: the source of
// src/writers/pdf/coverage.json (test/hardening/glyphs.test.ts checks that the two agree).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create } from 'fontkit';
import { faces } from '../../src/writers/pdf/fonts.js';

const files: Record<string, string> = {
  regular: '400Regular/SourceSans3_400Regular.ttf',
  italic: '400Regular_Italic/SourceSans3_400Regular_Italic.ttf',
  bold: '700Bold/SourceSans3_700Bold.ttf',
  boldItalic: '700Bold_Italic/SourceSans3_700Bold_Italic.ttf',
  semibold: '600SemiBold/SourceSans3_600SemiBold.ttf',
};

/** The code points every face has a glyph for, as ranges [first, last], and the font's name and version. */
export function coverageFromFonts(): { font: string; ranges: [number, number][] } {
  const require = createRequire(import.meta.url);
  const fonts = faces.map((face) => create(readFileSync(require.resolve(`@expo-google-fonts/source-sans-3/${files[face]}`))));
  const sets = fonts.map((f) => new Set(f.characterSet));
  const common = [...sets[0]!].filter((cp) => sets.every((s) => s.has(cp))).sort((a, b) => a - b);
  const ranges: [number, number][] = [];
  for (const cp of common) {
    const last = ranges.at(-1);
    if (last && last[1] === cp - 1) last[1] = cp;
    else ranges.push([cp, cp]);
  }
  const regular = fonts[0] as unknown as { familyName: string; version: string };
  return { font: `${regular.familyName} ${regular.version}`, ranges };
}
