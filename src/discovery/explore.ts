import { runParallelBatch } from '../batch/parallel-batch.js';
import type { RowFormat } from '../batch/run-rows.js';
import type { RunError } from '../engine/run-error.js';
import { canonicalFactors, checkFactorRanges, experimentPoints } from '../experiments/experiment-points.js';
import { checkExperimentSize } from '../experiments/experiment-size.js';
import type { Factor } from '../experiments/factor.js';
import { OverrideError } from '../scenarios/override-error.js';
import { applyOverrides, type Overrides } from '../scenarios/overrides.js';
import { loadScenarioSpec } from '../scenarios/load.js';
import { type ExploreDesign, exploreDesign } from './explore-design.js';
import { withInputs } from './row-inputs.js';

const DESIGN_NAMES = { lhs: 'a Latin hypercube', mc: 'a Monte Carlo sample', sobol: 'a Sobol sequence' } as const;

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
  /** Threads that play a point's runs, as for a batch. */
  readonly workers?: number | undefined;
  readonly rows: RowFormat;
  /** Receives the header and then every run's row, in run order, as UTF-8 bytes. */
  readonly onRows: (bytes: Uint8Array) => void | Promise<void>;
  /** Called with the runs finished so far, after each point. */
  readonly onProgress?: ((finished: number) => void) | undefined;
  /** Stops after the run in progress; the rows then cover the runs finished. */
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
 * pattern. A point's runs go through `runParallelBatch` with the point's overrides, so a
 * row is exactly what `wargame run <scenario> --seed <seed> --set PATH=value …` plays, and
 * the bytes are the same for any number of workers.
 */
export async function explore(scenario: string, options: ExploreOptions): Promise<ExploreResult> {
  const { samples, runs, seed } = options;
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
  let counts: number[] | undefined;
  let ids: string[] = [];
  let written = 0;
  let finished = 0;
  for (let p = 0; p < points.length; p++) {
    if (options.signal?.aborted) return result(true);
    const point = points[p]!;
    const values = paths.map((path) => point[path]!);
    let header = true;
    const batch = await runParallelBatch(
      { scenario, overrides: point },
      {
        runs: samples * runs,
        seed,
        from: p * runs,
        to: (p + 1) * runs,
        ...(options.workers === undefined ? {} : { workers: options.workers }),
        rows: options.rows,
        signal: options.signal,
        onRows: async (bytes) => {
          // Each point's batch begins with the rows' header: the file has it once.
          const first = header;
          header = false;
          if (first && p > 0) return;
          await options.onRows(withInputs(bytes, options.rows, paths, values, first));
        },
      },
    );
    ids = batch.scenario.outcomes.map((o) => o.id);
    const json = batch.statistics.toJSON();
    counts ??= ids.map(() => 0);
    json.counts.forEach((c, i) => (counts![i]! += c));
    written += batch.statistics.runs;
    options.onProgress?.(written);
    if (batch.failure !== undefined) return result(false, batch.failure, point);
    if (batch.interrupted) return result(true);
    finished++;
  }
  return result(false);

  function result(interrupted: boolean, failure?: RunError, failedPoint?: Overrides): ExploreResult {
    return {
      factors: paths,
      requested: points.length,
      finished,
      runs: written,
      outcomes: ids.map((id, i) => ({ id, count: counts?.[i] ?? 0 })),
      interrupted,
      failure,
      failedPoint,
    };
  }
}
