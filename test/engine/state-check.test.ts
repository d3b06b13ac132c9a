import { describe, expect, it } from 'vitest';
import { assessTurn, currentActor } from '../../src/engine/assess-turn.js';
import { isFinished, startRun } from '../../src/engine/run-state.js';
import { StateError } from '../../src/engine/state-error.js';
import { playTurn } from '../../src/engine/turn.js';
import { loadScenario } from '../../src/scenarios/load.js';

const s400 = loadScenario('s400');
const hormuz = loadScenario('hormuz');
const run = startRun(s400, 1);
const q = s400.quantities.find((x) => x.integer)!;

describe('a run state the engine is given is checked against the scenario', () => {
  it.each([
    ['playTurn', (r: typeof run) => playTurn(s400, r)],
    ['assessTurn', (r: typeof run) => assessTurn(s400, r)],
    ['currentActor', (r: typeof run) => currentActor(s400, r)],
    ['isFinished', (r: typeof run) => isFinished(s400, r)],
  ] as const)('%s throws a StateError naming what is wrong', (name, call) => {
    const values = (change: (v: Float64Array) => void) => {
      const v = new Float64Array(run.values);
      change(v);
      return { ...run, values: v };
    };
    expect(() => call({ ...run, values: new Float64Array(3) })).toThrow(
      new StateError(`${name}: the state has 3 values, but 's400' has ${s400.quantities.length} quantities (a state of another scenario?)`),
    );
    expect(() => call(values((v) => (v[q.slot] = q.max + 1)))).toThrow(`${name}: ${q.id} is ${q.max + 1}, outside its range ${q.min} to ${q.max} in 's400'`);
    expect(() => call(values((v) => (v[q.slot] = q.min + 0.5)))).toThrow(`${name}: ${q.id} is ${q.min + 0.5}, but it is a whole number`);
    expect(() => call(values((v) => (v[0] = NaN)))).toThrow(`${name}: ${s400.quantities[0]!.id} is NaN, not a finite number`);
    expect(() => call({ ...run, turn: 99 })).toThrow(`${name}: the run's turn is 99, not a whole number from 0 to 14`);
    if (hormuz.outcomes.length !== s400.outcomes.length) expect(() => call({ ...run, reached: new Uint8Array(hormuz.outcomes.length) })).toThrow(StateError);
  });
  it('names the quantity at fault', () => {
    const v = new Float64Array(run.values);
    v[q.slot] = q.max + 1;
    try {
      playTurn(s400, { ...run, values: v });
    } catch (error) {
      expect(error).toBeInstanceOf(RangeError);
      expect((error as StateError).quantity).toBe(q.id);
    }
    expect.assertions(2);
  });
});

describe('the other public functions that take a state or a run state check it too', () => {
  it('quantityValues and outcomesHeld throw a StateError; openSeatedRun names the nearest actor', async () => {
    const { quantityValues } = await import('../../src/records/run-record.js');
    const { outcomesHeld } = await import('../../src/engine/run-state.js');
    const { openSeatedRun } = await import('../../src/records/seated-run.js');
    expect(() => quantityValues(s400, new Float64Array(2))).toThrow(/^quantityValues: the state has 2 values/);
    expect(() => outcomesHeld(s400, { ...run, values: new Float64Array(2) })).toThrow(StateError);
    expect(() => openSeatedRun(hormuz, 1, ['iarn'])).toThrow("no actor 'iarn' takes part in 'hormuz' (did you mean 'iran'?)");
  });
});
