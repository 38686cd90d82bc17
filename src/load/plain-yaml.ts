import { escapeSegment } from './pointer.js';

/**
 * A reader for the plain YAML that statement sources are written in: block mappings and lists,
 * one-line flow lists and maps (`[a, b]`, `{ nl: …, en: … }`), plain and quoted one-line
 * texts, plain texts continued on more-indented lines, and `|` / `>` block texts.
 *
 * It exists for speed: in a fresh process the `yaml` package takes most of the time of a
 * `check`. It gives up (returns undefined) on anything it does not read with certainty —
 * anchors, tags, multi-line quoted or flow text, tabs, carriage returns, numbers other than
 * whole numbers, duplicate keys, syntax errors, any doubt — and the caller then reads the
 * file with the `yaml` package, which also words the errors. Where it does read a file, the
 * value and the position of every value are those `yaml` gives (the tests compare the two on
 * every example and on many mutated versions of them).
 */

export interface PlainSpot {
  key?: number;
  value: number;
  container: boolean;
}

export interface PlainYaml {
  value: unknown;
  /** By JSON Pointer: where the value (and its key) start, as offsets into the text. */
  spots: Map<string, PlainSpot>;
}

class GiveUp extends Error {}
const giveUp = (): never => {
  throw new GiveUp();
};

/** Characters that make a file something else than plain YAML text for this reader. */
const UNSUPPORTED_CHARS = /[\t\r\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x85\u2028\u2029\ufeff]/;
const KEY = /^[A-Za-z_$][\w$-]*/;
const NULL = /^(?:~|[Nn]ull|NULL)$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT = /^[-+]?[0-9]{1,15}$/;
const OTHER_NUMBER = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)$/;
/** Plain texts that the core schema might read as something other than a string. */
const MAYBE_NOT_TEXT = /^[-+.~0-9]|^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE)$/;

interface Line {
  /** Offset of the line's first character. */
  start: number;
  /** Offset just after its last character (before the line feed). */
  end: number;
  /** Spaces before the first other character. */
  indent: number;
  /** Empty, only spaces, or a comment. */
  blank: boolean;
  /** Only spaces (or nothing). */
  empty: boolean;
}

export function readPlainYaml(text: string, maxDepth: number): PlainYaml | undefined {
  if (UNSUPPORTED_CHARS.test(text)) return undefined;
  try {
    return new Reader(text, maxDepth).read();
  } catch (error) {
    if (error instanceof GiveUp) return undefined;
    throw error;
  }
}

class Reader {
  private readonly lines: Line[] = [];
  private i = 0;
  readonly spots = new Map<string, PlainSpot>();

  constructor(
    private readonly text: string,
    private readonly maxDepth: number,
  ) {
    let start = 0;
    for (;;) {
      const nl = text.indexOf('\n', start);
      const end = nl < 0 ? text.length : nl;
      let p = start;
      while (p < end && text.charCodeAt(p) === 32) p++;
      const empty = p === end;
      this.lines.push({ start, end, indent: p - start, empty, blank: empty || text.charCodeAt(p) === 35 });
      if (nl < 0) break;
      start = nl + 1;
    }
  }

  read(): PlainYaml {
    // The text must end with a line feed: a last line without one changes how block texts end.
    if (!this.lines[this.lines.length - 1]!.empty) giveUp();
    for (const line of this.lines) {
      const c = this.text.charCodeAt(line.start);
      // Directives and document markers.
      if (c === 37 /* % */ || ((c === 45 || c === 46) && /^(?:---|\.\.\.)(?:\s|$)/.test(this.text.slice(line.start, line.start + 4)))) giveUp();
    }
    this.skipBlank();
    const first = this.lines[this.i];
    if (!first || first.indent !== 0) giveUp();
    const value = this.blockNode(0, '', undefined, 0, -1);
    this.skipBlank();
    if (this.i < this.lines.length) giveUp();
    return { value, spots: this.spots };
  }

  private skipBlank(): void {
    while (this.i < this.lines.length && this.lines[this.i]!.blank) this.i++;
  }

  private spot(ptr: string, key: number | undefined, value: number, container: boolean): void {
    this.spots.set(ptr, key === undefined ? { value, container } : { key, value, container });
  }

  /** The block list or map starting at the current line, which is indented by `indent`. */
  private blockNode(indent: number, ptr: string, key: number | undefined, depth: number, parentIndent: number): unknown {
    if (indent <= parentIndent) giveUp();
    const line = this.lines[this.i]!;
    const start = line.start + indent;
    if (this.isDash(start)) return this.blockSeq(indent, ptr, key, depth);
    return this.blockMap(indent, start, ptr, key, depth);
  }

  private isDash(at: number): boolean {
    if (this.text.charCodeAt(at) !== 45) return false;
    const next = this.text.charCodeAt(at + 1);
    return next === 32 || next === 10 || Number.isNaN(next);
  }

