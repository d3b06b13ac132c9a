import { SOBOL_DIRECTIONS } from './sobol-directions.js';

/** Bits of each coordinate, as SciPy's default: 2^30 points before the sequence repeats. */
const BITS = 30;

/** The most dimensions `sobolSequence` can give: the direction numbers it carries. */
export const MAX_SOBOL_DIMENSIONS = SOBOL_DIRECTIONS.length;

/**
 * The first `count` points of the (unscrambled) Sobol sequence in `dimensions` dimensions
 * of the unit cube, starting with the origin: the same points as SciPy's
 * `scipy.stats.qmc.Sobol(d, scramble=False).random(count)` (Bratley & Fox's algorithm 659
 * with Joe & Kuo's direction numbers, in Gray-code order; the tests compare the two). A
 * quasi-random sequence: its first 2^m points stratify every input into 2^m equal parts,
 * and fill the cube more evenly than random points; it has no seed.
 */
export function sobolSequence(count: number, dimensions: number): number[][] {
  if (!Number.isSafeInteger(dimensions) || dimensions < 1 || dimensions > MAX_SOBOL_DIMENSIONS) {
    throw new RangeError(`a Sobol sequence has 1 to ${MAX_SOBOL_DIMENSIONS} dimensions, not ${dimensions}`);
  }
  if (!Number.isSafeInteger(count) || count < 0 || count > 2 ** BITS) throw new RangeError(`a Sobol sequence has at most 2^${BITS} points, not ${count}`);
  const directions = Array.from({ length: dimensions }, (_, d) => directionNumbers(d));
  const quasi = new Int32Array(dimensions);
  const points: number[][] = [];
  for (let i = 0; i < count; i++) {
    points.push(Array.from(quasi, (q) => q / 2 ** BITS));
    // The next point in Gray-code order differs in the column of i's lowest zero bit.
    let column = 0;
    while ((i >> column) & 1) column++;
    for (let d = 0; d < dimensions; d++) quasi[d] = quasi[d]! ^ directions[d]![column]!;
  }
  return points;
}

/** Dimension d's direction numbers, each scaled to BITS bits: v_j = m_j · 2^(BITS − 1 − j). */
function directionNumbers(d: number): Int32Array {
  const v = new Int32Array(BITS);
  if (d === 0) v.fill(1);
  else {
    const [poly, initial] = SOBOL_DIRECTIONS[d]!;
    const degree = Math.floor(Math.log2(poly));
    for (let j = 0; j < degree; j++) v[j] = initial[j]!;
    // The recurrence of the primitive polynomial's coefficients (Bratley & Fox 1988, p. 90).
    for (let j = degree; j < BITS; j++) {
      let next = v[j - degree]!;
      let power = 1;
      for (let k = 0; k < degree; k++) {
        power <<= 1;
        if ((poly >> (degree - 1 - k)) & 1) next ^= power * v[j - k - 1]!;
      }
      v[j] = next;
    }
  }
  for (let j = 0; j < BITS; j++) v[j] = v[j]! * 2 ** (BITS - 1 - j);
  return v;
}
