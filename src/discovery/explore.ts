import { availableParallelism } from 'node:os';
import { ROW_FORMATS, rowsHeader, type RowFormat } from '../batch/run-rows.js';
import { sendResolved } from '../batch/scenario-source.js';
import type { RunError } from '../engine/run-error.js';
import { canonicalFactors, checkFactorRanges, experimentPoints } from '../experiments/experiment-points.js';
import { checkExperimentSize, checkRunsAndSeed } from '../experiments/experiment-size.js';
import { type ExperimentProgress, reportProgress } from '../experiments/experiment-progress.js';
import type { Factor } from '../experiments/factor.js';
import { playPoints } from '../experiments/play-points.js';
import { OverrideError } from '../scenarios/override-error.js';
import { applyOverrides, type Overrides } from '../scenarios/overrides.js';
import { loadScenarioSpec } from '../scenarios/load.js';
import { requireChoice } from '../experiments/choice.js';
import { EXPLORE_DESIGNS, type ExploreDesign, exploreDesign } from './explore-design.js';
import { withInputs } from './row-inputs.js';

const DESIGN_NAMES: Readonly<Record<ExploreDesign, string>> = { lhs: 'a Latin hypercube', mc: 'a Monte Carlo sample', sobol: 'a Sobol sequence' };

export interface ExploreOptions {
  /** The inputs explored, each with a range (`PATH=lo:hi`). */
  readonly factors: readonly Factor[];
  readonly design: ExploreDesign;
  /** Points of the design. */
  readonly samples: number;
  /** Runs at each point. */
  readonly runs: number;
  readonly seed: number;
  /** Overrides under every point (`--set`). */
  readonly overrides?: Overrides | undefined;
  /** Threads that play runs, this one included, as for a batch: every core by default. */
  readonly workers?: number | undefined;
  /** Whether this thread plays runs too (the default); with false, `workers` worker threads play them all, as for a batch. */
  readonly playHere?: boolean | undefined;
  readonly rows: RowFormat;
  /** Receives the header and then every run's row, in run order, as UTF-8 bytes. */
  readonly onRows: (bytes: Uint8Array) => void | Promise<void>;
  /** Runs and points finished, of how many: first with none, then as runs finish. */
  readonly onProgress?: ((progress: ExperimentProgress) => void) | undefined;
  /** Stops after the points in progress; the rows then cover the points finished. */
  readonly signal?: AbortSignal | undefined;
}

export interface ExploreResult {
  /** The explored paths, canonical, in the order given: the first columns of every row. */
  readonly factors: readonly string[];
  /** Points asked for, and points whose runs were all finished. */
  readonly requested: number;
  readonly finished: number;
  /** Rows written. */
  readonly runs: number;
  /** Per named outcome, the runs in which it held. */
  readonly outcomes: readonly { readonly id: string; readonly count: number }[];
  readonly interrupted: boolean;
  /** The first run that failed; rows stop before it. */
  readonly failure?: RunError | undefined;
  /** The overrides of the point whose run failed: `--set` them to replay it. */
  readonly failedPoint?: Overrides | undefined;
}

/**
 * Runs a scenario over a design of its inputs and writes one row per run (EMA Workbench's
 * `perform_experiments`, as data for scenario discovery): the point's inputs, then the
 * columns of `wargame batch --out` (run, seed, each outcome, its first turn, every
 * quantity's final value).
 *
 * Every run has its own seed: run `r` of point `p` is run `p·runs + r` of a batch of
 * `samples · runs` runs with `seed`, i.e. `runSeed(seed, p·runs + r)`, so chance is
 * explored along with the inputs and no one seed's luck repeats at every point as a
 * pattern. Points are played as an experiment's are (`playPoints`): on the batch's worker
 * pool, each on the scenario's variant (`withOverrides`), several at once on several
 * threads; their rows are written in run order, so a row is exactly what
 * `wargame run <scenario> --seed <seed> --set PATH=value …` plays, and the bytes are the
 * same for any number of workers.
 */
export async function explore(scenario: string, options: ExploreOptions): Promise<ExploreResult> {
  const { samples, runs, seed } = options;
  // Checked before anything is written: a library caller has no option parser in front.
  checkRunsAndSeed(runs, seed);
  requireChoice('design', options.design, EXPLORE_DESIGNS);
  requireChoice('rows', options.rows, ROW_FORMATS);
  const base = options.overrides ?? {};
  const resolved = loadScenarioSpec(scenario);
  const factors = canonicalFactors(applyOverrides(resolved.spec, base), options.factors);
  if (factors.length === 0) throw new OverrideError('an exploration needs at least one --vary PATH=lo:hi');
  const ranges = factors.map((f) => {
    if (f.range === undefined || f.values !== undefined) throw new OverrideError(`--vary ${f.path}: an exploration needs a range, PATH=lo:hi`);
    return f.range;
  });
  checkExperimentSize(DESIGN_NAMES[options.design], samples, runs);
  checkFactorRanges(resolved.spec, base, factors);
  const paths = factors.map((f) => f.path);
  const design = exploreDesign(options.design, ranges, samples, seed);
  const points = experimentPoints(resolved.spec, base, design.map((x) => Object.fromEntries(paths.map((path, i) => [path, x[i]!]))));
  const values = points.map((point) => paths.map((path) => point[path]!));
  const workers = options.workers ?? availableParallelism();
  if (!Number.isSafeInteger(workers) || workers < 1) throw new RangeError(`workers must be a whole number of at least 1, not ${workers}`);
  const loaded = sendResolved(resolved, {});
  const header = new TextEncoder().encode(rowsHeader(loaded.scenario, options.rows));
  if (header.length > 0) await options.onRows(withInputs(header, options.rows, paths, [], true));
  const played = await playPoints(loaded, points, {
    runs,
    seed,
    workers,
    playHere: options.playHere ?? true,
    seeds: 'own',
    rows: options.rows,
    onRows: (p, bytes) => options.onRows(withInputs(bytes, options.rows, paths, values[p]!, false)),
    signal: options.signal,
    onProgress: reportProgress(options.onProgress, points.length, runs),
  });
  const counts = loaded.scenario.outcomes.map((_, i) => played.tallies.reduce((sum, t) => sum + t.counts[i]!, 0));
  return {
    factors: paths,
    requested: points.length,
    finished: played.finished,
    runs: played.tallies.reduce((sum, t) => sum + t.runs, 0),
    outcomes: loaded.scenario.outcomes.map((o, i) => ({ id: o.id, count: counts[i]! })),
    interrupted: played.failure === undefined && played.finished < points.length,
    failure: played.failure?.error,
    failedPoint: played.failure === undefined ? undefined : points[played.failure.point],
  };
}
