/**
 * Characters that show nothing, or change how the text around them is shown, so that what a
 * reviewer reads is not what the statement says: refused wherever they occur in the input
 * (src/rules/invisible-characters.ts), and escaped in every message printed on a terminal
 * (src/cli/report/escape.ts). Each with its Unicode name (C1 controls have none: their usual
 * aliases), so that a message can say which character it is.
 *
 * Not here, because they have legitimate uses and hide nothing: the tab and line breaks, the
 * no-break spaces (French puts them before `:` and inside « »), the soft hyphen, variation
 * selectors. Characters the PDF's fonts cannot show are another rule's (font-coverage).
 */

export type InvisibleKind = 'control' | 'direction' | 'format' | 'separator' | 'tag' | 'blank' | 'not-a-character';

export interface Invisible {
  name: string;
  kind: InvisibleKind;
}

const c0 = [
  'NULL', 'START OF HEADING', 'START OF TEXT', 'END OF TEXT', 'END OF TRANSMISSION', 'ENQUIRY', 'ACKNOWLEDGE', 'BELL',
  'BACKSPACE', 'CHARACTER TABULATION', 'LINE FEED', 'LINE TABULATION', 'FORM FEED', 'CARRIAGE RETURN', 'SHIFT OUT', 'SHIFT IN',
  'DATA LINK ESCAPE', 'DEVICE CONTROL ONE', 'DEVICE CONTROL TWO', 'DEVICE CONTROL THREE', 'DEVICE CONTROL FOUR', 'NEGATIVE ACKNOWLEDGE', 'SYNCHRONOUS IDLE', 'END OF TRANSMISSION BLOCK',
  'CANCEL', 'END OF MEDIUM', 'SUBSTITUTE', 'ESCAPE', 'INFORMATION SEPARATOR FOUR', 'INFORMATION SEPARATOR THREE', 'INFORMATION SEPARATOR TWO', 'INFORMATION SEPARATOR ONE',
];

const c1 = [
  'PADDING CHARACTER', 'HIGH OCTET PRESET', 'BREAK PERMITTED HERE', 'NO BREAK HERE', 'INDEX', 'NEXT LINE', 'START OF SELECTED AREA', 'END OF SELECTED AREA',
  'CHARACTER TABULATION SET', 'CHARACTER TABULATION WITH JUSTIFICATION', 'LINE TABULATION SET', 'PARTIAL LINE FORWARD', 'PARTIAL LINE BACKWARD', 'REVERSE LINE FEED', 'SINGLE SHIFT TWO', 'SINGLE SHIFT THREE',
  'DEVICE CONTROL STRING', 'PRIVATE USE ONE', 'PRIVATE USE TWO', 'SET TRANSMIT STATE', 'CANCEL CHARACTER', 'MESSAGE WAITING', 'START OF GUARDED AREA', 'END OF GUARDED AREA',
  'START OF STRING', 'SINGLE GRAPHIC CHARACTER INTRODUCER', 'SINGLE CHARACTER INTRODUCER', 'CONTROL SEQUENCE INTRODUCER', 'STRING TERMINATOR', 'OPERATING SYSTEM COMMAND', 'PRIVACY MESSAGE', 'APPLICATION PROGRAM COMMAND',
];

