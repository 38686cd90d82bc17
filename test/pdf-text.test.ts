import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { fonts } from '../src/writers/pdf/fonts.js';
import { showText } from '../src/writers/pdf/text.js';

/** The content stream of a one-page document after `draw`, as text. */
function contentOf(draw: (pdf: PDFDocument) => void): string {
  const pdf = new PDFDocument({ autoFirstPage: false, font: null, compress: false });
  pdf.registerFont('regular', fonts().regular);
  pdf.addPage({ size: [595.28, 841.89], margin: 0 });
  pdf.font('regular').fontSize(10.5).fillColor('#1a1a1a');
  draw(pdf);
  const content = (pdf as unknown as { page: { content: { buffer: Uint8Array[] } } }).page.content.buffer;
  return Buffer.concat(content).toString('latin1');
}

describe('showText', () => {
  // Kerning pairs (AV, To, Wa), accents, a combining mark (placed by its own offset), a
  // no-break space and typographic punctuation: every path of the glyph positioning.
  const samples = ['AVANT Tout, Wanneer', 'Privacyverklaring · « déjà » € 1.000 — cliënt’s', 'Cafe\u0301 n\u0303o', '  ', 'x'];

  for (const sample of samples) {
    it(`writes what pdfkit's text() writes for ${JSON.stringify(sample)}`, () => {
      const viaPdfkit = contentOf((pdf) => pdf.text(sample, 72.5, 100.25, { lineBreak: false, baseline: 'alphabetic' }));
      const ours = contentOf((pdf) => showText(pdf, sample, 72.5, 100.25));
      expect(ours).toBe(viaPdfkit);
      expect(ours).toMatch(/BT\n1 0 0 1 72\.5 741\.64 Tm\n\/F\d+ 10\.5 Tf\n\[<[0-9a-f]+>/);
    });
  }

  it('places a combining mark with its own text matrix, as pdfkit does', () => {
    const ours = contentOf((pdf) => showText(pdf, 'Cafe\u0301 n\u0303o', 72.5, 100.25));
    expect(ours.match(/ Tm\n/g)!.length).toBeGreaterThan(1);
  });

  it('writes nothing for empty text', () => {
    const before = contentOf(() => {});
    expect(contentOf((pdf) => showText(pdf, '', 10, 10))).toBe(before);
    expect(contentOf((pdf) => showText(pdf, '\n', 10, 10))).toBe(before);
  });
});
