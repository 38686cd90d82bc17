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

/** Puts a line break between block elements, so the HTML reads well as source too. */
function lines(children: ElementContent[]): ElementContent[] {
  return children.filter((c) => !(c.type === 'text' && c.value.trim() === '')).flatMap((c) => [nl, c]).concat(nl);
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
    const hast = toHast.runSync({ type: 'root', children: [node] } as never) as HastRoot;
    // One line each, as `lines` puts them (a node can give more than one element).
    const elements = (hast.children as ElementContent[]).filter((c) => !(c.type === 'text' && c.value.trim() === ''));
    html = elements.map((e) => stringify.stringify({ type: 'root', children: [e] })).join('\n');
    if (Object.isFrozen(node)) blockCache.set(node, html);
  }
  return html;
}

/** Marks where the article's blocks go in the page around them (the page's last text). */
const blocksMarker = '\u{F0000}blocks\u{F0000}';

export const writeHtml: Writer = (doc, options) => {
  const whole = doc.parts.some((p) => p.source.includes(']:'));
  const blocks = whole ? undefined : doc.tree.children.map((node) => ({ node, html: blockHtml(node) })).filter((b) => b.html !== '');
  // Without the cache: the tree converted whole, its blocks as hast.
  const tree = whole ? ((toHast.runSync(doc.tree as never) as HastRoot).children as ElementContent[]) : undefined;
  const fill = (page: string, parts: string[]): string => {
    const at = page.lastIndexOf(blocksMarker);
    return page.slice(0, at) + '\n' + parts.join('\n') + '\n' + page.slice(at + blocksMarker.length);
  };
  if (options.html === 'fragment') {
    if (tree) return stringify.stringify({ type: 'root', children: [el('article', { className: ['privacy-statement'], lang: doc.locale }, lines(tree)), nl] });
    const article = el('article', { className: ['privacy-statement'], lang: doc.locale }, [text(blocksMarker)]);
    return fill(stringify.stringify({ type: 'root', children: [article, nl] }), blocks!.map((b) => b.html));
  }
  // The title block (h1 and the line under it) comes before the table of contents.
  let content: ElementContent[];
  let parts: string[] | undefined;
  if (tree) {
    const titleEnd = tree.findIndex((b, i) => i > 0 && b.type === 'element' && b.tagName === 'h2');
    const head = titleEnd > 0 ? tree.slice(0, titleEnd) : tree;
    const rest = titleEnd > 0 ? tree.slice(titleEnd) : [];
    content = lines([...head, contents(doc), ...rest]);
  } else {
    const titleEnd = blocks!.findIndex((b, i) => i > 0 && b.node.type === 'heading' && b.node.depth === 2);
    const head = titleEnd > 0 ? blocks!.slice(0, titleEnd) : blocks!;
    const rest = titleEnd > 0 ? blocks!.slice(titleEnd) : [];
    parts = [...head.map((b) => b.html), stringify.stringify({ type: 'root', children: [contents(doc)] }), ...rest.map((b) => b.html)];
    content = [text(blocksMarker)];
  }
  const article = el('article', { className: ['privacy-statement'] }, content);
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
  const page = stringify.stringify({ type: 'root', children: [{ type: 'doctype' }, nl, html, nl] });
  return parts ? fill(page, parts) : page;
};
