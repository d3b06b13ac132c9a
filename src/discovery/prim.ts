import { binomialTail } from './binomial-tail.js';
import { type BoxLimits, casesAmong, contains, copyBox, fullBox, restrictedCount, restrictedOn, runsInBox } from './box.js';
import { type DiscoveryData, type DiscoveryRow, discoveryData, type OutcomeOfInterest } from './discovery-data.js';

export interface PrimOptions extends OutcomeOfInterest {
  /** The input columns boxes may restrict. */
  readonly inputs: readonly string[];
  /** Share of a box's runs each peel removes; default 0.05. */
  readonly peelAlpha?: number | undefined;
  /** Share of a box's runs each paste adds back; default 0.05. */
  readonly pasteAlpha?: number | undefined;
  /** Peeling stops before a box would hold fewer than this share of all runs; default 0.05. */
  readonly minMass?: number | undefined;
  /**
   * How peels are compared: `lenient1` (the EMA Workbench's default) the gain in density
   * per run removed, `original` (Friedman & Fisher) the density left.
   */
  readonly objective?: 'lenient1' | 'original' | undefined;
  /** Boxes to find by covering: each next box among the runs outside the boxes chosen so far; default 1. */
  readonly boxes?: number | undefined;
  /** For box b, the step of its trajectory to choose; by default the step with the best F-score. */
  readonly steps?: readonly (number | undefined)[] | undefined;
}

/** One box on a peeling (then pasting) trajectory. */
export interface PrimStep {
  /** Share of all cases of interest inside the box. */
  readonly coverage: number;
  /** Share of the box's runs that are cases of interest. */
  readonly density: number;
  /** Share of all runs inside the box. */
  readonly mass: number;
  readonly runs: number;
  readonly cases: number;
  /** Inputs the box restricts. */
  readonly restricted: number;
  /** Per input, [low, high]. */
  readonly limits: readonly (readonly [number, number])[];
}

/** The chosen box's limit on one input. */
export interface PrimLimit {
  readonly input: string;
  readonly low: number;
  readonly high: number;
  readonly restricted: boolean;
  /**
   * For a restricted input, P(at least the box's cases | the box's runs, each a case with
   * the density of the box without this restriction): one-sided binomial, as in the EMA
   * Workbench. Small means the restriction matters; null when unrestricted.
   */
  readonly quasiP: number | null;
}

export interface PrimBox {
  readonly trajectory: readonly PrimStep[];
  /** Steps 0 … peeled came from peeling; later ones from pasting. */
  readonly peeled: number;
  /** The step chosen. */
  readonly chosen: number;
  readonly limits: readonly PrimLimit[];
  readonly coverage: number;
  readonly density: number;
  readonly mass: number;
  readonly runs: number;
  readonly cases: number;
}

export interface PrimResult {
  readonly inputs: readonly string[];
  /** Each input's smallest and largest value over the runs. */
  readonly ranges: readonly (readonly [number, number])[];
  readonly runs: number;
  readonly cases: number;
  readonly peelAlpha: number;
  readonly pasteAlpha: number;
  readonly minMass: number;
  readonly objective: 'lenient1' | 'original';
  readonly boxes: readonly PrimBox[];
}

/**
 * PRIM, the Patient Rule Induction Method (Friedman & Fisher, "Bump hunting in
 * high-dimensional data", Statistics and Computing 9, 1999), as scenario discovery uses
 * it (Bryant & Lempert 2010; the EMA Workbench): finds boxes — a range on each input —
 * inside which the outcome of interest is dense.
 *
 * Peeling starts from the box of all runs and repeatedly cuts the α-share of its runs
 * at one end of one input that best raises the density (the objective), until no cut
 * helps or the next box would hold less than `minMass` of the runs; ties go to the cut
 * that restricts fewer inputs, then to the first input. Pasting then widens the last box
 * an α-share at a time while that raises the density. Every box along the way is a step
 * of the trajectory, with its coverage, density and mass: the trade-off an analyst
 * chooses from. Covering finds further boxes among the runs outside those chosen.
 * Deterministic: no randomness is involved.
 *
 * ```ts
 * const { boxes } = prim(rows, { inputs: ['x1', 'x2', 'x3'], outcome: 'y' });
 * for (const limit of boxes[0]!.limits.filter((l) => l.restricted)) console.log(limit);
 * ```
 */
export function prim(rows: readonly DiscoveryRow[], options: PrimOptions): PrimResult {
  return primOnData(discoveryData(rows, options.inputs, options), options);
}

