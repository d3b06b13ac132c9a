import { fc, test as property } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { asJson, firstDifference } from '../../src/records/first-difference.js';

describe('firstDifference', () => {
  property.prop([fc.jsonValue()])('finds none between a JSON value and its copy', (value) => {
    expect(firstDifference(value, asJson(value))).toBeUndefined();
  });

  it('names the first path that differs, with both values', () => {
    expect(firstDifference({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] })).toBe('a[1].b is 2 in the record but 3 on replay');
    expect(firstDifference({ a: 1 }, { a: 1, extra: true })).toBe('extra is missing in the record but true on replay');
    expect(firstDifference([1, 2], [1])).toBe('[1] is 2 in the record but missing on replay');
    expect(firstDifference({ a: [1] }, { a: { 0: 1 } })).toBe('a is [1] in the record but {"0":1} on replay');
  });

  it('treats key order and the sign of zero as JSON does', () => {
    expect(firstDifference({ a: 1, b: 2 }, { b: 2, a: 1 })).toBeUndefined();
    expect(firstDifference(0, -0)).toBeUndefined();
  });

  property.prop([fc.constantFrom('constructor', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__', 'isPrototypeOf'), fc.jsonValue()])(
    'compares only what each side holds: a key every object inherits is missing where it is not written',
    (key, value) => {
      const written = JSON.parse(`{${JSON.stringify(key)}:${JSON.stringify(value)}}`) as unknown;
      const shown = JSON.stringify(value);
      const expected = `${key} is ${shown.length > 40 ? `${shown.slice(0, 37)}…` : shown} in the record but missing on replay`;
      expect(firstDifference(written, {})).toBe(expected);
    },
  );
});
