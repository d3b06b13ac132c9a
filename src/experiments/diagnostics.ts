import type { SensitivityMethod, SensitivityRow } from './sensitivity-row.js';

/**
 * Something about an analysis that its figures alone would not tell a reader, in words:
 * what it means and what to do. `inputs` names the rows it is about, if any.
 */
export interface Diagnostic {
  readonly kind: 'constant-output' | 'few-runs' | 'first-above-total' | 'error-as-large';
  readonly inputs: readonly string[];
  readonly message: string;
}

export interface DiagnosticsInput {
  readonly method: SensitivityMethod;
  /** What is studied, as messages name it: `the share of 'strait_closed'`. */
  readonly output: string;
  readonly rows: readonly SensitivityRow[];
  /** The output at every point of the design, in design order. */
  readonly outputs: ArrayLike<number>;
  /** Runs per point; the binomial noise of a share is about √(p(1−p)/runs). */
  readonly runs: number;
  /** Sobol's N, Morris's trajectories. */
  readonly samples?: number | undefined;
  /** Whether an output is a share of runs (binomial noise) rather than a mean. */
  readonly share: boolean;
}

/** The part of the spread between points that binomial noise may make, past which runs are too few. */
const NOISE_SHARE = 0.2;
/** The part the suggested number of runs would leave to noise. */
const NOISE_TARGET = 0.05;
/** Inputs named in one message before "and N more". */
const NAMED = 4;

/**
 * The contradictions and limits an analysis should speak about rather than print as
 * figures: an output that never varied (every index undefined); shares so noisy at this
 * many runs per point that the indices mostly measure luck; a first-order Sobol index above
 * the total beyond their errors (impossible in truth: the estimates have not settled); an
 * index no larger than its own error (not told from zero).
 */
export function sensitivityDiagnostics(input: DiagnosticsInput): Diagnostic[] {
  const out: Diagnostic[] = [];
  const y = Array.from(input.outputs);
  const mean = y.reduce((a, b) => a + b, 0) / y.length;
  const variance = y.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, y.length - 1);
  if (y.every((v) => v === y[0])) {
    out.push({
      kind: 'constant-output',
      inputs: [],
      message: `${input.output[0]!.toUpperCase()}${input.output.slice(1)} was ${+y[0]!.toPrecision(6)} at every one of ${y.length} points: no input moved it over these ranges, so ${input.method === 'oat' ? 'every swing is 0' : 'every index is undefined (–)'}. Widen the ranges (--vary PATH=lo:hi), study another output, or check with \`wargame batch\` that it can vary at all.`,
    });
    return out;
  }
  if (input.share) {
    // Under common random numbers the noise in a difference is smaller still: an upper bound.
    const noise = y.reduce((a, p) => a + p * (1 - p), 0) / y.length / input.runs;
    if (noise >= NOISE_SHARE * variance) {
      const signal = variance - noise;
      const runs = signal > 0 ? roundUp((input.runs * noise) / (NOISE_TARGET * signal)) : undefined;
      const what = signal > 0 ? `up to ${Math.round((100 * noise) / variance)}% of` : 'as much as all of';
      const todo = runs === undefined ? 'Run many more runs per point (--runs), or widen the ranges.' : `Run with --runs ${runs} or more, which leaves it about ${100 * NOISE_TARGET}%.`;
      out.push({ kind: 'few-runs', inputs: [], message: `${input.runs} runs per point are few: binomial noise makes ${what} the spread of ${input.output} between points, so the indices measure luck as much as the inputs. ${todo}` });
    }
  }
  if (input.method === 'sobol') {
    const above = input.rows.filter((r) => defined(r.first) && defined(r.total) && r.first! - r.total! > 2 * Math.hypot(r.firstError ?? 0, r.totalError ?? 0));
    if (above.length > 0) {
      const r = above[0]!;
      out.push({
        kind: 'first-above-total',
        inputs: above.map((a) => a.input),
        message: `S1 is above ST beyond their errors for ${names(above)} (${r.input}: S1 ${fixed(r.first!)} ± ${fixed(r.firstError ?? 0)}, ST ${fixed(r.total!)} ± ${fixed(r.totalError ?? 0)}). In truth S1 ≤ ST, since an input's effect alone is part of its total: at N = ${input.samples ?? '?'} the estimates have not settled. ${moreSamples(input.samples)}`,
      });
    }
    const firsts = input.rows.filter((r) => defined(r.first));
    const sum = firsts.reduce((a, r) => a + r.first!, 0);
    if (sum - 1 > 2 * Math.hypot(...firsts.map((r) => r.firstError ?? 0))) {
      out.push({
        kind: 'first-above-total',
        inputs: [],
        message: `The S1 sum to ${fixed(sum)}, past 1 beyond their errors. In truth they sum to at most 1 (each is a part of one variance): at N = ${input.samples ?? '?'} the estimates have not settled. ${moreSamples(input.samples)}`,
      });
    }
  }
  for (const [name, index] of INDICES[input.method]) {
    const unclear = input.rows.filter((r) => {
      const [value, error] = index(r);
      return defined(value) && defined(error) && error > 0 && Math.abs(value) <= error;
    });
    if (unclear.length === 0) continue;
    const more = input.method === 'sobol' ? '--samples' : input.method === 'morris' ? '--trajectories' : undefined;
    const todo = more === undefined ? 'quadruple --runs to halve it' : `quadruple --runs (binomial noise) and ${more} (sampling) to halve it`;
    out.push({
      kind: 'error-as-large',
      inputs: unclear.map((r) => r.input),
      message: `The ${name} of ${names(unclear)} is no larger than its error, so it cannot be told from zero: this analysis does not say whether ${unclear.length === 1 ? 'it matters' : 'they matter'}${name === 'S1' ? ' alone' : ''}. To tell, ${todo}.`,
    });
  }
  return out;
}

/** Each method's indices and their errors, by the names the table gives them. */
const INDICES: Record<SensitivityMethod, readonly (readonly [string, (r: SensitivityRow) => [number | undefined, number | undefined]])[]> = {
  oat: [['swing', (r) => [r.swing, r.swingError]]],
  morris: [['μ*', (r) => [r.muStar, r.muStarError]]],
  sobol: [
    ['ST', (r) => [r.total, r.totalError]],
    ['S1', (r) => [r.first, r.firstError]],
  ],
};

const moreSamples = (n: number | undefined): string => `Run with --samples ${4 * (n ?? 16)} or more (the error falls as 1/√N).`;
const defined = (x: number | undefined): x is number => x !== undefined && Number.isFinite(x);
const fixed = (x: number): string => x.toFixed(3);

function names(rows: readonly SensitivityRow[]): string {
  const shown = rows.slice(0, NAMED).map((r) => r.input);
  return rows.length > NAMED ? `${shown.join(', ')} and ${rows.length - NAMED} more` : shown.join(rows.length === 2 ? ' and ' : ', ');
}

/** Up to two significant figures, rounded up: 1,234 → 1,300. */
function roundUp(x: number): number {
  const scale = 10 ** Math.max(0, Math.floor(Math.log10(x)) - 1);
  return Math.ceil(x / scale) * scale;
}