  private blockSeq(indent: number, ptr: string, key: number | undefined, depth: number): unknown[] {
    if (depth >= this.maxDepth) giveUp();
    const items: unknown[] = [];
    this.spot(ptr, key, this.lines[this.i]!.start + indent, true);
    for (;;) {
      this.skipBlank();
      const line = this.lines[this.i];
      if (!line || line.indent < indent || (line.indent === indent && !this.isDash(line.start + indent))) break;
      if (line.indent > indent) giveUp();
      const childPtr = ptr + '/' + items.length;
      let at = line.start + indent + 1;
      while (at < line.end && this.text.charCodeAt(at) === 32) at++;
      if (at >= line.end || this.text.charCodeAt(at) === 35) {
        // `-` alone: the item is the block below it.
        if (at < line.end && this.text.charCodeAt(at - 1) !== 32) giveUp();
        this.i++;
        this.skipBlank();
        const next = this.lines[this.i];
        if (!next || next.indent <= indent) giveUp();
        items.push(this.blockNode(next!.indent, childPtr, undefined, depth + 1, indent));
        continue;
      }
      if (this.isDash(at)) giveUp(); // `- - x`
      const keyMatch = this.keyAt(at, line.end);
      if (keyMatch !== undefined) {
        // `- key: value`: a map whose keys line up with this first one.
        items.push(this.blockMap(at - line.start, at, childPtr, undefined, depth + 1));
      } else {
        items.push(this.inlineValue(at, line, indent, childPtr, undefined, depth + 1));
      }
    }
    return items;
  }

  /** If a plain key and `:` start at `at`, the offset after the colon. */
  private keyAt(at: number, end: number): number | undefined {
    const m = KEY.exec(this.text.slice(at, Math.min(end, at + 200)));
    if (!m) return undefined;
    const colon = at + m[0].length;
    if (this.text.charCodeAt(colon) !== 58) return undefined;
    const after = this.text.charCodeAt(colon + 1);
    if (colon + 1 < end && after !== 32) return undefined;
    return colon + 1;
  }

  /** A block map whose first key is at `first` (on the current line), keys in column `indent`. */
  private blockMap(indent: number, first: number, ptr: string, key: number | undefined, depth: number): Record<string, unknown> {
    if (depth >= this.maxDepth) giveUp();
    const map: Record<string, unknown> = {};
    const seen = new Set<string>();
    this.spot(ptr, key, first, true);
    let keyStart = first;
    for (;;) {
      const line = this.lines[this.i]!;
      const afterColon = this.keyAt(keyStart, line.end);
      if (afterColon === undefined) giveUp();
      const name = this.text.slice(keyStart, afterColon! - 1);
      if (MAYBE_NOT_TEXT.test(name) || name === '__proto__' || seen.has(name)) giveUp();
      seen.add(name);
      const childPtr = ptr + '/' + escapeSegment(name);
      let at = afterColon!;
      while (at < line.end && this.text.charCodeAt(at) === 32) at++;
      if (at >= line.end || this.text.charCodeAt(at) === 35) {
        // `key:` with its value on the lines below: a block, or a list in the key's own column.
        this.i++;
        this.skipBlank();
        const next = this.lines[this.i];
        if (!next) giveUp();
        if (next!.indent > indent) map[name] = this.blockNode(next!.indent, childPtr, keyStart, depth + 1, indent);
        else if (next!.indent === indent && this.isDash(next!.start + indent)) map[name] = this.blockSeq(indent, childPtr, keyStart, depth + 1);
        else giveUp(); // an empty value
      } else {
        map[name] = this.inlineValue(at, line, indent, childPtr, keyStart, depth + 1);
      }
      this.skipBlank();
      const next = this.lines[this.i];
      if (!next || next.indent < indent) break;
      if (next.indent > indent) giveUp();
      keyStart = next.start + indent;
    }
    return map;
  }

