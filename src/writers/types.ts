import type { Locale } from '../model/input.generated.js';
import type { ResolvedStatement } from '../model/statement.js';
import type { StatementDocument } from '../render/document.js';

/** Every output format, by name (see index.ts for what each one is). */
export type Format = 'md' | 'html' | 'pdf' | 'json' | 'jsonld' | 'tilt' | 'csv' | 'xlsx';
export type HtmlMode = 'document' | 'fragment';

export type PdfStandard = 'pdf-ua' | 'pdf-a-2a';

export type MarkdownFlavour = 'commonmark' | 'mdx';

/** For web sites: how a fragment fits into the site's own page, and which Markdown it reads. */
export interface WebOptions {
  /** The level of the statement's title in a fragment (1–5; sections one level below). Default 1. */
  headingLevel?: number;
  /** Put before every id and in-page link of the HTML, so that two statements can share a page. */
  idPrefix?: string;
  /** The table of contents in a fragment too (a whole page always has it). */
  toc?: boolean;
  /** `commonmark` (default): anchors as `{#id}`; `mdx`: Markdown that MDX compiles as it reads. */
  markdown?: MarkdownFlavour;
}

export interface WriterOptions extends WebOptions {
  html: HtmlMode;
  /** PDF conformance: PDF/UA (default) or PDF/A-2a for archiving. */
  pdfStandard?: PdfStandard;
  /** What the build writes beside this file, so that a page can link its other languages and its PDF. */
  built?: { locales: readonly Locale[]; formats: readonly Format[] };
}

/** What each format's file holds: text, or bytes for PDF and XLSX. */
export interface ContentOf {
  md: string;
  html: string;
  pdf: Uint8Array;
  json: string;
  jsonld: string;
  tilt: string;
  csv: string;
  xlsx: Uint8Array;
}

export type Content = ContentOf[Format];

/**
 * What a writer receives: the checked, resolved model, the statement rendered in this locale as
 * one Markdown tree (made on first use, so that a data format that never reads it costs nothing),
 * the locale and the options.
 */
export interface WriterInput {
  model: ResolvedStatement;
  readonly document: StatementDocument;
  locale: Locale;
  /** The languages of the file: `[locale]`, or every locale of the statement, in its order, for a per-statement writer. */
  locales: readonly Locale[];
  /** The document in another locale (a per-statement writer's labels in every language). */
  documentIn(locale: Locale): StatementDocument;
  options: WriterOptions;
}

/** A writer turns the checked model and its document into one file of one format. */
export type Writer<C extends Content = Content> = (input: WriterInput) => Promise<C> | C;

/**
 * A format's registration: how its writer is loaded, and how its files are named. `locale`
 * formats write a file per locale (`<id>.<locale>.<suffix>`); a `statement` format writes one
 * file for the whole statement (`<id>.<suffix>`), with every locale of the statement in it, and
 * its writer gets the statement's first locale as `locale`.
 */
export interface Registration<F extends Format = Format> {
  scope: 'locale' | 'statement';
  /** The end of the file name, after `<id>.<locale>.` (or `<id>.` for a statement format). */
  suffix: string;
  /** One line for `--help` and the README. */
  summary: string;
  load: () => Promise<Writer<ContentOf[F]>>;
}
