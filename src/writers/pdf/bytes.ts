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

  /** `size` bytes left to be filled in later with `fill`. */
  skip(size: number): void {
    this.reserve(size);
    this.length += size;
  }

  /** Writes `data` over bytes written (or skipped) before, at `offset`. */
  fill(offset: number, data: Uint8Array): void {
    if (offset + data.length > this.length) throw new RangeError('ByteWriter: fill beyond the bytes written');
    this.buffer.set(data, offset);
  }

  /** The bytes written so far, without copying: valid until the next write. */
  view(): Buffer {
    return this.buffer.subarray(0, this.length);
  }

  get capacity(): number {
    return this.buffer.length;
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

/**
 * Writers for whole files, kept between files: a PDF is hundreds of kilobytes, and a buffer
 * that size for every file (two, with the last pass) is allocated outside V8's heap, where the C
 * library keeps what it frees for the next allocation instead of giving it back. Each file
 * takes its own (files may be written at once, in the library), and gives it back when done.
 */
const spare: ByteWriter[] = [];
/** Larger writers are not kept: one very long statement should not hold its memory for a watch's life. */
const keptSize = 4 * 1024 * 1024;

export function takeWriter(): ByteWriter {
  const writer = spare.pop() ?? new ByteWriter(256 * 1024);
  writer.clear();
  return writer;
}

export function giveBack(writer: ByteWriter): void {
  if (writer.capacity <= keptSize && spare.length < 4 && !spare.includes(writer)) spare.push(writer);
}
