import type { StatementDocument } from '../render/document.js';

export type Format = 'md' | 'html';
export type HtmlMode = 'document' | 'fragment';

export interface WriterOptions {
  html: HtmlMode;
  /** PDF conformance: PDF/UA (default) or PDF/A-2a for archiving. */
  pdfStandard?: 'pdf-ua' | 'pdf-a-2a';
}

/** A writer turns the document tree into one output format. */
export type Writer = (doc: StatementDocument, options: WriterOptions) => Promise<string | Uint8Array> | string | Uint8Array;
