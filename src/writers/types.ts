import type { StatementDocument } from '../render/document.js';

export type Format = 'md' | 'html' | 'pdf';
export type HtmlMode = 'document' | 'fragment';

export type PdfStandard = 'pdf-ua' | 'pdf-a-2a';

export interface WriterOptions {
  html: HtmlMode;
  /** PDF conformance: PDF/UA (default) or PDF/A-2a for archiving. */
  pdfStandard?: PdfStandard;
}

/** A writer turns the document tree into one output format. */
export type Writer = (doc: StatementDocument, options: WriterOptions) => Promise<string | Uint8Array> | string | Uint8Array;
