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

  /** A generator seeded from a non-negative safe integer. */
  static fromSeed(seed: number): SeededRandom {
    if (!Number.isSafeInteger(seed) || seed < 0) {
      throw new RangeError(`seed must be a non-negative integer, not ${seed}`);
    }
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
