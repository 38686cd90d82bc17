import { ownCopy } from '../../text/own-copy.js';
import type { Writer } from '../types.js';
import { giveBack, takeWriter, type ByteWriter } from './bytes.js';
import { layoutDocument } from './document.js';
import { finishFile } from './file.js';
import { shareGlyphData } from './glyph-data.js';
import { faces, fonts as openFonts } from './fonts.js';
import { furniture } from './furniture.js';
import type { Measure } from './layout.js';
import { declarePdfUa, documentInfo, escapeMetadata } from './metadata.js';
import { paginate } from './paginate.js';
import { paint } from './paint.js';
import { shareShapedWords } from './shaping-cache.js';
import { page } from './theme.js';
import { PDFDocument } from './vendor.js';

/**
 * Widths of text at size 1000, by face: shaping text with the fonts' kerning is most of the
 * work of a layout, and the same words recur in every statement and language.
 */
const widths = new Map<string, Map<string, number>>();
let widthCount = 0;

/** The document being laid out, whose fonts measure a text not measured before. */
let measuring: PDFDocument | undefined;

/**
 * The width of a text with the PDF fonts: one function for every document of the process, so
 * that the line breaks it gives are shared too (see linebreak.ts). It is called only while a
 * document is laid out and painted, which `writePdf` does without yielding.
 */
const measure: Measure = (text, face, size) => {
  let ofFace = widths.get(face);
  if (!ofFace) widths.set(face, (ofFace = new Map()));
  let width = ofFace.get(text);
  if (width === undefined) {
    width = measuring!.font(face).fontSize(1000).widthOfString(text);
    // Bounded, for a process that lives long (build --watch).
    if (++widthCount > 200_000) {
      for (const m of widths.values()) m.clear();
      widthCount = 1;
    }
    ofFace.set(ownCopy(text), width);
  }
  return (width * size) / 1000;
};

/**
 * pdfkit turns each object it writes from a string into bytes one character at a time, and
 * sends each piece through its stream; here they are written at once, natively, into one buffer
 * (the same bytes: the low byte of each character), which is the file once pdfkit ends it. What
 * pdfkit wrote before (the header) came through its stream: its place at the start is kept, to
 * be filled in by `fillHead` once the stream has delivered it.
 */
function writeObjectsNatively(pdf: PDFDocument, file: ByteWriter): void {
  const state = pdf as unknown as { _offset: number; _write(data: string | Uint8Array): void };
  file.skip(state._offset);
  state._write = (data) => {
    const before = file.length;
    if (data instanceof Uint8Array) file.bytes(data);
    else file.line(data);
    state._offset += file.length - before;
  };
}

function fillHead(file: ByteWriter, chunks: Uint8Array[], size: number): void {
  let at = 0;
  for (const chunk of chunks) {
    file.fill(at, chunk);
    at += chunk.length;
  }
  if (at !== size) throw new Error(`PDF writer: pdfkit's stream delivered ${at} bytes before the objects, not ${size}`);
}

/**
 * The statement as a tagged, accessible PDF (PDF/UA-1, or PDF/A-2a for archiving), drawn from
 * the same document tree as the HTML: layout (lines), pagination (pages), painting (pdfkit,
 * with the structure tags), then a last pass that makes the bytes reproducible.
 */
export const writePdf: Writer = async (doc, options) => {
  const archive = options.pdfStandard === 'pdf-a-2a';
  const fonts = openFonts();
  const pdf = new PDFDocument({
    autoFirstPage: false,
    // No default font: pdfkit's is Helvetica, which is never embedded. Every run of text
    // names one of the embedded faces registered below.
    font: null,
    compress: false,
    pdfVersion: '1.7',
    tagged: true,
    subset: archive ? 'PDF/A-2a' : 'PDF/UA',
    lang: doc.locale,
    displayTitle: true,
    info: documentInfo(doc),
  });
  const chunks: Uint8Array[] = [];
  pdf.on('data', (chunk: Uint8Array) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    pdf.on('end', resolve);
    pdf.on('error', reject);
  });
  for (const face of faces) pdf.registerFont(face, fonts[face]);
  shareShapedWords(pdf);
  shareGlyphData(pdf);
  escapeMetadata(pdf);
  const file = takeWriter();
  try {
    const head = (pdf as unknown as { _offset: number })._offset;
    writeObjectsNatively(pdf, file);
    if (archive) declarePdfUa(pdf);
    measuring = pdf;
    try {
      const frame = { x: page.margin.left, width: page.width - page.margin.left - page.margin.right };
      const { lines, root } = layoutDocument(doc, frame, measure);
      const pages = paginate(lines, page.margin.top, page.height - page.margin.bottom);
      paint(pdf, pages, root, furniture(doc, measure)).end();
    } finally {
      measuring = undefined;
    }
    await ended;
    fillHead(file, chunks, head);
    const out = takeWriter();
    try {
      return finishFile(file.view(), out);
    } finally {
      giveBack(out);
    }
  } finally {
    giveBack(file);
  }
};
