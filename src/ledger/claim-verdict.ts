/** The smallest move, end to end, that counts as the cause working: 3 percentage points. */
export const SMALLEST_EFFECT = 0.03;

/** z of a two-sided 95% interval. */
const Z95 = 1.959964;

/**
 * - `holds`: the outcome moves at least 3 points the stated way from the lowest level to
 *   the highest, the two 95% intervals are apart, and no step between neighbouring
 *   levels goes the other way beyond its paired 95% interval;
 * - `weak`: the right way, but by less than that or within the noise;
 * - `reversed`: some step, or the whole range, goes the other way beyond the noise.
 */
export type Verdict = 'holds' | 'weak' | 'reversed';

export interface ClaimVerdict {
  /** Highest level's share minus the lowest's, signed so that the stated direction is positive. */
  readonly effect: number;
  /** The lowest and highest levels' 95% intervals do not overlap. */
  readonly separated: boolean;
  /** Steps between neighbouring levels that go against the stated direction beyond their paired 95% interval. */
  readonly reversals: readonly { readonly from: number; readonly to: number; readonly difference: number }[];
  readonly verdict: Verdict;
}

interface Share {
  readonly level: number;
  readonly share: number;
  readonly interval: readonly [number, number];
}

/** Judges a claim from its shares and the per-seed outcomes at each level (paired by seed). */
export function verdictOf(direction: 'up' | 'down', shares: readonly Share[], outcomes: readonly Uint8Array[]): ClaimVerdict {
  const sign = direction === 'up' ? 1 : -1;
  const first = shares[0]!;
  const last = shares[shares.length - 1]!;
  const effect = sign * (last.share - first.share);
  const apart = first.interval[1] < last.interval[0] || last.interval[1] < first.interval[0];
  const separated = apart && effect > 0;
  const reversals: { from: number; to: number; difference: number }[] = [];
  for (let k = 0; k + 1 < outcomes.length; k++) {
    const { mean, se } = pairedMean(outcomes[k]!, outcomes[k + 1]!);
    if (sign * mean < 0 && Math.abs(mean) > Z95 * se) reversals.push({ from: shares[k]!.level, to: shares[k + 1]!.level, difference: mean });
  }
  const reversed = reversals.length > 0 || (effect < 0 && apart);
  const verdict = reversed ? 'reversed' : effect >= SMALLEST_EFFECT && separated ? 'holds' : 'weak';
  return { effect, separated, reversals, verdict };
}

/** Mean and standard error of b − a over paired runs. */
function pairedMean(a: Uint8Array, b: Uint8Array): { mean: number; se: number } {
  const n = a.length;
  let sum = 0;
  let squares = 0;
  for (let i = 0; i < n; i++) {
    const d = b[i]! - a[i]!;
    sum += d;
    squares += d * d;
  }
  const mean = sum / n;
  const variance = n > 1 ? (squares - n * mean * mean) / (n - 1) : 0;
  return { mean, se: Math.sqrt(Math.max(0, variance) / n) };
}
