import { describe, expect, it } from 'vitest';
import { SeededRandom } from '../../src/engine/random.js';
import { startRun } from '../../src/engine/run-state.js';
import { playTurn } from '../../src/engine/turn.js';
import { loadScenario } from '../../src/scenarios/load.js';
import { compileTest, deterrenceSpec } from '../helpers/tiny-scenario.js';

const hormuz = loadScenario('hormuz');

describe('playTurn', () => {
  it("plays a person's choice and marks it as theirs", () => {
    const run = startRun(hormuz, 3);
    const result = playTurn(hormuz, run, 'stay_neutral');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.played.decidedBy).toBe('human');
    const actor = hormuz.actors[result.played.actor]!;
    expect(actor.id).toBe('china');
    expect(actor.actions[result.played.assessment.legal[result.played.chosen]!]!.id).toBe('stay_neutral');
  });

  it('refuses an action the actor does not have, and leaves the run as it was', () => {
    const run = startRun(hormuz, 3);
    const result = playTurn(hormuz, run, 'close_strait'); // Iran's action, not China's
    expect(result).toEqual({ ok: false, error: 'unknown-action', message: "China has no action 'close_strait'" });
    expect(run.turn).toBe(0);
  });

  it('refuses an action whose precondition does not hold', () => {
    const run = startRun(hormuz, 3);
    const result = playTurn(hormuz, run, 'condemn_us'); // only after a US strike
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toBe('illegal-action');
  });

  it('refuses to play past the horizon', () => {
    const scenario = compileTest(deterrenceSpec(1));
    let run = startRun(scenario, 1);
    for (let i = 0; i < scenario.settings.horizon; i++) {
      const r = playTurn(scenario, run);
      if (!r.ok) throw new Error(r.message);
      run = r.run;
    }
    expect(playTurn(scenario, run)).toMatchObject({ ok: false, error: 'run-finished' });
  });

  it('draws exactly 2 + (number of events) numbers per turn, whoever decides', () => {
    const run = startRun(hormuz, 11);
    const expected = SeededRandom.fromState(run.random);
    for (let i = 0; i < 2 + hormuz.events.length; i++) expected.next();
    for (const choice of [undefined, 'stay_neutral', 'call_for_restraint']) {
      const result = playTurn(hormuz, run, choice);
      if (!result.ok) throw new Error(result.message);
      expect(result.run.random).toEqual(expected.state());
    }
  });

  it('is pure: the same run and choice give the same next run', () => {
    const run = startRun(hormuz, 5);
    const a = playTurn(hormuz, run);
    const b = playTurn(hormuz, run);
    expect(a).toEqual(b);
    expect(run.turn).toBe(0);
  });

  it('lets an actor with no legal action pass', () => {
    const spec = deterrenceSpec(0);
    const onlyGrab = { ...spec.actors[0]!, actions: [spec.actors[0]!.actions[1]!] }; // grab needs prize == 0
    const quantities = spec.quantities.map((q) => (q.id === 'prize' ? { ...q, initial: 5 } : q));
    const scenario = compileTest({ ...spec, actors: [onlyGrab, spec.actors[1]!], quantities });
    const result = playTurn(scenario, startRun(scenario, 1));
    if (!result.ok) throw new Error(result.message);
    expect(result.played.chosen).toBe(-1);
    expect(result.played.assessment.legal).toEqual([]);
  });
});
