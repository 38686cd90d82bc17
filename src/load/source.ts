import { LineCounter, parseDocument, type Node } from 'yaml';
import type { Diagnostic } from '../diagnostics.js';
import { guardValue } from './guard.js';
import { limits } from './limits.js';
import { messageFrom, messagesIn, type Message, type MessageId, type MessageLanguage, type MessageValues } from '../messages/index.js';
import { duplicateMessage, tagMessage, tooLargeMessage, yamlMessage } from './messages.js';
import { indexDocument, type NodeProblem, type Spot } from './nodes.js';
import { parent } from './pointer.js';

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

/** A text, number or `true`/`false` as the file writes it: `0123` for the number 123. */
export interface Written {
  text: string;
  /** Written without quotes, so that YAML decided what kind of value it is. */
  plain: boolean;
}

export interface LoadedSource {
  /** The plain value, or undefined when the text could not be read at all. */
  value: unknown;
  diagnostics: Diagnostic[];
  locator: Locator;
  /** How the value at `ptr` is written in the file, when it is a text, number or `true`/`false`. */
  written(ptr: string): Written | undefined;
}

export const noPositions: Locator = { position: () => undefined };
const notWritten = (): undefined => undefined;

/**
 * How `yaml` reads a statement source: YAML 1.2's core schema whatever the file's `%YAML`
 * directive says (`no` is a text, `0123` the number 123), keys as texts (as in JSON), no merge
 * keys, no YAML 1.1 types (`!!timestamp`, `!!binary`, `!!set`…: a date stays a text), and no
 * warnings printed to the console (they become diagnostics).
 */
const yamlOptions = {
  schema: 'core',
  version: '1.2',
  merge: false,
  resolveKnownTags: false,
  stringKeys: true,
  // Checked by indexDocument, in linear time.
  uniqueKeys: false,
  prettyErrors: false,
  logLevel: 'error',
} as const;

/** Read YAML or JSON text (JSON is read as YAML 1.2, which it is a subset of), with messages in `lang`. */
export function loadSource(text: string, file?: string, lang: MessageLanguage = 'en'): LoadedSource {
  const diagnostics: Diagnostic[] = [];
  const say = messagesIn(lang);
  const says = (id: MessageId, values?: MessageValues): Message => messageFrom(say, id, values);
  const at = (rule: string, message: Message, pos?: Position, path = ''): Diagnostic => ({
    rule,
    severity: 'error',
    message: message.text,
    messageId: message.id,
    ...(file !== undefined ? { file } : {}),
    ...(pos ?? {}),
    path,
    references: [],
  });
  const failed = (locator: Locator = noPositions): LoadedSource => ({ value: undefined, diagnostics, locator, written: notWritten });

  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > limits.inputBytes) {
    diagnostics.push(at('input-too-large', tooLargeMessage(bytes, true, lang), { line: 1, column: 1 }));
    return failed();
  }
  // A byte order mark is not content; dropping it keeps columns right on the first line.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);

  const deep = deepFlowNesting(text);
  if (deep !== undefined) {
    const before = text.slice(0, deep);
    const line = before.split('\n').length;
    diagnostics.push(at('nesting-too-deep', says('load.brackets-too-deep', { count: 2 * limits.depth }), { line, column: deep - before.lastIndexOf('\n') }));
    return failed();
  }

  const lineCounter = new LineCounter();
  const posOf = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  let doc;
  try {
    doc = parseDocument(text, { ...yamlOptions, lineCounter });
  } catch (error) {
    if (error instanceof RangeError) {
      diagnostics.push(at('nesting-too-deep', says('load.too-deep', { count: limits.depth }), { line: 1, column: 1 }));
      return failed();
    }
    throw error;
  }

  const { spots, problem } = indexDocument(doc.contents as Node | null);
  const locator = locatorOf(spots, posOf);

  // Only the first syntax error (or duplicate key): the ones after it are usually its consequences.
  const first = [...doc.errors].sort((a, b) => a.pos[0] - b.pos[0])[0];
  // Nesting beyond the limit is found before `yaml` runs out of stack on it (`- - - - …`).
  const early = problem?.rule === 'duplicate-key' || problem?.rule === 'nesting-too-deep' ? problem : undefined;
  if (early && (!first || early.offset <= first.pos[0] || first.code === 'RESOURCE_EXHAUSTION')) {
    diagnostics.push(at(early.rule, problemMessage(lang, early, posOf, text), posOf(early.offset), early.rule === 'nesting-too-deep' ? early.ptr : ''));
    return failed();
  }
  if (first?.code === 'RESOURCE_EXHAUSTION') {
    // `yaml` ran out of stack: maps or lists nested thousands of levels deep (`- - - - …`).
    diagnostics.push(at('nesting-too-deep', says('load.too-deep-dashes', { count: limits.depth }), posOf(first.pos[0])));
    return failed();
  }
  if (first) {
    diagnostics.push(at('syntax-error', yamlMessage(first, text, lang), posOf(first.pos[0])));
    return failed();
  }
  const written = (ptr: string): Written | undefined => {
    const spot = spots.get(ptr);
    return spot?.end !== undefined ? { text: text.slice(spot.value, spot.end), plain: spot.plain === true } : undefined;
  };

  // A tag the format does not read: `yaml` leaves the value as written, which is rarely what
  // the tag meant (`!include other.yaml` would become that text), so it is an error.
  let offsets: number[] | undefined;
  let pointers: string[] | undefined;
  for (const warning of doc.warnings) {
    if (warning.code === 'TAG_RESOLVE_FAILED') {
      const tag = text.slice(warning.pos[0], warning.pos[1]).trim();
      // The tagged value is the first placed after the tag (spots are in document order).
      offsets ??= [...spots.values()].map((s) => s.value);
      pointers ??= [...spots.keys()];
      const ptr = pointers[firstAtOrAfter(offsets, warning.pos[1])] ?? '';
      diagnostics.push(at('unknown-tag', tagMessage(tag, written(ptr)?.text, lang), posOf(warning.pos[0]), ptr));
    } else {
      diagnostics.push({ ...at('syntax-warning', yamlMessage(warning, text, lang), posOf(warning.pos[0])), severity: 'warning' });
    }
  }
  if (problem) diagnostics.push(at(problem.rule, problemMessage(lang, problem, posOf, text), posOf(problem.offset), problem.ptr));
  if (diagnostics.some((d) => d.severity === 'error')) return failed(locator);

  const aliasesNestTooDeep = says('load.aliases-too-deep', { count: limits.depth });
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: limits.aliasCount });
  } catch (error) {
    if (error instanceof ReferenceError && /excessive alias count/i.test(error.message)) {
      diagnostics.push(at('alias-limit', says('load.alias-limit', { count: limits.aliasCount }), { line: 1, column: 1 }));
      return failed(locator);
    }
    // Out of stack while building: aliases inside aliases, nested far deeper than the file.
    // The alias limit has stopped every such file tried first; this keeps any other one a
    // diagnostic.
    if (error instanceof RangeError) {
      diagnostics.push(at('nesting-too-deep', aliasesNestTooDeep, { line: 1, column: 1 }));
      return failed(locator);
    }
    throw error;
  }
  // Aliases can still nest values deeper, or repeat them more, than the file itself does.
  const guarded = guardValue(value, { copy: false });
  if ('problem' in guarded) {
    const { rule, path } = guarded.problem;
    const deep = rule === 'nesting-too-deep';
    const message = deep ? aliasesNestTooDeep : says('load.aliases-too-large');
    diagnostics.push(at(deep ? 'nesting-too-deep' : 'alias-limit', message, locator.position(path), path));
    return failed(locator);
  }
  return { value, diagnostics, locator, written };
}

