import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { exploreDesign } from '../../src/discovery/explore-design.js';
import { MAX_SOBOL_DIMENSIONS, sobolSequence } from '../../src/discovery/sobol-sequence.js';
import { systemSklearn } from './system-sklearn.js';

describe('sobolSequence', () => {
  it("gives SciPy's unscrambled Sobol points, in every dimension it carries", () => {
    // SciPy comes with Debian's python3-sklearn, which the CART test installs when missing.
    const python = systemSklearn();
    const script = 'import json\nfrom scipy.stats import qmc\nprint(json.dumps(qmc.Sobol(64, scramble=False).random(1024).tolist()))';
    const result = spawnSync(python, ['-c', script], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (result.status !== 0) throw new Error(result.stderr);
    expect(sobolSequence(1024, MAX_SOBOL_DIMENSIONS)).toEqual(JSON.parse(result.stdout));
  }, 120_000);

  it('stratifies every input: the first 2^m points put one point in each of 2^m equal parts', () => {
    const points = sobolSequence(256, 12);
    for (let d = 0; d < 12; d++) expect(new Set(points.map((p) => Math.floor(p[d]! * 256))).size).toBe(256);
  });

  it('refuses dimensions it has no direction numbers for', () => {
    expect(() => sobolSequence(4, MAX_SOBOL_DIMENSIONS + 1)).toThrow(RangeError);
    expect(() => sobolSequence(4, 0)).toThrow(RangeError);
  });

  it('makes the sobol design of an exploration, scaled to the ranges, whatever the seed', () => {
    const points = exploreDesign('sobol', [[0, 10], [-1, 1]], 4, 1);
    expect(points).toEqual([[0, -1], [5, 0], [7.5, -0.5], [2.5, 0.5]]);
    expect(exploreDesign('sobol', [[0, 10], [-1, 1]], 4, 2)).toEqual(points);
  });
});
