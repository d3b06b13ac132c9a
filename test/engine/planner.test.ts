import { test as property } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessTurn } from '../../src/engine/assess-turn.js';
import { Planner } from '../../src/engine/planner.js';
import { RunError } from '../../src/engine/run-error.js';
import { startRun } from '../../src/engine/run-state.js';
import { loadScenario } from '../../src/scenarios/load.js';
import { arbitraryBuiltInScenario, arbitraryScenario, arbitraryState } from '../../src/testing/index.js';
import type { ActorSpec } from '../../src/scenarios/spec.js';
import { compileTest, deterrenceSpec, quantity, TEST_CITATION } from '../helpers/tiny-scenario.js';

const grabProbability = (lookahead: number, rationality = 50): number => {
  const scenario = compileTest(deterrenceSpec(lookahead, rationality));
  const assessment = assessTurn(scenario, startRun(scenario, 1))!;
  const grab = assessment.legal.indexOf(scenario.actors[0]!.actions.findIndex((a) => a.id === 'grab'));
  return assessment.probabilities[grab]!;
};

describe('Planner: anticipation', () => {
  it('a myopic actor takes the prize', () => {
    expect(grabProbability(0)).toBeGreaterThan(0.99);
  });

  it('an actor that anticipates the next reply is deterred by the retaliation it expects', () => {
    expect(grabProbability(1)).toBeLessThan(0.01);
  });

  it('with rationality 0 every legal option is equally likely', () => {
    expect(grabProbability(1, 0)).toBe(0.5);
  });

  it("breaks expected utility down into weight × the expected value of each of the actor's terms", () => {
    const scenario = compileTest(deterrenceSpec(1));
    const assessment = assessTurn(scenario, startRun(scenario, 1))!;
    const actor = scenario.actors[assessment.actor]!;
    assessment.legal.forEach((_, i) => {
      const terms = assessment.terms[i]!;
      const sum = actor.interests.reduce((u, interest, k) => u + interest.weight * terms[k]!, 0);
      expect(sum).toBeCloseTo(assessment.utilities[i]!, 12);
    });
    // Grabbing: prize term 0.5, but B punishes with near certainty: peace term near -1.
    const grab = assessment.legal.indexOf(1);
    expect(assessment.terms[grab]![0]).toBeCloseTo(0.5, 6);
    expect(assessment.terms[grab]![1]).toBeCloseTo(-1, 3);
  });
});

// The search carries back utilities alone to decide, and the terms as well to assess: the
// decision must not depend on which, and the terms it shows must weigh up to its utilities.
describe('Planner: deciding and assessing', () => {
  const stateAndTurn = fc.oneof(arbitraryScenario({ maxHorizon: 5, maxLookahead: 3 }), arbitraryBuiltInScenario()).chain((scenario) =>
    fc.tuple(fc.constant(scenario), arbitraryState(scenario), fc.integer({ min: 1, max: scenario.settings.horizon })),
  );
  const attempt = <T>(f: () => T): T | string => {
    try {
      return f();
    } catch (error) {
      if (error instanceof RunError) return error.message;
      throw error;
    }
  };

  property.prop([stateAndTurn], { numRuns: 150 })('make the same decision to the last bit, or meet the same error', ([scenario, state, turn]) => {
    const planner = new Planner(scenario);
    const decide = () => {
      const d = planner.decide(state, turn);
      return { utilities: [...d.utilities.subarray(0, d.count)], probabilities: [...d.probabilities.subarray(0, d.count)] };
    };
    const assess = () => {
      const a = planner.assess(state, turn);
      return { utilities: [...a.utilities], probabilities: [...a.probabilities], terms: a.terms };
    };
    const before = attempt(decide);
    const assessed = attempt(assess);
    // Deciding again after assessing (even one that failed) is deciding as before.
    expect(attempt(decide)).toEqual(before);
    if (typeof assessed === 'string' || typeof before === 'string') {
      expect(assessed).toEqual(before);
      return;
    }
    expect(assessed.utilities).toEqual(before.utilities);
    expect(assessed.probabilities).toEqual(before.probabilities);
    const actor = scenario.actors[planner.actorAt(turn)]!;
    assessed.terms.forEach((terms, i) => {
      const weighed = actor.interests.reduce((u, interest, k) => u + interest.weight * terms[k]!, 0);
      expect(Math.abs(weighed - assessed.utilities[i]!)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(weighed)));
    });
  });
});

