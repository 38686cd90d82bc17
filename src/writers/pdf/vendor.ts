/**
 * pdfkit and fontkit, as the PDF writer uses them: one module, so that the two share one
 * fontkit (pdfkit embeds the fonts fontkit opened).
 *
 * The build bundles this module on its own, minified, as `lib/pdfkit.cjs` (see
 * build.config.mjs), which the command line and the library load only when a PDF is written.
 * Loaded from their packages, pdfkit and fontkit are some twenty files, about 110 ms to load and
 * 3 MB of source kept in memory by each process that writes PDFs; bundled, about a third of
 * both.
 */
export { default as PDFDocument } from 'pdfkit';
export { create } from 'fontkit';