/** `prim` over data already in columns. */
export function primOnData(data: DiscoveryData, options: Omit<PrimOptions, 'inputs' | 'outcome'> = {}): PrimResult {
  const peelAlpha = share('peelAlpha', options.peelAlpha ?? 0.05);
  const pasteAlpha = share('pasteAlpha', options.pasteAlpha ?? 0.05);
  const minMass = share('minMass', options.minMass ?? 0.05);
  const objective = options.objective ?? 'lenient1';
  const wanted = options.boxes ?? 1;
  if (!Number.isSafeInteger(wanted) || wanted < 1) throw new RangeError(`boxes must be a whole number ≥ 1, not ${wanted}`);
  const n = data.y.length;
  const full = fullBox(data);
  const all = Int32Array.from({ length: n }, (_, i) => i);
  const totalCases = casesAmong(data, all);
  const search: Search = { data, full, n, totalCases, peelAlpha, pasteAlpha, minMass, objective };
  const boxes: PrimBox[] = [];
  let remaining = all;
  for (let b = 0; b < wanted; b++) {
    if (casesAmong(data, remaining) === 0) break;
    const box = findBox(search, remaining, options.steps?.[b]);
    // A box no denser than the runs left describes nothing: covering is done.
    if (b > 0 && box.density <= casesAmong(data, remaining) / remaining.length) break;
    boxes.push(box);
    const limits: BoxLimits = { low: Float64Array.from(box.limits, (l) => l.low), high: Float64Array.from(box.limits, (l) => l.high) };
    remaining = remaining.filter((i) => !contains(data, limits, i));
    if (remaining.length === 0) break;
  }
  return {
    inputs: data.inputs,
    ranges: data.inputs.map((_, j) => [full.low[j]!, full.high[j]!] as const),
    runs: n,
    cases: totalCases,
    peelAlpha,
    pasteAlpha,
    minMass,
    objective,
    boxes,
  };
}

interface Search {
  readonly data: DiscoveryData;
  readonly full: BoxLimits;
  readonly n: number;
  readonly totalCases: number;
  readonly peelAlpha: number;
  readonly pasteAlpha: number;
  readonly minMass: number;
  readonly objective: 'lenient1' | 'original';
}

interface Candidate {
  readonly box: BoxLimits;
  readonly runs: Int32Array;
  readonly score: number;
  readonly restricted: number;
}

function findBox(search: Search, remaining: Int32Array, step: number | undefined): PrimBox {
  const { data, full } = search;
  let box: BoxLimits = copyBox(full);
  let runs = runsInBox(data, box, remaining);
  const trajectory: PrimStep[] = [stepOf(search, box, runs)];
  const boxes: BoxLimits[] = [box];
  for (;;) {
    const best = bestOf(peels(search, box, runs));
    if (best === undefined || best.runs.length / search.n < search.minMass || best.runs.length >= runs.length || !(best.score > 0)) break;
    box = best.box;
    runs = best.runs;
    trajectory.push(stepOf(search, box, runs));
    boxes.push(box);
  }
  const peeled = trajectory.length - 1;
  for (;;) {
    const best = bestOf(pastes(search, box, runs, remaining));
    if (best === undefined || best.runs.length <= runs.length || !(best.score > 0)) break;
    box = best.box;
    runs = best.runs;
    trajectory.push(stepOf(search, box, runs));
    boxes.push(box);
  }
  const chosen = step ?? bestF(trajectory);
  if (!Number.isSafeInteger(chosen) || chosen < 0 || chosen >= trajectory.length) {
    throw new RangeError(`step ${chosen} is not on the trajectory (steps 0 to ${trajectory.length - 1})`);
  }
  const at = trajectory[chosen]!;
  const limits = quasiPValues(search, boxes[chosen]!, remaining, at);
  return { trajectory, peeled, chosen, limits, coverage: at.coverage, density: at.density, mass: at.mass, runs: at.runs, cases: at.cases };
}

/** Each input's two peels: the α-share of the box's runs with the lowest values cut off, and with the highest. */
function peels(search: Search, box: BoxLimits, runs: Int32Array): Candidate[] {
  const { data, peelAlpha } = search;
  const candidates: Candidate[] = [];
  const values = new Float64Array(runs.length);
  const before = casesAmong(data, runs) / runs.length;
  for (let j = 0; j < data.inputs.length; j++) {
    const column = data.columns[j]!;
    runs.forEach((i, at) => (values[at] = column[i]!));
    values.sort();
    const last = values.length - 1;
    if (values[0] === values[last]) continue;
    // The α-quantiles (numpy's 'lower' and 'higher'); a cut that would remove nothing
    // moves to the next distinct value, so an input with many ties can still be peeled.
    let low = values[Math.floor(peelAlpha * last)]!;
    if (low === values[0]) low = values.find((x) => x > values[0]!)!;
    let high = values[Math.ceil((1 - peelAlpha) * last)]!;
    if (high === values[last]) high = values.findLast((x) => x < values[last]!)!;
    for (const side of ['low', 'high'] as const) {
      const next = copyBox(box);
      if (side === 'low') next.low[j] = low;
      else next.high[j] = high;
      const kept = runs.filter((i) => (side === 'low' ? column[i]! >= low : column[i]! <= high));
      candidates.push(candidate(search, next, kept, before, runs.length));
    }
  }
  return candidates;
}

