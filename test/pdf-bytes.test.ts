import { describe, expect, it } from 'vitest';
import { ByteWriter } from '../src/writers/pdf/bytes.js';

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
});