  /**
   * A value that starts at `at` on `line`: a block text, a flow list or map, or a quoted or
   * plain text. Moves past the lines it takes. `indent` is the column of its key or dash.
   */
  private inlineValue(at: number, line: Line, indent: number, ptr: string, key: number | undefined, depth: number): unknown {
    const c = this.text[at]!;
    if (c === '|' || c === '>') {
      this.spot(ptr, key, at, false);
      return this.blockText(at, line, indent);
    }
    let value: unknown;
    let end: number;
    if (c === '[' || c === '{') {
      if (depth >= this.maxDepth) giveUp();
      [value, end] = c === '[' ? this.flowSeq(at, line.end, ptr, key, depth) : this.flowMap(at, line.end, ptr, key, depth);
      this.endOfLine(end, line);
      this.i++;
      return value;
    }
    this.spot(ptr, key, at, false);
    if (c === '"' || c === "'") {
      [value, end] = this.quoted(at, line.end);
      this.endOfLine(end, line);
      this.i++;
      return value;
    }
    if ('#&*!%@`,]}?:'.includes(c) || (c === '-' && this.isDash(at))) giveUp();
    end = this.plainEnd(at, line.end, false);
    this.endOfLine(end, line);
    // (plainEnd has dropped the trailing spaces; other white space, such as a no-break space, is text in YAML)
    let words = this.text.slice(at, end);
    this.i++;
    // Continued on more-indented lines.
    if (this.i < this.lines.length && !this.lines[this.i]!.blank && this.lines[this.i]!.indent > indent) {
      // After a comment, or for what might not be a text, that is not for this reader.
      if (this.text.slice(end, line.end).trim() !== '' || MAYBE_NOT_TEXT.test(words)) giveUp();
      while (this.i < this.lines.length && !this.lines[this.i]!.blank && this.lines[this.i]!.indent > indent) {
        const next = this.lines[this.i]!;
        const from = next.start + next.indent;
        const to = this.plainEnd(from, next.end, false);
        if (to !== next.end) giveUp();
        const part = this.text.slice(from, to);
        if (part === '') giveUp();
        words += ' ' + part;
        this.i++;
      }
      // A blank or comment line, then more text, would need the folding rules: leave those.
      if (this.i < this.lines.length && this.lines[this.i]!.blank) {
        let j = this.i;
        while (j < this.lines.length && this.lines[j]!.blank) j++;
        if (j < this.lines.length && this.lines[j]!.indent > indent) giveUp();
      }
      return words;
    }
    return this.scalar(words);
  }

  /** Only spaces and a comment may follow a value on its line. */
  private endOfLine(end: number, line: Line): void {
    let p = end;
    while (p < line.end && this.text.charCodeAt(p) === 32) p++;
    if (p < line.end && !(this.text.charCodeAt(p) === 35 && p > end)) giveUp();
  }

  /** Where a plain text starting at `from` ends: at ` #`, the line end, or (in flow) `,]}`. */
  private plainEnd(from: number, end: number, flow: boolean): number {
    let p = from;
    for (; p < end; p++) {
      const c = this.text.charCodeAt(p);
      if (c === 35 /* # */ && this.text.charCodeAt(p - 1) === 32) break;
      if (c === 58 /* : */) {
        const n = this.text.charCodeAt(p + 1);
        if (p + 1 >= end || n === 32 || (flow && (n === 44 || n === 93 || n === 125 || n === 91 || n === 123))) giveUp();
      }
      if (flow && (c === 44 || c === 93 || c === 125)) break;
      if (flow && (c === 91 || c === 123)) giveUp();
    }
    // Trailing spaces are not part of the text.
    while (p > from && this.text.charCodeAt(p - 1) === 32) p--;
    return p;
  }

  private scalar(words: string): unknown {
    if (!MAYBE_NOT_TEXT.test(words)) return words;
    if (NULL.test(words)) return null;
    if (BOOL.test(words)) return words[0] === 't' || words[0] === 'T';
    if (INT.test(words)) return parseInt(words, 10);
    // Other numbers (octal, hexadecimal, decimal, .inf, .nan) are left to `yaml`; texts that
    // merely start like one (`3001 AL`, `2024-01-31`) are texts.
    if (OTHER_NUMBER.test(words)) giveUp();
    return words;
  }

