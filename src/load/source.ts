import { LineCounter, parseDocument, isAlias, isMap, isPair, isScalar, isSeq, type Node, type YAMLError } from 'yaml';
import type { Diagnostic } from '../diagnostics.js';
import { limits } from './limits.js';
import { escapeSegment, parent } from './pointer.js';

export interface Position {
  line: number;
  column: number;
}

/** Where each value of the source sits, by JSON Pointer. */
export interface Locator {
  /**
   * The position of the value at `ptr`, or of its key when `at` is 'key' (used for unknown keys
   * and for objects, where the user looks at `controller:`). Falls back to the nearest ancestor.
   */
  position(ptr: string, at?: 'key' | 'value'): Position | undefined;
}

export interface LoadedSource {
  /** The plain value, or undefined when the text could not be read at all. */
  value: unknown;
  diagnostics: Diagnostic[];
  locator: Locator;
}

interface Spot {
  key?: number;
  value: number;
  /** Whether the value is a map or a list: then its key is the better place to point at. */
  container: boolean;
}

export const noPositions: Locator = { position: () => undefined };

/** Read YAML or JSON text (JSON is read as YAML 1.2, which it is a subset of). */
export function loadSource(text: string, file?: string): LoadedSource {
  const diagnostics: Diagnostic[] = [];
  const at = (rule: string, message: string, pos?: Position, path = ''): Diagnostic => ({
    rule,
    severity: 'error',
    message,
    ...(file !== undefined ? { file } : {}),
    ...(pos ?? {}),
    path,
    references: [],
  });

  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > limits.inputBytes) {
    diagnostics.push(
      at('input-too-large', `The file is ${formatBytes(bytes)}; a statement source may be at most ${formatBytes(limits.inputBytes)}. Split off long texts or check that this is the right file.`, { line: 1, column: 1 }),
    );
    return { value: undefined, diagnostics, locator: noPositions };
  }
  // A byte order mark is not content; dropping it keeps columns right on the first line.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);

  const lineCounter = new LineCounter();
  const posOf = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };

  const deep = deepFlowNesting(text);
  if (deep !== undefined) {
    const before = text.slice(0, deep);
    const line = before.split('\n').length;
    diagnostics.push(at('nesting-too-deep', `The file nests brackets more than ${2 * limits.depth} levels deep here; a statement source needs far fewer. Check for unclosed \`[\` or \`{\`.`, { line, column: deep - before.lastIndexOf('\n') }));
    return { value: undefined, diagnostics, locator: noPositions };
  }
  let doc;
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  } catch (error) {
    if (error instanceof RangeError) {
      diagnostics.push(at('nesting-too-deep', `The file is nested too deeply to be a statement source (more than ${limits.depth} levels).`, { line: 1, column: 1 }));
      return { value: undefined, diagnostics, locator: noPositions };
    }
    throw error;
  }

  // Only the first syntax error: the ones after it are usually its consequences.
  const first = [...doc.errors].sort((a, b) => a.pos[0] - b.pos[0])[0];
  if (first) diagnostics.push(at(first.code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'syntax-error', yamlMessage(first, text), posOf(first.pos[0])));
  if (diagnostics.length > 0) return { value: undefined, diagnostics, locator: noPositions };
  for (const warning of doc.warnings) diagnostics.push({ ...at('syntax-warning', yamlMessage(warning, text), posOf(warning.pos[0])), severity: 'warning' });

  const spots = new Map<string, Spot>();
  let tooDeep: { ptr: string; offset: number } | undefined;
  const index = (node: Node | null | undefined, ptr: string, keyOffset: number | undefined, depth: number): void => {
    if (!node || !node.range) return;
    const container = isMap(node) || isSeq(node);
    spots.set(ptr, { ...(keyOffset !== undefined ? { key: keyOffset } : {}), value: node.range[0], container });
    if (!container) return;
    if (depth >= limits.depth) {
      tooDeep ??= { ptr, offset: keyOffset ?? node.range[0] };
      return;
    }
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key as Node | null;
        const key = isScalar(keyNode) ? String(keyNode.value) : keyNode ? String(keyNode) : '';
        const childPtr = ptr + '/' + escapeSegment(key);
        const valueNode = pair.value as Node | null;
        const keyStart = keyNode?.range?.[0];
        if (valueNode && !isAlias(valueNode)) index(valueNode, childPtr, keyStart, depth + 1);
        else spots.set(childPtr, { ...(keyStart !== undefined ? { key: keyStart } : {}), value: valueNode?.range?.[0] ?? keyStart ?? 0, container: false });
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const childPtr = ptr + '/' + i;
        const itemNode = item as Node | null;
        if (itemNode && !isAlias(itemNode)) index(itemNode, childPtr, undefined, depth + 1);
        else if (itemNode?.range) spots.set(childPtr, { value: itemNode.range[0], container: false });
      });
    }
  };
  index(doc.contents as Node | null, '', undefined, 0);

  const locator = locatorOf(spots, posOf);

  if (tooDeep) {
    diagnostics.push(at('nesting-too-deep', `The file is nested more than ${limits.depth} levels deep here; a statement source needs far fewer. Check the indentation.`, posOf(tooDeep.offset), tooDeep.ptr));
    return { value: undefined, diagnostics, locator };
  }

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: limits.aliasCount });
  } catch (error) {
    if (error instanceof ReferenceError || error instanceof RangeError) {
      const message = /alias/i.test(error.message)
        ? `The file repeats anchored content (\`*alias\`) too often; at most ${limits.aliasCount} alias expansions are allowed. Write the repeated text out, or use fewer aliases.`
        : `The file could not be read: ${error.message}.`;
      diagnostics.push(at('alias-limit', message, { line: 1, column: 1 }));
      return { value: undefined, diagnostics, locator };
    }
    throw error;
  }
  return { value, diagnostics, locator };
}

