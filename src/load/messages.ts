import type { YAMLError } from 'yaml';
import { messageFrom, messagesIn, type Message, type MessageId, type MessageLanguage, type Say } from '../messages/index.js';
import { limits } from './limits.js';

/** The words for what the `yaml` package reports, and for the loader's own limits, in one language. */


export function tooLargeMessage(bytes: number, known = true, lang: MessageLanguage = 'en'): Message {
  const say = messagesIn(lang);
  const size = formatBytes(bytes, lang);
  const limit = formatBytes(limits.inputBytes, lang);
  // "The file is 2.0 MB; … at most 2.0 MB" would contradict itself: it is more than that.
  return messageFrom(say, known && size !== limit ? 'load.too-large' : 'load.too-large-at-least', { size, limit });
}

/** `1.5 MB`, `12 kB`; with a decimal comma in Dutch and French. */
export function formatBytes(n: number, lang: MessageLanguage = 'en'): string {
  if (n < 1024 * 1024) return `${Math.ceil(n / 1024)} kB`;
  const mb = (n / 1024 / 1024).toFixed(1);
  return `${lang === 'en' ? mb : mb.replace('.', ',')} MB`;
}

/** The two most common slips in hand-written YAML, recognised on the line where parsing failed. */
function slipOnLine(say: Say, text: string, offset: number): Message | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = text.indexOf('\n', lineStart);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).replace(/\r$/, '');
  // `en: The date of the call: …` — a colon and a space inside an unquoted text.
  const colon = /^\s*(?:-\s+)?([\w$-]+):\s+(?!["'|>{[])(.*?):\s/.exec(line);
  if (colon) {
    return messageFrom(say, 'load.slip.colon', { key: colon[1]!, text: clipText(line.slice(line.indexOf(':') + 1).trim()) });
  }
  // A key indented differently from the key above it.
  const indent = (l: string) => /^ */.exec(l)![0].length;
  const above = text
    .slice(0, Math.max(0, lineStart - 1))
    .split('\n')
    .reverse()
    .find((l) => l.trim() !== '' && !l.trim().startsWith('#'));
  if (/^\s*[\w$-]+:/.test(line) && above !== undefined && /^\s*[\w$-]+:\s*\S/.test(above) && indent(line) !== indent(above)) {
    return messageFrom(say, 'load.slip.indent', { count: indent(line), above: indent(above) });
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

export function duplicateMessage(key: string, lang: MessageLanguage = 'en'): Message {
  return messageFrom(messagesIn(lang), 'load.duplicate-key', { key: clipText(key) });
}

/**
 * The `yaml` package's reasons, in a few words per error code (`load.yaml.reason.<code>`). In
 * English the package's own sentence is the reason: it is more precise than a word per code.
 */
const reasons: Partial<Record<YAMLError['code'], MessageId>> = {
  ALIAS_PROPS: 'load.yaml.reason.alias-props',
  BAD_ALIAS: 'load.yaml.reason.bad-alias',
  BAD_DIRECTIVE: 'load.yaml.reason.bad-directive',
  BAD_DQ_ESCAPE: 'load.yaml.reason.bad-escape',
  BAD_INDENT: 'load.yaml.reason.bad-indent',
  BAD_PROP_ORDER: 'load.yaml.reason.bad-prop-order',
  BAD_SCALAR_START: 'load.yaml.reason.bad-scalar-start',
  BLOCK_AS_IMPLICIT_KEY: 'load.yaml.reason.block-as-key',
  BLOCK_IN_FLOW: 'load.yaml.reason.block-in-flow',
  KEY_OVER_1024_CHARS: 'load.yaml.reason.long-key',
  MISSING_CHAR: 'load.yaml.reason.missing-char',
  MULTILINE_IMPLICIT_KEY: 'load.yaml.reason.multiline-key',
  MULTIPLE_ANCHORS: 'load.yaml.reason.multiple-anchors',
  MULTIPLE_TAGS: 'load.yaml.reason.multiple-tags',
  UNEXPECTED_TOKEN: 'load.yaml.reason.unexpected',
};

function reasonOf(say: Say, lang: MessageLanguage, error: YAMLError): string {
  if (lang === 'en') return lowerFirst(firstSentence(error.message));
  return say(reasons[error.code] ?? 'load.yaml.reason.other');
}

export function yamlMessage(error: YAMLError, text: string, lang: MessageLanguage = 'en'): Message {
  const say = messagesIn(lang);
  switch (error.code) {
    case 'NON_STRING_KEY':
      return messageFrom(say, 'load.yaml.non-string-key', { text: clipText(writtenAt(text, error).replace(/^\?\s+/, '').replace(/\s*:(?:\s.*)?$/, '')) });
    case 'TAB_AS_INDENT':
      return messageFrom(say, 'load.yaml.tab');
    case 'MULTIPLE_DOCS':
      return messageFrom(say, 'load.yaml.documents');
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'UNEXPECTED_TOKEN':
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return slipOnLine(say, text, error.pos[0]) ?? messageFrom(say, 'load.yaml.line', { reason: reasonOf(say, lang, error) });
    case 'BAD_ALIAS':
    case 'BAD_SCALAR_START':
      return messageFrom(say, 'load.yaml.value', { reason: reasonOf(say, lang, error) });
    default:
      return messageFrom(say, 'load.yaml.other', { reason: reasonOf(say, lang, error) });
  }
}

/** The tags of YAML's core schema: what they say about a value is what the value already is. */
const coreTags = new Set(['!', '!!str', '!!int', '!!float', '!!bool', '!!null', '!!map', '!!seq']);
const coreMeaning: Record<string, MessageId> = {
  '!!int': 'load.tag.means.int',
  '!!float': 'load.tag.means.float',
  '!!bool': 'load.tag.means.bool',
  '!!null': 'load.tag.means.null',
  '!!map': 'load.tag.means.map',
  '!!seq': 'load.tag.means.seq',
};

/**
 * A tag (`!!timestamp`, `!include`…) that the statement format does not read. `tag` is as
 * written; `value` is the text it is on, when it is a text.
 */
export function tagMessage(tag: string, value: string | undefined, lang: MessageLanguage = 'en'): Message {
  const say = messagesIn(lang);
  const shown = value === undefined ? undefined : clipText(value);
  if (coreTags.has(tag)) {
    const meaning = say(coreMeaning[tag] ?? 'load.tag.means.other');
    return shown === undefined ? messageFrom(say, 'load.tag.core', { tag, meaning }) : messageFrom(say, 'load.tag.core-value', { tag, meaning, value: shown });
  }
  if (tag === '!!timestamp') return messageFrom(say, 'load.tag.timestamp', { tag });
  return shown === undefined ? messageFrom(say, 'load.tag.unknown', { tag }) : messageFrom(say, 'load.tag.unknown-value', { tag, value: shown });
}

function firstSentence(message: string): string {
  const line = message.split('\n')[0] ?? message;
  return line.replace(/ at line \d+, column \d+.*$/, '').replace(/[.:]\s*$/, '');
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}
