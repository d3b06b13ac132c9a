import fc from 'fast-check';

/**
 * `value`, which fast-check now prints as `text()` in a counterexample (a non-enumerable
 * property, so JSON, spreading and the scenario hash do not see it).
 */
export function printedAs<T extends object>(value: T, text: () => string): T {
  if (Object.isExtensible(value) && !Object.hasOwn(value, fc.toStringMethod)) Object.defineProperty(value, fc.toStringMethod, { value: text });
  return value;
}
