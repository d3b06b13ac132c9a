import { describe, expect, it } from 'vitest';
import { chooseForSeat, modelPlaysSeat, openSeatedRun, seatedRecord, type SeatedRun } from '../../src/records/seated-run.js';
import { replayRun } from '../../src/records/replay.js';
import { loadScenario } from '../../src/scenarios/load.js';

const hormuz = loadScenario('hormuz');

describe('the model playing a seated turn (a turn timer ran out, or the game was ended)', () => {
  it("records the turn as the model's, plays on to the next seat, and the record replays", () => {
    let seated: SeatedRun = openSeatedRun(hormuz, 11, ['usa', 'russia']);
    const turn = seated.turns.length + 1;
    const handed = modelPlaysSeat(seated);
    if ('ok' in handed) throw new Error(handed.message);
    expect(handed.turns[turn - 1]).toMatchObject({ turn, actor: seated.pending!.actor.id, decidedBy: 'model' });
    expect(handed.pending === undefined || handed.pending.actor.id !== seated.pending!.actor.id || handed.turns.length > turn).toBe(true);
    seated = handed;
    while (seated.pending !== undefined) {
      const next = chooseForSeat(seated, seated.pending.options[0]!.action);
      if ('ok' in next) throw new Error(next.message);
      seated = next;
    }
    const record = seatedRecord(seated)!;
    expect(replayRun(hormuz, record)).toEqual(record);
  });

  it('plays the turn as the model would have with no one seated: the same draw decides it', () => {
    const alone = openSeatedRun(hormuz, 11, []);
    let seated: SeatedRun = openSeatedRun(hormuz, 11, ['usa', 'iran']);
    while (seated.pending !== undefined) {
      const next = modelPlaysSeat(seated);
      if ('ok' in next) throw new Error(next.message);
      seated = next;
    }
    expect(seated.turns).toEqual(alone.turns);
  });

  it('refuses when no seat is waiting', () => {
    const finished = openSeatedRun(hormuz, 11, []);
    expect(modelPlaysSeat(finished)).toEqual({ ok: false, error: 'run-finished', message: 'no seated actor is waiting to move' });
  });
});
