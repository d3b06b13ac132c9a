import type { SeededRandom } from '../engine/random.js';

/** 0 … n−1 in a random order (Fisher–Yates), drawn from the seeded generator. */
export function permutation(n: number, random: SeededRandom): number[] {
  const out = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
