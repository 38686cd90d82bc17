import { messagesIn, type MessageLanguage } from '../messages/index.js';
import type { Position } from './source.js';

/**
 * Windows-1252's characters for the bytes 0x80 to 0x9F (a space where it has none), where it
 * differs from Latin-1. Node's own decoder of that name gives Latin-1's control characters.
 */
const windows1252 = '€ ‚ƒ„…†‡ˆ‰Š‹Œ Ž  ‘’“”•–—˜™š›œ žŸ';

export type Decoded = { text: string } | { position: Position; message: string; messageId: string };

/**
 * A file's bytes as text, if they are UTF-8. A byte order mark is dropped. Otherwise, where the
 * first byte that is not part of a character is, and what to do about it: a decoder that
 * replaces such bytes would silently put `�` into the statement. The message is in `lang`.
 */
export function decodeUtf8(bytes: Uint8Array, lang: MessageLanguage = 'en'): Decoded {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // Found below.
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { position: { line: 1, column: 1 }, message: messagesIn(lang)('load.utf16'), messageId: 'load.utf16' };
  }
  const bad = firstBadByte(bytes);
  const lineStart = bad > 0 ? bytes.lastIndexOf(0x0a, bad - 1) + 1 : 0;
  let line = 1;
  for (let i = bytes.indexOf(0x0a); i >= 0 && i < bad; i = bytes.indexOf(0x0a, i + 1)) line++;
  // Columns count characters as the other diagnostics do (UTF-16 code units), so decode the
  // line up to the bad byte: it is valid.
  const column = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, bad)).length + 1;
  const byte = bytes[bad]!;
  // Latin-1 and Windows-1252 are the usual reasons: say what the byte is there.
  const windows = byte >= 0x80 && byte < 0xa0 ? windows1252[byte - 0x80]!.trim() : '';
  const id = byte >= 0xa0 ? 'load.not-utf8.latin1' : windows ? 'load.not-utf8.windows1252' : 'load.not-utf8';
  const hex = `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  return { position: { line, column }, message: messagesIn(lang)(id, { byte: hex, character: byte >= 0xa0 ? String.fromCharCode(byte) : windows }), messageId: id };
}

/**
 * The offset of the first byte of the first sequence that is not UTF-8. Decoding in streaming
 * mode fails only on a byte that no later byte can make valid, so the prefixes that decode are
 * exactly those shorter than that byte's offset: found by halving. When the byte breaks a
 * character begun before it (`é` saved as Latin-1 is a lead byte followed by a letter), the
 * character's first byte is the one to point at.
 */
function firstBadByte(bytes: Uint8Array): number {
  const decodes = (n: number): boolean => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, n), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  // The longest prefix that decodes: all of it when only a character cut off at the end fails.
  let lo = 0;
  let hi = bytes.length;
  if (decodes(hi)) lo = hi;
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (decodes(mid)) lo = mid;
    else hi = mid;
  }
  // A character still open at `lo`: its lead byte, before at most three continuation bytes.
  let lead = lo - 1;
  while (lead >= 0 && lo - lead <= 3 && (bytes[lead]! & 0xc0) === 0x80) lead--;
  const b = lead >= 0 ? bytes[lead]! : 0;
  const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 ? 2 : 1;
  if (lead >= 0 && b >= 0xc2 && b <= 0xf4 && lead + length > lo) return lead;
  return Math.min(lo, bytes.length - 1);
}