const named: Record<number, Invisible> = {
  0x7f: { name: 'DELETE', kind: 'control' },
  0x034f: { name: 'COMBINING GRAPHEME JOINER', kind: 'format' },
  0x061c: { name: 'ARABIC LETTER MARK', kind: 'direction' },
  0x115f: { name: 'HANGUL CHOSEONG FILLER', kind: 'blank' },
  0x1160: { name: 'HANGUL JUNGSEONG FILLER', kind: 'blank' },
  0x17b4: { name: 'KHMER VOWEL INHERENT AQ', kind: 'format' },
  0x17b5: { name: 'KHMER VOWEL INHERENT AA', kind: 'format' },
  0x180e: { name: 'MONGOLIAN VOWEL SEPARATOR', kind: 'format' },
  0x200b: { name: 'ZERO WIDTH SPACE', kind: 'format' },
  0x200c: { name: 'ZERO WIDTH NON-JOINER', kind: 'format' },
  0x200d: { name: 'ZERO WIDTH JOINER', kind: 'format' },
  0x200e: { name: 'LEFT-TO-RIGHT MARK', kind: 'direction' },
  0x200f: { name: 'RIGHT-TO-LEFT MARK', kind: 'direction' },
  0x2028: { name: 'LINE SEPARATOR', kind: 'separator' },
  0x2029: { name: 'PARAGRAPH SEPARATOR', kind: 'separator' },
  0x202a: { name: 'LEFT-TO-RIGHT EMBEDDING', kind: 'direction' },
  0x202b: { name: 'RIGHT-TO-LEFT EMBEDDING', kind: 'direction' },
  0x202c: { name: 'POP DIRECTIONAL FORMATTING', kind: 'direction' },
  0x202d: { name: 'LEFT-TO-RIGHT OVERRIDE', kind: 'direction' },
  0x202e: { name: 'RIGHT-TO-LEFT OVERRIDE', kind: 'direction' },
  0x2060: { name: 'WORD JOINER', kind: 'format' },
  0x2061: { name: 'FUNCTION APPLICATION', kind: 'format' },
  0x2062: { name: 'INVISIBLE TIMES', kind: 'format' },
  0x2063: { name: 'INVISIBLE SEPARATOR', kind: 'format' },
  0x2064: { name: 'INVISIBLE PLUS', kind: 'format' },
  0x2066: { name: 'LEFT-TO-RIGHT ISOLATE', kind: 'direction' },
  0x2067: { name: 'RIGHT-TO-LEFT ISOLATE', kind: 'direction' },
  0x2068: { name: 'FIRST STRONG ISOLATE', kind: 'direction' },
  0x2069: { name: 'POP DIRECTIONAL ISOLATE', kind: 'direction' },
  0x206a: { name: 'INHIBIT SYMMETRIC SWAPPING', kind: 'format' },
  0x206b: { name: 'ACTIVATE SYMMETRIC SWAPPING', kind: 'format' },
  0x206c: { name: 'INHIBIT ARABIC FORM SHAPING', kind: 'format' },
  0x206d: { name: 'ACTIVATE ARABIC FORM SHAPING', kind: 'format' },
  0x206e: { name: 'NATIONAL DIGIT SHAPES', kind: 'format' },
  0x206f: { name: 'NOMINAL DIGIT SHAPES', kind: 'format' },
  0x2800: { name: 'BRAILLE PATTERN BLANK', kind: 'blank' },
  0x3164: { name: 'HANGUL FILLER', kind: 'blank' },
  0xfeff: { name: 'ZERO WIDTH NO-BREAK SPACE', kind: 'format' },
  0xffa0: { name: 'HALFWIDTH HANGUL FILLER', kind: 'blank' },
  0xfff9: { name: 'INTERLINEAR ANNOTATION ANCHOR', kind: 'format' },
  0xfffa: { name: 'INTERLINEAR ANNOTATION SEPARATOR', kind: 'format' },
  0xfffb: { name: 'INTERLINEAR ANNOTATION TERMINATOR', kind: 'format' },
  0xe0001: { name: 'LANGUAGE TAG', kind: 'tag' },
  0xe007f: { name: 'CANCEL TAG', kind: 'tag' },
};

const musicalFormat = ['BEGIN BEAM', 'END BEAM', 'BEGIN TIE', 'END TIE', 'BEGIN SLUR', 'END SLUR', 'BEGIN PHRASE', 'END PHRASE'];

/**
 * What a code point is, when it is one the input may not hold; undefined for every other.
 * The tab, line feed and carriage return are allowed (texts have lines).
 */
export function invisibleCharacter(cp: number): Invisible | undefined {
  if (cp < 0x20) return cp === 0x09 || cp === 0x0a || cp === 0x0d ? undefined : { name: c0[cp]!, kind: 'control' };
  if (cp < 0x7f) return undefined;
  if (cp >= 0x80 && cp <= 0x9f) return { name: c1[cp - 0x80]!, kind: 'control' };
  const known = named[cp];
  if (known) return known;
  if (cp >= 0xe0020 && cp <= 0xe007e) return { name: cp === 0xe0020 ? 'TAG SPACE' : `TAG ${JSON.stringify(String.fromCharCode(cp - 0xe0000))}`, kind: 'tag' };
  if (cp >= 0x1d173 && cp <= 0x1d17a) return { name: `MUSICAL SYMBOL ${musicalFormat[cp - 0x1d173]}`, kind: 'format' };
  if (cp >= 0xd800 && cp <= 0xdfff) return { name: 'UNPAIRED SURROGATE', kind: 'not-a-character' };
  if ((cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) === 0xfffe) return { name: 'NONCHARACTER', kind: 'not-a-character' };
  return undefined;
}

/**
 * Finds the refused characters quickly: a text without any character in these ranges has none
 * (checked per code point below, for the exact answer).
 */
const candidates = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u2028-\u202E\u2060-\u206F\u2800\u3164\uD800-\uDFFF\uFDD0-\uFDEF\uFEFF\uFFA0\uFFF9-\uFFFB\uFFFE\uFFFF]|\uDB40[\uDC01\uDC20-\uDC7F]|\uD834[\uDD73-\uDD7A]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]/;

export interface Found {
  /** Offset in the string (UTF-16 code units). */
  index: number;
  codePoint: number;
  character: Invisible;
}

/** Every refused character of a text, in order. */
export function findInvisible(text: string): Found[] {
  if (!candidates.test(text)) return [];
  const out: Found[] = [];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    let cp = unit;
    // A pair of surrogates is one code point; a lone one is not a character.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) cp = (unit - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
    }
    const character = invisibleCharacter(cp);
    if (character) out.push({ index: i, codePoint: cp, character });
    if (cp > 0xffff) i++;
  }
  return out;
}

/** `U+200B`, as code points are written. */
export function codePointLabel(cp: number): string {
  return 'U+' + cp.toString(16).toUpperCase().padStart(4, '0');
}
