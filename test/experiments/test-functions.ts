/**
 * Functions with known sensitivity indices, from the literature on sensitivity analysis.
 */

/**
 * Ishigami & Homma (1990): f = sin x1 + a sin² x2 + b x3⁴ sin x1 on [−π, π]³. Its
 * variances have closed forms (Sobol' & Levitan 1999; Saltelli et al. 2010, §4).
 */
export function ishigami(a: number, b: number) {
  const f = ([x1, x2, x3]: readonly number[]): number => Math.sin(x1!) + a * Math.sin(x2!) ** 2 + b * x3! ** 4 * Math.sin(x1!);
  const pi4 = Math.PI ** 4;
  const pi8 = Math.PI ** 8;
  const v1 = (b * pi4) / 5 + (b * b * pi8) / 50 + 0.5;
  const v2 = (a * a) / 8;
  const v13 = (b * b * pi8) / 18 - (b * b * pi8) / 50;
  const v = v1 + v2 + v13;
  return { f, first: [v1 / v, v2 / v, 0], total: [(v1 + v13) / v, v2 / v, v13 / v] };
}

/**
 * Sobol's G-function (Saltelli & Sobol' 1995), on [0, 1]^k: f = Π (|4x_i − 2| + a_i)/(1 + a_i).
 * The smaller a_i, the more x_i matters; V_i = 1/(3(1 + a_i)²), V = Π(1 + V_i) − 1.
 */
export function gFunction(a: readonly number[]) {
  const f = (x: readonly number[]): number => a.reduce((p, ai, i) => (p * (Math.abs(4 * x[i]! - 2) + ai)) / (1 + ai), 1);
  const parts = a.map((ai) => 1 / (3 * (1 + ai) ** 2));
  const v = parts.reduce((p, vi) => p * (1 + vi), 1) - 1;
  return { f, first: parts.map((vi) => vi / v) };
}

/** The G-function's usual coefficients: two important inputs, two less so, four that barely matter. */
export const G_COEFFICIENTS = [0, 1, 4.5, 9, 99, 99, 99, 99];
