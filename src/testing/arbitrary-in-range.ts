import fc from 'fast-check';

/**
 * A double from `min` to `max`: four draws in five spread evenly over the range, the fifth
 * fast-check's own double, which seeks the edges (the bounds, zero, subnormals).
 * `fc.double` alone is even over the representable doubles, not over the range: nine draws
 * in ten from [0, 5] fall below 0.001, so a property over weights, probabilities or
 * rationality drawn by it alone mostly tests a world where every one is nearly zero.
 * Both parts shrink as `fc.double` does: towards the value nearest zero, to the exact
 * boundary where a property starts to fail.
 */
export function arbitraryInRange(min: number, max: number, options: { readonly maxExcluded?: boolean } = {}): fc.Arbitrary<number> {
  const double = fc.double({ min, max, maxExcluded: options.maxExcluded ?? false, noNaN: true });
  return fc.oneof({ arbitrary: new EvenDouble(double, min, max), weight: 4 }, { arbitrary: double, weight: 1 });
}

/** Draws evenly over [min, max) and shrinks with `double`'s shrinker, which needs no context. */
class EvenDouble extends fc.Arbitrary<number> {
  constructor(
    private readonly double: fc.Arbitrary<number>,
    private readonly min: number,
    private readonly max: number,
  ) {
    super();
  }

  generate(random: fc.Random): fc.Value<number> {
    // The sum may round up to max, which an excluded max refuses: min is always in range.
    const x = this.min + (this.max - this.min) * random.nextDouble();
    return new fc.Value(this.double.canShrinkWithoutContext(x) ? x : this.min, undefined);
  }

  canShrinkWithoutContext(value: unknown): value is number {
    return this.double.canShrinkWithoutContext(value);
  }

  shrink(value: number): fc.Stream<fc.Value<number>> {
    return this.double.shrink(value, undefined);
  }
}
