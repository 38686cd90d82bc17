import { describe, expect, it } from 'vitest';
import { ByteWriter, giveBack, takeWriter } from '../src/writers/pdf/bytes.js';

describe('ByteWriter', () => {
  it('gives the bytes pdfkit would write, one line after another, however large they grow', () => {
    const writer = new ByteWriter(8);
    const lines = ['BT', '(a\u00ff\u0100\u20ac) Tj', 'x'.repeat(100), ''];
    for (const line of lines) writer.line(line);
    writer.bytes(new Uint8Array([1, 2, 3]));
    // Latin-1: the low byte of each character, as Buffer.from(text, 'latin1') gives it.
    const expected = Buffer.concat([Buffer.from(lines.join('\n') + '\n', 'latin1'), Buffer.from([1, 2, 3])]);
    expect(writer.length).toBe(expected.length);
    expect(writer.copy().equals(expected)).toBe(true);
    expect(writer.view().equals(expected)).toBe(true);
    const copy = writer.copy();
    writer.clear();
    writer.line('Q');
    expect(writer.copy().toString('latin1')).toBe('Q\n');
    // A copy does not change with later writes.
    expect(copy.equals(expected)).toBe(true);
  });

  it('leaves room to fill in later, and refuses to fill beyond what was written', () => {
    const writer = new ByteWriter(4);
    writer.skip(3);
    writer.line('obj');
    writer.fill(0, Buffer.from('%PD', 'latin1'));
    expect(writer.view().toString('latin1')).toBe('%PDobj\n');
    expect(() => writer.fill(5, new Uint8Array(3))).toThrow(RangeError);
  });

  it('lends a writer, empty, to one file at a time', () => {
    const first = takeWriter();
    first.line('one');
    const second = takeWriter();
    expect(second).not.toBe(first);
    giveBack(first);
    giveBack(first);
    const again = takeWriter();
    expect(again).toBe(first);
    expect(again.length).toBe(0);
    // Given back twice, it is still lent only once.
    expect(takeWriter()).not.toBe(first);
    const huge = new ByteWriter(8);
    huge.skip(5 * 1024 * 1024);
    giveBack(huge);
    expect(takeWriter()).not.toBe(huge);
  });
});
