import { fc, test as property } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { InstructorInput } from '../../src/engine/instructor-input.js';
import { outcomesHeld, type RunState, startRun } from '../../src/engine/run-state.js';
import type { Action, Scenario } from '../../src/engine/scenario.js';
import { playAll, playTurns } from '../../src/engine/turn-loop.js';
import { playTurn } from '../../src/engine/turn.js';
import { parseRunRecord } from '../../src/records/parse-run-record.js';
import { replayRun } from '../../src/records/replay.js';
import { type RunRecord, toRunRecord, toTurnRecord, type TurnRecord } from '../../src/records/run-record.js';
import { compileScenario } from '../../src/scenarios/compile-scenario.js';
import { loadScenario } from '../../src/scenarios/load.js';
import { arbitraryScenarioSpec, arbitrarySeed } from '../../src/testing/index.js';

/** What the instructor does on one turn, as picks that fit whatever the turn turns out to be. */
interface TurnPicks {
  readonly outcome: number | undefined;
  readonly events: readonly { readonly pick: number; readonly fires: boolean }[];
  readonly injects: readonly number[];
}

const picks: fc.Arbitrary<TurnPicks> = fc.record({
  outcome: fc.option(fc.nat(), { nil: undefined, freq: 2 }),
  events: fc.array(fc.record({ pick: fc.nat(), fires: fc.boolean() }), { maxLength: 2 }),
  injects: fc.array(fc.nat(), { maxLength: 2 }),
});

// Random valid scenarios, each given two injects (the trigger's effects, and the first event's or the trigger's again).
const scenarios = arbitraryScenarioSpec().map((spec) =>
  compileScenario({
    ...spec,
    injects: [
      { id: 'inject0', label: 'An inject like the trigger', effects: spec.trigger.effects },
      { id: 'inject1', label: 'Another inject', effects: spec.events[0]?.effects ?? spec.trigger.effects },
    ],
  }),
);

/** The instructor's input for a turn taking `action`, from the turn's picks. */
function inputOf(scenario: Scenario, p: TurnPicks | undefined, action: Action | undefined): InstructorInput | undefined {
  if (p === undefined) return undefined;
  const named = action?.outcomes.filter((o) => o.id !== '') ?? [];
  return {
    outcome: p.outcome === undefined || named.length === 0 ? undefined : named[p.outcome % named.length]!.id,
    events: scenario.events.length === 0 ? [] : p.events.map((e) => ({ event: scenario.events[e.pick % scenario.events.length]!.id, fires: e.fires })),
    injects: p.injects.map((i) => scenario.injects[i % scenario.injects.length]!.id),
  };
}

/** A whole run with the instructor's picks at each turn, as a record, and the run state after each turn. */
function instructedRun(scenario: Scenario, seed: number, schedule: readonly (TurnPicks | undefined)[]): { record: RunRecord; states: RunState[] } {
  const start = startRun(scenario, seed);
  const turns: TurnRecord[] = [];
  const states: RunState[] = [];
  const end = playAll(
    playTurns(scenario, start, undefined, undefined, (turn, action) => inputOf(scenario, schedule[turn - 1], action)),
    ({ played, run }) => {
      turns.push(toTurnRecord(scenario, played, run.values));
      states.push(run);
    },
  );
  return { record: toRunRecord(scenario, start, turns, outcomesHeld(scenario, end.run)), states };
}

const schedules = fc.array(fc.option(picks, { nil: undefined, freq: 2 }), { maxLength: 12 });

describe("the instructor's decisions, as inputs of a run", () => {
  property.prop([scenarios, arbitrarySeed(), schedules], { numRuns: 80 })(
    'replay byte for byte from the record, through its JSON text, as people\'s choices do',
    (scenario, seed, schedule) => {
      const { record } = instructedRun(scenario, seed, schedule);
      const text = JSON.stringify(record);
      expect(JSON.stringify(instructedRun(scenario, seed, schedule).record)).toBe(text);
      expect(JSON.stringify(replayRun(scenario, parseRunRecord(text)))).toBe(text);
    },
  );

  property.prop([scenarios, arbitrarySeed(), schedules], { numRuns: 80 })(
    'leave the generator as the dice would: every turn draws the same numbers, decided or not',
    (scenario, seed, schedule) => {
      const instructed = instructedRun(scenario, seed, schedule).states;
      const plain = instructedRun(scenario, seed, []).states;
      expect(instructed.map((s) => s.random)).toEqual(plain.map((s) => s.random));
    },
  );

  property.prop([scenarios, arbitrarySeed(), schedules], { numRuns: 80 })(
    'are recorded as the instructor\'s: the decided outcome with the model\'s chance, events held back never fire, injected ones always do',
    (scenario, seed, schedule) => {
      const { record } = instructedRun(scenario, seed, schedule);
      for (const turn of record.turns) {
        const p = schedule[turn.turn - 1];
        if (turn.chance?.decidedBy === 'instructor') expect(p?.outcome).toBeDefined();
        for (const decided of turn.instructor?.events ?? []) {
          expect(turn.events.includes(decided.event)).toBe(decided.fires);
          expect(decided.probability).toBeGreaterThanOrEqual(0);
          expect(decided.probability).toBeLessThanOrEqual(1);
        }
        expect(turn.instructor?.injects ?? []).toEqual(p === undefined ? [] : p.injects.map((i) => scenario.injects[i % 2]!.id));
        if (p === undefined) expect(turn.instructor).toBeUndefined();
      }
    },
  );
});