describe('Planner: large terms', () => {
  it('sums a leaf\'s utilities afresh when its move cancels a large term, keeping a small utility\'s digits', () => {
    // A can only hold; B's one reply zeroes a term of A's worth 1e11. An update of A's
    // utility by what the move changed would give (1e11 + 0.3) − 1e11 = 0.30000305….
    const base = deterrenceSpec(1);
    const [a, b] = base.actors as [ActorSpec, ActorSpec];
    const scenario = compileTest({
      ...base,
      quantities: [quantity('prize', 0, 10, 3), quantity('punishment', 0, 10, 0), quantity('huge', 0, 1e11, 1e11)],
      actors: [
        { ...a, interests: [...a.interests, { id: 'huge', label: 'Huge', weight: 1, expression: 'huge', rationale: 't', citation: TEST_CITATION }], actions: [a.actions[0]!] },
        { ...b, actions: [{ id: 'cancel', label: 'Cancel', effects: { huge: 0 }, citation: TEST_CITATION }] },
      ],
    });
    const assessment = new Planner(scenario).assess(Float64Array.from(scenario.initial), 1);
    expect(assessment.utilities[0]).toBeCloseTo(0.3, 12);
    expect([...assessment.terms[0]!]).toEqual([0.3, 0, 0]);
  });
});

describe('Planner: what a decision reads', () => {
  /** The decision at `turn`, as plain numbers, or the message of the RunError it meets. */
  const decided = (planner: Planner, state: Float64Array, turn: number) => {
    try {
      const d = planner.decide(state, turn);
      return { actor: d.actor, legal: [...d.legal.subarray(0, d.count)], utilities: [...d.utilities.subarray(0, d.count)], probabilities: [...d.probabilities.subarray(0, d.count)] };
    } catch (error) {
      if (error instanceof RunError) return error.message;
      throw error;
    }
  };

  // Up to ten quantities, so that a decision often reads only some of them.
  const twoStates = arbitraryScenario({ maxHorizon: 5, maxQuantities: 10 }).chain((scenario) =>
    fc.tuple(fc.constant(scenario), arbitraryState(scenario), arbitraryState(scenario), fc.integer({ min: 1, max: scenario.settings.horizon })),
  );

  it('two states that agree on the quantities it reads get the same decision, to the last bit', () => {
    let partial = 0;
    fc.assert(
      fc.property(twoStates, ([scenario, state, other, turn]) => {
        const planner = new Planner(scenario);
        const reads = planner.decisionReads(turn);
        expect(reads).toBeDefined();
        const mixed = Float64Array.from(other);
        for (const slot of reads!) mixed[slot] = state[slot]!;
        if (reads!.length < scenario.quantities.length) partial++;
        expect(decided(planner, mixed, turn)).toEqual(decided(planner, state, turn));
      }),
      { numRuns: 150 },
    );
    // Where a decision reads every quantity, the mixed state is the state itself: the
    // property says something only in the other cases.
    expect(partial).toBeGreaterThan(15);
  });

  property.prop([arbitraryBuiltInScenario(['hormuz', 's400', 'strike', 'uranium', 'beijing']).chain((scenario) =>
    fc.tuple(fc.constant(scenario), arbitraryState(scenario), arbitraryState(scenario), fc.integer({ min: 1, max: scenario.settings.horizon })),
  )], { numRuns: 40 })('the same holds in the built-in scenarios', ([scenario, state, other, turn]) => {
    const planner = new Planner(scenario);
    const mixed = Float64Array.from(other);
    for (const slot of planner.decisionReads(turn)!) mixed[slot] = state[slot]!;
    expect(decided(planner, mixed, turn)).toEqual(decided(planner, state, turn));
  });

  it('is at most three quarters of the quantities in the built-in scenarios, known for every turn', () => {
    for (const id of ['hormuz', 's400', 'strike', 'uranium', 'beijing']) {
      const scenario = loadScenario(id);
      const planner = new Planner(scenario);
      for (let turn = 1; turn <= scenario.settings.horizon; turn++) {
        const reads = planner.decisionReads(turn);
        expect(reads).toBeDefined();
        expect(reads!.length).toBeLessThanOrEqual(scenario.quantities.length * 0.75);
        expect([...reads!]).toEqual([...new Set(reads)].sort((a, b) => a - b));
      }
    }
  });
});
