import { create, type Font } from 'fontkit';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { fontFiles } from '../src/writers/pdf/fonts.js';
import { sharingShapes } from '../src/writers/pdf/shaping.js';

interface Run {
  glyphs: { id: number; codePoints: number[] }[];
  positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }[];
  advanceWidth: number;
}

const layout = (font: Font, text: string, ...options: unknown[]) => font.layout(text, ...options) as Run;
const plain = (run: Run) => ({
  glyphs: run.glyphs.map((g) => [g.id, g.codePoints]),
  positions: run.positions.map((p) => [p.xAdvance, p.yAdvance, p.xOffset, p.yOffset]),
  advanceWidth: run.advanceWidth,
});

// Kerning (AV, To), ligatures (ff, fi), accents, combining marks, no-break space, punctuation.
const texts = ['AVANT ', 'Tout, ', 'office ', 'efficiënt', 'déjà ', 'Cafe\u0301 ', 'n\u0303o', 'Adresse\u00a0: ', '« Aide »', ' '];

describe('fonts that shape each text once per process', () => {
  it('shape as fontkit does, every time', () => {
    const font = create(fontFiles().regular);
    const shared = sharingShapes(create(fontFiles().regular));
    for (const text of [...texts, ...texts]) expect(plain(layout(shared, text)), text).toEqual(plain(layout(font, text)));
  });

  it('give each call a run of its own, which its caller may change', () => {
    const shared = sharingShapes(create(fontFiles().regular));
    const first = layout(shared, 'Wanneer ');
    const width = first.advanceWidth;
    // PDFKit scales the positions of the runs it is given, in place.
    for (const p of first.positions) p.xAdvance *= 2;
    const second = layout(shared, 'Wanneer ');
    expect(second.advanceWidth).toBe(width);
    expect(second.positions).not.toBe(first.positions);
    expect(second.glyphs).not.toBe(first.glyphs);
    expect((second as unknown as { features: object }).features).not.toBe((first as unknown as { features: object }).features);
    expect((second as unknown as { features: object }).features).toEqual((first as unknown as { features: object }).features);
  });

  it('pass calls with features through to fontkit', () => {
    const font = create(fontFiles().regular);
    const shared = sharingShapes(create(fontFiles().regular));
    const noLigatures = layout(shared, 'office', { liga: false });
    expect(plain(noLigatures)).toEqual(plain(layout(font, 'office', { liga: false })));
    expect(noLigatures.glyphs.length).toBeGreaterThan(layout(shared, 'office').glyphs.length);
  });

  it('give the PDF that fontkit\'s own shaping gives, byte for byte', async () => {
    const pdfWith = async (font: Font) => {
      const pdf = new PDFDocument({ autoFirstPage: false, font: null, compress: false, info: { CreationDate: new Date('2022-04-05T00:00:00Z') } });
      const chunks: Uint8Array[] = [];
      pdf.on('data', (c: Uint8Array) => chunks.push(c));
      const ended = new Promise((resolve) => pdf.on('end', resolve));
      pdf.registerFont('regular', font);
      pdf.addPage({ size: [595.28, 841.89], margin: 0 });
      texts.forEach((text, i) => pdf.font('regular').fontSize(10.5).text(`${text} ${texts.join('')}`, 72, 100 + 20 * i, { lineBreak: false, baseline: 'alphabetic' }));
      pdf.end();
      await ended;
      return Buffer.concat(chunks);
    };
    const own = await pdfWith(create(fontFiles().regular));
    const shared = sharingShapes(create(fontFiles().regular));
    expect((await pdfWith(shared)).equals(own)).toBe(true);
    // The second time, every text comes from what the first shaped.
    expect((await pdfWith(shared)).equals(own)).toBe(true);
  });
});
