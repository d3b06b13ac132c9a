import type { Scenario } from '../engine/scenario.js';
import { contentHash } from './hash.js';
import { applyOverrides, type Overrides } from './overrides.js';
import type { ScenarioSpec } from './spec.js';

/**
 * `base` (compiled from `spec`) with overrides applied, sharing base's compiled
 * expressions: what compiling the overridden spec would give, without compiling every
 * expression again, for experiments that run hundreds of variants of one scenario.
 * Undefined when an override changes the horizon or lookahead, which need a full compile
 * (they change the planner's search and its size check). Throws OverrideError as
 * `applyOverrides` does.
 */
export function scenarioVariant(base: Scenario, spec: ScenarioSpec, overrides: Overrides): Scenario | undefined {
  const changed = applyOverrides(spec, overrides);
  if (changed.horizon !== spec.horizon || changed.decision.lookahead !== spec.decision.lookahead) return undefined;
  return {
    ...base,
    hash: contentHash(changed),
    initial: Float64Array.from(changed.quantities, (q) => q.initial),
    actors: base.actors.map((actor, i) => {
      const source = changed.actors[i]!;
      return {
        ...actor,
        rationality: source.rationality ?? changed.decision.rationality,
        interests: actor.interests.map((interest, k) => ({ ...interest, weight: source.interests[k]!.weight })),
      };
    }),
    settings: { ...base.settings, rationality: changed.decision.rationality },
    overrides: { ...changed.overrides },
  };
}
