import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import rehypeSanitize, { type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { StatementDocument } from '../render/document.js';
import { stylesheet } from './html-style.js';
import { fileName } from './index.js';
import type { Locale } from '../model/input.generated.js';
import type { Writer, WriterInput } from './types.js';

/**
 * What may appear in the body: exactly the elements the statement's Markdown produces. Raw
 * HTML never gets this far (the input's Markdown rejects it and remark-rehype drops it), and
 * this allow-list removes anything else, should a future change let it through.
 */
export const sanitizeSchema: SanitizeSchema = {
  tagNames: ['h1', 'h2', 'h3', 'p', 'ul', 'ol', 'li', 'a', 'strong', 'em', 'br', 'table', 'thead', 'tbody', 'tr', 'th', 'td'],
  attributes: { a: ['href'], h1: ['id'], h2: ['id'], h3: ['id'], ol: ['start'], th: ['align'], td: ['align'] },
  protocols: { href: ['http', 'https', 'mailto'] },
  clobber: [],
  strip: ['script', 'style'],
  allowComments: false,
  allowDoctypes: false,
};

const toHast = unified().use(remarkRehype).use(rehypeSanitize, sanitizeSchema);
const stringify = unified().use(rehypeStringify, { characterReferences: { useNamedReferences: false }, upperDoctype: false });

/** A piece of the statement's Markdown (a section, a notice) as sanitized HTML, one block to a line. */
export function markdownToHtml(tree: MdastRoot): string {
  const body = toHast.runSync(tree as never) as HastRoot;
  const blocks = (body.children as ElementContent[]).filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  return stringify.stringify({ type: 'root', children: blocks.flatMap((block, i) => (i === 0 ? [block] : [nl, block])).concat(nl) });
}

const el = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({ type: 'element', tagName, properties, children });
const text = (value: string): ElementContent => ({ type: 'text', value });
const nl: ElementContent = { type: 'text', value: '\n' };

function contents(doc: StatementDocument): Element {
  const items = doc.outline.map((s) => el('li', {}, [el('a', { href: `#${s.id}` }, [text(s.title)])]));
  return el('nav', { className: ['contents'], ariaLabel: doc.t('document.contents') }, [
    el('h2', {}, [text(doc.t('document.contents'))]),
    el('ul', {}, items.flatMap((li) => [nl, li]).concat(nl)),
  ]);
}

/**
 * The article's blocks as hast, sanitized, without the line feeds between them: each block is
 * put on a line of its own (below), so the source reads well too.
 */
function blocksOf(doc: StatementDocument): ElementContent[] {
  const body = toHast.runSync(doc.tree as never) as HastRoot;
  return (body.children as ElementContent[]).filter((c) => !(c.type === 'text' && c.value.trim() === ''));
}

/** Blocks one to a line, between line feeds. */
function lines(blocks: readonly ElementContent[]): ElementContent[] {
  return [nl, ...blocks.flatMap((block) => [block, nl])];
}

const isSection = (block: ElementContent): boolean => block.type === 'element' && block.tagName === 'h2';

/** Moves headings to start at `level` (a fragment's title in a page that has its own `<h1>`) and prefixes ids and in-page links. */
function adapt(nodes: ElementContent[], shift: number, prefix: string): void {
  const visit = (node: ElementContent): void => {
    if (node.type !== 'element') return;
    const m = /^h([1-6])$/.exec(node.tagName);
    if (m && shift > 0) node.tagName = `h${Math.min(6, Number(m[1]) + shift)}`;
    if (prefix) {
      if (typeof node.properties.id === 'string') node.properties.id = prefix + node.properties.id;
      if (typeof node.properties.href === 'string' && node.properties.href.startsWith('#')) node.properties.href = `#${prefix}${node.properties.href.slice(1)}`;
    }
    node.children.forEach(visit);
  };
  nodes.forEach(visit);
}

/**
 * The other languages of the statement that this build writes, and the PDF of this language when
 * it is built: for a page's `<link rel="alternate" hreflang>` and its visible language switcher.
 */
function siblings({ document: doc, model, options }: WriterInput): { languages: { locale: Locale; tag: string; href: string }[]; pdf?: string } {
  const built = options.built ?? { locales: [doc.locale], formats: ['html'] };
  return {
    languages: built.locales.map((locale) => ({ locale, tag: model.jurisdiction.languages[locale].tag, href: fileName('html', doc.statementId, locale) })),
    ...(built.formats.includes('pdf') ? { pdf: fileName('pdf', doc.statementId, doc.locale) } : {}),
  };
}

/** The bar above the title: the statement in its other languages, and its PDF. */
function alternatives(input: WriterInput, found: ReturnType<typeof siblings>): Element | undefined {
  const doc = input.document;
  const items: ElementContent[] = [];
  if (found.languages.length > 1) {
    for (const l of found.languages) {
      const label = doc.t(`web.language.${l.locale}`);
      items.push(l.locale === doc.locale ? el('li', {}, [el('span', { ariaCurrent: 'page', lang: l.tag }, [text(label)])]) : el('li', {}, [el('a', { href: l.href, hrefLang: l.tag, lang: l.tag }, [text(label)])]));
    }
  }
  if (found.pdf) items.push(el('li', { className: ['pdf'] }, [el('a', { href: found.pdf, type: 'application/pdf' }, [text(doc.t('web.pdf'))])]));
  if (items.length === 0) return undefined;
  return el('nav', { className: ['alternatives'], ariaLabel: doc.t('web.languages') }, [el('ul', {}, items.flatMap((li) => [nl, li]).concat(nl))]);
}

export const writeHtml: Writer<string> = (input) => {
  const { document: doc, options } = input;
  const blocks = blocksOf(doc);
  const prefix = options.idPrefix ?? '';
  // The table of contents comes after the title block (h1 and the line under it).
  const titleEnd = blocks.findIndex((block, i) => i > 0 && isSection(block));
  if (options.html === 'fragment') {
    if (options.toc) blocks.splice(titleEnd > 0 ? titleEnd : blocks.length, 0, contents(doc));
    // compile() has checked the level (a whole number from 1 to 5: src/options.ts).
    adapt(blocks, (options.headingLevel ?? 1) - 1, prefix);
    const article = el('article', { className: ['privacy-statement'], lang: doc.language, dataPrivacyStatementVersion: doc.version }, lines(blocks));
    return stringify.stringify({ type: 'root', children: [article, nl] });
  }
  blocks.splice(titleEnd > 0 ? titleEnd : blocks.length, 0, contents(doc));
  const found = siblings(input);
  const bar = alternatives(input, found);
  if (bar) blocks.unshift(bar);
  adapt(blocks, 0, prefix);
  const article = el('article', { className: ['privacy-statement'] }, lines(blocks));
  const title = `${doc.title} · ${doc.controller}`;
  const alternates = found.languages.length > 1 ? found.languages.flatMap((l) => [el('link', { rel: ['alternate'], hrefLang: l.tag, href: l.href }, []), nl]) : [];
  const html = el('html', { lang: doc.language }, [
    nl,
    el('head', {}, [
      nl,
      el('meta', { charSet: 'utf-8' }, []),
      nl,
      el('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }, []),
      nl,
      el('meta', { name: 'generator', content: 'privacy-statement-compiler' }, []),
      nl,
      el('meta', { name: 'privacy-statement-version', content: doc.version }, []),
      nl,
      el('meta', { name: 'description', content: doc.t('web.description', { controller: doc.controller }) }, []),
      nl,
      el('title', {}, [text(title)]),
      nl,
      ...alternates,
      el('style', {}, [text('\n' + stylesheet + '\n')]),
      nl,
    ]),
    nl,
    el('body', {}, [nl, el('main', {}, [nl, article, nl]), nl]),
    nl,
  ]);
  return stringify.stringify({ type: 'root', children: [{ type: 'doctype' }, nl, html, nl] });
};