  private quoted(at: number, end: number): [string, number] {
    const q = this.text[at];
    let out = '';
    let p = at + 1;
    for (;;) {
      if (p >= end) giveUp(); // runs on to the next line
      const c = this.text[p]!;
      if (c === q) {
        if (q === "'" && this.text[p + 1] === "'") {
          out += "'";
          p += 2;
          continue;
        }
        return [out, p + 1];
      }
      if (c === '\\' && q === '"') {
        const e = this.text[p + 1];
        if (e === '\\' || e === '"' || e === '/') out += e;
        else if (e === 'n') out += '\n';
        else if (e === 't') out += '\t';
        else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(this.text.slice(p + 2, p + 6))) {
          const code = parseInt(this.text.slice(p + 2, p + 6), 16);
          if (code >= 0xd800 && code <= 0xdfff) giveUp();
          out += String.fromCharCode(code);
          p += 6;
          continue;
        } else giveUp();
        p += 2;
        continue;
      }
      out += c;
      p++;
    }
  }

  private flowItem(at: number, end: number, ptr: string, key: number | undefined, depth: number): [unknown, number] {
    const c = this.text[at];
    if (c === undefined || at >= end) giveUp();
    if (c === '[' || c === '{') {
      if (depth >= this.maxDepth) giveUp();
      return c === '[' ? this.flowSeq(at, end, ptr, key, depth) : this.flowMap(at, end, ptr, key, depth);
    }
    this.spot(ptr, key, at, false);
    if (c === '"' || c === "'") return this.quoted(at, end);
    // A lone `-` (before a space, `,`, a bracket or the end) is a block list entry, not allowed here.
    if ('[]{}#&*!|>%@`,?:'.includes(c!) || (c === '-' && /^[ ,[\]{}]?$/.test(this.text[at + 1] ?? ''))) giveUp();
    const to = this.plainEnd(at, end, true);
    if (to === at) giveUp();
    return [this.scalar(this.text.slice(at, to)), to];
  }

  private skipSpaces(p: number, end: number): number {
    while (p < end && this.text.charCodeAt(p) === 32) p++;
    return p;
  }

  private flowSeq(at: number, end: number, ptr: string, key: number | undefined, depth: number): [unknown[], number] {
    this.spot(ptr, key, at, true);
    const items: unknown[] = [];
    let p = this.skipSpaces(at + 1, end);
    if (this.text[p] === ']') return [items, p + 1];
    for (;;) {
      const [value, after] = this.flowItem(p, end, ptr + '/' + items.length, undefined, depth + 1);
      items.push(value);
      p = this.skipSpaces(after, end);
      const c = this.text[p];
      if (c === ']' && p < end) return [items, p + 1];
      if (c !== ',' || p >= end) giveUp();
      p = this.skipSpaces(p + 1, end);
      if (this.text[p] === ']') giveUp(); // a trailing comma
    }
  }

  private flowMap(at: number, end: number, ptr: string, key: number | undefined, depth: number): [Record<string, unknown>, number] {
    this.spot(ptr, key, at, true);
    const map: Record<string, unknown> = {};
    let p = this.skipSpaces(at + 1, end);
    if (this.text[p] === '}') return [map, p + 1];
    for (;;) {
      const afterColon = this.keyAt(p, end);
      if (afterColon === undefined || this.text.charCodeAt(afterColon) !== 32) giveUp();
      const name = this.text.slice(p, afterColon! - 1);
      if (MAYBE_NOT_TEXT.test(name) || name === '__proto__' || Object.prototype.hasOwnProperty.call(map, name)) giveUp();
      const valueAt = this.skipSpaces(afterColon!, end);
      const [value, after] = this.flowItem(valueAt, end, ptr + '/' + escapeSegment(name), p, depth + 1);
      map[name] = value;
      p = this.skipSpaces(after, end);
      const c = this.text[p];
      if (c === '}' && p < end) return [map, p + 1];
      if (c !== ',' || p >= end) giveUp();
      p = this.skipSpaces(p + 1, end);
      if (this.text[p] === '}') giveUp();
    }
  }

  /** A `|` or `>` text whose header is at `at`; its lines must be indented more than `indent`. */
  private blockText(at: number, line: Line, indent: number): string {
    const style = this.text[at];
    let p = at + 1;
    let chomp: '' | '-' = '';
    const h = this.text[p];
    if (h === '-') {
      chomp = h;
      p++;
    } else if (h === '+') giveUp(); // keeping trailing line feeds is rare and has its own rules
    if (p < line.end && this.text.charCodeAt(p) !== 32) giveUp(); // an indentation digit, or junk
    this.endOfLine(p, line);
    this.i++;
    // The lines of the text: up to the first non-empty line indented `indent` or less.
    const body: Line[] = [];
    let contentIndent = -1;
    while (this.i < this.lines.length) {
      const l = this.lines[this.i]!;
      if (!l.empty) {
        if (contentIndent < 0) {
          if (l.indent <= indent) break;
          contentIndent = l.indent;
        }
        if (l.indent < contentIndent) break;
      }
      body.push(l);
      this.i++;
    }
    if (contentIndent < 0 || body[0]!.empty) giveUp(); // an empty block text, or one that starts with empty lines
    // Lines of only spaces that reach into the text, and lines indented more than the first,
    // follow rules this reader leaves to `yaml`.
    for (const l of body) {
      if (l.empty ? l.end - l.start > contentIndent : l.indent !== contentIndent) giveUp();
    }
    let last = body.length;
    while (last > 0 && body[last - 1]!.empty) last--;
    let out = '';
    let breaks = 0;
    for (let k = 0; k < last; k++) {
      const l = body[k]!;
      if (l.empty) {
        breaks++;
        continue;
      }
      const content = this.text.slice(l.start + contentIndent, l.end);
      if (k === 0) out = content;
      else if (style === '|') out += '\n'.repeat(breaks + 1) + content;
      else out += (breaks === 0 ? ' ' : '\n'.repeat(breaks)) + content;
      breaks = 0;
    }
    return chomp === '-' ? out : out + '\n';
  }
}
