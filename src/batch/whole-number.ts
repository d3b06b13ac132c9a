/**
 * Throws a RangeError naming `name` unless `value` is a whole number (a safe integer) of at
 * least `least`: how a library call checks its counts (runs, workers, a range of runs)
 * before anything runs.
 */
export function requireWhole(name: string, value: number, least: number): void {
  if (!Number.isSafeInteger(value) || value < least) {
    throw new RangeError(`${name} must be a whole number of at least ${least}, not ${value}`);
  }
}
