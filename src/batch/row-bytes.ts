/**
 * A chunk's per-run rows, written straight into UTF-8 bytes as they are made. Appending
 * rows to one string would leave a rope for the encoder to flatten and copy at the end;
 * writing each cell into a growing buffer skips both, and whole numbers (most cells: the
 * run, its seed, 0/1 flags, turns, most quantities) go in as digits with no string at all.
 */
export class RowBytes {
  private buffer: Buffer;
  private length = 0;

  constructor(initialBytes = 64 * 1024) {
    this.buffer = Buffer.alloc(initialBytes);
  }

  /** Any text, as UTF-8. */
  append(text: string): void {
    // A UTF-16 code unit never takes more than 3 bytes in UTF-8.
    this.reserve(text.length * 3);
    this.length += this.buffer.write(text, this.length, 'utf8');
  }

  /** One ASCII character, by its code: a separator. */
  appendAscii(code: number): void {
    this.reserve(1);
    this.buffer[this.length++] = code;
  }

  /** Bytes as they are: a separator or key made once per batch. */
  appendBytes(bytes: Uint8Array): void {
    const { length } = bytes;
    this.reserve(length);
    if (length === 1) this.buffer[this.length++] = bytes[0]!;
    else if (length > 1) {
      this.buffer.set(bytes, this.length);
      this.length += length;
    }
  }

  /** A number as `String(value)` writes it. */
  appendNumber(value: number): void {
    // Below 1e15 a whole number's digits are exactly what String gives (no exponent, and
    // -0 is "0"); anything else takes the string, which is rare in rows.
    if (!Number.isInteger(value) || value >= 1e15 || value <= -1e15) {
      this.append(String(value));
      return;
    }
    this.reserve(17);
    const { buffer } = this;
    let n = value;
    if (n < 0) {
      buffer[this.length++] = MINUS;
      n = -n;
    }
    if (n < 10) {
      buffer[this.length++] = ZERO + n;
      return;
    }
    if (n < 100) {
      buffer[this.length++] = ZERO + Math.floor(n / 10);
      buffer[this.length++] = ZERO + (n % 10);
      return;
    }
    let digits = 3;
    for (let rest = n; rest >= 1000; rest = Math.floor(rest / 10)) digits++;
    let at = this.length + digits;
    this.length = at;
    do {
      buffer[--at] = ZERO + (n % 10);
      n = Math.floor(n / 10);
    } while (n > 0);
  }

  /** The bytes so far, in an array of their own (a view would carry the whole buffer to another thread). */
  bytes(): Uint8Array {
    return Uint8Array.prototype.slice.call(this.buffer, 0, this.length);
  }

  /** The bytes so far, as text. */
  toString(): string {
    return this.buffer.toString('utf8', 0, this.length);
  }

  private reserve(bytes: number): void {
    const room = this.length + bytes;
    if (room <= this.buffer.length) return;
    const bigger = Buffer.alloc(Math.max(room, this.buffer.length * 2));
    this.buffer.copy(bigger, 0, 0, this.length);
    this.buffer = bigger;
  }
}

const ZERO = 0x30;
const MINUS = 0x2d;
