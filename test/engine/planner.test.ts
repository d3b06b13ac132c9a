import { describe, expect, it } from 'vitest';
import { assessTurn } from '../../src/engine/assess-turn.js';
import { startRun } from '../../src/engine/run-state.js';
import { compileTest, deterrenceSpec } from '../helpers/tiny-scenario.js';

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
