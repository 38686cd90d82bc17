import { Document, isMap, isScalar, isSeq, parseDocument, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import { messagesIn, type MessageId, type MessageValues } from '../messages/index.js';
import { segments } from '../load/pointer.js';
import type { Locale } from '../model/input.generated.js';

/**
 * Writes translations into a statement's source text, changing nothing else: not the comments,
 * not the order of keys, not how any other value is written. `yaml`'s Document.toString() would
 * re-fold every text of the file; instead each new value is written in place of the old one (or
 * after its sibling languages, when it is new), at the place the `yaml` parser found it, in a
 * style like the one it replaces. The caller checks that the result reads back as intended.
 */

export interface TranslationWrite {
  /** The JSON Pointer of the text (the LocalizedText or LocalizedList, not the language). */
  path: string;
  locale: Locale;
  value: string | string[];
}

/** A place in the file that cannot take the value as it is written (an alias, say). */
/** Why a text cannot be written in: an id of the message catalogue and its values (the message is English). */
export class SpliceRefused extends Error {
  constructor(
    readonly id: MessageId,
    readonly values: MessageValues,
  ) {
    super(messagesIn('en')(id, values));
  }
}

export interface Edit {
  start: number;
  end: number;
  insert: string;
}

/** How to write one value: the first candidate that reads back right is used. */
export type Candidates = string[];

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function columnOf(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

/** The end of an offset's line, after its line feed. */
function lineEnd(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === '\n') return offset;
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}

function find(doc: Document, path: string): YAMLMap {
  let node: unknown = doc.contents;
  for (const seg of segments(path)) {
    if (isMap(node)) node = node.items.find((p) => isScalar(p.key) && String(p.key.value) === seg)?.value;
    else if (isSeq(node)) node = node.items[Number(seg)];
    else node = undefined;
    if (node === undefined || node === null) throw new SpliceRefused('translations.splice.no-text', { path });
  }
  if (!isMap(node)) throw new SpliceRefused('translations.splice.not-a-map', { path });
  return node;
}

/** The widest line of a value as written, for folding a new value like it. */
function widthOf(text: string, node: Node | undefined): number | undefined {
  if (!node?.range) return undefined;
  const lines = text.slice(lineStart(text, node.range[0]), node.range[1]).split('\n');
  return lines.length > 1 ? Math.max(...lines.map((l) => l.length)) : undefined;
}

const quoted = (value: string): string => JSON.stringify(value);

/** What yaml writes for `k: value` as a block map entry, the part after `k: `, without its last line feed. */
function blockValue(value: string, type: Scalar.Type | undefined, lineWidth: number): string {
  const doc = new Document({ k: value });
  const scalar = (doc.contents as YAMLMap).items[0]!.value as Scalar;
  if (type) scalar.type = type;
  const out = doc.toString({ lineWidth, minContentWidth: 0, indent: 2 });
  return out.slice('k: '.length).replace(/\n$/, '');
}

/** Shifts the continuation lines of a block value to sit under a key at `column`. */
function indentUnder(value: string, column: number): string {
  const pad = ' '.repeat(column);
  return value
    .split('\n')
    .map((line, i) => (i === 0 || line === '' ? line : pad + line))
    .join('\n');
}

/** Candidates for a text in a block map, under a key at `column`. */
export function blockTextCandidates(value: string, original: Scalar | undefined, column: number, width: number | undefined): Candidates {
  const type = original?.type;
  const lineWidth = (w: number | undefined): number => (w === undefined ? 0 : Math.max(40, w - column));
  const out: string[] = [];
  const lines = value.includes('\n');
  // A single line break keeps lines apart (lists, soft breaks): a literal block shows them as they are.
  const hasSingleBreak = /(^|[^\n])\n(?!\n)/.test(value);
  if (type === 'BLOCK_FOLDED' && !hasSingleBreak) out.push(blockValue(value, 'BLOCK_FOLDED', lineWidth(width ?? 96)));
  if (type === 'BLOCK_LITERAL' || lines) out.push(blockValue(value, 'BLOCK_LITERAL', 0));
  if (type === 'BLOCK_LITERAL' || type === 'BLOCK_FOLDED') out.push(blockValue(value, 'BLOCK_FOLDED', lineWidth(width ?? 96)));
  if (!lines) {
    if (type === 'QUOTE_SINGLE' || type === 'QUOTE_DOUBLE') out.push(blockValue(value, type, 0));
    out.push(blockValue(value, 'PLAIN', lineWidth(width)));
  }
  out.push(quoted(value));
  return [...new Set(out.map((v) => indentUnder(v, column)))];
}

/** Candidates for a text inside a flow collection (`{ nl: …, fr: … }`, `[…]`). */
export function flowTextCandidates(value: string, json: boolean): Candidates {
  if (json) return [quoted(value)];
  const doc = new Document([value]);
  const plain = doc.toString({ collectionStyle: 'flow', flowCollectionPadding: false, lineWidth: 0 }).replace(/\n$/, '');
  const out: string[] = [];
  if (plain.startsWith('[') && plain.endsWith(']') && !plain.includes('\n')) out.push(plain.slice(1, -1));
  out.push(quoted(value));
  return [...new Set(out)];
}

function flowList(items: readonly string[], json: boolean): Candidates {
  const each = items.map((i) => flowTextCandidates(i, json));
  return [`[${each.map((c) => c[0]).join(', ')}]`, `[${items.map(quoted).join(', ')}]`];
}

function blockList(items: readonly string[], column: number): Candidates {
  const pad = ' '.repeat(column);
  const lines = (pick: (item: string) => string) => items.map((item, i) => `${i === 0 ? '' : pad}- ${pick(item)}`).join('\n');
  return [lines((item) => blockTextCandidates(item, undefined, column + 2, undefined)[0]!), lines(quoted)];
}

/**
 * The ways to write one translation into the file, each an edit of the original text: the
 * preferred first, a double-quoted one (which always reads back right) last.
 */
export function editsFor(text: string, doc: Document, write: TranslationWrite, order: readonly Locale[], json: boolean): Edit[] {
  const map = find(doc, write.path);
  const keyOf = (p: Pair): string | undefined => (isScalar(p.key) ? String(p.key.value) : undefined);
  const pair = map.items.find((p) => keyOf(p) === write.locale);
  const key = json ? quoted(write.locale) : write.locale;
  const list = Array.isArray(write.value);

  if (pair) {
    const node = pair.value as Node | null;
    if (!node?.range) throw new SpliceRefused('translations.splice.no-value', { locale: write.locale, path: write.path });
    if (!(isScalar(node) || isSeq(node))) throw new SpliceRefused('translations.splice.alias', { locale: write.locale, path: write.path });
    const [start, valueEnd] = node.range;
    // A block value's range ends after its last line feed; the edit keeps that line feed.
    const block = isScalar(node) ? node.type === 'BLOCK_FOLDED' || node.type === 'BLOCK_LITERAL' : !node.flow;
    const end = block && text[valueEnd - 1] === '\n' ? valueEnd - 1 : valueEnd;
    const keyStart = (pair.key as Node).range![0];
    const column = columnOf(text, keyStart);
    let candidates: Candidates;
    if (list) {
      const items = write.value as string[];
      if (isSeq(node) && !node.flow && !map.flow) candidates = blockList(items, columnOf(text, start));
      else candidates = flowList(items, json);
    } else if (map.flow || json) candidates = flowTextCandidates(write.value as string, json);
    else {
      const original = isScalar(node) ? node : undefined;
      // A new block value cannot follow a comment on the old value's line: the comment would become text.
      const rest = text.slice(end, lineEnd(text, end));
      candidates = blockTextCandidates(write.value as string, original, column, widthOf(text, node));
      if (rest.includes('#')) candidates = candidates.filter((c) => !/^[|>]/.test(c));
    }
    return candidates.map((insert) => ({ start, end, insert }));
  }

  // A new language: after the languages that come before it in `statement.locales` (else first).
  const pairs = map.items.filter((p) => keyOf(p) !== undefined);
  if (pairs.length === 0) throw new SpliceRefused('translations.splice.no-language', { locale: write.locale, path: write.path });
  const rank = (l: string | undefined) => (order as readonly string[]).indexOf(l ?? '');
  const before = pairs.filter((p) => rank(keyOf(p)) < rank(write.locale) && rank(keyOf(p)) >= 0);
  const previous = before[before.length - 1];
  const sibling = (previous ?? pairs[0])!;
  const siblingValue = sibling.value as Node | null;
  const siblingKey = (sibling.key as Node).range![0];

  if (map.flow || json) {
    const values = list ? flowList(write.value as string[], json) : flowTextCandidates(write.value as string, json);
    if (previous) {
      const after = (previous.value as Node | null)?.range?.[1] ?? (previous.key as Node).range![1];
      // One pair a line (pretty-printed JSON, say): the new pair on a line of its own, indented alike.
      const ownLine = text.slice(lineStart(text, siblingKey), siblingKey).trim() === '';
      const sep = ownLine ? `,\n${' '.repeat(columnOf(text, siblingKey))}` : ', ';
      return values.map((v) => ({ start: after, end: after, insert: `${sep}${key}: ${v}` }));
    }
    const ownLine = text.slice(lineStart(text, siblingKey), siblingKey).trim() === '';
    const sep = ownLine ? `,\n${' '.repeat(columnOf(text, siblingKey))}` : ', ';
    return values.map((v) => ({ start: siblingKey, end: siblingKey, insert: `${key}: ${v}${sep}` }));
  }

  const column = columnOf(text, siblingKey);
  const pad = ' '.repeat(column);
  let values: Candidates;
  if (list) {
    const blockSeq = isSeq(siblingValue) && !siblingValue.flow;
    values = blockSeq ? blockList(write.value as string[], columnOf(text, siblingValue.range![0])).map((v) => `\n${' '.repeat(columnOf(text, siblingValue.range![0]))}${v}`) : flowList(write.value as string[], false);
  } else {
    values = blockTextCandidates(write.value as string, isScalar(siblingValue) ? siblingValue : undefined, column, widthOf(text, siblingValue ?? undefined));
  }
  const line = (v: string) => `${pad}${key}:${v.startsWith('\n') ? '' : ' '}${v}\n`;
  if (previous) {
    const after = lineEnd(text, (previous.value as Node | null)?.range?.[2] ?? (previous.key as Node).range![2]);
    // A text at the very end of a file without a last line feed.
    const lead = text[after - 1] === '\n' || after === 0 ? '' : '\n';
    return values.map((v) => ({ start: after, end: after, insert: lead + line(v).replace(/\n$/, lead ? '' : '\n') }));
  }
  const at = lineStart(text, siblingKey);
  return values.map((v) => ({ start: at, end: at, insert: line(v) }));
}

/** Parses a statement's text for splicing (any YAML the loader read). */
export function parseForSplice(text: string): Document {
  const doc = parseDocument(text, { keepSourceTokens: false });
  if (doc.errors.length > 0) throw new SpliceRefused('translations.splice.not-yaml', {});
  return doc;
}

/** Applies edits that do not overlap. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start || b.end - a.end)) out = out.slice(0, e.start) + e.insert + out.slice(e.end);
  return out;
}
