import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create, type Font } from 'fontkit';

/**
 * The typeface of every PDF: Source Sans 3 (Adobe, SIL Open Font License 1.1, which allows
 * embedding), as TrueType files from an npm package. The files are read at run time from the
 * installed package, wherever it is, so that neither the bundle in lib/ nor the sources run by
 * the tests carry a copy, and so that nothing is read unless a PDF is written.
 */
export const fontPackage = '@expo-google-fonts/source-sans-3';

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

/** The fonts, opened once per process (pdfkit's `registerFont` takes an opened font). */
export function fonts(): Record<Face, Font> {
  if (opened) return opened;
  const files = fontFiles();
  opened = Object.fromEntries(faces.map((face) => [face, create(files[face])])) as Record<Face, Font>;
  return opened;
}
