import { fc, test as property } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { boundedShapeProblem, countJsonValues, MAX_LIST_ENTRIES, MAX_MAP_KEYS } from '../../src/records/record-shape.js';

/** Every value in a parsed JSON value, entries of lists and maps included, the way countJsonValues counts the text. */
function valuesIn(value: unknown): number {
  if (Array.isArray(value)) return 1 + value.reduce((n: number, v) => n + valuesIn(v), 0);
  if (value !== null && typeof value === 'object') return 1 + Object.values(value).reduce((n: number, v) => n + 1 + valuesIn(v), 0);
  return 1;
}

describe('countJsonValues', () => {
  it('counts openers and separators, not what strings hold', () => {
    expect(countJsonValues('1')).toBe(1);
    expect(countJsonValues('[1,2,3]')).toBe(4);
    expect(countJsonValues('{"a,b:[{":"x\\",y"}')).toBe(3);
  });

  property.prop([fc.jsonValue()])('never counts fewer values than a list or map holds, so the bound is safe', (value) => {
    // An entry of a map counts as two values (key and value); `{}` and `[]` as two, not one.
    expect(countJsonValues(JSON.stringify(value))).toBeGreaterThanOrEqual(valuesIn(value));
  });
});

describe('boundedShapeProblem', () => {
  it('passes a record-like value', () => {
    expect(boundedShapeProblem({ turns: [{ state: { a: 1 }, events: ['x'] }], initial: { a: 1 } })).toBeUndefined();
  });

  it('names a list that is too long, except the turns, which are checked one at a time', () => {
    expect(boundedShapeProblem({ turns: [{ events: Array(MAX_LIST_ENTRIES + 1).fill(0) }] })).toBe(
      `turns[0].events: ${MAX_LIST_ENTRIES + 1} entries; a run record lists at most ${MAX_LIST_ENTRIES} here`,
    );
    expect(boundedShapeProblem({ turns: Array(MAX_LIST_ENTRIES + 1).fill(0) })).toBeUndefined();
  });

  it('names a map with too many keys, or a key too long', () => {
    const wide = Object.fromEntries(Array.from({ length: MAX_MAP_KEYS + 1 }, (_, i) => [`k${i}`, 0]));
    expect(boundedShapeProblem({ initial: wide })).toBe(`initial: ${MAX_MAP_KEYS + 1} fields; a run record has at most ${MAX_MAP_KEYS} in one place`);
    expect(boundedShapeProblem({ initial: { ['k'.repeat(1001)]: 1 } })).toBe('initial: a field name 1001 characters long; the limit is 1000');
  });

  it('refuses a __proto__ key, which a JavaScript object would drop unseen', () => {
    expect(boundedShapeProblem(JSON.parse('{"turns":[{"state":{"__proto__":1}}]}'))).toBe("turns[0].state.__proto__: the key '__proto__' is not allowed");
  });

  it('walks nesting far deeper than the call stack allows', () => {
    const deep = JSON.parse(`{"initial":${'['.repeat(200_000)}${']'.repeat(200_000)}}`) as unknown;
    expect(boundedShapeProblem(deep)).toBeUndefined();
  });
});
