/**
 * Bytes gathered one piece after another in one growing buffer: strings as Latin-1, one byte
 * per character (the low byte, as pdfkit and `Buffer.from(text, 'latin1')` write them).
 *
 * A PDF is thousands of small pieces (operators, objects). Kept as strings or small buffers
 * until the page or the file is done, they outlive V8's young generation and are copied by
 * every collection on the way; written here at once, they die young and only the bytes remain,
 * outside the heap.
 */
export class ByteWriter {
  private buffer: Buffer;
  length = 0;

  constructor(size = 64 * 1024) {
    this.buffer = Buffer.allocUnsafe(size);
  }

  /** `text` and a line feed. */
  line(text: string): void {
    this.reserve(text.length + 1);
    this.length += this.buffer.write(text, this.length, 'latin1');
    this.buffer[this.length++] = 0x0a;
  }

  bytes(data: Uint8Array): void {
    this.reserve(data.length);
    this.buffer.set(data, this.length);
    this.length += data.length;
  }

  /** A copy of the bytes written so far. */
  copy(): Buffer {
    return Buffer.from(this.buffer.subarray(0, this.length));
  }

  /** The bytes written so far, without copying: valid until the next write. */
  view(): Buffer {
    return this.buffer.subarray(0, this.length);
  }

  clear(): void {
    this.length = 0;
  }

  private reserve(size: number): void {
    if (this.length + size <= this.buffer.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + size));
    this.buffer.copy(bigger, 0, 0, this.length);
    this.buffer = bigger;
  }
}
