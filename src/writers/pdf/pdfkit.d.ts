/**
 * The part of pdfkit 0.20 this writer uses, typed from its source: the DefinitelyTyped types
 * lag behind it (no PDF/UA subset, no marked-content options) and cover far more than is used.
 */
declare module 'pdfkit' {
  import type { Readable } from 'node:stream';

  export interface StructureContent {
    readonly refs: unknown[];
  }

  export interface StructureElement {
    /** The element's dictionary, written when the element ends: attributes go in `A`. */
    dictionary: { data: Record<string, unknown> };
    add(child: StructureElement | StructureContent): this;
    end(): void;
  }

  export interface Outline {
    addItem(title: string, options?: { expanded?: boolean }): Outline;
    /** The outline item's dictionary, still open: its destination can be replaced. */
    outlineData: Record<string, unknown>;
  }

  export interface DocumentOptions {
    autoFirstPage?: boolean;
    /** The default font: when left out pdfkit loads Helvetica, one of the standard 14 fonts; `null` loads none. */
    font?: Buffer | null;
    compress?: boolean;
    pdfVersion?: '1.7';
    tagged?: boolean;
    subset?: 'PDF/UA' | 'PDF/A-2a';
    lang?: string;
    displayTitle?: boolean;
    info?: { Title?: string; Author?: string; Subject?: string; Keywords?: string; Creator?: string; Producer?: string; CreationDate?: Date };
  }

  export interface AnnotationOptions {
    structParent?: StructureElement;
    Contents?: string | String;
  }

  export default class PDFDocument extends Readable {
    constructor(options?: DocumentOptions);
    info: Record<string, unknown>;
    outline: Outline;
    addPage(options: { size: [number, number]; margin: number }): this;
    /** A font file, or a font fontkit has already opened (pdfkit 0.20 takes either). */
    registerFont(name: string, src: Buffer | object): this;
    font(name: string): this;
    fontSize(size: number): this;
    fillColor(color: string): this;
    widthOfString(text: string): number;
    text(text: string, x: number, y: number, options: { lineBreak: false; baseline: 'alphabetic' }): this;
    rect(x: number, y: number, w: number, h: number): this;
    moveTo(x: number, y: number): this;
    lineTo(x: number, y: number): this;
    lineWidth(width: number): this;
    lineCap(cap: 'round'): this;
    dash(length: number, options: { space: number }): this;
    stroke(color: string): this;
    save(): this;
    restore(): this;
    fill(color?: string): this;
    struct(role: string): StructureElement;
    addStructure(element: StructureElement): this;
    markStructureContent(tag: string): StructureContent;
    markContent(tag: 'Artifact', options?: { type?: 'Pagination' | 'Layout'; attached?: ('Top' | 'Bottom' | 'Left' | 'Right')[] }): this;
    endMarkedContent(): this;
    link(x: number, y: number, w: number, h: number, url: string, options?: AnnotationOptions): this;
    goTo(x: number, y: number, w: number, h: number, name: string, options?: AnnotationOptions): this;
    addNamedDestination(name: string, type: 'XYZ', left: number | null, top: number | null, zoom: number | null): void;
    appendXML(xml: string, newline?: boolean): void;
    /** Writes the XMP metadata packet from `info`; called by `end()`. */
    endMetadata(): void;
    end(): void;
  }
}

/** The part of fontkit (pdfkit's font engine) this writer uses. */
declare module 'fontkit' {
  export interface Font {
    postscriptName: string;
  }
  export function create(buffer: Uint8Array): Font;
}
