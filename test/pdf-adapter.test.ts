import { createHash } from 'node:crypto';
import { inflateSync } from 'node:zlib';
import PDFDocument, { type StructureElement } from 'pdfkit';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { fonts } from '../src/writers/pdf/fonts.js';
import { bookmark, finishFile, listElement } from '../src/writers/pdf/pdfkit-adapter.js';

/**
 * What src/writers/pdf/pdfkit-adapter.ts relies on in PDFKit, and what it makes of it. When one
 * of the premises ("PDFKit still …") fails after an upgrade, the adapter's item needs a look:
 * PDFKit may now do it itself, or do it differently.
 */

const info = { Title: 'Privacyverklaring · Smit & <Zn>', Author: 'Smit & <Zn>', Creator: 'privacy-statement-compiler', CreationDate: new Date('2022-04-05T00:00:00Z') };

/** A small tagged document as the writer makes them, uncompressed, as PDFKit wrote it. */
async function written(draw: (pdf: PDFDocument, root: StructureElement) => void = () => {}, text = 'Uw gegevens, déjà vu'): Promise<Buffer> {
  const pdf = new PDFDocument({ autoFirstPage: false, font: null, compress: false, pdfVersion: '1.7', tagged: true, subset: 'PDF/UA', lang: 'nl', displayTitle: true, info });
  const chunks: Uint8Array[] = [];
  pdf.on('data', (c: Uint8Array) => chunks.push(c));
  const ended = new Promise((resolve) => pdf.on('end', resolve));
  pdf.registerFont('regular', fonts().regular);
  const root = pdf.struct('Document');
  pdf.addStructure(root);
  pdf.addPage({ size: [595.28, 841.89], margin: 0 });
  const p = pdf.struct('P');
  root.add(p);
  p.add(pdf.markStructureContent('P'));
  pdf.font('regular').fontSize(10.5).text(text, 72, 100, { lineBreak: false, baseline: 'alphabetic' });
  pdf.endMarkedContent();
  p.end();
  pdf.addNamedDestination('intro', 'XYZ', null, 80, null);
  draw(pdf, root);
  root.end();
  pdf.end();
  await ended;
  return Buffer.concat(chunks);
}

/** The objects of a file, by the offsets its cross-reference table gives, and its trailer. */
function parse(file: Buffer): { objects: Map<number, string>; trailer: string; xrefAt: number } {
  const raw = file.toString('latin1');
  const xrefAt = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(raw)![1]);
  const xref = /^xref\n0 (\d+)\n/.exec(raw.slice(xrefAt))!;
  const objects = new Map<number, string>();
  for (let id = 1; id < Number(xref[1]); id++) {
    const at = xrefAt + xref[0].length + id * 20;
    expect(raw.slice(at, at + 20)).toMatch(/^\d{10} 00000 n \n$/);
    const offset = Number(raw.slice(at, at + 10));
    expect(raw.startsWith(`${id} 0 obj\n`, offset)).toBe(true);
    objects.set(id, raw.slice(offset, raw.indexOf('\nendobj\n', offset)));
  }
  return { objects, trailer: raw.slice(raw.indexOf('trailer\n', xrefAt)), xrefAt };
}

