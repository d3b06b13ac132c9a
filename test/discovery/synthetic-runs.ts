import { SeededRandom } from '../../src/engine/random.js';
import type { DiscoveryRow } from '../../src/discovery/discovery-data.js';

/**
 * Runs whose true box is known: inputs x1 … x<k> uniform on [0, 1) (float32 values, as
 * scikit-learn stores them, so both sides split the same numbers), y = 1 exactly when
 * `inBox` says so, each y flipped with probability `noise`.
 */
export function syntheticRuns(n: number, k: number, inBox: (x: readonly number[]) => boolean, options: { seed: number; noise?: number }): DiscoveryRow[] {
  const random = SeededRandom.fromSeed(options.seed);
  return Array.from({ length: n }, () => {
    const x = Array.from({ length: k }, () => Math.fround(random.next()));
    let y = inBox(x) ? 1 : 0;
    if (options.noise !== undefined && random.next() < options.noise) y = 1 - y;
    return { ...Object.fromEntries(x.map((v, j) => [`x${j + 1}`, v])), y };
  });
}

export const inputsOf = (k: number): string[] => Array.from({ length: k }, (_, j) => `x${j + 1}`);

/** y = 1 iff x1 > 0.7 and x2 < 0.3: the example. */
export const corner = (x: readonly number[]): boolean => x[0]! > 0.7 && x[1]! < 0.3;
