import type PDFDocument from 'pdfkit';
import { faces } from './fonts.js';

/**
 * A glyph of a TrueType font as a font subset copies it: its outline's bytes from the `glyf`
 * table, the glyphs it is made of (for a compound glyph, with where their ids are written), and
 * its metrics.
 */
interface GlyphData {
  bytes: Uint8Array;
  components: { glyphID: number; pos: number }[] | undefined;
  advance: number;
  bearing: number;
}

/** What of fontkit's TrueType font and subset the copy below reads and writes. */
interface TrueTypeFont {
  loca?: { offsets: number[] };
  _variationProcessor?: unknown;
  getGlyph(id: number): { advanceWidth: number; _decode(): { numberOfContours: number; components?: { glyphID: number; pos: number }[] } | null; _getMetrics(): { leftBearing: number } };
  _getTableStream(tag: string): { pos: number; readBuffer(length: number): Uint8Array };
}

interface TrueTypeSubset {
  font: TrueTypeFont;
  glyf: Uint8Array[];
  loca: { offsets: number[] };
  hmtx: { metrics: { advance: number; bearing: number }[] };
  offset: number;
  includeGlyph(id: number): number;
  _addGlyph?: (id: number) => number;
}

let glyphData = new WeakMap<TrueTypeFont, Map<number, GlyphData>>();
let sharing = true;

/** Forgets the glyphs read so far, and turns sharing off or on (for tests that compare). */
export function resetGlyphData(share = true): void {
  glyphData = new WeakMap();
  sharing = share;
}

/**
 * Lets the font subsets of a new document read each glyph once per process. fontkit's subset
 * decodes a glyph's whole outline (to see whether it is compound) every time a document uses
 * it, and the documents of a batch use the same few hundred glyphs: about 8 ms a statement.
 * The subset gets its own copy of fontkit's `_addGlyph` (TTFSubset) with the glyph's data
 * kept, doing what it does in the same order, so the font files are byte for byte fontkit's (a
 * test compares). fontkit itself is left as it is, for any other user of it in the process.
 * Fonts with variations, or not TrueType, keep fontkit's own.
 */
export function shareGlyphData(pdf: PDFDocument): void {
  if (!sharing) return;
  for (const face of faces) {
    const subset = (pdf.font(face) as unknown as { _font?: { subset?: TrueTypeSubset } })._font?.subset;
    const font = subset?.font;
    if (!subset || !font || typeof subset._addGlyph !== 'function' || !font.loca || font._variationProcessor) continue;
    let known = glyphData.get(font);
    if (!known) glyphData.set(font, (known = new Map()));
    const glyphs = known;
    subset._addGlyph = function addGlyph(this: TrueTypeSubset, id: number): number {
      let data = glyphs.get(id);
      if (!data) glyphs.set(id, (data = readGlyph(font, id)));
      let bytes = data.bytes;
      if (data.components) {
        // A compound glyph names its parts by their ids, which are the subset's own.
        bytes = new Uint8Array(bytes);
        const view = new DataView(bytes.buffer);
        for (const component of data.components) view.setUint16(component.pos, this.includeGlyph(component.glyphID));
      }
      this.glyf.push(bytes);
      this.loca.offsets.push(this.offset);
      this.hmtx.metrics.push({ advance: data.advance, bearing: data.bearing });
      this.offset += bytes.length;
      return this.glyf.length - 1;
    };
  }
}

function readGlyph(font: TrueTypeFont, id: number): GlyphData {
  const glyph = font.getGlyph(id);
  const outline = glyph._decode();
  const offsets = font.loca!.offsets;
  const stream = font._getTableStream('glyf');
  stream.pos += offsets[id]!;
  const bytes = stream.readBuffer(offsets[id + 1]! - offsets[id]!);
  const components = outline && outline.numberOfContours < 0 ? (outline.components ?? []).map(({ glyphID, pos }) => ({ glyphID, pos })) : undefined;
  return { bytes, components, advance: glyph.advanceWidth, bearing: glyph._getMetrics().leftBearing };
}
