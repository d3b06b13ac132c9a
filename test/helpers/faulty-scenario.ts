import type { Formula, Interest, Scenario } from '../../src/engine/scenario.js';

/**
 * Faults a conformance check should catch, made in a compiled scenario's closures: what a
 * bug in the compiler or an expression helper would look like to the engine.
 */

/** Every interest term of every actor passed through `change`. */
export function withTerms(scenario: Scenario, change: (term: Formula, interest: Interest) => Formula): Scenario {
  return {
    ...scenario,
    actors: scenario.actors.map((actor) => ({ ...actor, interests: actor.interests.map((i) => ({ ...i, term: change(i.term, i) })) })),
  };
}

/** A formula computing `evaluate` instead (no fast `store`, reads unknown unless given). */
export function formula(base: Formula, evaluate: (state: Float64Array) => number, reads?: Int32Array): Formula {
  return { source: base.source, origin: base.origin, evaluate, ...(reads === undefined ? {} : { reads }) };
}

/** Terms that remember how often they were called: an expression that is not a function of the state. */
export function impure(scenario: Scenario): Scenario {
  let calls = 0;
  return withTerms(scenario, (term) => formula(term, (s) => term.evaluate(s) + (calls++ % 3) * 1e-3));
}

/**
 * Chance probabilities that write to the state they read: an expression with a side
 * effect. (The planner evaluates terms on its own copy of a state; playing a turn
 * evaluates the chosen action's chance probabilities on the run's state itself.)
 */
export function writing(scenario: Scenario): Scenario {
  const q = scenario.quantities.find((x) => x.max > x.min)!;
  const write = (probability: Formula): Formula =>
    formula(probability, (s) => {
      s[q.slot] = s[q.slot] === q.min ? q.max : q.min;
      return probability.evaluate(s);
    });
  return {
    ...scenario,
    actors: scenario.actors.map((actor) => ({
      ...actor,
      actions: actor.actions.map((action) => ({
        ...action,
        outcomes: action.outcomes.map((o) => ({ ...o, probability: o.probability === 'rest' ? o.probability : write(o.probability) })),
      })),
    })),
  };
}

/** Terms that claim to read no quantity, so the planner never re-evaluates them after a move. */
export function misread(scenario: Scenario): Scenario {
  return withTerms(scenario, (term) => ({ ...term, reads: new Int32Array(0) }));
}

/** Quantities declared with narrower ranges than the bounds the engine clamps to. */
export function narrowed(scenario: Scenario): Scenario {
  return { ...scenario, quantities: scenario.quantities.map((q) => ({ ...q, max: q.min + (q.max - q.min) / 100 })) };
}
