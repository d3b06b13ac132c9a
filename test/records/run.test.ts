import { fc, test as property } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { assessTurn } from '../../src/engine/assess-turn.js';
import { chanceProbabilities } from '../../src/engine/chance.js';
import { runScenario } from '../../src/records/run.js';
import { runOutcomes } from '../../src/batch/run-outcomes.js';
import { replayRun } from '../../src/records/replay.js';
import { outcomesHeld, startRun } from '../../src/engine/run-state.js';
import type { RunRecord, TurnRecord } from '../../src/records/run-record.js';
import type { Scenario } from '../../src/engine/scenario.js';
import { playTurn } from '../../src/engine/turn.js';
import { ReplayError } from '../../src/records/replay-error.js';
import { RunError } from '../../src/engine/run-error.js';
import { loadScenario } from '../../src/scenarios/load.js';
import { arbitraryBuiltInScenario, arbitraryScenario, arbitrarySeed } from '../../src/testing/index.js';

// The conformance suite every scenario must pass (after OpenSpiel's RandomSimTest): seeded
// random playouts over random valid scenarios and over the built-in ones.
const scenarios = fc.oneof({ weight: 3, arbitrary: arbitraryScenario() }, { weight: 1, arbitrary: arbitraryBuiltInScenario() });
const runs = { numRuns: 60 };

