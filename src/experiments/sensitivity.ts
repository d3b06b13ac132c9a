import { ENGINE_VERSION } from '../engine/version.js';
import { OverrideError } from '../scenarios/override-error.js';
import { applyOverrides, type Overrides } from '../scenarios/overrides.js';
import type { ResolvedScenario } from '../scenarios/resolved-scenario.js';
import { didYouMean } from '../text/did-you-mean.js';
import { defaultFactors } from './default-factors.js';
import { type Diagnostic, sensitivityDiagnostics } from './diagnostics.js';
import { type PointCounts, type PointEvaluator, localEvaluator } from './evaluator.js';
import type { Scenario } from '../engine/scenario.js';
import { canonicalFactors, checkFactorRanges, experimentPoints } from './experiment-points.js';
import { checkExperimentSize } from './experiment-size.js';
import { type ExperimentProgress, reportProgress } from './experiment-progress.js';
import type { Factor } from './factor.js';
import { excludeFactors, groupFactors, type InputGroup } from './input-selection.js';
import { morrisAnalyse, morrisSample } from './morris.js';
import type { Ranges } from './ranges.js';
import { saltelliSample, sobolAnalyse } from './sobol.js';
import { type ScenarioHeader, scenarioHeader } from '../records/scenario-header.js';
import { round6 } from '../records/round6.js';
import { requireChoice } from './choice.js';
import { SENSITIVITY_METHODS, type SensitivityMethod, type SensitivityRow } from './sensitivity-row.js';

export type { SensitivityMethod, SensitivityRow } from './sensitivity-row.js';

export interface SensitivityOptions {
  /** The named outcome whose share of runs is studied. */
  readonly outcome: string;
  readonly method: SensitivityMethod;
  /** Inputs with ranges; default `defaultFactors`: every weight ±50%, every starting value an interest reads. */
  readonly factors?: readonly Factor[] | undefined;
  /** Runs per point, the same seeds at every point. */
  readonly runs: number;
  readonly seed: number;
  /** Morris trajectories; default 10. */
  readonly trajectories?: number | undefined;
  /** Sobol base samples N; default 64. */
  readonly samples?: number | undefined;
  readonly overrides?: Overrides | undefined;
  /** Inputs left out (`--exclude`): paths or globs over the paths (`initial.rel_*`). */
  readonly exclude?: readonly string[] | undefined;
  /** Inputs studied together, one row each (`--group`; one at a time and Sobol): the others stand alone. */
  readonly groups?: readonly InputGroup[] | undefined;
  readonly evaluator?: PointEvaluator | undefined;
  readonly signal?: AbortSignal | undefined;
  /** Runs and points finished, of how many: first with none, then as points finish. */
  readonly onProgress?: ((progress: ExperimentProgress) => void) | undefined;
}


