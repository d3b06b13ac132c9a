import { inspect } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { startRun } from '../../src/engine/run-state.js';
import { loadScenario } from '../../src/scenarios/load.js';
import { assessAt, optionsOf, UnknownIdError } from '../../src/testing/index.js';

const s400 = loadScenario('s400');
const option = optionsOf(s400, assessAt(s400, startRun(s400, 1).values, 1)).all[0]!;
const interests = s400.actors[0]!.interests.map((i) => i.id);
const plain = Object.fromEntries(interests.map((id) => [id, option.term(id)]));

describe('option.terms throws on an interest the mover does not have', () => {
  it('names the nearest interest in an UnknownIdError, as term(id) does', () => {
    const read = () => (option.terms as Record<string, number>)['ties_with_iraan'];
    expect(read).toThrow(UnknownIdError);
    expect(read).toThrow(new RegExp(`^terms: Russia has no interest 'ties_with_iraan' \\(did you mean 'ties_with_iran'\\?\\); there are ${interests[0]}, `));
    expect(() => option.terms['nuclear']).toThrow(RangeError);
  });
  it('reads like the plain record it was: keys, spread, in, JSON, equality, printing', () => {
    expect(Object.keys(option.terms)).toEqual(interests);
    expect({ ...option.terms }).toEqual(plain);
    expect(option.terms).toEqual(plain);
    expect(option.terms).toStrictEqual(plain);
    expect(option.terms).toMatchObject({ [interests[0]!]: plain[interests[0]!] });
    expect(option.terms).not.toEqual({ ...plain, extra: 1 });
    expect(JSON.stringify(option.terms)).toBe(JSON.stringify(plain));
    expect('ties_with_iraan' in option.terms).toBe(false);
    expect(Object.hasOwn(option.terms, interests[0]!)).toBe(true);
    expect(inspect(option.terms)).toBe(inspect(plain));
    expect(String(option.terms)).toBe('[object Object]');
    expect(fc.stringify(option.terms)).toBe(fc.stringify(plain));
    expect(Object.isFrozen(option.terms)).toBe(true);
  });
  it('leaves alone what runners and serialisers look up on any object', async () => {
    const probe = option.terms as Record<PropertyKey, unknown>;
    for (const key of ['then', 'toJSON', 'asymmetricMatch', '$$typeof', 'nodeType', 'nodeName', 'constructor', 'inspect', 'length', '@@__IMMUTABLE_ITERABLE__@@', '_isMockFunction', Symbol.iterator, Symbol.toStringTag]) {
      expect(() => probe[key]).not.toThrow();
    }
    expect(await Promise.resolve(option.terms)).toBe(option.terms);
    // A failing comparison prints the terms, as it would a plain object.
    expect(() => expect(option.terms).toEqual({ ...plain, [interests[0]!]: -99 })).toThrow(/^expected \{ …\(\d+\) \} to deeply equal \{ \w+: -99, /);
  });
});
