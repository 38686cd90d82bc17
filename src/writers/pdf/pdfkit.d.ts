/**
 * The part of PDFKit 0.20's public API this writer uses, typed from its documentation and
 * source: PDFKit ships no types, and DefinitelyTyped's lag behind it (no PDF/UA subset, no
 * marked-content options, no fontkit fonts in `registerFont`).
 */
declare module 'pdfkit' {
  import type { Readable } from 'node:stream';
  import type { Font } from 'fontkit';

  export interface StructureContent {
    readonly refs: unknown[];
  }

  export interface StructureElement {
    add(child: StructureElement | StructureContent): this;
    end(): void;
  }

  export interface Outline {
    addItem(title: string, options?: { expanded?: boolean }): Outline;
  }

  export interface DocumentOptions {
    autoFirstPage?: boolean;
    /** The default font: when left out PDFKit loads Helvetica, one of the standard 14 fonts; `null` loads none. */
    font?: string | null;
    compress?: boolean;
    pdfVersion?: '1.7';
    tagged?: boolean;
    subset?: 'PDF/UA' | 'PDF/A-2a';
    lang?: string;
    displayTitle?: boolean;
    info?: { Title?: string; Author?: string; Subject?: string; Keywords?: string; Creator?: string; Producer?: string; CreationDate?: Date };
  }

  export interface TextOptions {
    lineBreak: false;
    baseline: 'alphabetic';
  }

  export interface AnnotationOptions {
    structParent?: StructureElement;
    /** The annotation's description: a `String` object, as PDFKit writes those as text strings. */
    Contents?: String;
  }

  export default class PDFDocument extends Readable {
    constructor(options?: DocumentOptions);
    outline: Outline;
    addPage(options: { size: [number, number]; margin: number }): this;
    /** A font file, or a font fontkit has already opened. */
    registerFont(name: string, src: Uint8Array | Font): this;
    font(name: string): this;
    fontSize(size: number): this;
    fillColor(color: string): this;
    widthOfString(text: string): number;
    text(text: string, x: number, y: number, options: TextOptions): this;
    rect(x: number, y: number, w: number, h: number): this;
    moveTo(x: number, y: number): this;
    lineTo(x: number, y: number): this;
    lineWidth(width: number): this;
    lineCap(cap: 'round'): this;
    dash(length: number, options: { space: number }): this;
    stroke(color?: string): this;
    save(): this;
    restore(): this;
    fill(color?: string): this;
    struct(role: string, options?: { scope?: 'Column' | 'Row' }): StructureElement;
    addStructure(element: StructureElement): this;
    markStructureContent(tag: string): StructureContent;
    markContent(tag: 'Artifact', options?: { type?: 'Pagination' | 'Layout'; attached?: ('Top' | 'Bottom' | 'Left' | 'Right')[] }): this;
    endMarkedContent(): this;
    link(x: number, y: number, w: number, h: number, url: string, options?: AnnotationOptions): this;
    goTo(x: number, y: number, w: number, h: number, name: string, options?: AnnotationOptions): this;
    addNamedDestination(name: string, type: 'XYZ', left: number | null, top: number | null, zoom: number | null): void;
    /** Adds XML to the XMP metadata packet. */
    appendXML(xml: string, newline?: boolean): void;
    end(): void;
  }
}

/** The part of fontkit (PDFKit's font engine) this writer uses. */
declare module 'fontkit' {
  export interface Font {
    postscriptName: string;
    /** Every code point the font maps to a glyph. */
    characterSet: number[];
    glyphForCodePoint(codePoint: number): unknown;
    /** Shapes a text: its glyphs and their positions (a fontkit GlyphRun). */
    layout(text: string, ...options: unknown[]): unknown;
  }
  export function create(buffer: Uint8Array): Font;
}
