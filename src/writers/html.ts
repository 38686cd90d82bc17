import type { Element, ElementContent, Root as HastRoot } from 'hast';
import rehypeSanitize, { type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { RootContent } from 'mdast';
import type { StatementDocument } from '../render/document.js';
import { stylesheet } from './html-style.js';
import type { Writer } from './types.js';

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

const el = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({ type: 'element', tagName, properties, children });
const text = (value: string): ElementContent => ({ type: 'text', value });
const nl: ElementContent = { type: 'text', value: '\n' };

function contents(doc: StatementDocument): Element {
  const items = doc.outline.map((s) => el('li', {}, [el('a', { href: `#${s.id}` }, [text(s.title)])]));
  return el('nav', { className: ['contents'], ariaLabel: doc.t('document.contents') }, [
    el('h2', {}, [text(doc.t('document.contents'))]),
    el('ol', {}, items.flatMap((li) => [nl, li]).concat(nl)),
  ]);
}

/** The HTML of hast nodes, each block element on a line of its own, so the source reads well too. */
function linesOf(nodes: readonly ElementContent[]): string {
  return nodes
    .filter((c) => !(c.type === 'text' && c.value.trim() === ''))
    .map((c) => stringify.stringify({ type: 'root', children: [c] }))
    .join('\n');
}

/**
 * The HTML of each top-level node, by the node: parsed nodes are shared, frozen, by every
 * statement that has the same Markdown (see render/document.ts), so a node recurring in a batch
 * or in watch mode is converted once. A node converts on its own exactly as within the whole
 * tree, but for link references to definitions elsewhere (`[label]: url`), which the
 * statement's texts do not use: a statement whose Markdown has a definition is converted whole.
 */
const blockCache = new WeakMap<object, string>();

function blockHtml(node: RootContent): string {
  let html = blockCache.get(node);
  if (html === undefined) {
    html = linesOf((toHast.runSync({ type: 'root', children: [node] } as never) as HastRoot).children as ElementContent[]);
    if (Object.isFrozen(node)) blockCache.set(node, html);
  }
  return html;
}

/** The article's blocks as HTML, each marked when it starts a section (an h2). */
function blocksOf(doc: StatementDocument): { html: string; section: boolean }[] {
  if (doc.parts.some((p) => p.source.includes(']:'))) {
    const body = (toHast.runSync(doc.tree as never) as HastRoot).children as ElementContent[];
    return body.filter((c) => !(c.type === 'text' && c.value.trim() === '')).map((c) => ({ html: linesOf([c]), section: c.type === 'element' && c.tagName === 'h2' }));
  }
  return doc.tree.children.map((node) => ({ html: blockHtml(node), section: node.type === 'heading' && node.depth === 2 })).filter((b) => b.html !== '');
}

/** Marks where the article's blocks go in the page around them (the page's last text). */
const blocksMarker = '\u{F0000}blocks\u{F0000}';

export const writeHtml: Writer = (doc, options) => {
  const blocks = blocksOf(doc);
  const parts = blocks.map((b) => b.html);
  if (options.html !== 'fragment') {
    // The table of contents comes after the title block (h1 and the line under it).
    const titleEnd = blocks.findIndex((b, i) => i > 0 && b.section);
    parts.splice(titleEnd > 0 ? titleEnd : parts.length, 0, stringify.stringify({ type: 'root', children: [contents(doc)] }));
  }
  const fill = (page: string): string => {
    const at = page.lastIndexOf(blocksMarker);
    return page.slice(0, at) + '\n' + parts.join('\n') + '\n' + page.slice(at + blocksMarker.length);
  };
  if (options.html === 'fragment') {
    const article = el('article', { className: ['privacy-statement'], lang: doc.locale }, [text(blocksMarker)]);
    return fill(stringify.stringify({ type: 'root', children: [article, nl] }));
  }
  const article = el('article', { className: ['privacy-statement'] }, [text(blocksMarker)]);
  const title = `${doc.title} · ${doc.controller}`;
  const html = el('html', { lang: doc.locale }, [
    nl,
    el('head', {}, [
      nl,
      el('meta', { charSet: 'utf-8' }, []),
      nl,
      el('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }, []),
      nl,
      el('meta', { name: 'generator', content: 'privacy-statement-compiler' }, []),
      nl,
      el('title', {}, [text(title)]),
      nl,
      el('style', {}, [text('\n' + stylesheet + '\n')]),
      nl,
    ]),
    nl,
    el('body', {}, [nl, el('main', {}, [nl, article, nl]), nl]),
    nl,
  ]);
  return fill(stringify.stringify({ type: 'root', children: [{ type: 'doctype' }, nl, html, nl] }));
};
