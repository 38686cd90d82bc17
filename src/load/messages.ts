import type { YAMLError } from 'yaml';
import { limits } from './limits.js';

/** The words for what the `yaml` package reports, and for the loader's own limits. */

export function tooLargeMessage(bytes: number, known = true): string {
  const size = known ? `The file is ${formatBytes(bytes)}` : `The file is more than ${formatBytes(bytes)}`;
  return `${size}; a statement source may be at most ${formatBytes(limits.inputBytes)}. Split off long texts or check that this is the right file.`;
}

export function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} kB`;
}

/** The two most common slips in hand-written YAML, recognised on the line where parsing failed. */
function slipOnLine(text: string, offset: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = text.indexOf('\n', lineStart);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).replace(/\r$/, '');
  // `en: The date of the call: …` — a colon and a space inside an unquoted text.
  const colon = /^\s*(?:-\s+)?([\w$-]+):\s+(?!["'|>{[])(.*?):\s/.exec(line);
  if (colon) {
    return `The text after \`${colon[1]}:\` contains \`: \` (a colon and a space), which YAML reads as the start of another key. Put the whole text in double quotes: \`${colon[1]}: "${clipText(line.slice(line.indexOf(':') + 1).trim())}"\`.`;
  }
  // A key indented differently from the key above it.
  const indent = (l: string) => /^ */.exec(l)![0].length;
  const above = text
    .slice(0, Math.max(0, lineStart - 1))
    .split('\n')
    .reverse()
    .find((l) => l.trim() !== '' && !l.trim().startsWith('#'));
  if (/^\s*[\w$-]+:/.test(line) && above !== undefined && /^\s*[\w$-]+:\s*\S/.test(above) && indent(line) !== indent(above)) {
    return `This key is indented by ${indent(line)} space${indent(line) === 1 ? '' : 's'}, the key above it by ${indent(above)}. Keys of the same block must start in the same column: indent this line like the key above it, or the block it belongs to.`;
  }
  return undefined;
}

function clipText(s: string): string {
  return s.length > 50 ? s.slice(0, 47) + '…' : s;
}

/** The written text from an error's place to the end of its line. */
function writtenAt(text: string, error: YAMLError): string {
  return text.slice(error.pos[0], error.pos[0] + 120).split(/\r?\n/)[0]!.trim();
}

export function duplicateMessage(key: string): string {
  return `The key \`${clipText(key)}\` appears twice in the same block. Keep one of them: the second would silently replace the first.`;
}

export function yamlMessage(error: YAMLError, text: string): string {
  switch (error.code) {
    case 'NON_STRING_KEY':
      return `\`${clipText(writtenAt(text, error).replace(/^\?\s+/, '').replace(/\s*:(?:\s.*)?$/, ''))}\` cannot be a key: keys are single words such as \`name\`. Check the indentation, or put the text in quotes.`;
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

/** The tags of YAML's core schema: what they say about a value is what the value already is. */
const coreTags = new Set(['!', '!!str', '!!int', '!!float', '!!bool', '!!null', '!!map', '!!seq']);
const coreMeaning: Record<string, string> = {
  '!!int': 'a whole number',
  '!!float': 'a number',
  '!!bool': '`true` or `false`',
  '!!null': 'empty',
  '!!map': 'a block of keys',
  '!!seq': 'a list',
};

/**
 * A tag (`!!timestamp`, `!include`…) that the statement format does not read. `tag` is as
 * written; `value` is the text it is on, when it is a text.
 */
export function tagMessage(tag: string, value: string | undefined): string {
  const shown = value === undefined ? '' : ` \`${clipText(value)}\``;
  if (coreTags.has(tag)) {
    return `The tag \`${tag}\` says this value is ${coreMeaning[tag] ?? 'of another kind'}, but${shown || ' it'} is not. Remove the tag and write the value as it should be.`;
  }
  if (tag === '!!timestamp') {
    return `The tag \`${tag}\` is not part of the statement format. Remove it: a date is written as YYYY-MM-DD without a tag, such as \`2022-04-05\`.`;
  }
  return `The tag \`${tag}\` is not part of the statement format, which reads texts, numbers, \`true\`/\`false\`, lists and blocks of keys only. Remove the tag${shown ? ` (the value would otherwise be the text${shown})` : ''}.`;
}

function firstSentence(message: string): string {
  const line = message.split('\n')[0] ?? message;
  return line.replace(/ at line \d+, column \d+.*$/, '').replace(/[.:]\s*$/, '');
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}
