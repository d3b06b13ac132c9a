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
});