function locatorOf(spots: Map<string, Spot>, posOf: (offset: number) => Position): Locator {
  return {
    position(ptr, where) {
      for (let p = ptr; ; p = parent(p)) {
        const spot = spots.get(p);
        if (spot) {
          const wantKey = where === 'key' || (where === undefined && (spot.container || p !== ptr));
          return posOf(wantKey && spot.key !== undefined ? spot.key : spot.value);
        }
        if (p === '') return undefined;
      }
    },
  };
}

/**
 * Where flow collections (`[`, `{`) nest more than twice the depth limit, if they do: caught
 * before parsing, which would otherwise spend long on a hostile file. Brackets inside quoted
 * text are skipped; plain text never nests this deep.
 */
function deepFlowNesting(text: string): number | undefined {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = '';
      else if (c === '\\' && quote === '"') i++;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '{') {
      if (++depth > 2 * limits.depth) return i;
    } else if ((c === ']' || c === '}') && depth > 0) depth--;
    else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end;
    }
  }
  return undefined;
}

/** The two most common slips in hand-written YAML, recognised on the line where parsing failed. */
function slipOnLine(text: string, offset: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = text.indexOf('\n', lineStart);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  // `en: The date of the call: …` — a colon and a space inside an unquoted text.
  const colon = /^\s*(?:-\s+)?([\w$-]+):\s+(?!["'|>{[])(.*?):\s/.exec(line);
  if (colon) {
    return `The text after \`${colon[1]}:\` contains \`: \` (a colon and a space), which YAML reads as the start of another key. Put the whole text in double quotes: \`${colon[1]}: "${clipText(line.slice(line.indexOf(':') + 1).trim())}"\`.`;
  }
  // A key indented differently from the key above it.
  const indent = (l: string) => /^ */.exec(l)![0].length;
  const above = text.slice(0, Math.max(0, lineStart - 1)).split('\n').reverse().find((l) => l.trim() !== '' && !l.trim().startsWith('#'));
  if (/^\s*[\w$-]+:/.test(line) && above !== undefined && /^\s*[\w$-]+:\s*\S/.test(above) && indent(line) !== indent(above)) {
    return `This key is indented by ${indent(line)} space${indent(line) === 1 ? '' : 's'}, the key above it by ${indent(above)}. Keys of the same block must start in the same column: indent this line like the key above it, or the block it belongs to.`;
  }
  return undefined;
}

function clipText(s: string): string {
  return s.length > 50 ? s.slice(0, 47) + '…' : s;
}

function yamlMessage(error: YAMLError, text: string): string {
  switch (error.code) {
    case 'DUPLICATE_KEY': {
      const key = /^["']?([^:"'\n]*)/.exec(text.slice(error.pos[0], error.pos[0] + 80))?.[1]?.trim() ?? '';
      return `The key \`${key}\` appears twice in the same block. Keep one of them: the second would silently replace the first.`;
    }
    case 'TAB_AS_INDENT':
      return 'A tab is used for indentation. YAML only allows spaces for indentation: replace the tab with spaces.';
    case 'MULTIPLE_DOCS':
      return 'The file holds more than one YAML document (separated by `---`). A statement source is exactly one document.';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'UNEXPECTED_TOKEN':
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return (
        slipOnLine(text, error.pos[0]) ??
        `This line cannot be read as YAML (${lowerFirst(firstSentence(error.message))}). Check the indentation of this line and the next, and put text that contains \`: \` or starts with a special character in quotes.`
      );
    case 'BAD_ALIAS':
    case 'BAD_SCALAR_START':
      return `This value cannot be read (${lowerFirst(firstSentence(error.message))}). Put the text in quotes.`;
    default:
      return `This part of the file cannot be read (${lowerFirst(firstSentence(error.message))}).`;
  }
}

function firstSentence(message: string): string {
  const line = message.split('\n')[0] ?? message;
  return line.replace(/ at line \d+, column \d+.*$/, '').replace(/[.:]\s*$/, '');
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} kB`;
}
