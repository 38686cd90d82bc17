/**
 * Text from the input (a key, a value quoted in a message, a file name) printed for people: the
 * characters a terminal acts on (ESC and the other C0 and C1 controls, which can move the
 * cursor, clear the screen, retitle the window or ring the bell) and those that change how the
 * rest of the line is shown (line and paragraph separators, direction overrides and marks,
 * zero-width characters) are written as escapes (`\x1B`, `\u202E`), so that a crafted file can
 * neither run terminal commands nor hide part of a message. JSON.stringify escapes the C0
 * controls itself; the others are escaped the JSON way (`\u009B`), which reads back the same.
 */
const unsafe = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200B-\u200F\u2028-\u202E\u2060-\u206F\uFEFF\uFFF9-\uFFFB]|\uDB40[\uDC00-\uDC7F]/g;
const unsafeOrLine = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u061C\u200B-\u200F\u2028-\u202E\u2060-\u206F\uFEFF\uFFF9-\uFFFB]|\uDB40[\uDC00-\uDC7F]/g;

function escapeOne(c: string): string {
  if (c === '\n') return '\\n';
  if (c === '\r') return '\\r';
  const cp = c.codePointAt(0)!;
  if (cp < 0x100) return '\\x' + cp.toString(16).toUpperCase().padStart(2, '0');
  if (cp > 0xffff) return '\\u{' + cp.toString(16).toUpperCase() + '}';
  return '\\u' + cp.toString(16).toUpperCase().padStart(4, '0');
}

/** One line of text for a terminal: also line breaks become `\n`, so that a message stays one line. */
export function escapeLine(text: string): string {
  return text.replace(unsafeOrLine, escapeOne);
}

/** Text for a terminal that may have lines of its own (help, usage): only line breaks are kept. */
export function escapeText(text: string): string {
  return text.replace(unsafe, escapeOne);
}

/** JSON text with the characters JSON.stringify leaves raw (C1 controls, direction and zero-width characters) escaped as `\uXXXX`: the same JSON once parsed. */
export function escapeJson(json: string): string {
  return json.replace(unsafe, (c) => (c.length === 2 ? `\\u${c.charCodeAt(0).toString(16).toUpperCase()}\\u${c.charCodeAt(1).toString(16).toUpperCase()}` : `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`));
}
