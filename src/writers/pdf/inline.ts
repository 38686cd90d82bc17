import type { PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { withBold, withItalic } from './fonts.js';
import type { LinkTarget, TextStyle } from './layout.js';
import { child } from './structure.js';
import { colors } from './theme.js';

/** Text in one style, or a hard line break (addresses). */
export type Inline = { kind: 'text'; text: string; style: TextStyle } | { kind: 'break' };

function target(url: string, label: string): LinkTarget {
  return url.startsWith('#') ? { dest: url.slice(1), label } : { url, label };
}

/**
 * Flattens Markdown phrasing into styled runs. Each link becomes a `Link` structure element
 * inside the block that holds it, so that assistive technology announces it as a link.
 */
export function inlinesOf(nodes: readonly PhrasingContent[], style: TextStyle): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        // A soft line break in the source is a space in the text.
        out.push({ kind: 'text', text: node.value.replace(/[ \t]*\r?\n[ \t]*/g, ' '), style });
        break;
      case 'break':
        out.push({ kind: 'break' });
        break;
      case 'emphasis':
        out.push(...inlinesOf(node.children, { ...style, face: withItalic(style.face) }));
        break;
      case 'strong':
        out.push(...inlinesOf(node.children, { ...style, face: withBold(style.face) }));
        break;
      case 'delete':
        out.push(...inlinesOf(node.children, { ...style, strike: true }));
        break;
      case 'link': {
        const label = toString(node);
        const link = target(node.url, label);
        const owner = child(style.owner, 'Link');
        out.push(...inlinesOf(node.children, { ...style, color: colors.accent, owner, link, underline: true }));
        break;
      }
      case 'html':
      case 'image':
      case 'imageReference':
      case 'footnoteReference':
        // Never produced for a statement (the input format forbids them); nothing to draw.
        break;
      default: {
        const value = toString(node);
        if (value) out.push({ kind: 'text', text: value, style });
      }
    }
  }
  return out;
}
