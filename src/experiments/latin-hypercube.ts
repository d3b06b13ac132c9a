import { SeededRandom } from '../engine/random.js';
import { permutation } from './permutation.js';
import { checkRanges, checkWhole, type Ranges, scaleToRanges } from './ranges.js';

/**
 * `samples` points in the ranges by Latin hypercube sampling (McKay, Beckman & Conover,
 * "A comparison of three methods for selecting values of input variables in the analysis
 * of output from a computer code", Technometrics 21(2), 1979): each input's range is cut
 * into `samples` equal strata and every stratum holds exactly one point, at a uniform
 * place inside it; the strata are paired across inputs at random. Seeded: the same seed
 * gives the same points.
 */
export function latinHypercube(ranges: Ranges, samples: number, seed: number): number[][] {
  checkRanges('latinHypercube', ranges);
  checkWhole('latinHypercube', 'samples', samples, 1);
  const random = SeededRandom.fromSeed(seed);
  const columns = ranges.map(() => permutation(samples, random).map((stratum) => (stratum + random.next()) / samples));
  return Array.from({ length: samples }, (_, j) => scaleToRanges(columns.map((column) => column[j]!), ranges));
}
