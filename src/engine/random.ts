import seedrandom from 'seedrandom';

/** The whole state of the seeded generator: four numbers, so a run can be saved and resumed. */
export interface RandomState {
  readonly c: number;
  readonly s0: number;
  readonly s1: number;
  readonly s2: number;
}

/**
 * The engine's only source of randomness: Baagoe's Alea generator (via seedrandom),
 * chosen because its state is four plain numbers that serialise exactly, and it is
 * fast and well tested. The seed is required: there is no fallback to the clock.
 */
export class SeededRandom {
  private constructor(private readonly prng: seedrandom.StatefulPRNG<seedrandom.State.Alea>) {}

  /** A generator seeded from a whole number from 0 to Number.MAX_SAFE_INTEGER (`requireSeed`). */
  static fromSeed(seed: number): SeededRandom {
    requireSeed(seed);
    return new SeededRandom(seedrandom.alea(String(seed), { state: true }));
  }

  /** A generator that continues from a saved state. */
  static fromState(state: RandomState): SeededRandom {
    // The state given replaces whatever the (empty) seed would have set up.
    return new SeededRandom(seedrandom.alea('', { state: { ...state } }));
  }

  next(): number {
    return this.prng();
  }

  state(): RandomState {
    const { c, s0, s1, s2 } = this.prng.state();
    return { c, s0, s1, s2 };
  }
}

/**
 * Throws a RangeError unless `seed` is a seed a run can be replayed from: a whole number from
 * 0 to Number.MAX_SAFE_INTEGER (past it, seeds that differ would print alike). Batches and
 * experiments check theirs with it before anything runs, so every call refuses a seed in
 * the same words.
 */
export function requireSeed(seed: number): void {
  if (!Number.isSafeInteger(seed) || seed < 0) throw new RangeError(`seed must be a whole number from 0 to ${Number.MAX_SAFE_INTEGER}, not ${seed}`);
}
