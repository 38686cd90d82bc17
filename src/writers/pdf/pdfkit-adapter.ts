import { createHash } from 'node:crypto';
import { zlibSync } from 'fflate';
import type PDFDocument from 'pdfkit';
import type { Outline, StructureElement } from 'pdfkit';

/**
 * What PDFKit's public API lacks, in one place. Everything else in this writer uses PDFKit's
 * public API only. test/pdf-adapter.test.ts fails when an upgrade of PDFKit changes what an item
 * here relies on (or makes the item unnecessary).
 *
 * 1. Reproducible bytes. PDFKit compresses with the zlib built into Node, whose output may
 *    change with Node's version and the processor; and its file identifier hashes only the
 *    document information, so two statements amended on the same day would share it. The writer
 *    asks PDFKit for an uncompressed file, and `finishFile` makes the file from it: every stream
 *    but the metadata deflated with fflate (plain JavaScript, pinned by the lockfile), the
 *    cross-reference table rebuilt, the identifier a hash of the file's own bytes.
 * 2. XMP escaping. PDFKit copies the document information into the XMP metadata as it is, so a
 *    controller called "Smit & Zn" made the metadata ill-formed XML (which PDF/A forbids):
 *    `finishFile` escapes those values in the metadata stream.
 * 3. Bookmarks to named destinations. `outline.addItem` jumps to a page (and a position on it),
 *    never to a named destination: `bookmark` points the item at the heading's destination, the
 *    same one the table of contents and the links use.
 * 4. Structure attributes. `struct()` writes a table header cell's scope, but not a list's
 *    numbering (`/O /List /ListNumbering`), which PDF/UA checkers ask for: `listElement` adds it.
 */

/** A bookmark under `parent` that opens the named destination `name`. */
export function bookmark(parent: Outline, title: string, name: string): Outline {
  const item = parent.addItem(title);
  const data = (item as unknown as { outlineData?: Record<string, unknown> }).outlineData;
  if (!data || !('Dest' in data)) throw new Error('PDF writer: PDFKit no longer keeps an outline item\'s destination in `outlineData` (see pdfkit-adapter.ts)');
  data.Dest = new String(name);
  return item;
}

/** A list's structure element, with how its items are numbered. */
export function listElement(pdf: PDFDocument, numbering: 'Disc' | 'Decimal'): StructureElement {
  const element = pdf.struct('L');
  const dictionary = (element as unknown as { dictionary?: { data?: Record<string, unknown> } }).dictionary;
  if (!dictionary?.data || dictionary.data.S !== 'L') throw new Error('PDF writer: PDFKit no longer keeps a structure element\'s dictionary in `dictionary.data` (see pdfkit-adapter.ts)');
  dictionary.data.A = { O: 'List', ListNumbering: numbering };
  return element;
}

/**
 * The file, from the uncompressed file PDFKit wrote (items 1 and 2 above). `info` is the
 * document information the file was made with, whose values are escaped in the metadata.
 */
export function finishFile(raw: Uint8Array, info: Record<string, unknown>): Uint8Array {
  // Only the end of the file is read as text: the cross-reference table and the trailer.
  const tail = /startxref\n(\d+)\n%%EOF\n?$/.exec(latin1(raw.subarray(Math.max(0, raw.length - 64))));
  if (!tail) throw new Error('PDF writer: no startxref at the end of the file PDFKit wrote');
  const xrefAt = Number(tail[1]);
  const text = latin1(raw.subarray(xrefAt));
  const xref = /^xref\n0 (\d+)\n/.exec(text);
  if (!xref) throw new Error('PDF writer: no cross-reference table where PDFKit said');
  const count = Number(xref[1]);
  const objects: { id: number; offset: number }[] = [];
  for (let id = 1; id < count; id++) {
    const at = xref[0].length + id * 20;
    objects.push({ id, offset: Number(text.slice(at, at + 10)) });
  }
  objects.sort((a, b) => a.offset - b.offset);
  const trailer = text.slice(text.indexOf('trailer\n') + 'trailer\n'.length, text.lastIndexOf('\nstartxref'));
  const escapes = Object.values(info).filter((v): v is string => typeof v === 'string' && escapeXml(v) !== v);

  const parts: Uint8Array[] = [raw.subarray(0, objects[0]?.offset ?? xrefAt)];
  let length = parts[0]!.length;
  const offsets = new Array<number>(count).fill(0);
  objects.forEach(({ id, offset }, i) => {
    offsets[id] = length;
    for (const part of finishObject(raw.subarray(offset, objects[i + 1]?.offset ?? xrefAt), escapes)) {
      parts.push(part);
      length += part.length;
    }
  });
  parts.push(bytes(['xref', `0 ${count}`, '0000000000 65535 f ', ...offsets.slice(1).map((o) => `${String(o).padStart(10, '0')} 00000 n `), ''].join('\n')));
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  const id = hash.digest('hex').slice(0, 32);
  const newTrailer = trailer.replace(/\/ID \[<[0-9a-f]*> <[0-9a-f]*>\]/, `/ID [<${id}> <${id}>]`);
  if (newTrailer === trailer) throw new Error('PDF writer: no /ID in the trailer PDFKit wrote');
  parts.push(bytes(`trailer\n${newTrailer}\nstartxref\n${length}\n%%EOF\n`));
  return Buffer.concat(parts);
}

/** One `n 0 obj … endobj`: its stream deflated, unless it is filtered already; the metadata escaped. */
function finishObject(object: Uint8Array, escapes: string[]): Uint8Array[] {
  const head = latin1(object.subarray(0, Math.min(object.length, 4096)));
  const streamAt = head.indexOf('\nstream\n');
  if (streamAt < 0) return [object];
  const dictionary = head.slice(0, streamAt);
  if (/\n\/Filter /.test(dictionary)) return [object];
  const length = /\n\/Length (\d+)\n/.exec(dictionary);
  if (!length) throw new Error('PDF writer: a stream without /Length');
  const dataAt = streamAt + '\nstream\n'.length;
  const data = object.subarray(dataAt, dataAt + Number(length[1]));
  const rest = object.subarray(dataAt + data.length);
  // PDF/A wants the metadata readable: it stays uncompressed.
  const metadata = /\n\/Type \/Metadata\n/.test(dictionary);
  const packed = metadata ? escapeMetadata(data, escapes) : zlibSync(data, { level: 6 });
  const filter = metadata ? '' : '\n/Filter /FlateDecode';
  return [bytes(`${dictionary.replace(length[0], `\n/Length ${packed.length}${filter}\n`)}\nstream\n`), packed, rest];
}

const xmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const escapeXml = (value: string) => value.replace(/[&<>"']/g, (c) => xmlEscapes[c]!);

/** The XMP packet with each value PDFKit wrote as element content (`>value<`) escaped. */
function escapeMetadata(data: Uint8Array, escapes: string[]): Uint8Array {
  if (escapes.length === 0) return data;
  let xml = Buffer.from(data).toString('utf8');
  for (const value of escapes) xml = xml.split(`>${value}<`).join(`>${escapeXml(value)}<`);
  return Buffer.from(xml, 'utf8');
}

function latin1(data: Uint8Array): string {
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('latin1');
}

function bytes(text: string): Uint8Array {
  return Buffer.from(text, 'latin1');
}
