import type { Heading, Root, RootContent } from 'mdast';
import { defaultHandlers, type Options } from 'mdast-util-to-markdown';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { headingId } from '../render/heading-ids.js';
import type { Writer } from './types.js';

const options: Options = {
  bullet: '-',
  emphasis: '*',
  strong: '*',
  rule: '-',
  listItemIndent: 'one',
  incrementListMarker: true,
  resourceLink: true,
  handlers: {
    // Keep section anchors in the Markdown as `{#id}`, as pandoc, Hugo and Docusaurus read them.
    heading(node: Heading, parent, state, info) {
      const text = defaultHandlers.heading(node, parent, state, info);
      const id = headingId(node);
      return id ? `${text} {#${id}}` : text;
    },
  },
};

const processor = unified().use(remarkStringify, options);

/** The canonical Markdown of a statement. */
export function toMarkdown(tree: Root): string {
  return processor.stringify(tree);
}

/**
 * The Markdown of each top-level node, by the node: parsed nodes are shared, frozen, by every
 * statement that has the same Markdown (see render/document.ts), so a node recurring in a batch
 * or in watch mode is printed once.
 */
const blockCache = new WeakMap<object, string>();

function blockMarkdown(node: RootContent): string {
  let md = blockCache.get(node);
  if (md === undefined) {
    // Without the line feed that ends a document.
    md = toMarkdown({ type: 'root', children: [node] }).replace(/\n$/, '');
    if (Object.isFrozen(node)) blockCache.set(node, md);
  }
  return md;
}

/**
 * Whether top-level nodes print on their own as they do together: one blank line between
 * them, except that a list right after a list takes the other bullet (or a comment between),
 * and so may code after a list.
 */
function printsApart(nodes: readonly RootContent[]): boolean {
  for (let i = 1; i < nodes.length; i++) if (nodes[i - 1]!.type === 'list' && (nodes[i]!.type === 'list' || nodes[i]!.type === 'code')) return false;
  return true;
}

/**
 * The statement part by part: each part begins with a heading, which is always preceded by a
 * blank line, so joining the parts gives exactly the Markdown of the whole tree; within a part,
 * node by node where that prints the same (a test compares).
 */
export const writeMarkdown: Writer = (doc) => {
  const out: string[] = [];
  for (const part of doc.parts) {
    const nodes = doc.tree.children.slice(part.start, part.end);
    const md = (printsApart(nodes) ? nodes.map(blockMarkdown).join('\n\n') : toMarkdown({ type: 'root', children: nodes })).trimEnd();
    if (md !== '') out.push(md);
  }
  return out.join('\n\n') + '\n';
};
