import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Font } from 'fontkit';
import { sharingShapes } from './shaping.js';
import { create } from './vendor.js';

/**
 * The typeface of every PDF: Source Sans 3 (Adobe, SIL Open Font License 1.1, which allows
 * embedding), as TrueType files from an npm package. The files are read at run time from the
 * installed package, wherever it is, so that neither the bundle in lib/ nor the sources run by
 * the tests carry a copy, and so that nothing is read unless a PDF is written.
 */
const fontPackage = '@expo-google-fonts/source-sans-3';

export type Face = 'regular' | 'italic' | 'bold' | 'boldItalic' | 'semibold';

const files: Record<Face, string> = {
  regular: '400Regular/SourceSans3_400Regular.ttf',
  italic: '400Regular_Italic/SourceSans3_400Regular_Italic.ttf',
  bold: '700Bold/SourceSans3_700Bold.ttf',
  boldItalic: '700Bold_Italic/SourceSans3_700Bold_Italic.ttf',
  semibold: '600SemiBold/SourceSans3_600SemiBold.ttf',
};

export const faces = Object.keys(files) as Face[];

let loaded: Record<Face, Buffer> | undefined;

/** The font files, read once per process. */
export function fontFiles(): Record<Face, Buffer> {
  if (loaded) return loaded;
  const resolveFrom = createRequire(import.meta.url);
  const read = (face: Face): Buffer => readFileSync(resolveFrom.resolve(`${fontPackage}/${files[face]}`));
  loaded = { regular: read('regular'), italic: read('italic'), bold: read('bold'), boldItalic: read('boldItalic'), semibold: read('semibold') };
  return loaded;
}

export function withBold(face: Face): Face {
  return face === 'italic' || face === 'boldItalic' ? 'boldItalic' : face === 'semibold' ? 'semibold' : 'bold';
}

export function withItalic(face: Face): Face {
  return face === 'bold' || face === 'boldItalic' || face === 'semibold' ? 'boldItalic' : 'italic';
}

let opened: Record<Face, Font> | undefined;

/**
 * The fonts, opened once per process (PDFKit's `registerFont` takes an opened font), each
 * shaping a text once per process (see shaping.ts).
 */
export function fonts(): Record<Face, Font> {
  if (opened) return opened;
  const files = fontFiles();
  opened = Object.fromEntries(faces.map((face) => [face, sharingShapes(withCharacters(create(files[face])))])) as Record<Face, Font>;
  return opened;
}

/**
 * fontkit keeps one object per glyph, with the characters it was first made for, and pdfkit
 * maps the glyph back to those characters for copying and searching the text (ToUnicode).
 * Several characters can share a glyph (hyphen and non-breaking hyphen, space and no-break
 * space), and a font subset can make a glyph before any text has used it, with no characters at
 * all. Making every glyph of the font's character map first, from the lowest code point up, gives
 * each glyph the same characters whatever the process wrote before (a hyphen reads back as
 * U+002D, a no-break space as a space).
 */
function withCharacters(font: Font): Font {
  for (const codePoint of [...font.characterSet].sort((a, b) => a - b)) {
    // Not the ligature characters (U+FB00 ﬀ …): a ligature glyph made by shaping "ff" should
    // read back as "ff", which is what its first shaping gives it.
    if (codePoint >= 0xfb00 && codePoint <= 0xfb4f) continue;
    font.glyphForCodePoint(codePoint);
  }
  return font;
}
