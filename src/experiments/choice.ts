/**
 * Throws a RangeError naming `name` unless `value` is one of `choices`: how a library call
 * checks a named kind (a design, a method) before anything runs, in the words every such
 * check uses, the choices listed from the one list the type is made from.
 */
export function requireChoice<T extends string>(name: string, value: unknown, choices: readonly T[]): asserts value is T {
  if (!(choices as readonly unknown[]).includes(value)) throw new RangeError(`${name} must be one of ${choices.join(', ')}, not ${String(value)}`);
}
