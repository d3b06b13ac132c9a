import { fc, test as property } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { RowBytes } from '../../src/batch/row-bytes.js';

describe('RowBytes', () => {
  property.prop([fc.array(fc.string({ unit: 'binary', maxLength: 30_000 }), { maxLength: 12 })], { numRuns: 60 })(
    'holds exactly the UTF-8 of everything appended, however long, in bytes of its own',
    (texts) => {
      const rows = new RowBytes();
      for (const text of texts) rows.append(text);
      const bytes = rows.bytes();
      expect(Buffer.from(bytes).equals(Buffer.from(texts.join(''), 'utf8'))).toBe(true);
      expect(bytes.byteOffset).toBe(0);
      expect(bytes.buffer.byteLength).toBe(bytes.length);
    },
  );

  const anyNumber = fc.oneof(
    fc.double(),
    fc.integer(),
    fc.maxSafeInteger(),
    fc.constantFrom(0, -0, 9, 10, 99, 100, 999, 1000, 1e15 - 1, 1e15, -1e15, 1e21, 2 ** 53, -(2 ** 53), Infinity, -Infinity, Number.NaN),
  );

  property.prop([fc.array(anyNumber, { maxLength: 200 })])('writes every number exactly as String does, whole numbers as digits', (numbers) => {
    // A small start, so the numbers also cross the buffer's growth.
    const rows = new RowBytes(8);
    for (const n of numbers) {
      rows.appendNumber(n);
      rows.appendAscii(0x2c);
    }
    expect(rows.toString()).toBe(numbers.map((n) => `${String(n)},`).join(''));
  });

  property.prop([fc.array(fc.uint8Array({ maxLength: 40 }), { maxLength: 50 })])('appends bytes as they are', (pieces) => {
    const rows = new RowBytes(4);
    for (const piece of pieces) rows.appendBytes(piece);
    expect(Buffer.from(rows.bytes()).equals(Buffer.concat(pieces))).toBe(true);
  });
});
