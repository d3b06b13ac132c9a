import { fc, test as property } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { assessTurn } from '../../src/engine/assess-turn.js';
import { ReplayError } from '../../src/records/replay-error.js';
import { runScenario } from '../../src/records/run.js';
import { replaySeatedRun } from '../../src/records/replay.js';
import { awaitedSeat, chooseForSeat, isComplete, openSeatedRun, seatedRecord, type SeatedRun } from '../../src/records/seated-run.js';
import { loadScenario } from '../../src/scenarios/load.js';

const hormuz = loadScenario('hormuz');

/** Plays every seat with the action `pick` selects from the legal ones. */
function playOut(seated: SeatedRun, pick: (legal: string[]) => string): SeatedRun {
  let current = seated;
  while (!isComplete(current)) {
    const actor = awaitedSeat(current)!;
    const legal = assessTurn(current.scenario, current.run)!.legal.map((i) => actor.actions[i]!.id);
    const next = chooseForSeat(current, pick(legal));
    if ('ok' in next) throw new Error(next.message);
    current = next;
  }
  return current;
}

describe('a seated run', () => {
  it('without seats is the model run itself', () => {
    const seated = openSeatedRun(hormuz, 4);
    expect(isComplete(seated)).toBe(true);
    expect(seatedRecord(seated)).toEqual(runScenario(hormuz, { seed: 4 }));
  });

  it("waits at the seated actor's turns only", () => {
    const seated = openSeatedRun(hormuz, 4, ['iran']);
    expect(awaitedSeat(seated)?.id).toBe('iran');
    expect(seated.turns).toHaveLength(6);
    expect(seatedRecord(seated)).toBeUndefined();
  });

  property.prop([fc.nat(), fc.subarray(['china', 'usa', 'iran', 'russia']), fc.infiniteStream(fc.nat())], { numRuns: 25 })(
    "records people's choices as human decisions and replays them exactly",
    (seed, seats, picks) => {
      const stream = picks[Symbol.iterator]();
      const done = playOut(openSeatedRun(hormuz, seed, seats), (legal) => legal[stream.next().value % legal.length]!);
      const record = seatedRecord(done)!;
      const humans = record.turns.filter((t) => t.decidedBy === 'human');
      expect(new Set(humans.map((t) => t.actor))).toEqual(new Set(seats));
      expect(replaySeatedRun(hormuz, record).turns).toEqual(record.turns);
    },
  );

  it('refuses a seat for an actor not in the scenario', () => {
    expect(() => openSeatedRun(loadScenario('hormuz'), 1, ['france'])).toThrow("no actor 'france' takes part in 'hormuz'");
  });

  it('refuses an illegal choice and stays where it was', () => {
    const seated = openSeatedRun(hormuz, 4, ['iran']);
    const result = chooseForSeat(seated, 'retaliate'); // nobody has struck Iran yet
    expect(result).toMatchObject({ ok: false, error: 'illegal-action' });
  });

  it('refuses a record whose turns were altered', () => {
    const record = runScenario(hormuz, { seed: 4 });
    const altered = { ...record, turns: record.turns.map((t, i) => (i === 3 ? { ...t, events: ['made_up'] } : t)) };
    expect(() => replaySeatedRun(hormuz, altered)).toThrow(ReplayError);
    expect(() => replaySeatedRun(hormuz, altered)).toThrow('turn 4 does not replay as recorded');
  });
});

describe('a seated actor with no legal action', () => {
  it('is passed for, so the run never waits on a choice nobody can make', async () => {
    const { compileTest, deterrenceSpec } = await import('../helpers/tiny-scenario.js');
    const spec = deterrenceSpec(0);
    const onlyGrab = { ...spec.actors[0]!, actions: [spec.actors[0]!.actions[1]!] }; // grab needs prize == 0
    const quantities = spec.quantities.map((q) => (q.id === 'prize' ? { ...q, initial: 5 } : q));
    const scenario = compileTest({ ...spec, actors: [onlyGrab, spec.actors[1]!], quantities });
    const seated = openSeatedRun(scenario, 1, ['a']);
    expect(seated.turns[0]!.choice).toBeNull();
    expect(awaitedSeat(seated)).toBeUndefined();
    expect(isComplete(seated)).toBe(true);
  });
});

describe('a pending seat', () => {
  it("carries the turn's assessment and the options as the record will store them", () => {
    const seated = openSeatedRun(hormuz, 4, ['iran']);
    const pending = seated.pending!;
    expect(pending.actor.id).toBe('iran');
    expect(pending.assessment).toEqual(assessTurn(hormuz, seated.run));
    const choice = pending.options[0]!.action;
    const next = chooseForSeat(seated, choice) as SeatedRun;
    expect(next.turns[seated.turns.length]!.options).toEqual(pending.options);
  });
});