async function read(file: Uint8Array) {
  const doc = await getDocument({ data: new Uint8Array(file), disableFontFace: true, verbosity: 0, isEvalSupported: false }).promise;
  try {
    const page = await doc.getPage(1);
    const text = (await page.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join('');
    const { metadata } = await doc.getMetadata();
    return { text, outline: (await doc.getOutline()) ?? [], creator: metadata?.get('dc:creator'), title: metadata?.get('dc:title') };
  } finally {
    await doc.destroy();
  }
}

describe('PDFKit, as the last pass reads it', () => {
  it('still writes an uncompressed file of objects, a cross-reference table and a trailer with an /ID', async () => {
    const raw = await written();
    expect(raw.subarray(0, 15).toString('latin1')).toBe('%PDF-1.7\n%\xff\xff\xff\xff\n');
    const { objects, trailer } = parse(raw);
    const streams = [...objects.values()].filter((o) => o.includes('\nstream\n'));
    expect(streams.length).toBeGreaterThan(4);
    for (const o of streams) {
      expect(o).toMatch(/^\d+ 0 obj\n<<\n(?:[^]*\n)?\/Length \d+\n[^]*>>\nstream\n/);
      expect(o).not.toContain('/Filter');
    }
    expect(trailer).toMatch(/^trailer\n<<\n[^]*\/ID \[<[0-9a-f]{32}> <[0-9a-f]{32}>\]\n>>\nstartxref\n/);
  });

  it('still identifies a file by its document information only, so that two statements could share an /ID', async () => {
    const id = (file: Buffer) => /\/ID \[<([0-9a-f]+)>/.exec(file.toString('latin1'))![1];
    const one = await written(() => {}, 'one text');
    const other = await written(() => {}, 'another text');
    expect(id(one)).toBe(id(other));
    expect(id(Buffer.from(finishFile(one, info)))).not.toBe(id(Buffer.from(finishFile(other, info))));
  });

  it('still copies the document information into the XMP metadata unescaped', async () => {
    const raw = (await written()).toString('utf8');
    expect(raw).toContain('<rdf:li>Smit & <Zn></rdf:li>');
    expect(raw).toContain('<rdf:li xml:lang="x-default">Privacyverklaring · Smit & <Zn></rdf:li>');
  });

  it('still gives a bookmark a page as its destination, never a named destination', async () => {
    const raw = await written((pdf) => pdf.outline.addItem('Introductie'));
    expect(raw.toString('latin1')).toMatch(/<<\n\/Dest \[\d+ 0 R \/\w+[^\]]*\]\n\/Parent \d+ 0 R\n\/Title \(Introductie\)\n>>/);
    expect((await read(raw)).outline.map((o) => typeof o.dest)).toEqual(['object']);
  });

  it('still writes no list numbering for a list element', async () => {
    const raw = (await written((pdf, root) => root.add(pdf.struct('L')))).toString('latin1');
    expect(raw).toMatch(/<<\n\/S \/L\n/);
    expect(raw).not.toContain('ListNumbering');
  });
});

describe('the adapter', () => {
  it('deflates every stream but the metadata, rebuilds the cross-reference table, and identifies the file by a hash of its bytes', async () => {
    const raw = await written();
    const finished = Buffer.from(finishFile(raw, info));
    const before = parse(raw);
    const after = parse(finished);
    expect([...after.objects.keys()]).toEqual([...before.objects.keys()]);
    for (const [id, object] of after.objects) {
      const original = before.objects.get(id)!;
      if (!original.includes('\nstream\n')) {
        expect(object).toBe(original);
        continue;
      }
      const data = (o: string) => o.slice(o.indexOf('\nstream\n') + 8, o.lastIndexOf('\nendstream'));
      if (original.includes('/Type /Metadata')) {
        expect(object).not.toContain('/Filter');
        continue;
      }
      expect(object).toMatch(/\n\/Filter \/FlateDecode\n/);
      expect(inflateSync(Buffer.from(data(object), 'latin1')).toString('latin1')).toBe(data(original));
      expect(Number(/\n\/Length (\d+)\n/.exec(object)![1])).toBe(data(object).length);
    }
    const trailerAt = finished.lastIndexOf('trailer\n');
    const hash = createHash('sha256').update(finished.subarray(0, trailerAt)).digest('hex').slice(0, 32);
    expect(after.trailer).toContain(`/ID [<${hash}> <${hash}>]`);
    expect(finished.toString('latin1').slice(after.xrefAt, after.xrefAt + 5)).toBe('xref\n');
    expect(finished.length).toBeLessThan(raw.length);
    expect((await read(finished)).text).toBe('Uw gegevens, déjà vu');
  });

  it('escapes the document information in the XMP metadata, which stays well-formed and readable', async () => {
    const finished = Buffer.from(finishFile(await written(), info));
    const metadata = /\/Length (\d+)\n>>\nstream\n(<\?xpacket[^]*?)\nendstream/.exec(finished.toString('latin1'))!;
    expect(Buffer.from(metadata[2]!, 'latin1').length).toBe(Number(metadata[1]));
    const xmp = Buffer.from(metadata[2]!, 'latin1').toString('utf8');
    expect(xmp).toContain('<rdf:li>Smit &amp; &lt;Zn&gt;</rdf:li>');
    expect(xmp).toContain('<rdf:li xml:lang="x-default">Privacyverklaring · Smit &amp; &lt;Zn&gt;</rdf:li>');
    expect(xmp).not.toContain('Smit & <Zn>');
    const { creator, title } = await read(finished);
    expect(creator).toEqual(['Smit & <Zn>']);
    expect(title).toBe('Privacyverklaring · Smit & <Zn>');
  });

  it('points a bookmark at a named destination', async () => {
    const finished = finishFile(await written((pdf) => bookmark(bookmark(pdf.outline, 'Introductie', 'intro'), 'Verder', 'intro')), info);
    const { outline } = await read(finished);
    expect(outline.map((o) => [o.title, o.dest, o.items.map((i) => [i.title, i.dest])])).toEqual([['Introductie', 'intro', [['Verder', 'intro']]]]);
  });

  it('gives a list element its numbering', async () => {
    const raw = await written((pdf, root) => {
      root.add(listElement(pdf, 'Disc'));
      root.add(listElement(pdf, 'Decimal'));
    });
    const lists = [...raw.toString('latin1').matchAll(/<<\n\/S \/L\n\/A <<\n\/O \/List\n\/ListNumbering \/(\w+)\n>>/g)].map((m) => m[1]);
    expect(lists).toEqual(['Disc', 'Decimal']);
  });
});
