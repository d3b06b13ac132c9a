import { OverrideError } from '../scenarios/override-error.js';
import { applyOverrides, canonicalPath, overrideKeys, overridesGivenAs, type Overrides } from '../scenarios/overrides.js';
import type { ScenarioSpec } from '../scenarios/spec.js';
import type { Factor } from './factor.js';

/** Factors with their paths in canonical spelling; an unknown path is an OverrideError with a did-you-mean. */
export function canonicalFactors(spec: ScenarioSpec, factors: readonly Factor[]): Factor[] {
  const seen = new Set<string>();
  return factors.map((factor) => {
    const path = canonicalPath(spec, factor.path, '--vary');
    if (seen.has(path)) throw new OverrideError(`--vary ${factor.path}: ${path} is varied twice`);
    seen.add(path);
    return { ...factor, path };
  });
}

/**
 * Checks every factor's range, both ends, against the scenario before a design is drawn
 * from it, so that a range out of bounds is refused at once rather than after building
 * (and checking) every point of a large design.
 */
export function checkFactorRanges(spec: ScenarioSpec, base: Overrides, factors: readonly Factor[]): void {
  experimentPoints(spec, base, factors.flatMap((f) => (f.range === undefined ? [] : [{ [f.path]: f.range[0] }, { [f.path]: f.range[1] }])));
}

/**
 * Points as overrides on top of the `base` ones, each checked against the scenario now,
 * so that a value out of range stops the experiment before it runs, not hours into it.
 * Values of whole-number paths (horizon, lookahead, integer quantities) are rounded.
 */
export function experimentPoints(spec: ScenarioSpec, base: Overrides, points: readonly Record<string, number>[]): Overrides[] {
  const integer = new Set(overrideKeys(spec).filter((k) => k.integer).map((k) => k.path));
  return points.map((point) => {
    const rounded = Object.fromEntries(Object.entries(point).map(([path, v]) => [path, integer.has(path) ? Math.round(v) : v]));
    const overrides = { ...base, ...rounded };
    applyOverrides(spec, overridesGivenAs(overrides, '--vary'));
    return overrides;
  });
}
