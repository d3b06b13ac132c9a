import { describe, expect, it } from 'vitest';
import { assessTurn, currentActor } from '../../src/engine/assess-turn.js';
import { isFinished, outcomesHeld, startRun } from '../../src/engine/run-state.js';
import { StateError } from '../../src/engine/state-error.js';
import { playTurn } from '../../src/engine/turn.js';
import { toOptionRecords } from '../../src/records/run-record.js';
import { compileScenario } from '../../src/scenarios/compile-scenario.js';
import { loadScenario } from '../../src/scenarios/load.js';
import { builtInScenarioSpec } from '../../src/testing/index.js';

// Every built-in scenario has the same 44 quantities; strike has as many outcomes as s400:
// a state of one fits the other's shape.
const s400 = loadScenario('s400');
const strike = loadScenario('strike');
const hormuz = loadScenario('hormuz');
const reweighted = loadScenario('s400', { 'russia.ties_with_iran': 2 });

describe('a run state the engine made remembers its scenario', () => {
  const run = startRun(strike, 1);
  const played = playTurn(strike, run);
  if (!played.ok) throw new Error(played.message);

  it.each([
    ['playTurn', (r: typeof run) => playTurn(s400, r)],
    ['assessTurn', (r: typeof run) => assessTurn(s400, r)],
    ['currentActor', (r: typeof run) => currentActor(s400, r)],
    ['isFinished', (r: typeof run) => isFinished(s400, r)],
    ['outcomesHeld', (r: typeof run) => outcomesHeld(s400, r)],
  ] as const)('%s refuses a run of another scenario with as many quantities', (name, call) => {
    expect(strike.quantities.map((q) => q.id)).toEqual(s400.quantities.map((q) => q.id));
    expect(strike.outcomes.length).toBe(s400.outcomes.length);
    for (const r of [run, played.run]) {
      expect(() => call(r)).toThrow(new StateError(`${name}: the run is not one of 's400': it was made for 'strike' ${strike.hash.slice(0, 19)}…`));
    }
  });
  it('refuses a run of a scenario with the same id but other quantities', () => {
    const renamed = compileScenario(JSON.parse(JSON.stringify(builtInScenarioSpec('s400')).replace(/\boil_price\b/g, 'oil_cost')));
    expect(() => isFinished(s400, startRun(renamed, 1))).toThrow(/^isFinished: the run is not one of 's400': it was made for 's400' sha256:\w+…, with other quantities$/);
  });
  it("accepts the scenario's own runs, a variant's (other weights, the same state space), and a copy (checked by its shape only)", () => {
    expect(isFinished(strike, played.run)).toBe(false);
    expect(isFinished(s400, { ...run })).toBe(false);
    expect(playTurn(s400, startRun(s400, 1)).ok).toBe(true);
    expect(reweighted.hash).not.toBe(s400.hash);
    expect(assessTurn(reweighted, startRun(s400, 1))!.turn).toBe(1);
  });
  it('leaves the run state plain data: its keys and JSON are what they were', () => {
    expect(Object.keys(run)).toEqual(['seed', 'turn', 'values', 'random', 'reached']);
    expect(JSON.stringify(run)).toBe(JSON.stringify({ ...run }));
  });
});

describe('toOptionRecords checks its assessment', () => {
  const assessment = assessTurn(s400, startRun(s400, 1))!;
  it("gives the options of the scenario's own assessment", () => {
    expect(toOptionRecords(s400, assessment).map((o) => o.action)).toEqual(assessment.legal.map((a) => s400.actors[0]!.actions[a]!.id));
  });
  it('throws a StateError for one of another scenario, or one built by hand that does not fit', () => {
    expect(() => toOptionRecords(reweighted, assessment)).toThrow(
      new StateError(`toOptionRecords: the assessment is not one of 's400': it was made for 's400' ${s400.hash.slice(0, 19)}… (an assessment of another scenario?)`),
    );
    const other = assessTurn(hormuz, startRun(hormuz, 1))!;
    expect(() => toOptionRecords(s400, other)).toThrow(/^toOptionRecords: the assessment is not one of 's400': it was made for 'hormuz'/);
    expect(() => toOptionRecords(s400, { ...assessment, terms: assessment.terms.map((t) => t.slice(1)) })).toThrow(
      /^toOptionRecords: the assessment is not one of 's400': Russia has \d+ interests, but an option has another number of terms/,
    );
    expect(() => toOptionRecords(s400, { ...assessment, turn: 0 })).toThrow(StateError);
  });
});