describe('runScenario over random valid scenarios', () => {
  property.prop([scenarios, arbitrarySeed()], runs)('is deterministic: same scenario and seed, same bytes', (scenario, seed) => {
    expect(JSON.stringify(runScenario(scenario, { seed }))).toBe(JSON.stringify(runScenario(scenario, { seed })));
  });

  property.prop([scenarios, arbitrarySeed()], runs)('keeps every quantity within its declared bounds', (scenario, seed) => {
    const record = runScenario(scenario, { seed });
    for (const state of [record.trigger.state, ...record.turns.map((t) => t.state)]) {
      for (const q of scenario.quantities) {
        const v = state[q.id]!;
        expect(v).toBeGreaterThanOrEqual(q.min - 1e-6);
        expect(v).toBeLessThanOrEqual(q.max + 1e-6);
        if (q.integer) expect(Number.isInteger(v)).toBe(true);
      }
    }
  });

  property.prop([scenarios, arbitrarySeed()], runs)(
    'offers only legal actions, with finite utilities, choice and chance probabilities that sum to 1',
    (scenario, seed) => {
      let run = startRun(scenario, seed);
      while (run.turn < scenario.settings.horizon) {
        const assessment = assessTurn(scenario, run)!;
        const actor = scenario.actors[assessment.actor]!;
        if (assessment.legal.length > 0) {
          expect([...assessment.probabilities].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
        }
        assessment.legal.forEach((index, i) => {
          const action = actor.actions[index]!;
          expect(action.precondition === undefined || action.precondition.evaluate(run.values) !== 0).toBe(true);
          expect(Number.isFinite(assessment.utilities[i]!)).toBe(true);
          const chance = new Float64Array(action.outcomes.length);
          chanceProbabilities(action, run.values, chance);
          expect([...chance].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
        });
        const result = playTurn(scenario, run);
        if (!result.ok) throw new Error(result.message);
        if (result.played.chosen >= 0) {
          const chosen = actor.actions[assessment.legal[result.played.chosen]!]!;
          expect(chosen.precondition === undefined || chosen.precondition.evaluate(run.values) !== 0).toBe(true);
        }
        run = result.run;
      }
    },
  );

  property.prop([scenarios, arbitrarySeed()], runs)("records each option's terms so that they add up to its expected utility", (scenario, seed) => {
    for (const turn of runScenario(scenario, { seed }).turns) {
      for (const option of turn.options) {
        const sum = option.terms.reduce((u, t) => u + t.contribution, 0);
        expect(Math.abs(sum - option.expectedUtility)).toBeLessThanOrEqual(1e-6 * (option.terms.length + 1));
      }
    }
  });

  property.prop([scenarios, arbitrarySeed()], runs)('reproduces a record from its seed', (scenario, seed) => {
    const record = runScenario(scenario, { seed });
    expect(replayRun(scenario, record)).toEqual(record);
  });

  property.prop([scenarios, arbitrarySeed(), fc.infiniteStream(fc.nat())], runs)(
    "reproduces a record with people's choices in it",
    (scenario, seed, picks) => {
      const record = playWithPeople(scenario, seed, picks[Symbol.iterator]());
      expect(replayRun(scenario, record)).toEqual(record);
    },
  );

  property.prop([scenarios, arbitrarySeed()], runs)("counts the same outcomes on the batch runner's fast path", (scenario, seed) => {
    const record = runScenario(scenario, { seed });
    expect(runOutcomes(scenario, seed)).toEqual(scenario.outcomes.map((o) => record.outcomes[o.id]));
  });
});

/** Plays a run where a person picks every other turn's action from the legal ones. */
function playWithPeople(scenario: Scenario, seed: number, picks: Iterator<number>): RunRecord {
  const choices = new Map<number, string>();
  let run = startRun(scenario, seed);
  while (run.turn < scenario.settings.horizon) {
    const assessment = assessTurn(scenario, run)!;
    let choice: string | undefined;
    if (run.turn % 2 === 0 && assessment.legal.length > 0) {
      const index = assessment.legal[picks.next().value % assessment.legal.length]!;
      choice = scenario.actors[assessment.actor]!.actions[index]!.id;
      choices.set(run.turn + 1, choice);
    }
    const result = playTurn(scenario, run, choice);
    if (!result.ok) throw new Error(result.message);
    run = result.run;
  }
  const record = runScenario(scenario, { seed, choices });
  expect(scenario.outcomes.map((o) => record.outcomes[o.id])).toEqual(outcomesHeld(scenario, run));
  expect(record.turns.filter((t) => t.decidedBy === 'human').map((t) => t.turn)).toEqual([...choices.keys()]);
  return record;
}

describe('runScenario on the built-in scenarios', () => {
  it('gives different trajectories for different seeds', () => {
    const hormuz = loadScenario('hormuz');
    const trajectories = new Set<string>();
    for (let seed = 1; seed <= 50; seed++) {
      trajectories.add(runScenario(hormuz, { seed }).turns.map((t) => `${t.choice}/${t.chance?.outcome ?? ''}`).join(' '));
    }
    expect(trajectories.size).toBeGreaterThan(10);
  });

  it('says what it needs when called without options or without a usable seed', () => {
    const hormuz = loadScenario('hormuz');
    const call = runScenario as (scenario: Scenario, options?: unknown) => unknown;
    expect(() => call(hormuz)).toThrow(new RangeError('runScenario needs options with a seed: runScenario(scenario, { seed: 1 })'));
    expect(() => call(hormuz, {})).toThrow(new RangeError('seed must be a whole number from 0 to 9007199254740991, not undefined'));
    expect(() => call(hormuz, { seed: 2 ** 60 })).toThrow(/^seed must be a whole number from 0 to 9007199254740991, not /);
  });

  it('names the scenario, its content hash, the seed and the engine version in the record', () => {
    const record = runScenario(loadScenario('s400'), { seed: 42 });
    expect(record.format).toBe('wargame-run/1');
    expect(record.scenario.id).toBe('s400');
    expect(record.scenario.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(record.seed).toBe(42);
    expect(record.engineVersion).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('refuses to replay a record of another scenario version', () => {
    const hormuz = loadScenario('hormuz');
    const record = runScenario(hormuz, { seed: 1 });
    const altered = { ...record, scenario: { ...record.scenario, hash: 'sha256:0000' } };
    expect(() => replayRun(hormuz, altered)).toThrow(ReplayError);
    expect(() => replayRun(hormuz, { ...record, engineVersion: '0.0.0' })).toThrow(/made by engine 0.0.0/);
  });
});

describe('replaying a record', () => {
  const hormuz = loadScenario('hormuz');
  const record = runScenario(hormuz, { seed: 5 });

  it('refuses a record cut short', () => {
    expect(() => replayRun(hormuz, { ...record, turns: record.turns.slice(0, 3) })).toThrow('the record holds 3 turns, not turns 1 to 14 in order');
  });

  it('refuses forged outcomes', () => {
    const forged = { ...record, outcomes: Object.fromEntries(Object.keys(record.outcomes).map((k) => [k, true])) };
    expect(() => replayRun(hormuz, forged)).toThrow(/^outcomes\.\w+ is true in the record but false on replay: the record was altered or is corrupt$/);
  });

  it('refuses a forged choice', () => {
    const forged = { ...record, turns: record.turns.map((t, i) => (i === 0 ? { ...t, choice: 'stay_neutral' === t.choice ? 'press_iran' : 'stay_neutral' } : t)) };
    expect(() => replayRun(hormuz, forged)).toThrow(/^turn 1 does not replay as recorded: its choice is "\w+" in the record but "\w+" on replay/);
  });

  it('names the field of a turn that differs, with both values', () => {
    const forged = { ...record, turns: record.turns.map((t, i) => (i === 3 ? { ...t, options: t.options.map((o, j) => (j === 1 ? { ...o, expectedUtility: 9 } : o)) } : t)) };
    expect(() => replayRun(hormuz, forged)).toThrow(/^turn 4 does not replay as recorded: its options\[1\]\.expectedUtility is 9 in the record but -?\d+\.\d+ on replay/);
  });
});

describe('a scripted choice the rules refuse', () => {
  it('is a ChoiceError naming the turn and the reason', async () => {
    const { ChoiceError } = await import('../../src/engine/choice-error.js');
    const hormuz = loadScenario('hormuz');
    const run = () => runScenario(hormuz, { seed: 1, choices: new Map([[1, 'condemn_us']]) });
    expect(run).toThrow(ChoiceError);
    expect(run).toThrow("turn 1: China cannot 'condemn_us' now: its precondition does not hold");
  });
});

describe('a scenario whose expression fails only at states some runs reach', () => {
  const rareFault = loadScenario(new URL('../scenarios/fixtures/rare-fault.yaml', import.meta.url).pathname);
  const FAULT = /^\S+rare-fault\.yaml:22:27: 'oil_price \+ sqrt\(-hormuz_flow\)' evaluated to NaN \(turn (\d) of the run with seed (\d+)\)$/;

  it('stops a run with a RunError naming the expression, the turn and the seed, after reporting every turn before it', () => {
    let failed = 0;
    let finished = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const turns: TurnRecord[] = [];
      try {
        runScenario(rareFault, { seed, onTurn: (turn) => turns.push(turn) });
        finished++;
        expect(turns).toHaveLength(rareFault.settings.horizon);
      } catch (error) {
        failed++;
        expect(error).toBeInstanceOf(RunError);
        const { moment, message } = error as RunError;
        expect(moment).toEqual({ seed, turn: turns.length + 1 });
        expect(message).toMatch(FAULT);
        expect(message.match(FAULT)?.slice(1)).toEqual([String(turns.length + 1), String(seed)]);
        // The fast path fails at the same place.
        expect(() => runOutcomes(rareFault, seed)).toThrow(message);
      }
    }
    expect(failed).toBeGreaterThan(0);
    expect(finished).toBeGreaterThan(0);
  });

  it('places a fault in the trigger at the trigger', () => {
    const broken: Scenario = { ...rareFault, trigger: { ...rareFault.trigger, effect: rareFault.events[0]!.effect } };
    expect(() => startRun(broken, 3)).toThrow(/evaluated to NaN \(at the trigger of the run with seed 3\)$/);
  });
});