function problemMessage(lang: MessageLanguage, problem: NodeProblem, posOf: (offset: number) => Position, text: string): Message {
  const say = messagesIn(lang);
  const says = (id: MessageId, values?: MessageValues): Message => messageFrom(say, id, values);
  switch (problem.rule) {
    case 'duplicate-key':
      return duplicateMessage(problem.key!, lang);
    case 'nesting-too-deep':
      return says('load.nested-too-deep', { count: limits.depth });
    case 'alias-cycle': {
      const { name, anchorOffset } = problem.alias!;
      const anchorLine = posOf(anchorAt(text, name, anchorOffset)).line;
      const where = anchorLine === posOf(problem.offset).line ? say('load.alias.same-line') : say('load.alias.on-line', { line: anchorLine });
      return says('load.alias.cycle', { name, where });
    }
    case 'syntax-error':
      return says('load.alias.no-anchor', { name: problem.alias!.name });
  }
}

/** Where `&name` is written for the value that starts at `valueStart`: before it, maybe lines before. */
function anchorAt(text: string, name: string, valueStart: number): number {
  for (let i = text.lastIndexOf('&' + name, valueStart); i >= 0; i = text.lastIndexOf('&' + name, i - 1)) {
    if (!/[^\s,[\]{}]/.test(text.charAt(i + name.length + 1))) return i;
  }
  return valueStart;
}

/** The index of the first of the ascending `offsets` at or after `offset`. */
function firstAtOrAfter(offsets: number[], offset: number): number {
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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
 * text and comments are skipped; plain text never nests this deep. Only the characters that
 * matter are visited (a regular expression finds them), not every character of the file.
 */
function deepFlowNesting(text: string): number | undefined {
  const special = /["'[\]{}#\\]/g;
  let depth = 0;
  let quote = '';
  for (let m = special.exec(text); m; m = special.exec(text)) {
    const i = m.index;
    const c = m[0];
    if (quote) {
      if (c === quote) quote = '';
      else if (c === '\\' && quote === '"') special.lastIndex = i + 2;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '{') {
      if (++depth > 2 * limits.depth) return i;
    } else if ((c === ']' || c === '}') && depth > 0) depth--;
    else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      const end = text.indexOf('\n', i);
      if (end < 0) break;
      special.lastIndex = end;
    }
  }
  return undefined;
}
