/**
 * A chunk's per-run rows, written straight into UTF-8 bytes as they are made. Appending
 * rows to one string would leave a rope for the encoder to flatten and copy at the end;
 * writing each row into a growing buffer skips both.
 */
export class RowBytes {
  private buffer = Buffer.alloc(64 * 1024);
  private length = 0;

  append(text: string): void {
    // A UTF-16 code unit never takes more than 3 bytes in UTF-8.
    const room = this.length + text.length * 3;
    if (room > this.buffer.length) {
      const bigger = Buffer.alloc(Math.max(room, this.buffer.length * 2));
      this.buffer.copy(bigger, 0, 0, this.length);
      this.buffer = bigger;
    }
    this.length += this.buffer.write(text, this.length, 'utf8');
  }

  /** The bytes so far, in an array of their own (a view would carry the whole buffer to another thread). */
  bytes(): Uint8Array {
    return Uint8Array.prototype.slice.call(this.buffer, 0, this.length);
  }
}
