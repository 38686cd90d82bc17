import PDFDocument from 'pdfkit';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { faces, fonts, type Face } from '../src/writers/pdf/fonts.js';
import { Pen } from '../src/writers/pdf/pen.js';

interface Drawn {
  /** Each page's content stream. */
  contents: string[];
  /** The text of the first page as pdf.js reads it: each run's characters, where it starts, how wide it is, which way up. */
  items: { str: string; x: number; y: number; width: number; upright: boolean }[];
  raw: string;
}

const a4 = { width: 595.28, height: 841.89 };
const round = (n: number) => Math.round(n * 100) / 100;

/** A document with the PDF's fonts and `draw` on its pages, read back with pdf.js as a reader would. */
async function drawn(draw: (pen: Pen, pdf: PDFDocument) => void): Promise<Drawn> {
  const pdf = new PDFDocument({ autoFirstPage: false, font: null, compress: false });
  const chunks: Uint8Array[] = [];
  pdf.on('data', (c: Uint8Array) => chunks.push(c));
  const ended = new Promise((resolve) => pdf.on('end', resolve));
  const opened = fonts();
  for (const face of faces) pdf.registerFont(face, opened[face]);
  const pen = new Pen(pdf);
  pen.addPage(a4.width, a4.height);
  draw(pen, pdf);
  pdf.end();
  await ended;
  const bytes = Buffer.concat(chunks);
  const raw = bytes.toString('latin1');
  const contents = [...raw.matchAll(/\nstream\n(1 0 0 -1 0 841\.89 cm\n[\s\S]*?)\nendstream/g)].map((m) => m[1]!);
  const doc = await getDocument({ data: new Uint8Array(bytes), disableFontFace: true, verbosity: 0, isEvalSupported: false }).promise;
  const page = await doc.getPage(1);
  const items = (await page.getTextContent({ disableNormalization: true })).items.flatMap((item) =>
    'str' in item && item.str !== '' ? [{ str: item.str, x: round(item.transform[4]), y: round(item.transform[5]), width: round(item.width), upright: item.transform[3] > 0 }] : [],
  );
  await doc.destroy();
  return { contents, items, raw };
}

/** The width the layout measures a text at, with the document's fonts. */
function measured(text: string, face: Face, size: number): number {
  const pdf = new PDFDocument({ autoFirstPage: false, font: null });
  pdf.registerFont(face, fonts()[face]);
  return pdf.font(face).fontSize(size).widthOfString(text);
}

describe('the pen', () => {
  // Kerning pairs (AV, To, Wa), ligatures (ff, fi, fl), accents, a no-break space, typographic
  // punctuation and combining marks (placed by their own offsets).
  const samples = ['AVANT Tout, Wanneer', 'office, fluffy, efficiënt', 'Privacyverklaring · « déjà » € 1.000 — cliënt’s', 'Adresse\u00a0: Postbus', 'Cafe\u0301 n\u0303o'];

  for (const sample of samples) {
    it(`draws ${JSON.stringify(sample)} upright on its baseline, as wide as the layout measured it, and it reads back`, async () => {
      const { items, contents } = await drawn((pen) => pen.text(sample, 72.5, 100.25, 'regular', 10.5, '#1d2327'));
      // A no-break space shares the space's glyph, and reads back as a space.
      expect(items.map((i) => i.str).join('')).toBe(sample.replace(/\u00a0/g, ' '));
      expect(items.every((i) => i.upright)).toBe(true);
      // The baseline is 100.25 from the top: 841.89 − 100.25 from the bottom.
      expect(items[0]).toMatchObject({ x: 72.5, y: 741.64 });
      const right = Math.max(...items.map((i) => i.x + i.width));
      expect(right - 72.5).toBeCloseTo(measured(sample, 'regular', 10.5), 1);
      // One text object for the run.
      expect(contents[0]!.match(/^BT$/gm)).toHaveLength(1);
    });
  }

  it('draws each face with its own embedded font', async () => {
    const { raw, items } = await drawn((pen) => faces.forEach((face, i) => pen.text(`${face} text`, 72, 100 + 20 * i, face, 10.5, '#1d2327')));
    expect(items.map((i) => i.str)).toEqual(faces.map((f) => `${f} text`));
    const names = [...raw.matchAll(/\/BaseFont \/[A-Z]{6}\+([\w-]+)/g)].map((m) => m[1]);
    expect(new Set(names)).toEqual(new Set(['SourceSans3-Regular', 'SourceSans3-Italic', 'SourceSans3-Bold', 'SourceSans3-BoldItalic', 'SourceSans3-SemiBold']));
  });

  it('sets the fill colour when it changes, and again on every page', async () => {
    const { contents, items } = await drawn((pen) => {
      pen.text('one', 72, 100, 'regular', 10.5, '#1d2327');
      pen.text('two', 72, 120, 'bold', 10.5, '#1d2327');
      pen.rect(72, 130, 100, 0.5, '#1d2327');
      pen.text('three', 72, 140, 'regular', 10.5, '#0b5c8c');
      pen.addPage(a4.width, a4.height);
      pen.text('four', 72, 100, 'regular', 10.5, '#0b5c8c');
    });
    expect(items.map((i) => i.str)).toEqual(['one', 'two', 'three']);
    expect(contents).toHaveLength(2);
    const fills = contents.map((c) => c.match(/ scn$/gm)?.length ?? 0);
    expect(fills).toEqual([2, 1]);
    expect(contents[0]).toMatch(/^0\.0431\d+ 0\.3607\d+ 0\.5490\d+ scn$/m);
    expect(contents[0]).toMatch(/^72 130 100 0\.5 re\nf$/m);
  });

  it('draws dot leaders as one dashed stroke with round caps, in its own graphics state', async () => {
    const { contents } = await drawn((pen) => pen.dots(100, 200, 50, 0.55, 4, '#a3acb4'));
    expect(contents[0]).toMatch(/^q\n1\.1 w\n1 J\n\[0\.001 4\] 0 d\n100 50 m\n200 50 l\n\/DeviceRGB CS\n0\.6392\d+ 0\.6745\d+ 0\.7058\d+ SCN\nS\nQ$/m);
  });

  it('draws nothing for empty text, not even its colour', async () => {
    const empty = await drawn(() => {});
    expect((await drawn((pen) => pen.text('', 10, 10, 'regular', 10.5, '#1d2327'))).contents).toEqual(empty.contents);
  });
});
