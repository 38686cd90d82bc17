/** PDFKit and fontkit, as the PDF writer uses them. */
export { default as PDFDocument } from 'pdfkit';
export { create } from 'fontkit';
