import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Every element a statement's HTML may contain; anything else came from somewhere it should not. */
const allowed = new Set(['html', 'head', 'body', 'meta', 'title', 'style', 'link', 'main', 'article', 'nav', 'span', 'h1', 'h2', 'h3', 'p', 'ul', 'ol', 'li', 'a', 'strong', 'em', 'br']);
const allowedAttributes: Record<string, Set<string>> = {
  html: new Set(['lang']),
  meta: new Set(['charset', 'name', 'content']),
  article: new Set(['class', 'lang']),
  nav: new Set(['class', 'aria-label']),
  h2: new Set(['id']),
  h3: new Set(['id']),
  h1: new Set(['id']),
  a: new Set(['href', 'hreflang', 'lang', 'class', 'type']),
  link: new Set(['rel', 'hreflang', 'href']),
  span: new Set(['aria-current', 'lang']),
  li: new Set(['class']),
  ol: new Set(['start']),
};
/**
 * What a link may point to: a web or e-mail address, by its scheme, an anchor of the page, or
 * a sibling file the build itself wrote (another language's page, the PDF).
 */
const safeHref = /^(?:https?:|mailto:|#[a-z0-9-]+$|[a-z0-9][a-z0-9_-]*(?:\.[a-z-]+)?\.(?:html|pdf)$)/i;

/**
 * Parses HTML with a real HTML parser (parse5, as browsers do) and lists everything active or
 * unexpected in it: elements outside the allow-list, attributes outside it (event handlers
 * among them), links to anything but http(s), mailto or an anchor, and more than the one
 * stylesheet of the document.
 */
export function activeContent(html: string): string[] {
  const problems: string[] = [];
  const doc = html.startsWith('<!doctype') ? parse(html) : parseFragment(html);
  let styles = 0;
  const visit = (node: Node): void => {
    if ('tagName' in node) {
      const el = node as Element;
      if (!allowed.has(el.tagName)) problems.push(`element <${el.tagName}>`);
      if (el.tagName === 'style') styles++;
      for (const attr of el.attrs) {
        if (!allowedAttributes[el.tagName]?.has(attr.name)) problems.push(`attribute ${attr.name} on <${el.tagName}>`);
        if (attr.name === 'href' && !safeHref.test(attr.value)) problems.push(`link to ${attr.value}`);
      }
    }
    if (node.nodeName === '#comment') problems.push('comment');
    const children = 'childNodes' in node ? node.childNodes : [];
    for (const child of children) visit(child);
    if ('content' in node && node.content) visit(node.content as Node);
  };
  visit(doc as unknown as Node);
  if (styles > 1) problems.push(`${styles} style elements`);
  return problems;
}
