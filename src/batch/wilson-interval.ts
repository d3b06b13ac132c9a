/**
 * The Wilson score interval for a binomial share: `count` successes in `runs` trials.
 * Unlike the textbook ±1.96·√(p(1−p)/n), it stays inside [0, 1] and is honest when a
 * share is 0 or 1 — common here, since many outcomes are rare by design.
 * `z` = 1.959964 gives a 95% interval.
 */
export function wilsonInterval(count: number, runs: number, z = 1.959964): [number, number] {
  if (runs === 0) return [0, 1];
  const p = count / runs;
  const z2 = z * z;
  const centre = (p + z2 / (2 * runs)) / (1 + z2 / runs);
  const half = (z / (1 + z2 / runs)) * Math.sqrt((p * (1 - p)) / runs + z2 / (4 * runs * runs));
  // At 0 or all successes the exact bound is 0 or 1; rounding would leave a hair off it.
  return [count === 0 ? 0 : Math.max(0, centre - half), count === runs ? 1 : Math.min(1, centre + half)];
}
