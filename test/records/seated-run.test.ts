import { fc, test as property } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { assessTurn } from '../../src/engine/assess-turn.js';
import { ReplayError } from '../../src/records/replay-error.js';
import { runScenario } from '../../src/records/run.js';
import { replaySeatedRun } from '../../src/records/replay.js';
import { awaitedSeat, chooseForSeat, isComplete, openSeatedRun, seatedRecord, type SeatedRun } from '../../src/records/seated-run.js';
import { loadScenario } from '../../src/scenarios/load.js';

const hormuz = loadScenario('hormuz');

/** Plays every seat with the action (or the answer to another's move) `pick` selects from those open to it. */
function playOut(seated: SeatedRun, pick: (legal: string[]) => string): SeatedRun {
  let current = seated;
  while (!isComplete(current)) {
    const { response } = current.pending!;
    const mover = current.scenario.actors[current.pending!.assessment.actor]!;
    const legal = response ? response.outcomes.map((o) => o.id) : assessTurn(current.scenario, current.run)!.legal.map((i) => mover.actions[i]!.id);
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
    // Seed 10: China does not press Iran on turn 1, so Iran has nothing to answer before its own move.
    const seated = openSeatedRun(hormuz, 10, ['iran']);
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
      const answers = record.turns.filter((t) => t.chance?.decidedBy === 'human');
      expect(new Set([...humans.map((t) => t.actor), ...answers.map(() => 'iran')])).toEqual(new Set(seats));
      // Every answer that stands for a seated actor's response is the seat's, never the dice's.
      for (const t of record.turns) {
        const respondent = respondentOf(t.actor, t.choice);
        expect(t.chance?.decidedBy === 'human').toBe(respondent !== undefined && seats.includes(respondent));
      }
      expect(replaySeatedRun(hormuz, record).turns).toEqual(record.turns);
    },
  );

  it('refuses a seat for an actor not in the scenario', () => {
    expect(() => openSeatedRun(loadScenario('hormuz'), 1, ['france'])).toThrow("no actor 'france' takes part in 'hormuz'");
  });

  it('refuses an illegal choice and stays where it was', () => {
    const seated = openSeatedRun(hormuz, 10, ['iran']);
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

/** The id of the actor whose answer an action's chance outcomes stand for, if any. */
function respondentOf(actor: string, choice: string | null): string | undefined {
  const action = hormuz.actors.find((a) => a.id === actor)!.actions.find((a) => a.id === choice);
  return action?.respondent === undefined ? undefined : hormuz.actors[action.respondent]!.id;
}

describe("a seat's answer to another actor's move", () => {
  it('is chosen by the seat, not the dice, and recorded as a person\'s', () => {
    // Seed 1: China presses Iran on turn 1; whether Iran steps back is Iran's answer.
    const seated = openSeatedRun(hormuz, 1, ['iran']);
    expect(seated.turns).toHaveLength(0);
    expect(awaitedSeat(seated)?.id).toBe('iran');
    expect(seated.pending?.response).toMatchObject({ mover: { id: 'china' }, action: { id: 'press_iran' }, choice: undefined });
    expect(seated.pending?.response?.outcomes.map((o) => o.id)).toEqual(['heeded', 'ignored']);
    for (const answer of ['heeded', 'ignored']) {
      const next = chooseForSeat(seated, answer);
      if ('ok' in next) throw new Error(next.message);
      expect(next.turns[0]).toMatchObject({ actor: 'china', decidedBy: 'model', choice: 'press_iran', chance: { outcome: answer, decidedBy: 'human' } });
    }
  });

  it('is left to the dice when nobody holds the seat, and then the record says nothing of who decided', () => {
    const record = runScenario(hormuz, { seed: 1 });
    expect(record.turns[0]).toMatchObject({ actor: 'china', choice: 'press_iran' });
    expect(record.turns[0]!.chance).not.toHaveProperty('decidedBy');
  });

  it("waits for the answering seat after a person's move that another seat answers", () => {
    const seated = openSeatedRun(hormuz, 1, ['china', 'iran']);
    expect(awaitedSeat(seated)?.id).toBe('china');
    const asked = chooseForSeat(seated, 'press_iran');
    if ('ok' in asked) throw new Error(asked.message);
    expect(asked.turns).toHaveLength(0);
    expect(awaitedSeat(asked)?.id).toBe('iran');
    expect(asked.pending?.response).toMatchObject({ mover: { id: 'china' }, choice: 'press_iran' });
    const answered = chooseForSeat(asked, 'heeded');
    if ('ok' in answered) throw new Error(answered.message);
    expect(answered.turns[0]).toMatchObject({ decidedBy: 'human', choice: 'press_iran', chance: { outcome: 'heeded', decidedBy: 'human' } });
  });

  it('refuses an answer the move does not allow, and stays where it was', () => {
    const seated = openSeatedRun(hormuz, 1, ['iran']);
    expect(chooseForSeat(seated, 'close_strait')).toMatchObject({ ok: false, error: 'unknown-action' });
  });

  it('refuses a record that claims a person answered a move no seat answers', () => {
    const record = runScenario(hormuz, { seed: 4 });
    const index = record.turns.findIndex((t) => t.chance !== null && respondentOf(t.actor, t.choice) === undefined);
    expect(index).toBeGreaterThanOrEqual(0);
    const altered = { ...record, turns: record.turns.map((t, i) => (i === index ? { ...t, chance: { ...t.chance!, decidedBy: 'human' as const } } : t)) };
    expect(() => replaySeatedRun(hormuz, altered)).toThrow(ReplayError);
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
    const seated = openSeatedRun(hormuz, 10, ['iran']);
    const pending = seated.pending!;
    expect(pending.actor.id).toBe('iran');
    expect(pending.assessment).toEqual(assessTurn(hormuz, seated.run));
    const choice = pending.options[0]!.action;
    const next = chooseForSeat(seated, choice) as SeatedRun;
    expect(next.turns[seated.turns.length]!.options).toEqual(pending.options);
  });
});
