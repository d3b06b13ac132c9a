import { startRange } from '../scenarios/start-range.js';
import { relationAliases } from '../scenarios/relation-names.js';
import type { ScenarioSpec } from '../scenarios/spec.js';
import type { Factor } from './factor.js';

/** How far a weight is varied either way by default: ±50%. */
const WEIGHT_SPREAD = 0.5;

/**
 * What a sensitivity analysis varies when not told: every positive weight of every actor
 * over ±50%, and the starting value of every quantity some interest reads, over the
 * quantity's whole range.
 */
export function defaultFactors(spec: ScenarioSpec): Factor[] {
  const factors: Factor[] = [];
  const read = new Set<string>();
  for (const actor of spec.actors) {
    for (const interest of actor.interests) {
      if (interest.weight > 0) {
        factors.push({ path: `${actor.id}.${interest.id}`, range: [interest.weight * (1 - WEIGHT_SPREAD), interest.weight * (1 + WEIGHT_SPREAD)] });
      }
      // Names in an expression, read once here at set-up; the engine never sees this text.
      for (const name of String(interest.expression).match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []) read.add(name);
    }
  }
  for (const q of spec.quantities) {
    const names = q.between ? [q.id, ...relationAliases(q.between)] : [q.id];
    if (names.some((n) => read.has(n))) factors.push({ path: `initial.${q.id}`, range: [startRange(q).min, startRange(q).max] });
  }
  return factors;
}
