import PDFDocument from 'pdfkit';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { Canvas } from '../src/writers/pdf/canvas.js';
import { fonts } from '../src/writers/pdf/fonts.js';
import { showText } from '../src/writers/pdf/text.js';

interface Drawn {
  /** The page's content stream. */
  content: string;
  /** The text as pdf.js reads it: each run's characters, where it starts, how wide it is, which way up. */
  items: { str: string; x: number; y: number; width: number; height: number; upright: boolean }[];
  /** Where each text matrix puts the pen, in PDF (bottom-up) page coordinates. */
  origins: [number, number][];
}

/** A one-page document with `draw` on it, read back with pdf.js as a reader would. */
async function drawn(draw: (pdf: PDFDocument, canvas: Canvas | undefined) => void, withCanvas: boolean): Promise<Drawn> {
  const pdf = new PDFDocument({ autoFirstPage: false, font: null, compress: false });
  const chunks: Uint8Array[] = [];
  pdf.on('data', (c: Uint8Array) => chunks.push(c));
  const ended = new Promise((resolve) => pdf.on('end', resolve));
  pdf.registerFont('regular', fonts().regular);
  const canvas = withCanvas ? new Canvas(pdf) : undefined;
  if (canvas) canvas.addPage(595.28, 841.89);
  else pdf.addPage({ size: [595.28, 841.89], margin: 0 });
  pdf.font('regular').fontSize(10.5);
  if (!canvas) pdf.fillColor('#1d2327');
  draw(pdf, canvas);
  if (canvas) canvas.end();
  else pdf.end();
  await ended;
  const raw = Buffer.concat(chunks).toString('latin1');
  const content = /\nstream\n(1 0 0 -1 0 841\.89 cm\n[\s\S]*?)\nendstream/.exec(raw)?.[1];
  if (content === undefined) throw new Error('no page content');
  const doc = await getDocument({ data: new Uint8Array(Buffer.concat(chunks)), disableFontFace: true, verbosity: 0, isEvalSupported: false }).promise;
  const page = await doc.getPage(1);
  const round = (n: number) => Math.round(n * 100) / 100;
  const items = (await page.getTextContent({ disableNormalization: true })).items.flatMap((item) =>
    'str' in item && item.str !== '' ? [{ str: item.str, x: round(item.transform[4]), y: round(item.transform[5]), width: round(item.width), height: round(item.height), upright: item.transform[3] > 0 }] : [],
  );
  await doc.destroy();
  // pdfkit flips each run back to PDF coordinates (`1 0 0 1 x y Tm`); the canvas flips the text
  // matrix instead (`1 0 0 -1 x y Tm`, y from the top).
  const origins = [...content.matchAll(/^1 0 0 (-?1) (-?[\d.]+) (-?[\d.]+) Tm$/gm)].map((m): [number, number] => [round(Number(m[2])), round(m[1] === '1' ? Number(m[3]) : 841.89 - Number(m[3]))]);
  return { content, items, origins };
}

