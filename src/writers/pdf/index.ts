import type { Writer } from '../types.js';
import { layoutDocument } from './document.js';
import { firstUnshowable } from './coverage.js';
import { faces, fonts } from './fonts.js';
import { furniture } from './furniture.js';
import type { Measure } from './layout.js';
import { declarePdfUa, declareVersion, documentInfo } from './metadata.js';
import { paginate } from './paginate.js';
import { paint } from './paint.js';
import { finishFile } from './pdfkit-adapter.js';
import { page } from './theme.js';
import { PDFDocument } from './vendor.js';

/**
 * The statement as a tagged, accessible PDF (PDF/UA-1, or PDF/A-2a for archiving), drawn from
 * the same document tree as the HTML: layout (lines), pagination (pages), painting (PDFKit,
 * with the structure tags), then a last pass that makes the bytes reproducible.
 */
export const writePdf: Writer<Uint8Array> = async ({ document: doc, options }) => {
  const archive = options.pdfStandard === 'pdf-a-2a';
  const info = documentInfo(doc);
  const pdf = new PDFDocument({
    autoFirstPage: false,
    // No default font: PDFKit's is Helvetica, which is never embedded. Every run of text
    // names one of the embedded faces registered below.
    font: null,
    // Compressed in the last pass, reproducibly (see pdfkit-adapter.ts).
    compress: false,
    pdfVersion: '1.7',
    tagged: true,
    subset: archive ? 'PDF/A-2a' : 'PDF/UA',
    lang: doc.language,
    displayTitle: true,
    info,
  });
  const chunks: Uint8Array[] = [];
  pdf.on('data', (chunk: Uint8Array) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    pdf.on('end', resolve);
    pdf.on('error', reject);
  });
  const opened = fonts();
  for (const face of faces) pdf.registerFont(face, opened[face]);
  if (archive) declarePdfUa(pdf);
  declareVersion(pdf, doc.version);

  // Every text drawn is measured first. One with a character the font cannot show would be
  // blank in the PDF: the input's are refused before (font-coverage), so this is a bug.
  const measure: Measure = (text, face, size) => {
    const missing = firstUnshowable(text);
    if (missing) throw new Error(`the PDF's font cannot show U+${missing.codePoint.toString(16).toUpperCase().padStart(4, '0')} in “${text.slice(0, 40)}”`);
    return pdf.font(face).fontSize(size).widthOfString(text);
  };
  const frame = { x: page.margin.left, width: page.width - page.margin.left - page.margin.right };
  const { lines, root } = layoutDocument(doc, frame, measure);
  const pages = paginate(lines, page.margin.top, page.height - page.margin.bottom);
  paint(pdf, pages, root, furniture(doc, measure));
  pdf.end();
  await ended;
  return finishFile(Buffer.concat(chunks), info);
};
