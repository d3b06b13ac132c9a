import { OverrideError } from '../scenarios/override-error.js';
import { parseNumber } from '../scenarios/overrides.js';
import { MAX_POINTS } from './experiment-size.js';

/**
 * One input an experiment varies: a PATH (as `--set` takes) and either a list of values
 * (for a grid) or a range (for sampling and sensitivity).
 */
export interface Factor {
  readonly path: string;
  readonly values?: readonly number[] | undefined;
  readonly range?: readonly [number, number] | undefined;
}

/**
 * `--vary` text → Factor: `PATH=v1,v2,…` (values), `PATH=lo:hi:steps` (`steps` evenly
 * spaced values from lo to hi) or `PATH=lo:hi` (a range). Throws a RangeError saying what
 * is wrong.
 */
export function parseFactor(text: string): Factor {
  const at = text.indexOf('=');
  const path = text.slice(0, at).trim();
  if (at < 0 || path === '') throw new OverrideError(`--vary ${text}: expected PATH=v1,v2,… or PATH=lo:hi:steps or PATH=lo:hi`);
  const body = text.slice(at + 1);
  const number = (part: string): number => {
    const n = parseNumber(part);
    if (n === undefined) throw new OverrideError(`--vary ${text}: '${part}' is not a number`);
    return n;
  };
  if (body.includes(':')) {
    const parts = body.split(':');
    if (parts.length > 3) throw new OverrideError(`--vary ${text}: expected lo:hi or lo:hi:steps`);
    const [lo, hi] = [number(parts[0]!), number(parts[1]!)];
    if (!(lo < hi)) throw new OverrideError(`--vary ${text}: lo must be below hi`);
    if (parts.length === 2) return { path, range: [lo, hi] };
    const steps = number(parts[2]!);
    if (!Number.isInteger(steps) || steps < 2) throw new OverrideError(`--vary ${text}: steps must be a whole number ≥ 2`);
    // Refused before the values are made: a billion steps would fill memory first.
    if (steps > MAX_POINTS) throw new OverrideError(`--vary ${text}: ${steps} steps; an experiment has at most ${MAX_POINTS} points`);
    return { path, range: [lo, hi], values: Array.from({ length: steps }, (_, i) => +(lo + ((hi - lo) * i) / (steps - 1)).toPrecision(12)) };
  }
  return { path, values: body.split(',').map(number) };
}

/** Every combination of the factors' values (the first factor varies slowest), as overrides. */
export function gridPoints(factors: readonly Factor[]): Record<string, number>[] {
  let points: Record<string, number>[] = [{}];
  for (const factor of factors) {
    if (factor.values === undefined) throw new OverrideError(`--vary ${factor.path}: a grid needs values (v1,v2,… or lo:hi:steps)`);
    points = points.flatMap((point) => factor.values!.map((v) => ({ ...point, [factor.path]: v })));
  }
  return points;
}
