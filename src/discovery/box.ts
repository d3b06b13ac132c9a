import type { DiscoveryData } from './discovery-data.js';

/** Limits on each input, low ≤ x ≤ high, in input order. */
export interface BoxLimits {
  readonly low: Float64Array;
  readonly high: Float64Array;
}

/** Each input's smallest and largest value over the runs: the box with no restriction. */
export function fullBox(data: DiscoveryData): BoxLimits {
  const low = new Float64Array(data.inputs.length);
  const high = new Float64Array(data.inputs.length);
  data.columns.forEach((column, j) => {
    let lo = Infinity;
    let hi = -Infinity;
    for (const x of column) {
      if (x < lo) lo = x;
      if (x > hi) hi = x;
    }
    low[j] = lo;
    high[j] = hi;
  });
  return { low, high };
}

export function copyBox(box: BoxLimits): { low: Float64Array; high: Float64Array } {
  return { low: box.low.slice(), high: box.high.slice() };
}

/** Whether input j is restricted: either limit inside the full range. */
export function restrictedOn(box: BoxLimits, full: BoxLimits, j: number): boolean {
  return box.low[j]! > full.low[j]! || box.high[j]! < full.high[j]!;
}

/** How many inputs the box restricts. */
export function restrictedCount(box: BoxLimits, full: BoxLimits): number {
  let count = 0;
  for (let j = 0; j < box.low.length; j++) if (restrictedOn(box, full, j)) count++;
  return count;
}

/** The runs of `among` inside the box, in order. */
export function runsInBox(data: DiscoveryData, box: BoxLimits, among: Int32Array): Int32Array {
  const inside: number[] = [];
  for (const i of among) if (contains(data, box, i)) inside.push(i);
  return Int32Array.from(inside);
}

export function contains(data: DiscoveryData, box: BoxLimits, i: number): boolean {
  for (let j = 0; j < box.low.length; j++) {
    const x = data.columns[j]![i]!;
    if (x < box.low[j]! || x > box.high[j]!) return false;
  }
  return true;
}

/** Cases of interest among the runs. */
export function casesAmong(data: DiscoveryData, runs: Int32Array): number {
  let cases = 0;
  for (const i of runs) cases += data.y[i]!;
  return cases;
}
