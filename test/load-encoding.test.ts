import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../src/load/encoding.js';

const bytes = (...parts: (string | number[])[]): Uint8Array => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('reading a file as UTF-8, or saying where it is not', () => {
  it('gives the text, without a byte order mark', () => {
    expect(decodeUtf8(bytes('a: é 😀\n'))).toEqual({ text: 'a: é 😀\n' });
    expect(decodeUtf8(bytes([0xef, 0xbb, 0xbf], 'a: b\n'))).toEqual({ text: 'a: b\n' });
  });

  const cases: [string, Uint8Array, number, number, string][] = [
    ['é saved as Latin-1, before a space', bytes('a: b\nname: Caf', [0xe9], ' x\n'), 2, 10, '0xE9 (in Latin-1, `é`)'],
    ['é saved as Latin-1, at the end of a line', bytes('name: Caf', [0xe9], '\n'), 1, 10, '0xE9 (in Latin-1, `é`)'],
    ['a curly quote saved as Windows-1252', bytes('a: b\nname: ', [0x93], 'x', [0x94], '\n'), 2, 7, '0x93 (in Windows-1252, `“`)'],
    ['a stray continuation byte after a valid é', bytes('name: Café ', [0x80], '\n'), 1, 12, '0x80 (in Windows-1252, `€`)'],
    ['a character cut off at the end of the file', bytes('a: b\nname: x', [0xe2, 0x82]), 2, 8, '0xE2 (in Latin-1, `â`)'],
    ['an encoded surrogate', bytes('ab', [0xed, 0xa0, 0x80], '\n'), 1, 3, '0xED (in Latin-1, `í`)'],
    ['the very first byte', bytes([0xc0], 'a: b\nc: d\n'), 1, 1, '0xC0 (in Latin-1, `À`)'],
    ['after characters of two UTF-16 units, counted as the other columns are', bytes('a: 😀😀', [0xff], '\n'), 1, 8, '0xFF (in Latin-1, `ÿ`)'],
  ];
  for (const [name, input, line, column, byte] of cases) {
    it(name, () => {
      const decoded = decodeUtf8(input);
      expect(decoded).toEqual({
        position: { line, column },
        message: `The file is not UTF-8 text: the byte ${byte} here is not part of any character. Save the file as UTF-8 (in most editors: Save as…, then the encoding UTF-8), or retype the character.`,
        messageId: byte.includes('Windows-1252') ? 'load.not-utf8.windows1252' : 'load.not-utf8.latin1',
      });
    });
  }

  it('says so in Dutch and French', () => {
    const latin = bytes('name: Caf', [0xe9], '\n');
    expect(decodeUtf8(latin, 'nl')).toEqual({
      position: { line: 1, column: 10 },
      message: 'Het bestand is geen UTF-8-tekst: de byte 0xE9 (in Latin-1 `é`) hier hoort bij geen enkel teken. Sla het bestand op als UTF-8 (in de meeste editors: Opslaan als…, dan de codering UTF-8), of typ het teken opnieuw.',
      messageId: 'load.not-utf8.latin1',
    });
    expect(decodeUtf8(bytes('a: ', [0x93], '\n'), 'fr')).toMatchObject({ messageId: 'load.not-utf8.windows1252', message: expect.stringMatching(/^Le fichier n'est pas un texte UTF-8 : l'octet 0x93 \(en Windows-1252, `“`\) à cet endroit ne fait partie d'aucun caractère\./) });
    expect(decodeUtf8(new Uint8Array([0xff, 0xfe, 0x61, 0x00]), 'fr')).toMatchObject({ messageId: 'load.utf16', message: expect.stringMatching(/^Le fichier est enregistré en UTF-16 ; le fichier source d'une déclaration est en UTF-8\./) });
  });

  it('recognises UTF-16 by its byte order mark', () => {
    for (const bom of [[0xff, 0xfe], [0xfe, 0xff]]) {
      const decoded = decodeUtf8(new Uint8Array([...bom, ...Buffer.from('a: b\n', 'utf16le')]));
      expect(decoded).toMatchObject({ position: { line: 1, column: 1 } });
      expect((decoded as { message: string }).message).toMatch(/^The file is saved as UTF-16 text/);
    }
  });
});
