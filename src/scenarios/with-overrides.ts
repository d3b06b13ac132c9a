import { declareVariant } from '../engine/compiled-code.js';
import type { Actor, Scenario } from '../engine/scenario.js';
import { rememberSpec, specOf } from './compiled-spec.js';
import { contentHash } from './hash.js';
import { formatPath } from './issue.js';
import { OverrideError } from './override-error.js';
import { applyOverrides, givenAs, type Overrides } from './overrides.js';
import { searchSizeIssues } from './search-size.js';

/**
 * A compiled scenario with overrides applied (`{ 'iran.rationality': 2, 'initial.oil': 90 }`,
 * see `Overrides`), sharing its compiled expressions: weights, rationality, starting values,
 * horizon and lookahead are data of a compiled scenario, so a variant costs a few
 * microseconds where compiling costs milliseconds. The same scenario, hash included, as
 * compiling the overridden spec gives; the hash is worked out when first read. A variant's
 * runs share the thread's decision memo with the scenario's other variants (see
 * `DecisionMemo.forThread`). Throws an OverrideError as `applyOverrides` does, and for a
 * horizon or lookahead whose search would pass the cap the compiler keeps to.
 */
export function withOverrides(scenario: Scenario, overrides: Overrides): Scenario {
  const spec = specOf(scenario);
  if (spec === undefined) throw new TypeError(`withOverrides takes a scenario compiled in this thread (loadScenario, compileScenario, or withOverrides)`);
  if (Object.keys(overrides).length === 0) return scenario;
  const changed = applyOverrides(spec, overrides);
  let hash: string | undefined;
  const variant: Scenario = {
    id: scenario.id,
    title: scenario.title,
    brief: scenario.brief,
    get hash(): string {
      return (hash ??= contentHash(changed));
    },
    quantities: scenario.quantities,
    bounds: scenario.bounds,
    initial: Float64Array.from(changed.quantities, (q) => q.initial),
    actors: scenario.actors.map((actor, i): Actor => {
      const source = changed.actors[i]!;
      return {
        ...actor,
        rationality: source.rationality ?? changed.decision.rationality,
        interests: actor.interests.map((interest, k) => ({ ...interest, weight: source.interests[k]!.weight })),
      };
    }),
    trigger: scenario.trigger,
    events: scenario.events,
    injects: scenario.injects,
    outcomes: scenario.outcomes,
    settings: { horizon: changed.horizon, rationality: changed.decision.rationality, lookahead: changed.decision.lookahead },
    overrides: { ...changed.overrides },
    headline: scenario.headline,
  };
  const { horizon, lookahead } = scenario.settings;
  if (changed.horizon !== horizon || changed.decision.lookahead !== lookahead) {
    const [issue] = searchSizeIssues(variant);
    if (issue !== undefined) throw new OverrideError(`${givenAs(overrides)} ${formatPath(issue.path)}: ${issue.message}`);
  }
  rememberSpec(variant, changed);
  declareVariant(variant, scenario);
  return variant;
}
