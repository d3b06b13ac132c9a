import { SeededRandom } from '../engine/random.js';
import { latinHypercube } from '../experiments/latin-hypercube.js';
import { checkRanges, checkWhole, type Ranges, scaleToRanges } from '../experiments/ranges.js';
import { sobolSequence } from './sobol-sequence.js';

/** How an exploration spreads its points over the inputs' ranges. */
export type ExploreDesign = (typeof EXPLORE_DESIGNS)[number];

/** The designs, in the order the help and messages list them. */
export const EXPLORE_DESIGNS = ['lhs', 'mc', 'sobol'] as const;

/**
 * `samples` points in `ranges`: `lhs` a Latin hypercube (one point per stratum of every
 * input, as `latinHypercube`), `mc` independent uniform draws, both seeded from the
 * engine's generator; `sobol` the first points of the Sobol sequence (`sobolSequence`,
 * the origin first; no seed; most even with a power of two of points). Values keep 12
 * significant digits, as a sweep's do, so that a row's inputs read back as the overrides
 * that made it.
 */
export function exploreDesign(design: ExploreDesign, ranges: Ranges, samples: number, seed: number): number[][] {
  checkRanges('exploreDesign', ranges);
  checkWhole('exploreDesign', 'samples', samples, 1);
  const points =
    design === 'lhs'
      ? latinHypercube(ranges, samples, seed)
      : design === 'mc'
        ? monteCarlo(ranges, samples, seed)
        : sobolSequence(samples, ranges.length).map((unit) => scaleToRanges(unit, ranges));
  return points.map((point) => point.map((x) => +x.toPrecision(12)));
}

function monteCarlo(ranges: Ranges, samples: number, seed: number): number[][] {
  const random = SeededRandom.fromSeed(seed);
  return Array.from({ length: samples }, () => scaleToRanges(ranges.map(() => random.next()), ranges));
}
