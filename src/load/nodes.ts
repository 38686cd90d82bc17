import { isAlias, isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import { limits } from './limits.js';
import { escapeSegment } from './pointer.js';

/** Where a value of the source sits: offsets into the text. */
/** Every spot has every field (undefined where none), so that all have one shape. */
export interface Spot {
  key: number | undefined;
  value: number;
  /** For a text, number or `true`/`false`: where it ends, and whether it was written unquoted. */
  end: number | undefined;
  plain: boolean;
  /** Whether the value is a map or a list: then its key is the better place to point at. */
  container: boolean;
}

export interface NodeProblem {
  rule: 'nesting-too-deep' | 'alias-cycle' | 'syntax-error' | 'duplicate-key';
  /** Where to report it, as an offset into the text, and the value's JSON Pointer. */
  offset: number;
  ptr: string;
  /** For an alias: its anchor's name and where the anchored value starts. */
  alias?: { name: string; anchorOffset: number };
  /** For a duplicate key: the key. */
  key?: string;
}

export interface IndexedDocument {
  /** By JSON Pointer, in document order. */
  spots: Map<string, Spot>;
  /** The first thing that keeps the document from becoming a value. */
  problem?: NodeProblem;
}

/**
 * Walks a parsed document once: the place of every value by JSON Pointer, and what would make
 * building its value fail or never end — nesting beyond the limit, an alias inside the very
 * value its anchor names (`&s {again: *s}`: a value that contains itself), an alias whose anchor
 * comes nowhere before it, the same key twice in a map (found here with a set per map: `yaml`'s
 * own check compares each key with every key before it, a time that grows with the square of
 * the number of keys). An alias is resolved as `yaml` resolves it: to the last value with
 * that anchor before it in document order (keys before their values). Aliases are not followed:
 * a value built from an alias points at the alias.
 */
export function indexDocument(root: Node | null | undefined): IndexedDocument {
  const spots = new Map<string, Spot>();
  const anchors = new Map<string, Node>();
  /** The maps and lists being walked: an alias to one of them would make a cycle. */
  const open = new Set<Node>();
  let problem: NodeProblem | undefined;

  const visit = (node: Node | null | undefined, ptr: string, keyOffset: number | undefined, depth: number): void => {
    if (!node || !node.range || problem) return;
    if (isAlias(node)) {
      spots.set(ptr, { key: keyOffset, value: node.range[0], end: undefined, plain: false, container: false });
      const target = anchors.get(node.source);
      if (!target) problem = { rule: 'syntax-error', offset: node.range[0], ptr, alias: { name: node.source, anchorOffset: -1 } };
      else if (open.has(target)) problem = { rule: 'alias-cycle', offset: node.range[0], ptr, alias: { name: node.source, anchorOffset: target.range?.[0] ?? 0 } };
      return;
    }
    if (node.anchor) anchors.set(node.anchor, node);
    if (isScalar(node)) {
      spots.set(ptr, { key: keyOffset, value: node.range[0], end: node.range[1], plain: node.type === 'PLAIN', container: false });
      return;
    }
    const container = isMap(node) || isSeq(node);
    spots.set(ptr, { key: keyOffset, value: node.range[0], end: undefined, plain: false, container });
    if (!container) return;
    if (depth >= limits.depth) {
      problem = { rule: 'nesting-too-deep', offset: keyOffset ?? node.range[0], ptr };
      return;
    }
    open.add(node);
    if (isMap(node)) {
      const names = new Set<string>();
      for (const pair of node.items) {
        if (!isPair(pair) || problem) continue;
        const keyNode = pair.key as Node | null;
        // Keys are texts (the loader asks `yaml` for string keys), but may carry an anchor.
        if (keyNode?.anchor) anchors.set(keyNode.anchor, keyNode);
        const name = isScalar(keyNode) ? String(keyNode.value) : '';
        if (names.has(name)) {
          problem = { rule: 'duplicate-key', offset: keyNode?.range?.[0] ?? node.range[0], ptr: ptr + '/' + escapeSegment(name), key: name };
          break;
        }
        names.add(name);
        visit(pair.value as Node | null, ptr + '/' + escapeSegment(name), keyNode?.range?.[0], depth + 1);
        if (!pair.value && keyNode?.range) spots.set(ptr + '/' + escapeSegment(name), { key: keyNode.range[0], value: keyNode.range[0], end: undefined, plain: false, container: false });
      }
    } else {
      node.items.forEach((item, i) => visit(item as Node | null, ptr + '/' + i, undefined, depth + 1));
    }
    open.delete(node);
  };
  visit(root, '', undefined, 0);
  return problem ? { spots, problem } : { spots };
}
