import { wilsonInterval } from './wilson-interval.js';

/**
 * A 95% interval for the difference of two independent binomial shares, b/nb − a/na, by
 * Newcombe's hybrid score method (method 10 of Newcombe, "Interval estimation for the
 * difference between independent proportions: comparison of eleven methods", Statistics
 * in Medicine 17, 1998), built from each share's Wilson interval: it stays within
 * [−1, 1] and keeps its coverage for shares near 0 or 1, where the Wald interval does not.
 */
export function newcombeInterval(a: number, na: number, b: number, nb: number, z = 1.959964): [number, number] {
  const pa = na === 0 ? 0 : a / na;
  const pb = nb === 0 ? 0 : b / nb;
  const [la, ua] = wilsonInterval(a, na, z);
  const [lb, ub] = wilsonInterval(b, nb, z);
  const d = pb - pa;
  return [Math.max(-1, d - Math.sqrt((pb - lb) ** 2 + (ua - pa) ** 2)), Math.min(1, d + Math.sqrt((ub - pb) ** 2 + (pa - la) ** 2))];
}
