import { compileScenario } from '../../src/scenarios/compile-scenario.js';
import type { ActorSpec, QuantitySpec, ScenarioSpec } from '../../src/scenarios/spec.js';
import type { Scenario } from '../../src/engine/scenario.js';

/** A placeholder citation for hand-built test scenarios, compiled without the article check. */
export const TEST_CITATION = { article: 'test.txt', quote: 'a passage for tests' };

export function quantity(id: string, min: number, max: number, initial: number, integer = false): QuantitySpec {
  return { id, label: id, unit: 'units', min, max, initial, integer, meaning: 'test quantity', source: 'test' };
}

/**
 * The deterrence game: A may grab a prize; B retaliates against a grab. Myopic A grabs;
 * A that anticipates B's reply does not.
 */
export function deterrenceSpec(lookahead: number, rationality = 50): ScenarioSpec {
  const attacker: ActorSpec = {
    id: 'a',
    name: 'A',
    summary: 'wants the prize, fears the punishment',
    interests: [
      { id: 'prize', label: 'Prize', weight: 1, expression: 'prize / 10', rationale: 't', citation: TEST_CITATION },
      { id: 'peace', label: 'Peace', weight: 1, expression: '-punishment / 10', rationale: 't', citation: TEST_CITATION },
    ],
    actions: [
      { id: 'hold', label: 'Hold', citation: TEST_CITATION },
      { id: 'grab', label: 'Grab', when: 'prize == 0', effects: { prize: 5 }, citation: TEST_CITATION },
    ],
  };
  const defender: ActorSpec = {
    id: 'b',
    name: 'B',
    summary: 'punishes a grab, and only a grab',
    interests: [{ id: 'justice', label: 'Justice', weight: 1, expression: '(prize > 0 ? 1 : -1) * punishment / 10', rationale: 't', citation: TEST_CITATION }],
    actions: [
      { id: 'ignore', label: 'Ignore', citation: TEST_CITATION },
      { id: 'retaliate', label: 'Retaliate', effects: { punishment: 10 }, citation: TEST_CITATION },
    ],
  };
  return {
    id: 'deterrence',
    title: 'Deterrence',
    brief: 'A test of anticipation.',
    citations: [TEST_CITATION],
    quantities: [quantity('prize', 0, 10, 0), quantity('punishment', 0, 10, 0)],
    actors: [attacker, defender],
    horizon: 2,
    decision: { rationality, lookahead },
    trigger: { id: 'start', label: 'Start', effects: {} },
    events: [],
    outcomes: [{ id: 'grabbed', label: 'A grabbed', when: 'prize > 0' }],
  };
}

export function compileTest(spec: ScenarioSpec): Scenario {
  return compileScenario(spec, { articles: false });
}
