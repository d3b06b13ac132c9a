import { describe, expect, it } from 'vitest';
import { withInputs } from '../../src/discovery/row-inputs.js';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const bytes = (s: string) => new TextEncoder().encode(s);

describe('withInputs', () => {
  it('names the inputs first in a CSV header and puts their values before every row', () => {
    expect(text(withInputs(bytes('run,seed,x\n'), 'csv', ['a.b', 'horizon'], [0.5, 3], true))).toBe('a.b,horizon,run,seed,x\n');
    expect(text(withInputs(bytes('0,11,1\n1,12,0\n'), 'csv', ['a.b', 'horizon'], [0.5, 3], false))).toBe('0.5,3,0,11,1\n0.5,3,1,12,0\n');
  });

  it('makes the inputs the first keys of every JSON Lines object, which still parses', () => {
    const out = text(withInputs(bytes('{"run":0,"x":1}\n{"run":1,"x":null}\n'), 'jsonl', ['a.b'], [-2.25], false));
    expect(out.trimEnd().split('\n').map((line) => JSON.parse(line) as unknown)).toEqual([{ 'a.b': -2.25, run: 0, x: 1 }, { 'a.b': -2.25, run: 1, x: null }]);
    expect(withInputs(bytes(''), 'jsonl', ['a.b'], [1], true)).toHaveLength(0);
  });

  it('leaves a last line without its newline a line of its own', () => {
    expect(text(withInputs(bytes('0,1\n1,2'), 'csv', ['p'], [7], false))).toBe('7,0,1\n7,1,2');
  });
});
