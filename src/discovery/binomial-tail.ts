/**
 * P(X ≥ k) for X ~ Binomial(n, p): the one-sided binomial test PRIM's quasi-p-values use
 * (scipy's `binom.sf(k − 1, n, p)`). Summed term by term in logarithms, so it neither
 * overflows nor loses a small tail for n in the millions.
 */
export function binomialTail(k: number, n: number, p: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  const logP = Math.log(p);
  const logQ = Math.log1p(-p);
  const logN = logGamma(n + 1);
  let top = -Infinity;
  const terms: number[] = [];
  for (let i = k; i <= n; i++) {
    const term = logN - logGamma(i + 1) - logGamma(n - i + 1) + i * logP + (n - i) * logQ;
    terms.push(term);
    if (term > top) top = term;
    // Past the mode the terms only fall: stop once they no longer count.
    else if (term < top - 40) break;
  }
  let sum = 0;
  for (const term of terms) sum += Math.exp(term - top);
  return Math.min(1, Math.exp(top) * sum);
}

/** ln Γ(x) for x > 0, by Lanczos's approximation (g = 7, nine coefficients; about 15 digits). */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0]!;
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += LANCZOS[i]! / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
  9.9843695780195716e-6, 1.5056327351493116e-7,
];
