import type { Table } from 'mdast';
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile.js';
import type { StatementSource } from '../src/model/input.generated.js';
import { resolveStatement } from '../src/model/statement.js';
import { renderDocument } from '../src/render/document.js';
import { writePdf } from '../src/writers/pdf/index.js';
import { page } from '../src/writers/pdf/theme.js';
import { edit, examples, minimal, read } from './helpers.js';
import { elements, pageContents, readPdf, standard14, type ReadPdf } from './pdf-reader.js';
import { parse } from 'yaml';

/**
 * The Harmony example as PDF in every language, read back with pdf.js: its text, its tags,
 * bookmarks, destinations, links and fonts. Each locale is rendered once for the whole file.
 */
describe('PDF output', async () => {
  const result = await compile(read(examples.harmony), { file: examples.harmony, formats: ['pdf'] });
  const outputs = new Map(result.outputs.map((o) => [o.locale, o]));
  const pdfs = new Map<string, ReadPdf>();
  for (const [locale, output] of outputs) pdfs.set(locale, await readPdf(output.content as Uint8Array));
  const pdf = (locale: string) => pdfs.get(locale)!;
  const input = parse(read(examples.harmony)) as StatementSource;
  const model = resolveStatement(input);

  it('is written for every locale, as bytes, named like the other formats', () => {
    expect(result.diagnostics).toEqual([]);
    expect(result.outputs.map((o) => o.fileName)).toEqual(['harmony.nl.pdf', 'harmony.en.pdf', 'harmony.fr.pdf']);
    for (const o of result.outputs) {
      expect(o.content).toBeInstanceOf(Uint8Array);
      expect(Buffer.from(o.content as Uint8Array).subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
    }
  });

  it('holds the statement text, accents and all', () => {
    const fr = pdf('fr').contentText;
    for (const phrase of ['Déclaration de confidentialité', 'données personnelles', 'Réparateurs', 'Postbus 93374', '2509 AJ La Haye', '180 jours', '7 ans', 'Prévenir et combattre la fraude', 'Vos droits', '« Aide »']) {
      expect(fr, phrase).toContain(phrase);
    }
    const nl = pdf('nl').contentText;
    for (const phrase of ['Privacyverklaring', 'Postbus 93374', '2509 AJ Den Haag', '180 dagen', '7 jaar', 'Uw rechten']) expect(nl, phrase).toContain(phrase);
    const en = pdf('en').contentText;
    for (const phrase of ['Privacy statement', 'PO Box 93374', '180 days', '7 years', 'Your rights', 'Repairers']) expect(en, phrase).toContain(phrase);
  });

  it('honours the French no-break spaces: a colon or a closing guillemet never starts a line', () => {
    const lines = pdf('fr').pageTexts.join('\n').split('\n');
    expect(lines.filter((l) => / :/.test(l)).length).toBeGreaterThan(50);
    expect(lines.filter((l) => /^[:;?!»]/.test(l.trim()))).toEqual([]);
  });

  it('opens with a title block: the title, the controller and the date of the last amendment', () => {
    const first = pdf('en').pageTexts[0]!.split('\n');
    expect(first[0]).toBe('Privacy statement');
    expect(first[1]).toBe('Harmony · Last amended on 5 April 2022');
  });

  it('numbers its pages "Page X of Y" in the footer, as artifacts that are not read as content', () => {
    for (const [locale, word] of [['en', 'Page 1 of'], ['nl', 'Pagina 1 van'], ['fr', 'Page 1 sur']] as const) {
      const p = pdf(locale);
      expect(p.pages).toBeGreaterThan(5);
      expect(p.artifactText).toContain(`${word} ${p.pages}`);
      expect(p.contentText).not.toContain(word);
    }
  });

  it('is tagged: a structure tree with headings, paragraphs, lists and links', () => {
    for (const p of pdfs.values()) {
      for (const role of ['Document', 'H1', 'H2', 'H3', 'P', 'L', 'LI', 'Lbl', 'LBody', 'Link', 'TOC', 'TOCI']) expect(p.roles, role).toContain(role);
      // Each link element holds its annotation, so that assistive technology can activate it.
      const links = elements(p.raw, 'Link');
      expect(links.length).toBeGreaterThan(20);
      expect(links.filter((l) => !l.includes('/Type /OBJR'))).toEqual([]);
      expect(elements(p.raw, 'L').length).toBeGreaterThan(10);
      expect(elements(p.raw, 'L').every((l) => /\/A <<\n\/O \/List\n\/ListNumbering \/Disc\n>>/.test(l))).toBe(true);
      expect(p.raw).toMatch(/\/MarkInfo \d+ 0 R/);
      expect(p.raw).toMatch(/\/Marked true/);
    }
  });

  it('draws nothing untagged: every text and every stroke is tagged content or an artifact', () => {
    for (const p of pdfs.values()) {
      const pages = pageContents(p.raw);
      expect(pages).toHaveLength(p.pages);
      for (const content of pages) {
        let depth = 0;
        const untagged: string[] = [];
        for (const op of content.split('\n')) {
          if (/ B[DM]C$/.test(op)) depth++;
          else if (op === 'EMC') depth--;
          else if (depth === 0 && /^(BT|f|S|B)$|(^| )(f|S)$/.test(op)) untagged.push(op);
        }
        expect(depth).toBe(0);
        expect(untagged).toEqual([]);
      }
    }
  });

  it('declares its language, shows its title in the title bar, and identifies as PDF/UA-1', () => {
    for (const [locale, p] of pdfs) {
      expect(p.lang).toBe(locale);
      expect(p.info.PDFFormatVersion).toBe('1.7');
      expect(p.raw).toMatch(/\/DisplayDocTitle true/);
      expect(p.raw).toContain('<pdfuaid:part>1</pdfuaid:part>');
    }
    expect(pdf('fr').info.Title).toBe('Déclaration de confidentialité · Harmony');
    expect(pdf('nl').info.Author).toBe('Harmony');
  });

  it('has a bookmark for every section, with purposes and recipients below theirs', () => {
    for (const [locale, p] of pdfs) {
      const outline = renderDocument(model, locale as 'nl' | 'fr' | 'en').outline;
      expect(p.outline.map((o) => [o.title, o.dest])).toEqual(outline.map((s) => [s.title, s.id]));
      expect(p.outline.map((o) => o.items.map((i) => i.dest))).toEqual(outline.map((s) => s.children.map((c) => c.id)));
    }
    const purposes = pdf('fr').outline.find((o) => o.dest === 'purposes')!;
    expect(purposes.items).toContainEqual({ title: '7. Prévenir et combattre la fraude', dest: 'purpose-fraud' });
  });

  it('has named destinations with the section ids of the HTML', () => {
    for (const p of pdfs.values()) {
      for (const id of ['introduction', 'controller', 'rights', 'objection', 'complaints', 'purpose-fraud', 'recipient-repairers', 'exercising-your-rights']) expect(p.destinations, id).toContain(id);
    }
  });

  it('links to web and mail addresses, and internal links jump to their section', () => {
    const links = pdf('fr').links;
    expect(links).toContainEqual(expect.objectContaining({ url: 'mailto:privacy@harmony.nl', contents: 'privacy@harmony.nl' }));
    expect(links).toContainEqual(expect.objectContaining({ url: 'https://tools.google.com/dlpage/gaoptout', contents: 'opt-out (https://tools.google.com/dlpage/gaoptout)' }));
    expect(links).toContainEqual(expect.objectContaining({ url: 'https://autoriteitpersoonsgegevens.nl/' }));
    expect(links).toContainEqual(expect.objectContaining({ dest: 'objection', contents: 'Votre droit d’opposition' }));
    expect(links).toContainEqual(expect.objectContaining({ dest: 'rights', contents: 'Vos droits', page: 1 }));
    for (const link of links) {
      expect(link.contents, JSON.stringify(link)).not.toBe('');
      if (link.dest) expect(pdf('fr').destinations).toContain(link.dest);
    }
  });

  it('embeds every font it uses (Source Sans 3), and no standard 14 font', () => {
    for (const p of pdfs.values()) {
      const baseFonts = [...p.raw.matchAll(/\/BaseFont \/([A-Z]{6}\+[\w-]+)/g)].map((m) => m[1]!.split('+')[1]);
      expect(new Set(baseFonts)).toEqual(new Set(['SourceSans3-Regular', 'SourceSans3-Bold', 'SourceSans3-Italic', 'SourceSans3-SemiBold']));
      expect(p.raw).not.toMatch(standard14);
      const descriptors = p.raw.match(/\/Type \/FontDescriptor/g)!.length;
      expect(p.raw.match(/\/FontFile2 \d+ 0 R/g)).toHaveLength(descriptors);
    }
  });

  it('never ends a page with a heading', () => {
    for (const p of pdfs.values()) {
      expect(p.lastTagOnPage).toHaveLength(p.pages);
      expect(p.lastTagOnPage.filter((tag) => /^H\d$/.test(tag))).toEqual([]);
    }
  });

  it('keeps all text inside the margins: long words and addresses wrap', () => {
    for (const p of pdfs.values()) expect(p.rightmostText).toBeLessThanOrEqual(page.width - page.margin.right + 0.5);
  });

  it('gives identical bytes on every run', async () => {
    const again = await compile(read(examples.harmony), { file: examples.harmony, formats: ['pdf'], locales: ['fr'] });
    expect(Buffer.from(again.outputs[0]!.content as Uint8Array).equals(Buffer.from(outputs.get('fr')!.content as Uint8Array))).toBe(true);
  });

  it('gives the same bytes when several files are written at once, each its own copy', async () => {
    // The PDF writer reuses its buffers from file to file; files written at once (the library
    // may be asked for several) must not share them.
    const [harmony, kmo, adviseur] = await Promise.all([
      compile(read(examples.harmony), { file: examples.harmony, formats: ['pdf'], locales: ['fr'] }),
      compile(read(examples.kmo), { formats: ['pdf'], locales: ['fr'] }),
      compile(read(examples.adviseur), { formats: ['pdf'], locales: ['en'] }),
    ]);
    const bytes = (o: { content: string | Uint8Array }): Buffer => Buffer.from(o.content as Uint8Array);
    expect(bytes(harmony.outputs[0]!).equals(bytes(outputs.get('fr')!))).toBe(true);
    const kmoAlone = await compile(read(examples.kmo), { formats: ['pdf'], locales: ['fr'] });
    expect(bytes(kmo.outputs[0]!).equals(bytes(kmoAlone.outputs[0]!))).toBe(true);
    expect(bytes(adviseur.outputs[0]!).subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
    expect(bytes(adviseur.outputs[0]!).subarray(-6).toString('latin1')).toBe('%%EOF\n');
  });

  it('dates the file on the day of the last amendment, not by the clock, and identifies it by a hash of its bytes', () => {
    const p = pdf('en');
    expect(p.info.CreationDate).toBe('D:20220405000000Z');
    expect(p.info.ModDate).toBeUndefined();
    expect(p.raw).toContain('<xmp:CreateDate>2022-04-05T00:00:00Z</xmp:CreateDate>');
    const ids = [...pdfs.values()].map((x) => /\/ID \[<([0-9a-f]{32})> <\1>\]/.exec(x.raw)?.[1]);
    expect(new Set(ids).size).toBe(3);
  });
});

describe('PDF/A-2a', async () => {
  const result = await compile(read(examples.harmony), { formats: ['pdf'], locales: ['nl'], pdfStandard: 'pdf-a-2a' });
  const bytes = result.outputs[0]!.content as Uint8Array;
  const p = await readPdf(bytes);

  it('identifies as PDF/A-2a and PDF/UA-1, with the schema PDF/A asks for to name PDF/UA', () => {
    expect(p.raw).toMatch(/<pdfaid:part>2<\/pdfaid:part>\s*<pdfaid:conformance>A<\/pdfaid:conformance>/);
    expect(p.raw).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(p.raw).toContain('<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>');
  });

  it('has an sRGB output intent, embedded fonts, tags and a language', () => {
    expect(p.raw).toMatch(/\/OutputIntents \[\d+ 0 R\]/);
    expect(p.raw).toContain('/S /GTS_PDFA1');
    expect(p.raw).not.toMatch(standard14);
    expect(p.roles).toContain('H1');
    expect(p.lang).toBe('nl');
  });

  it('keeps the metadata readable: the XMP packet is not compressed', () => {
    expect(p.raw).toMatch(/\/Type \/Metadata\n\/Subtype \/XML\n\/Length \d+\n>>\nstream\n<\?xpacket begin/);
  });

  it('differs from the PDF/UA file only in its profile', async () => {
    const ua = await compile(read(examples.harmony), { formats: ['pdf'], locales: ['nl'] });
    const other = await readPdf(ua.outputs[0]!.content as Uint8Array);
    expect(other.text).toBe(p.text);
    expect(other.raw).not.toContain('pdfaid');
  });
});

describe('PDF from unusual input', () => {
  it('escapes the metadata of a controller whose name holds XML characters', async () => {
    const source = edit(minimal(), 'name: Example Verzekeringen', 'name: "Smit & <Zn>"');
    const result = await compile(source, { formats: ['pdf'], locales: ['en'] });
    expect(result.errorCount).toBe(0);
    const p = await readPdf(result.outputs[0]!.content as Uint8Array);
    expect(p.info.Author).toBe('Smit & <Zn>');
    expect(p.raw).toContain('<rdf:li>Smit &amp; &lt;Zn&gt;</rdf:li>');
  });

  it('lays out tables as tagged rows of header and data cells, and wraps a long address', async () => {
    const input = parse(minimal()) as StatementSource;
    const doc = renderDocument(resolveStatement(input), 'en');
    const cell = (value: string) => ({ type: 'tableCell' as const, children: [{ type: 'text' as const, value }] });
    const table: Table = {
      type: 'table',
      align: ['left', 'right'],
      children: [
        { type: 'tableRow', children: [cell('Data'), cell('Kept for')] },
        { type: 'tableRow', children: [cell('Recorded telephone conversations'), cell('180 days')] },
      ],
    };
    const url = 'https://www.example.nl/' + 'a-very-long-path-segment/'.repeat(12) + 'end';
    doc.tree.children.push(table, { type: 'paragraph', children: [{ type: 'link', url, children: [{ type: 'text', value: url }] }] });
    const p = await readPdf((await writePdf({ model: resolveStatement(input), document: doc, locale: doc.locale, locales: [doc.locale], documentIn: () => doc, options: { html: 'document' } })) as Uint8Array);
    for (const role of ['Table', 'TR', 'TH', 'TD']) expect(p.roles, role).toContain(role);
    expect(elements(p.raw, 'TH')).toHaveLength(2);
    for (const th of elements(p.raw, 'TH')) expect(th).toMatch(/\/Scope \/Column/);
    expect(p.contentText).toContain('Recorded telephone conversations');
    expect(p.rightmostText).toBeLessThanOrEqual(page.width - page.margin.right + 0.5);
    expect(p.links.filter((l) => l.url === url).length).toBeGreaterThan(1);
  });
});