/**
 * Each restricted input's two pastes: the box widened at one end to take in the nearest
 * α-share (of the box's runs) of the runs just outside it on that input alone.
 */
function pastes(search: Search, box: BoxLimits, runs: Int32Array, remaining: Int32Array): Candidate[] {
  const { data, full, pasteAlpha } = search;
  const candidates: Candidate[] = [];
  const before = casesAmong(data, runs) / runs.length;
  const take = Math.max(1, Math.floor(pasteAlpha * runs.length));
  for (let j = 0; j < data.inputs.length; j++) {
    if (!restrictedOn(box, full, j)) continue;
    const column = data.columns[j]!;
    const wide = copyBox(box);
    wide.low[j] = full.low[j]!;
    wide.high[j] = full.high[j]!;
    const around = runsInBox(data, wide, remaining);
    for (const side of ['low', 'high'] as const) {
      const outside = Float64Array.from(Array.from(around, (i) => column[i]!).filter((x) => (side === 'low' ? x < box.low[j]! : x > box.high[j]!)));
      if (outside.length === 0) continue;
      outside.sort();
      const next = copyBox(box);
      if (side === 'low') next.low[j] = outside[Math.max(0, outside.length - take)]!;
      else next.high[j] = outside[Math.min(outside.length - 1, take - 1)]!;
      const kept = around.filter((i) => column[i]! >= next.low[j]! && column[i]! <= next.high[j]!);
      candidates.push(candidate(search, next, kept, before, runs.length));
    }
  }
  return candidates;
}

function candidate(search: Search, box: BoxLimits, runs: Int32Array, before: number, runsBefore: number): Candidate {
  const density = runs.length === 0 ? 0 : casesAmong(search.data, runs) / runs.length;
  const changed = Math.abs(runsBefore - runs.length);
  const score = search.objective === 'original' ? density - before : changed === 0 ? 0 : (density - before) / changed;
  return { box, runs, score, restricted: restrictedCount(box, search.full) };
}

/** The best score; among equals, fewer restricted inputs, then the first. */
function bestOf(candidates: readonly Candidate[]): Candidate | undefined {
  let best: Candidate | undefined;
  for (const c of candidates) {
    if (c.runs.length === 0) continue;
    if (best === undefined || c.score > best.score || (c.score === best.score && c.restricted < best.restricted)) best = c;
  }
  return best;
}

function stepOf(search: Search, box: BoxLimits, runs: Int32Array): PrimStep {
  const cases = casesAmong(search.data, runs);
  return {
    coverage: search.totalCases === 0 ? 0 : cases / search.totalCases,
    density: runs.length === 0 ? 0 : cases / runs.length,
    mass: runs.length / search.n,
    runs: runs.length,
    cases,
    restricted: restrictedCount(box, search.full),
    limits: Array.from(box.low, (low, j) => [low, box.high[j]!] as const),
  };
}

/**
 * The step with the best F-score, the harmonic mean of coverage and density (the first
 * of equals): the box that best balances finding most cases with holding few others —
 * a first look; the trajectory shows the rest of the trade-off.
 */
function bestF(trajectory: readonly PrimStep[]): number {
  let best = 0;
  let bestScore = -1;
  trajectory.forEach((step, i) => {
    const f = step.coverage + step.density === 0 ? 0 : (2 * step.coverage * step.density) / (step.coverage + step.density);
    if (f > bestScore) {
      best = i;
      bestScore = f;
    }
  });
  return best;
}

function quasiPValues(search: Search, box: BoxLimits, remaining: Int32Array, at: PrimStep): PrimLimit[] {
  const { data, full } = search;
  return data.inputs.map((input, j) => {
    const restricted = restrictedOn(box, full, j);
    let quasiP: number | null = null;
    if (restricted) {
      const without = copyBox(box);
      without.low[j] = full.low[j]!;
      without.high[j] = full.high[j]!;
      const runs = runsInBox(data, without, remaining);
      quasiP = binomialTail(at.cases, at.runs, casesAmong(data, runs) / runs.length);
    }
    return { input, low: box.low[j]!, high: box.high[j]!, restricted, quasiP };
  });
}

function share(name: string, value: number): number {
  if (!(value > 0 && value < 1)) throw new RangeError(`${name} must be above 0 and below 1, not ${value}`);
  return value;
}