export interface SensitivityResult {
  readonly format: 'wargame-sensitivity/1';
  readonly engineVersion: string;
  readonly scenario: ScenarioHeader;
  readonly overrides: Overrides;
  readonly outcome: string;
  readonly method: SensitivityMethod;
  readonly seed: number;
  readonly runs: number;
  /** Points evaluated, each `runs` runs. */
  readonly points: number;
  /** The outcome's share with every input as in the scenario (oat only). */
  readonly baseShare?: number;
  /** A quantity's final mean with every input as in the scenario (oat only). */
  readonly baseMean?: number;
  /** `mean` when the output is a quantity's final mean (`outcome` then holds its id); absent for an outcome's share. */
  readonly measure?: 'mean';
  /** Ranked: the input that matters most first. */
  readonly rows: readonly SensitivityRow[];
  /** What the figures alone would not say (an output that never varied, too few runs, S1 > ST, an index within its error), in words. */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * How much the share of runs with one named outcome depends on each input: one at a
 * time (a tornado), Morris's elementary effects, or Sobol indices. The output at a point
 * is a share of `runs` seeded runs, so it carries binomial noise; the same run seeds at
 * every point (common random numbers) keep that noise from passing for an effect, and
 * the errors reported include it. `sensitivityOfEach` studies many outputs in one pass.
 */
export async function sensitivity(resolved: ResolvedScenario, options: SensitivityOptions): Promise<SensitivityResult> {
  return (await sensitivityOfEach(resolved, { ...options, outputs: [options.outcome] }))[0]!;
}

/**
 * `sensitivity` of several outputs from one set of runs: each named outcome's share and
 * each quantity's final mean (by id; `all` for every outcome, then every quantity). The
 * points are run once; each output is analysed from the same runs, so an analysis of all
 * costs what an analysis of one does.
 */
export async function sensitivityOfEach(resolved: ResolvedScenario, options: Omit<SensitivityOptions, 'outcome'> & { readonly outputs: readonly string[] }): Promise<SensitivityResult[]> {
  requireChoice('method', options.method, SENSITIVITY_METHODS);
  const base = options.overrides ?? {};
  const spec = applyOverrides(resolved.spec, base);
  const scenario = resolved.compile(spec);
  const outputs = studiedOutputs(scenario, options.outputs);
  const factors = excludeFactors(spec, canonicalFactors(spec, options.factors ?? defaultFactors(spec)), options.exclude ?? []);
  const ranges: Ranges = factors.map((f) => {
    if (f.range === undefined) throw new OverrideError(`--vary ${f.path}: sensitivity needs a range, PATH=lo:hi`);
    return f.range;
  });
  checkFactorRanges(resolved.spec, base, factors);
  const grouped = groupFactors(spec, factors, options.groups ?? []);
  if (options.method === 'morris' && (options.groups ?? []).length > 0) {
    throw new OverrideError('--group: Morris screens each input on its own here; group inputs with one at a time or Sobol, or leave inputs out with --exclude');
  }
  // With groups, the units of the analysis are the groups (an input alone is its own).
  const k = grouped.groups.length;
  if (options.method === 'oat') checkExperimentSize(`one at a time over ${k} inputs`, 1 + 2 * k, options.runs);
  if (options.method === 'morris') checkExperimentSize(`Morris with ${options.trajectories ?? 10} trajectories over ${k} inputs`, (options.trajectories ?? 10) * (k + 1), options.runs);
  if (options.method === 'sobol') checkExperimentSize(`Sobol with ${options.samples ?? 64} samples over ${k} inputs`, (options.samples ?? 64) * (k + 2), options.runs);
  const evaluator = options.evaluator ?? localEvaluator(resolved);
  const run = async (raw: Record<string, number>[]): Promise<PointCounts[]> => {
    const points = experimentPoints(resolved.spec, base, raw);
    const counts = await evaluator.evaluate(points, options.runs, options.seed, options.signal, reportProgress(options.onProgress, points.length, options.runs));
    if (counts.length < points.length) throw new InterruptedExperiment(counts.length, points.length);
    return counts;
  };
  const toPoint = (x: readonly number[]): Record<string, number> => Object.fromEntries(factors.map((f, i) => [f.path, x[i]!]));
  const header = (output: StudiedOutput) => ({
    format: 'wargame-sensitivity/1' as const,
    engineVersion: ENGINE_VERSION,
    scenario: scenarioHeader(scenario),
    overrides: base,
    outcome: output.id,
    ...(output.kind === 'mean' ? { measure: 'mean' as const } : {}),
    method: options.method,
    seed: options.seed,
    runs: options.runs,
  });
  const speak = (output: StudiedOutput, rows: readonly SensitivityRow[], y: Float64Array): Diagnostic[] =>
    sensitivityDiagnostics({
      method: options.method,
      output: output.kind === 'share' ? `the share of '${output.id}'` : `the mean of ${output.id}`,
      rows: rank([...rows], (r) => rankKey(options.method, r)),
      outputs: y,
      runs: options.runs,
      samples: options.method === 'sobol' ? (options.samples ?? 64) : options.method === 'morris' ? (options.trajectories ?? 10) : undefined,
      share: output.kind === 'share',
    });
  const rowBase = (g: number): Pick<SensitivityRow, 'input' | 'low' | 'high' | 'members'> => {
    const { name, paths } = grouped.groups[g]!;
    if (paths.length === 1 && name === paths[0]) {
      const i = grouped.groupOf.indexOf(g);
      return { input: name, low: ranges[i]![0], high: ranges[i]![1] };
    }
    return { input: name, low: 0, high: 1, members: paths };
  };
  // A group moves as one: every member to its low, or to its high.
  const groupEnd = (g: number, end: 0 | 1): Record<string, number> =>
    Object.fromEntries(factors.flatMap((f, i) => (grouped.groupOf[i] === g ? [[f.path, ranges[i]![end]]] : [])));

  if (options.method === 'oat') {
    const raw = [{}, ...grouped.groups.flatMap((_, g) => [groupEnd(g, 0), groupEnd(g, 1)])];
    const counts = await run(raw);
    const n = options.runs;
    return outputs.map((output) => {
      const y = valuesOf(counts, output);
      // The standard error of a share, or of a mean from its runs' spread.
      const variance = (p: number): number => (output.kind === 'share' ? y[p]! * (1 - y[p]!) : sampleVariance(counts[p]!, output.index));
      const rows = grouped.groups.map((_, i): SensitivityRow => {
        const [pl, ph] = [y[1 + 2 * i]!, y[2 + 2 * i]!];
        const swingError = round6(Math.sqrt((variance(1 + 2 * i) + variance(2 + 2 * i)) / n));
        const ends = output.kind === 'share' ? { shareLow: round6(pl), shareHigh: round6(ph) } : { meanLow: round6(pl), meanHigh: round6(ph) };
        return { ...rowBase(i), ...ends, swing: round6(ph - pl), swingError };
      });
      const baseline = output.kind === 'share' ? { baseShare: round6(y[0]!) } : { baseMean: round6(y[0]!) };
      return { ...header(output), points: raw.length, ...baseline, rows: rank(rows, (r) => Math.abs(r.swing!)), diagnostics: speak(output, rows, y) };
    });
  }
  if (options.method === 'morris') {
    const design = morrisSample(ranges, { trajectories: options.trajectories ?? 10, seed: options.seed });
    const counts = await run(design.points.map(toPoint));
    return outputs.map((output) => {
      const y = valuesOf(counts, output);
      const effects = morrisAnalyse(design, y, { seed: options.seed });
      const rows = factors.map((_, i): SensitivityRow => ({
        ...rowBase(i),
        muStar: round6(effects.muStar[i]!),
        muStarError: round6(effects.muStarError[i]!),
        mu: round6(effects.mu[i]!),
        sigma: round6(effects.sigma[i]!),
      }));
      return { ...header(output), points: design.points.length, rows: rank(rows, (r) => r.muStar!), diagnostics: speak(output, rows, y) };
    });
  }
  const design = saltelliSample(ranges, { samples: options.samples ?? 64, seed: options.seed, ...(k < factors.length ? { groups: grouped.groupOf } : {}) });
  const counts = await run(design.points.map(toPoint));
  return outputs.map((output) => {
    const y = valuesOf(counts, output);
    const indices = sobolAnalyse(design, y, { seed: options.seed });
    const rows = grouped.groups.map((_, i): SensitivityRow => ({
      ...rowBase(i),
      first: round6(indices.first[i]!),
      firstError: round6(indices.firstError[i]!),
      firstLow: round6(indices.firstInterval[i]![0]),
      firstHigh: round6(indices.firstInterval[i]![1]),
      total: round6(indices.total[i]!),
      totalError: round6(indices.totalError[i]!),
      totalLow: round6(indices.totalInterval[i]![0]),
      totalHigh: round6(indices.totalInterval[i]![1]),
    }));
    return { ...header(output), points: design.points.length, rows: rank(rows, (r) => r.total!), diagnostics: speak(output, rows, y) };
  });
}

/** An output an analysis studies: an outcome's share of runs, or a quantity's final mean. */
interface StudiedOutput {
  readonly id: string;
  readonly kind: 'share' | 'mean';
  /** The outcome's or quantity's index in the scenario. */
  readonly index: number;
}

/** Outputs by id (outcome or quantity; their ids never collide) or `all`; an unknown id is an OverrideError with the nearest. */
function studiedOutputs(scenario: Scenario, ids: readonly string[]): StudiedOutput[] {
  const outcomes = scenario.outcomes.map((o, index): StudiedOutput => ({ id: o.id, kind: 'share', index }));
  const quantities = scenario.quantities.map((q, index): StudiedOutput => ({ id: q.id, kind: 'mean', index }));
  const known = [...outcomes, ...quantities];
  if (ids.length === 0) throw new OverrideError('--outcome: name an outcome or quantity to study, or all');
  const chosen = ids.flatMap((id) => {
    if (id === 'all') return known;
    const found = known.find((o) => o.id === id);
    if (found === undefined) {
      const names = known.map((o) => o.id);
      throw new OverrideError(`--outcome ${id}: no such outcome or quantity in '${scenario.id}'${didYouMean(id, names)}; its outcomes are ${outcomes.map((o) => o.id).join(', ')}; its quantities are listed by \`wargame paths <scenario>\` (as initial.<quantity>); or all`);
    }
    return [found];
  });
  return chosen.filter((o, i) => chosen.findIndex((c) => c.id === o.id) === i);
}

/** The output at each point: a share of runs, or a quantity's mean over them. */
function valuesOf(counts: readonly PointCounts[], output: StudiedOutput): Float64Array {
  return Float64Array.from(counts, (c) => (output.kind === 'share' ? c.counts[output.index]! / c.runs : c.means[output.index]!));
}

/** The sample variance of a quantity's final values over a point's runs. */
function sampleVariance(c: PointCounts, q: number): number {
  return c.statistics.quantity(q).sd ** 2;
}

/** Thrown when an analysis is stopped: its indices need every point. */
export class InterruptedExperiment extends Error {
  override readonly name = 'InterruptedExperiment';
  constructor(readonly finished: number, readonly requested: number) {
    super(`interrupted after ${finished} of ${requested} points; the indices need every point, so none are reported`);
  }
}

function rankKey(method: SensitivityMethod, row: SensitivityRow): number {
  return method === 'oat' ? Math.abs(row.swing!) : method === 'morris' ? row.muStar! : row.total!;
}

/** Largest first; NaN (an output that never varies) last; ties keep input order. */
function rank(rows: SensitivityRow[], key: (row: SensitivityRow) => number): SensitivityRow[] {
  const k = (row: SensitivityRow): number => (Number.isNaN(key(row)) ? Number.NEGATIVE_INFINITY : key(row));
  return rows.map((row, i) => ({ row, i })).sort((a, b) => k(b.row) - k(a.row) || a.i - b.i).map(({ row }) => row);
}
