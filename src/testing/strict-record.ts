import { UnknownIdError } from './unknown-id-error.js';

/** What an id looks like in a scenario (schema.ts's ID_PATTERN): only such keys can be typos of one. */
const ID_LIKE = /^[a-z][a-z0-9_]{0,47}$/;

/**
 * Lower-case names that test runners, serialisers and `await` look up on any object to
 * learn what it is (a thenable? a Node-style `inspect`?): they read as undefined, as on
 * a plain object. Everything else they probe (`toJSON`, `asymmetricMatch`, `$$typeof`,
 * `nodeType`, `@@__IMMUTABLE_ITERABLE__@@`, symbols) is not id-like, or is on
 * Object.prototype (`constructor`, `toString`).
 */
const PROBES = new Set(['then', 'inspect', 'length', 'name', 'prototype', 'default']);

/**
 * A frozen copy of `entries` whose every unknown id throws: reading `record.x`, for a
 * string `x` that looks like an id and is not a key, throws an UnknownIdError naming
 * the nearest key. Otherwise a plain object: `Object.keys`, spread, `in`, `JSON.stringify`,
 * `toEqual` and printing see its entries.
 */
export function strictRecord<T>(entries: Readonly<Record<string, T>>, caller: string, what: string): Readonly<Record<string, T>> {
  const target = Object.freeze({ ...entries });
  const known = Object.keys(target);
  return new Proxy(target, {
    get(object, key, receiver) {
      if (typeof key === 'string' && !Object.hasOwn(object, key) && ID_LIKE.test(key) && !(key in Object.prototype) && !PROBES.has(key)) {
        throw new UnknownIdError(caller, what, key, known);
      }
      return Reflect.get(object, key, receiver);
    },
  });
}
