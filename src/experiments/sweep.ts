import { OverrideError } from '../scenarios/override-error.js';
import { wilsonInterval } from '../batch/wilson-interval.js';
import { ENGINE_VERSION } from '../engine/version.js';
import { applyOverrides, type Overrides } from '../scenarios/overrides.js';
import type { ResolvedScenario } from '../scenarios/resolved-scenario.js';
import { type PointEvaluator, localEvaluator } from './evaluator.js';
import { canonicalFactors, checkFactorRanges, experimentPoints } from './experiment-points.js';
import { checkExperimentSize } from './experiment-size.js';
import { type ExperimentProgress, reportProgress } from './experiment-progress.js';
import { type Factor, gridPoints } from './factor.js';
import { latinHypercube } from './latin-hypercube.js';
import { type ScenarioHeader, scenarioHeader } from '../records/scenario-header.js';
import { round6 } from '../records/round6.js';
import { requireChoice } from './choice.js';
import { SWEEP_DESIGNS, type SweepDesign } from './sweep-design.js';

export interface SweepOptions {
  readonly factors: readonly Factor[];
  /** `grid`: every combination of the factors' values; `lhs`: a Latin hypercube over their ranges. */
  readonly design: SweepDesign;
  /** Points of a Latin hypercube. */
  readonly samples?: number | undefined;
  /** Runs per point, with the same seeds at every point. */
  readonly runs: number;
  readonly seed: number;
  /** Overrides under every point (`--set`). */
  readonly overrides?: Overrides | undefined;
  readonly evaluator?: PointEvaluator | undefined;
  /** Stops after the point in progress; the result then holds the points finished. */
  readonly signal?: AbortSignal | undefined;
  /** Runs and points finished, of how many: first with none, then as points finish. */
  readonly onProgress?: ((progress: ExperimentProgress) => void) | undefined;
}

/** One point and one named outcome: a tidy row, one column per varied path. */
export interface SweepRow {
  readonly point: Readonly<Record<string, number>>;
  readonly outcome: string;
  readonly count: number;
  readonly runs: number;
  readonly share: number;
  /** 95% Wilson interval of the share. */
  readonly low: number;
  readonly high: number;
}

/** One point and one quantity: its final mean over the point's runs, with a 95% interval. */
export interface SweepMeanRow {
  readonly point: Readonly<Record<string, number>>;
  readonly quantity: string;
  readonly runs: number;
  readonly mean: number;
  /** Sample standard deviation of the final values. */
  readonly sd: number;
  /**
   * mean ± 1.96 sd/√runs (normal approximation), kept within the quantity's bounds: the
   * true mean lies within them, so the part outside holds nothing it could be.
   */
  readonly low: number;
  readonly high: number;
}

export interface SweepResult {
  readonly format: 'wargame-sweep/1';
  readonly engineVersion: string;
  readonly scenario: ScenarioHeader;
  readonly overrides: Overrides;
  readonly design: SweepDesign;
  readonly seed: number;
  readonly runs: number;
  /** The varied paths, canonical, in the order given: the point columns. */
  readonly factors: readonly string[];
  /** Points asked for, and finished (fewer when stopped). */
  readonly requested: number;
  readonly finished: number;
  readonly rows: readonly SweepRow[];
  /** Every quantity's final mean at every finished point, point by point in the scenario's order of quantities. */
  readonly means: readonly SweepMeanRow[];
}

/**
 * Runs a scenario at every point of a design (Mesa's batch_run, the EMA Workbench's
 * experiments): `runs` seeded runs per point, the same seeds at every point, and the
 * share of runs in which each named outcome held, with its 95% Wilson interval.
 */
export async function sweep(resolved: ResolvedScenario, options: SweepOptions): Promise<SweepResult> {
  requireChoice('design', options.design, SWEEP_DESIGNS);
  const base = options.overrides ?? {};
  const spec = applyOverrides(resolved.spec, base);
  const factors = canonicalFactors(spec, options.factors);
  checkFactorRanges(resolved.spec, base, factors);
  if (options.design === 'grid') {
    const sizes = factors.map((f) => f.values?.length ?? 1);
    checkExperimentSize(`a grid of ${sizes.join(' × ')}`, sizes.reduce((a, b) => a * b, 1), options.runs);
  } else if (options.samples !== undefined) {
    checkExperimentSize('a Latin hypercube', options.samples, options.runs);
  }
  const raw = options.design === 'grid' ? gridPoints(factors) : lhsPoints(factors, options.samples, options.seed);
  const points = experimentPoints(resolved.spec, base, raw);
  const evaluator = options.evaluator ?? localEvaluator(resolved);
  const counts = await evaluator.evaluate(points, options.runs, options.seed, options.signal, reportProgress(options.onProgress, points.length, options.runs));
  const scenario = resolved.compile(spec);
  const paths = factors.map((f) => f.path);
  const rows = counts.flatMap((c, p) =>
    scenario.outcomes.map((outcome, i): SweepRow => {
      const [low, high] = wilsonInterval(c.counts[i]!, c.runs);
      const point = Object.fromEntries(paths.map((path) => [path, points[p]![path]!]));
      return { point, outcome: outcome.id, count: c.counts[i]!, runs: c.runs, share: round6(c.counts[i]! / c.runs), low: round6(low), high: round6(high) };
    }),
  );
  const means = counts.flatMap((c, p) =>
    scenario.quantities.map((q, i): SweepMeanRow => {
      // A batch's figures for the same runs, exact whatever the threads.
      const { mean, sd } = c.statistics.quantity(i);
      const half = (1.96 * sd) / Math.sqrt(c.runs);
      const point = Object.fromEntries(paths.map((path) => [path, points[p]![path]!]));
      return { point, quantity: q.id, runs: c.runs, mean, sd, low: round6(Math.max(q.min, mean - half)), high: round6(Math.min(q.max, mean + half)) };
    }),
  );
  return {
    format: 'wargame-sweep/1',
    engineVersion: ENGINE_VERSION,
    scenario: scenarioHeader(scenario),
    overrides: base,
    design: options.design,
    seed: options.seed,
    runs: options.runs,
    factors: paths,
    requested: points.length,
    finished: counts.length,
    rows,
    means,
  };
}

function lhsPoints(factors: readonly Factor[], samples: number | undefined, seed: number): Record<string, number>[] {
  if (samples === undefined) throw new OverrideError('a Latin hypercube needs --samples N');
  const ranges = factors.map((f) => {
    if (f.range === undefined) throw new OverrideError(`--vary ${f.path}: a Latin hypercube needs a range, PATH=lo:hi`);
    return f.range;
  });
  return latinHypercube(ranges, samples, seed).map((x) => Object.fromEntries(factors.map((f, i) => [f.path, +x[i]!.toPrecision(12)])));
}
