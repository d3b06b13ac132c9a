/** The range of each input of a function under study, `[low, high]`, in input order. */
export type Ranges = readonly (readonly [low: number, high: number])[];

/** Throws a RangeError naming `caller` unless every range is finite with low < high. */
export function checkRanges(caller: string, ranges: Ranges): void {
  if (ranges.length === 0) throw new RangeError(`${caller}: give at least one input range`);
  ranges.forEach(([low, high], i) => {
    if (!(Number.isFinite(low) && Number.isFinite(high) && low < high)) {
      throw new RangeError(`${caller}: input ${i} needs finite low < high, not [${low}, ${high}]`);
    }
  });
}

/** Throws a RangeError naming `caller` unless `value` is a whole number ≥ `least`. */
export function checkWhole(caller: string, name: string, value: number, least: number): void {
  if (!Number.isSafeInteger(value) || value < least) {
    throw new RangeError(`${caller}: ${name} must be a whole number ≥ ${least}, not ${value}`);
  }
}

/** A point of the unit hypercube mapped onto the ranges. */
export function scaleToRanges(unit: readonly number[], ranges: Ranges): number[] {
  return unit.map((u, i) => {
    const [low, high] = ranges[i]!;
    return low + u * (high - low);
  });
}