describe("the instructor's decisions on hormuz", () => {
  const hormuz = loadScenario('hormuz');

  const china = hormuz.actors.find((a) => a.id === 'china')!;
  // China's private pressure on Iran: chance outcomes that a seated Iran would answer.
  const pressure = china.actions.find((a) => a.respondent !== undefined)!;
  /** The run at China's first turn, seed 3. */
  function atChinasTurn(): RunState {
    let run = startRun(hormuz, 3);
    while (hormuz.actors[run.turn % hormuz.actors.length]!.id !== 'china') run = (playTurn(hormuz, run) as { run: RunState }).run;
    return run;
  }

  it('decide a chance outcome whatever the dice drew, and record the chance the model gave it', () => {
    const run = atChinasTurn();
    const dice = playTurn(hormuz, run, pressure.id) as { run: RunState; played: { outcome: number } };
    for (const outcome of pressure.outcomes) {
      const played = playTurn(hormuz, run, pressure.id, undefined, { outcome: outcome.id });
      if (!played.ok) throw new Error(played.message);
      const record = toTurnRecord(hormuz, played.played, played.run.values);
      expect(record.chance).toMatchObject({ outcome: outcome.id, decidedBy: 'instructor' });
      expect(record.chance!.probability).toBeGreaterThanOrEqual(0);
      // The next turn's generator is the dice's, whatever was decided.
      expect(played.run.random).toEqual(dice.run.random);
    }
    expect(pressure.outcomes.length).toBeGreaterThan(1);
  });

  it('refuses what does not fit the turn: an unknown outcome, event or inject, and an outcome a person answered', () => {
    const run = atChinasTurn();
    expect(playTurn(hormuz, run, undefined, undefined, { events: [{ event: 'no_such_event', fires: true }] })).toMatchObject({ ok: false, message: "the scenario has no random event 'no_such_event'" });
    expect(playTurn(hormuz, run, undefined, undefined, { injects: ['cyber_outage'] })).toMatchObject({ ok: false, message: "the scenario has no inject 'cyber_outage'" });
    expect(playTurn(hormuz, run, pressure.id, undefined, { outcome: 'nothing' })).toMatchObject({ ok: false, message: `'${pressure.id}' has no chance outcome 'nothing'` });
    const answer = pressure.outcomes[0]!.id;
    expect(playTurn(hormuz, run, pressure.id, answer, { outcome: answer })).toMatchObject({
      ok: false,
      message: `a person answered '${pressure.id}': the instructor cannot decide its outcome too`,
    });
  });

  it('reads a record without instructor fields as before, and refuses an altered instructor decision', () => {
    const drill = loadScenario(new URL('../classroom/fixtures/hormuz-drill.yaml', import.meta.url).pathname);
    const schedule: TurnPicks[] = [{ outcome: undefined, events: [{ pick: 0, fires: true }], injects: [0] }];
    const { record } = instructedRun(drill, 5, schedule);
    expect(record.turns[0]!.instructor).toEqual({
      events: [{ event: 'tanker_incident', fires: true, probability: expect.any(Number) }],
      injects: ['cyber_outage'],
    });
    expect(record.turns[0]!.events).toContain('tanker_incident');
    const altered = JSON.parse(JSON.stringify(record)) as { turns: { instructor?: unknown }[] };
    delete altered.turns[0]!.instructor;
    expect(() => replayRun(drill, parseRunRecord(JSON.stringify(altered)))).toThrow(/turn 1 does not replay as recorded/);
  });
});