describe('showText', () => {
  // Kerning pairs (AV, To, Wa), accents, a combining mark (placed by its own offset), a
  // no-break space and typographic punctuation: every path of the glyph positioning.
  const samples = ['AVANT Tout, Wanneer', 'Privacyverklaring · « déjà » € 1.000 — cliënt’s', 'Cafe\u0301 n\u0303o', 'A\u0301 E\u0308 a\u0323 O\u0328', 'x'];

  for (const sample of samples) {
    it(`places the glyphs pdfkit's text() places, and reads back the same, for ${JSON.stringify(sample)}`, async () => {
      const viaPdfkit = await drawn((pdf) => pdf.text(sample, 72.5, 100.25, { lineBreak: false, baseline: 'alphabetic' }), false);
      const ours = await drawn((_pdf, canvas) => showText(canvas!, sample, 72.5, 100.25, '#1d2327'), true);
      expect(ours.items.length).toBeGreaterThan(0);
      expect(ours.items).toEqual(viaPdfkit.items);
      expect(ours.items.every((i) => i.upright)).toBe(true);
      // Every glyph placed on its own (a combining mark) is where pdfkit puts it.
      expect(ours.origins).toEqual(viaPdfkit.origins);
      // Upright text at the baseline (841.89 − 100.25 from the bottom), in one text object.
      expect(ours.items[0]).toMatchObject({ x: 72.5, y: 741.64 });
      expect(ours.content).toMatch(/^1 0 0 -1 0 841\.89 cm\n0\.114 0\.137 0\.153 rg\nBT\n\/F\d+ 10\.5 Tf\n1 0 0 -1 72\.5 100\.25 Tm\n\[\(/);
      expect(ours.content.match(/BT/g)).toHaveLength(1);
    });
  }

  it('escapes the glyph codes a literal string cannot hold as they are', async () => {
    // Glyphs are numbered in the order they are first used: with more than 92 distinct
    // characters, the codes include 0x0a, 0x0d, 0x28 "(", 0x29 ")" and 0x5c "\\".
    const characters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789éèêëàâçîïôöûüùÉÈÀÇ.,;:!?()[]{}«»€$%&@#*+=/\\<>';
    const lines = characters.match(/.{1,24}/g)!;
    const draw = (show: (text: string, y: number) => void) => lines.forEach((line, i) => show(line, 100 + i * 20));
    const viaPdfkit = await drawn((pdf) => draw((text, y) => pdf.text(text, 72, y, { lineBreak: false, baseline: 'alphabetic' })), false);
    const ours = await drawn((_pdf, canvas) => draw((text, y) => showText(canvas!, text, 72, y, '#1d2327')), true);
    expect(new Set(characters).size).toBeGreaterThan(92);
    expect(ours.items.map((i) => i.str)).toEqual(lines);
    expect(ours.items).toEqual(viaPdfkit.items);
    for (const escape of ['\\(', '\\)', '\\\\', '\\n', '\\r']) expect(ours.content).toContain(`\u0000${escape}`);
  });

  it('sets the colour and the font only when they change', async () => {
    const { content, items } = await drawn((pdf, canvas) => {
      showText(canvas!, 'one', 72, 100, '#1d2327');
      showText(canvas!, 'two', 72, 120, '#1d2327');
      showText(canvas!, 'three', 72, 140, '#0b5c8c');
      pdf.fontSize(12);
      showText(canvas!, 'four', 72, 160, '#0b5c8c');
    }, true);
    expect(items.map((i) => i.str)).toEqual(['one', 'two', 'three', 'four']);
    expect(content.match(/ rg\n/g)).toHaveLength(2);
    expect(content.match(/ Tf\n/g)).toHaveLength(2);
    expect(content).toContain('0.043 0.361 0.549 rg');
  });

  it('sets the colour and the font again on every page', async () => {
    const pdf = new PDFDocument({ autoFirstPage: false, font: null, compress: false });
    const chunks: Uint8Array[] = [];
    pdf.on('data', (c: Uint8Array) => chunks.push(c));
    const ended = new Promise((resolve) => pdf.on('end', resolve));
    pdf.registerFont('regular', fonts().regular);
    const canvas = new Canvas(pdf);
    for (const page of [1, 2]) {
      canvas.addPage(595.28, 841.89);
      pdf.font('regular').fontSize(10.5);
      showText(canvas, `page ${page}`, 72, 100, '#1d2327');
    }
    canvas.end();
    await ended;
    const pages = [...Buffer.concat(chunks).toString('latin1').matchAll(/\nstream\n(1 0 0 -1 0 841\.89 cm\n[\s\S]*?)\nendstream/g)].map((m) => m[1]!);
    expect(pages).toHaveLength(2);
    for (const content of pages) {
      expect(content).toMatch(/\n0\.114 0\.137 0\.153 rg\n/);
      expect(content).toMatch(/\n\/F\d+ 10\.5 Tf\n/);
    }
  });

  it('places a combining mark with its own text matrix, as pdfkit does', async () => {
    const { content } = await drawn((_pdf, canvas) => showText(canvas!, 'Cafe\u0301 n\u0303o', 72.5, 100.25, '#1d2327'), true);
    expect(content.match(/ Tm\n/g)!.length).toBeGreaterThan(1);
  });

  it('writes nothing for empty text', async () => {
    const before = await drawn(() => {}, true);
    expect((await drawn((_pdf, canvas) => showText(canvas!, '', 10, 10, '#1d2327'), true)).content).toBe(before.content);
    expect((await drawn((_pdf, canvas) => showText(canvas!, '\n', 10, 10, '#1d2327'), true)).content).toBe(before.content);
  });

  it('refuses numbers pdfkit would refuse', async () => {
    await expect(drawn((_pdf, canvas) => showText(canvas!, 'x', Number.NaN, 10, '#1d2327'), true)).rejects.toThrow(/unsupported number/);
  });
});
