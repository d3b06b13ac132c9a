import fc from 'fast-check';

/** Seeds the engine accepts: whole numbers from 0 to Number.MAX_SAFE_INTEGER. */
export function arbitrarySeed(): fc.Arbitrary<number> {
  return fc.maxSafeNat();
}
