import { inflateSync } from 'node:zlib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** What the tests read back from a PDF: with pdf.js, as a reader or assistive technology would. */
export interface ReadPdf {
  pages: number;
  /** Each page's text, lines joined by newlines. */
  pageTexts: string[];
  /** All text, whitespace (no-break spaces too) collapsed to one space. */
  text: string;
  /** Text drawn outside any artifact, and text drawn as artifacts (headers, footers). */
  contentText: string;
  artifactText: string;
  roles: Set<string>;
  /** The tag of the last text on each page (not counting headers and footers). */
  lastTagOnPage: string[];
  lang: string | undefined;
  info: Record<string, unknown>;
  outline: { title: string; dest: string | null; items: { title: string; dest: string | null }[] }[];
  destinations: string[];
  links: { page: number; url?: string; dest?: string; contents: string }[];
  /** Right edge of the widest text run on any page. */
  rightmostText: number;
  raw: string;
}

interface StructNode {
  role?: string;
  children?: StructNode[];
}

export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  // pdf.js takes ownership of the buffer it is given.
  const doc = await getDocument({ data: new Uint8Array(bytes), disableFontFace: true, verbosity: 0, isEvalSupported: false }).promise;
  try {
    const roles = new Set<string>();
    const walk = (node: StructNode | null) => {
      if (!node) return;
      if (node.role) roles.add(node.role);
      node.children?.forEach(walk);
    };
    const pageTexts: string[] = [];
    const lastTagOnPage: string[] = [];
    let content = '';
    let artifacts = '';
    let rightmostText = 0;
    const links: ReadPdf['links'] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      walk((await page.getStructTree()) as StructNode | null);
      const items = (await page.getTextContent({ includeMarkedContent: true, disableNormalization: true })).items;
      const open: string[] = [];
      let pageText = '';
      let lastTag = '';
      for (const item of items) {
        if ('type' in item) {
          if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') open.push((item as { tag?: string }).tag ?? ''); // pdf.js sets the tag but does not type it
          else if (item.type === 'endMarkedContent') open.pop();
          continue;
        }
        pageText += item.str + (item.hasEOL ? '\n' : '');
        if (open.includes('Artifact')) artifacts += item.str + ' ';
        else {
          content += item.str + (item.hasEOL ? '\n' : '');
          if (item.str.trim()) lastTag = open.at(-1) ?? '';
        }
        if (item.str.trim()) rightmostText = Math.max(rightmostText, item.transform[4] + item.width);
      }
      pageTexts.push(pageText);
      lastTagOnPage.push(lastTag);
      for (const a of (await page.getAnnotations()) as { subtype: string; url?: string; dest?: string; contentsObj?: { str: string } }[]) {
        if (a.subtype !== 'Link') continue;
        links.push({ page: n, ...(a.url ? { url: a.url } : {}), ...(typeof a.dest === 'string' ? { dest: a.dest } : {}), contents: a.contentsObj?.str ?? '' });
      }
    }
    const collapse = (s: string) => s.replace(/[\s\u00a0]+/g, ' ');
    const outline = ((await doc.getOutline()) ?? []).map((o) => ({
      title: o.title,
      dest: typeof o.dest === 'string' ? o.dest : null,
      items: o.items.map((c) => ({ title: c.title, dest: typeof c.dest === 'string' ? c.dest : null })),
    }));
    const { info } = await doc.getMetadata();
    const infoRecord = info as Record<string, unknown>;
    return {
      pages: doc.numPages,
      pageTexts,
      text: collapse(pageTexts.join('\n')),
      contentText: collapse(content),
      artifactText: collapse(artifacts),
      roles,
      lastTagOnPage,
      lang: typeof infoRecord.Language === 'string' ? infoRecord.Language : undefined,
      info: infoRecord,
      outline,
      destinations: Object.keys(await doc.getDestinations()),
      links,
      rightmostText,
      raw: Buffer.from(bytes).toString('latin1'),
    };
  } finally {
    await doc.destroy();
  }
}

/** The structure elements of a role, as written in the file (pdf.js shows them per page). */
export function elements(raw: string, role: string): string[] {
  return [...raw.matchAll(/\d+ 0 obj\n<<\n\/S \/(\w+)\n([^]*?)\nendobj/g)].filter((m) => m[1] === role).map((m) => m[2]!);
}

/** The page content streams of a file written by the PDF writer (deflated, one operator a line). */
export function pageContents(raw: string): string[] {
  const out: string[] = [];
  for (const m of raw.matchAll(/\/Length (\d+)\n\/Filter \/FlateDecode\n>>\nstream\n/g)) {
    const start = m.index + m[0].length;
    const data = inflateSync(Buffer.from(raw.slice(start, start + Number(m[1])), 'latin1')).toString('latin1');
    if (/^BT$/m.test(data)) out.push(data);
  }
  return out;
}

/** The standard 14 fonts, which a reader substitutes instead of showing the embedded font. */
export const standard14 = /\/BaseFont \/(?:[A-Z]{6}\+)?(Courier|Helvetica|Times|Symbol|ZapfDingbats)/;
