import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openClassroom, resumeClassroom } from '../../src/classroom/classroom-setup.js';
import { replayRun } from '../../src/records/replay.js';
import { loadScenario } from '../../src/scenarios/load.js';
import { gameView } from '../../src/classroom/game-view.js';

// Seats that never answer another's move (only Iran does, in hormuz): a seat's first move is its own.
function fresh(seats = ['usa', 'russia'], now?: () => number) {
  const folder = mkdtempSync(join(tmpdir(), 'wargame-game-'));
  const journal = join(folder, 'class.journal');
  return { ...openClassroom({ scenario: 'hormuz', overrides: {}, seed: 3, seats, journal, port: 8070 }, now), path: journal };
}

/** Plays the awaited seat's first option until the run is finished or `count` moves are made. */
function playFirst(game: ReturnType<typeof fresh>['game'], count = Infinity) {
  for (let i = 0; i < count && game.toMove !== undefined; i++) {
    const seat = game.toMove;
    // The seat's first option as it is offered (an answer to another's move, when it is one).
    const result = game.move(seat, game.seated.turns.length + 1, gameView(game, 'seat', seat).yours![0]!.action);
    expect(result.ok).toBe(true);
  }
}

describe('a classroom game', () => {
  it('gives every seat, the instructor and the watchers codes of 8 symbols from the no-look-alike alphabet, all different', () => {
    const { game } = fresh(['usa', 'iran', 'russia', 'china']);
    const all = [...Object.values(game.codes.seats), game.codes.instructor, game.codes.watch];
    expect(new Set(all).size).toBe(6);
    for (const code of all) expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
  });

  it('restores exactly from its journal: the same turns, settings and groups', () => {
    const first = fresh();
    first.game.nameGroup('usa', 'Table 1');
    playFirst(first.game, 2);
    first.game.setModelView(true);
    first.game.pause();
    first.journal.close();
    const resumed = resumeClassroom(first.path);
    expect(resumed.game.seated.turns).toEqual(first.game.seated.turns);
    expect(resumed.game.paused).toBe(true);
    expect(resumed.game.modelView).toBe(true);
    expect(resumed.game.groupOf('usa')).toBe('Table 1');
    expect(resumed.game.codes).toEqual(first.game.codes);
    // And it goes on: a move after resuming is journalled, and a second resume has it too.
    resumed.game.resume();
    playFirst(resumed.game, 1);
    resumed.journal.close();
    expect(resumeClassroom(first.path).game.seated.turns).toEqual(resumed.game.seated.turns);
  });

  it('restores where the host last listened: port and address, and from an older journal the port alone', () => {
    const first = fresh();
    expect(first.game.listenedOn).toBeUndefined();
    first.game.listening(40123, '127.0.0.1');
    first.game.listening(40123, '127.0.0.1'); // the same place again is not journalled twice
    first.journal.close();
    expect(readFileSync(first.path, 'utf8').match(/"listen"/g)).toHaveLength(1);
    expect(resumeClassroom(first.path).game.listenedOn).toEqual({ port: 40123, bind: '127.0.0.1' });
    // A journal of engine 0.3.3 noted only the port.
    const older = fresh();
    older.journal.close();
    appendFileSync(older.path, `${JSON.stringify({ type: 'listen', port: 40124 })}\n`);
    expect(resumeClassroom(older.path).game.listenedOn).toEqual({ port: 40124, bind: undefined });
  });

  it('drops a last line cut short by a crash (it was never acknowledged) and appends after the whole lines', () => {
    const first = fresh();
    playFirst(first.game, 1);
    first.journal.close();
    appendFileSync(first.path, '{"type":"move","tu');
    const resumed = resumeClassroom(first.path);
    expect(resumed.cutShort).toBe(true);
    playFirst(resumed.game, 1);
    resumed.journal.close();
    const lines = readFileSync(first.path, 'utf8').trim().split('\n');
    expect(() => lines.map((l) => JSON.parse(l))).not.toThrow();
    expect(resumeClassroom(first.path).game.seated.turns.length).toBe(resumed.game.seated.turns.length);
  });

  it('refuses an altered journal, naming the line, and leaves the file as it was', () => {
    const first = fresh();
    playFirst(first.game, 1);
    first.journal.close();
    const text = readFileSync(first.path, 'utf8').replace('"seat":"usa"', '"seat":"iran"');
    writeFileSync(first.path, text);
    expect(() => resumeClassroom(first.path)).toThrow(/class\.journal:2: the journal's move for turn \d+ \(iran\) does not fit the game at turn \d+; the journal was altered or is corrupt/);
    expect(readFileSync(first.path, 'utf8')).toBe(text);
  });

  it('refuses to start over an existing journal, pointing to --resume', () => {
    const first = fresh();
    expect(() => openClassroom({ scenario: 'hormuz', overrides: {}, seed: 3, seats: ['usa'], journal: first.path, port: 0 })).toThrow(/class\.journal: a journal already exists there; to continue that game use --resume/);
  });

  it('refuses moves while paused and after the end', () => {
    const { game } = fresh();
    game.pause();
    const seat = game.toMove!;
    expect(game.move(seat, game.seated.turns.length + 1, 'stand_by')).toMatchObject({ ok: false, reason: 'paused' });
    game.resume();
    game.end();
    expect(game.move(seat, game.seated.turns.length + 1, 'stand_by')).toMatchObject({ ok: false, reason: 'ended' });
  });

  it('when the turn timer runs out, the model plays the seat, the record says so, and it replays', () => {
    let clock = 0;
    const { game } = fresh(['usa', 'russia'], () => clock);
    game.setTimer(60);
    clock += 59_000;
    expect(game.tick()).toBeUndefined();
    expect(game.secondsLeft()).toBe(1);
    clock += 1000;
    const turn = game.tick()!;
    expect(game.wasTimedOut(turn)).toBe(true);
    expect(game.seated.turns[turn - 1]!.decidedBy).toBe('model');
    playFirst(game);
    const record = game.records()![0]!.record;
    expect(replayRun(loadScenario('hormuz'), record)).toEqual(record);
  });

  it('ended early, the model plays the turns left, so each group\'s record is of a whole run that replays', () => {
    const { game } = fresh();
    game.nameGroup('russia', 'Table 2');
    playFirst(game, 1);
    game.end();
    const records = game.records()!;
    expect(records.map((r) => r.record.group)).toEqual([undefined, 'Table 2']);
    expect(records[0]!.record.turns).toHaveLength(14);
    expect(records[0]!.record.turns.filter((t) => t.decidedBy === 'human')).toHaveLength(1);
    expect(replayRun(loadScenario('hormuz'), records[0]!.record)).toEqual(records[0]!.record);
  });

  it('shows a seat its options only on its own turn, and the model\'s figures only when allowed (always to the instructor)', () => {
    const { game } = fresh();
    const mover = game.toMove!;
    const other = mover === 'usa' ? 'russia' : 'usa';
    expect(gameView(game, 'seat', mover).yours).toBeDefined();
    expect(gameView(game, 'seat', other).yours).toBeUndefined();
    expect(gameView(game, 'watch').yours).toBeUndefined();
    expect(gameView(game, 'seat', mover).turns.every((t) => t.options.length === 0)).toBe(true);
    expect(gameView(game, 'instructor').turns.some((t) => t.options.length > 0)).toBe(true);
  });
});

describe('a seat that answers another actor’s move', () => {
  it('is offered that move’s outcomes, its answer is played and journalled, and the game resumes and replays with it', () => {
    // Iran seated in hormuz: China's private pressure is Iran's to answer (its `respondent`).
    const { game, journal, path } = fresh(['iran']);
    let answered = false;
    for (let i = 0; i < 40 && game.toMove !== undefined; i++) {
      const pending = game.seated.pending!;
      const view = gameView(game, 'seat', 'iran');
      const options = view.yours!;
      if (pending.response !== undefined) {
        expect(options.map((o) => o.action)).toEqual(pending.response.outcomes.map((o) => o.id));
        expect(options[0]!.label).toContain(pending.response.mover.name);
        answered = true;
      }
      const result = game.move('iran', game.seated.turns.length + 1, options.at(-1)!.action);
      expect(result.ok, JSON.stringify(result)).toBe(true);
    }
    expect(answered).toBe(true);
    journal.close();
    expect(resumeClassroom(path).game.seated.turns).toEqual(game.seated.turns);
  });
});

describe("the instructor's orders: injected events and decided chance results", () => {
  const drillFile = new URL('./fixtures/hormuz-drill.yaml', import.meta.url).pathname;
  function drill() {
    const folder = mkdtempSync(join(tmpdir(), 'wargame-drill-'));
    const journal = join(folder, 'drill.journal');
    return { ...openClassroom({ scenario: drillFile, overrides: {}, seed: 3, seats: ['usa', 'russia'], journal, port: 8070 }), path: journal };
  }
  /** Plays the awaited seat: Russia offers mediation when it can, everyone else takes their first option. */
  function playOne(game: ReturnType<typeof drill>['game']): void {
    const seat = game.toMove!;
    const options = gameView(game, 'seat', seat).yours!;
    const action = options.find((o) => o.action === 'offer_mediation')?.action ?? options[0]!.action;
    expect(game.move(seat, game.seated.turns.length + 1, action).ok).toBe(true);
  }

  it('plays them at the next turn they fit, journals them first, and a resumed game has them exactly, played and pending', () => {
    const first = drill();
    const { game } = first;
    // The next turn: an inject from the scenario's injects: and a random event made to fire.
    expect(game.order({ kind: 'inject', inject: 'cyber_outage' })).toEqual({ ok: true });
    expect(game.order({ kind: 'event', event: 'tanker_incident', fires: true })).toEqual({ ok: true });
    // Russia's mediation, the next time it is offered: ignored, whatever the dice say.
    expect(game.order({ kind: 'outcome', actor: 'russia', action: 'offer_mediation', outcome: 'ignored' })).toEqual({ ok: true });
    const lines = readFileSync(first.path, 'utf8').trim().split('\n').slice(1).map((l) => JSON.parse(l) as { type: string });
    expect(lines.filter((l) => l.type === 'order')).toHaveLength(3);
    expect(game.seated.orders?.injects).toEqual(['cyber_outage']);

    const before = game.seated.turns.length;
    playOne(game);
    const next = game.seated.turns[before]!;
    expect(next.instructor).toEqual({ events: [{ event: 'tanker_incident', fires: true, probability: expect.any(Number) }], injects: ['cyber_outage'] });
    expect(next.events).toContain('tanker_incident');
    // Spent: only the mediation's outcome waits, for Russia to offer it.
    expect(game.seated.orders).toEqual({ events: [], injects: [], outcomes: [{ actor: 'russia', action: 'offer_mediation', outcome: 'ignored' }] });

    // A pending order survives a crash.
    first.journal.close();
    const resumed = resumeClassroom(first.path);
    expect(resumed.game.seated.turns).toEqual(game.seated.turns);
    expect(resumed.game.seated.orders).toEqual(game.seated.orders);
    for (let i = 0; i < 20 && resumed.game.toMove !== undefined && resumed.game.seated.orders !== undefined; i++) playOne(resumed.game);
    const mediation = resumed.game.seated.turns.find((t) => t.choice === 'offer_mediation')!;
    expect(mediation.chance).toMatchObject({ outcome: 'ignored', decidedBy: 'instructor' });
    expect(resumed.game.seated.orders).toBeUndefined();
    resumed.journal.close();

    // Resumed again, the game is the same, and its records replay byte for byte.
    const again = resumeClassroom(first.path);
    expect(again.game.seated.turns).toEqual(resumed.game.seated.turns);
    again.game.end();
    const scenario = loadScenario(drillFile);
    for (const { record } of again.game.records()!) expect(JSON.stringify(replayRun(scenario, record))).toBe(JSON.stringify(record));
  });

  it('holds back a random event, withdraws orders, and refuses ids the scenario does not have, changing nothing', () => {
    const { game, path } = drill();
    expect(game.order({ kind: 'inject', inject: 'cyber_outge' })).toEqual({ ok: false, reason: 'illegal-action', message: "the scenario has no inject 'cyber_outge' (did you mean 'cyber_outage'?)" });
    expect(game.order({ kind: 'outcome', actor: 'russia', action: 'offer_mediation', outcome: 'maybe' })).toMatchObject({ ok: false, message: "'offer_mediation' has no chance outcome 'maybe'" });
    expect(game.seated.orders).toBeUndefined();
    game.order({ kind: 'event', event: 'market_settles', fires: false });
    game.order({ kind: 'inject', inject: 'un_talks' });
    game.order({ kind: 'withdraw' });
    expect(game.seated.orders).toBeUndefined();
    game.order({ kind: 'event', event: 'market_settles', fires: false });
    const before = game.seated.turns.length;
    playOne(game);
    const turn = game.seated.turns[before]!;
    expect(turn.instructor).toEqual({ events: [{ event: 'market_settles', fires: false, probability: 0.5 }] });
    expect(turn.events).not.toContain('market_settles');
    expect(readFileSync(path, 'utf8')).not.toContain('cyber_outge');
  });

  it("leaves a move's outcome to a seated respondent: the order waits for a turn the dice decide", () => {
    // Seated Iran answers China's private pressure; the instructor decided its outcome first.
    const folder = mkdtempSync(join(tmpdir(), 'wargame-drill-'));
    const { game } = openClassroom({ scenario: 'hormuz', overrides: {}, seed: 3, seats: ['iran'], journal: join(folder, 'j'), port: 8070 });
    const pressure = game.scenario.actors.find((a) => a.id === 'china')!.actions.find((a) => a.respondent !== undefined)!;
    game.order({ kind: 'outcome', actor: 'china', action: pressure.id, outcome: pressure.outcomes[0]!.id });
    for (let i = 0; i < 40 && game.seated.pending?.response === undefined && game.toMove !== undefined; i++) {
      game.move('iran', game.seated.turns.length + 1, gameView(game, 'seat', 'iran').yours![0]!.action);
    }
    expect(game.seated.pending?.response?.action.id).toBe(pressure.id);
    const answer = game.seated.pending!.response!.outcomes.at(-1)!.id;
    game.move('iran', game.seated.turns.length + 1, answer);
    const answered = game.seated.turns.findLast((t) => t.choice === pressure.id)!;
    expect(answered.chance).toMatchObject({ outcome: answer, decidedBy: 'human' });
    expect(game.seated.orders?.outcomes).toHaveLength(1);
  });
});
