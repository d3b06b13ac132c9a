import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { withGroup } from '../../src/records/run-record.js';
import { parseRunRecord } from '../../src/records/parse-run-record.js';
import { replayRun } from '../../src/records/replay.js';
import { loadScenario } from '../../src/scenarios/load.js';
import type { ClassroomClient } from '../../src/classroom/classroom-client.js';
import { type Classroom, joinAs, playOut, startClassroom, until } from './classroom-fixture.js';

const open: { host?: Classroom | undefined; clients: ClassroomClient[] } = { clients: [] };
afterEach(async () => {
  for (const client of open.clients) client.close();
  open.clients = [];
  await open.host?.host.close();
  open.host = undefined;
});

async function classroom(seats?: string[]) {
  open.host = await startClassroom(seats);
  return open.host;
}
/** A watching client, whose messages give `until` a moment to look again. */
async function seatWatcher(room: Classroom) {
  return seat(room, room.opened.game.codes.watch);
}
async function seat(room: Classroom, code: string, group?: string) {
  const client = await joinAs(room, code, group);
  open.clients.push(client);
  return client;
}

// Iran answers China's pressure in hormuz (its `respondent`), so the tests that need the
// United States to move first seat Russia beside it; the first plays Iran's seat through.
describe('a classroom host on loopback', () => {
  it('plays a game to the end with two seats over the network; the record replays and names each group', async () => {
    const room = await classroom(['usa', 'iran']);
    const codes = room.opened.game.codes.seats;
    const usa = await seat(room, codes['usa']!, 'Table 1');
    const iran = await seat(room, codes['iran']!.toLowerCase().replace('-', ' '), 'Table 2');
    expect(usa.seat).toBe('usa');
    expect(iran.seat).toBe('iran');
    await playOut([usa, iran], 14);
    // Updates carry only new turns; merged, each client holds the whole game as played.
    expect(iran.view!.turns).toEqual(room.opened.game.seated.turns.map((t) => ({ ...t, options: [] })));
    const records = room.opened.game.records()!;
    expect(records.map((r) => r.record.group)).toEqual(['Table 1', 'Table 2']);
    const record = parseRunRecord(JSON.stringify(records[0]!.record));
    expect(record.turns.filter((t) => t.decidedBy === 'human').map((t) => t.actor).sort()).toEqual(['iran', 'iran', 'usa', 'usa']);
    expect(withGroup(replayRun(loadScenario('hormuz'), record), 'Table 1')).toEqual(records[0]!.record);
  });

  it('never shows a seat another seat\'s pending choice, nor the model\'s figures until the instructor opens the model view', async () => {
    const room = await classroom(['usa', 'russia']);
    const usa = await seat(room, room.opened.game.codes.seats['usa']!);
    const russia = await seat(room, room.opened.game.codes.seats['russia']!);
    await until(usa, (c) => c.view!.toMove === 'usa');
    expect(usa.view!.yours!.length).toBeGreaterThan(0);
    expect(russia.view!.yours).toBeUndefined();
    expect(usa.view!.yours!.every((o) => o.expectedUtility === undefined)).toBe(true);
    expect(usa.view!.turns.every((t) => t.options.length === 0)).toBe(true);
    const instructor = await seat(room, room.opened.game.codes.instructor);
    instructor.send({ type: 'model-view', open: true });
    await until(usa, (c) => c.view!.modelView);
    expect(usa.view!.yours!.every((o) => typeof o.expectedUtility === 'number')).toBe(true);
    expect(russia.view!.yours).toBeUndefined();
  });

  it('shows options with their effects in the scenario\'s words', async () => {
    const room = await classroom(['usa', 'russia']);
    const usa = await seat(room, room.opened.game.codes.seats['usa']!);
    await until(usa, (c) => c.view!.toMove === 'usa');
    const strike = usa.view!.yours!.find((o) => o.action === 'strike_nuclear_sites');
    expect(strike?.label).toBe("Strike Iran's nuclear sites with stealth bombers");
    expect(strike?.effects).toContain('Escalation: max(escalation, 9) + 1');
    expect(strike?.effects.some((e) => e.startsWith('60% chance: sites destroyed (Iran\'s nuclear progress: iran_nuclear - 30)'))).toBe(true);
  });

  it('refuses malformed, oversized, out-of-turn and other seats\' moves with a sentence, logs them, and plays none', async () => {
    const room = await classroom(['usa', 'russia']);
    const usa = await seat(room, room.opened.game.codes.seats['usa']!);
    const russia = await seat(room, room.opened.game.codes.seats['russia']!);
    await until(usa, (c) => c.view!.toMove === 'usa');
    const turns = usa.view!.turns.length;
    const refusal = async (client: ClassroomClient, send: () => void) => {
      const next = client.next('refused');
      send();
      return next;
    };
    expect(await refusal(usa, () => usa.sendText('{not json'))).toMatchObject({ reason: 'malformed', message: 'message refused: it is not JSON' });
    expect(await refusal(usa, () => usa.send({ type: 'move', turn: 'x', action: 'a' }))).toMatchObject({ reason: 'malformed' });
    expect(await refusal(usa, () => usa.send({ type: 'fly' }))).toMatchObject({ reason: 'malformed' });
    expect(await refusal(usa, () => usa.sendText(JSON.stringify({ type: 'move', turn: 1, action: 'x'.repeat(5000) })))).toMatchObject({
      reason: 'oversized',
      message: expect.stringContaining('more than the 4096 a message may have'),
    });
    expect(await refusal(russia, () => russia.move('offer_mediation'))).toMatchObject({ reason: 'not-your-turn', message: "it is United States's turn, not Russia's" });
    expect(await refusal(russia, () => russia.send({ type: 'move', turn: turns + 1, action: 'stand_by', seat: 'usa' }))).toMatchObject({
      reason: 'not-your-seat',
      message: "this connection holds Russia's seat; it cannot move for United States",
    });
    expect(await refusal(usa, () => usa.send({ type: 'move', turn: turns + 5, action: 'stand_by' }))).toMatchObject({ reason: 'stale-turn' });
    expect(await refusal(usa, () => usa.move('no_such_action'))).toMatchObject({ reason: 'illegal-action', message: "United States has no action 'no_such_action'" });
    expect(await refusal(usa, () => usa.send({ type: 'pause' }))).toMatchObject({ reason: 'not-instructor' });
    expect(room.opened.game.seated.turns.length).toBe(turns);
    expect(room.log.filter((l) => l.startsWith('refused')).length).toBe(9);
    // The game is unharmed: the right move still plays.
    usa.move('stand_by');
    expect(await usa.next('accepted')).toMatchObject({ turn: turns + 1, action: 'stand_by' });
  });

  it("refuses an instructor's order that is malformed, names what the scenario does not have, or comes from a seat; journals and logs a good one", async () => {
    const room = await classroom(['usa', 'russia']);
    const usa = await seat(room, room.opened.game.codes.seats['usa']!);
    const teacher = await seat(room, room.opened.game.codes.instructor);
    const refusal = async (client: ClassroomClient, send: () => void) => {
      const next = client.next('refused');
      send();
      return next;
    };
    expect(await refusal(teacher, () => teacher.send({ type: 'order', order: { kind: 'meteor' } }))).toMatchObject({ reason: 'malformed', message: expect.stringMatching(/^message refused at order\.kind: /) });
    expect(await refusal(teacher, () => teacher.send({ type: 'order', order: { kind: 'event', event: 'tanker_incident' } }))).toMatchObject({ reason: 'malformed', message: expect.stringContaining('order.fires') });
    expect(await refusal(teacher, () => teacher.send({ type: 'order', order: { kind: 'event', event: 'tanker_incidnt', fires: true } }))).toMatchObject({
      reason: 'illegal-action',
      message: "the scenario has no random event 'tanker_incidnt' (did you mean 'tanker_incident'?)",
    });
    expect(await refusal(teacher, () => teacher.send({ type: 'order', order: { kind: 'inject', inject: 'cyber_outage' } }))).toMatchObject({ reason: 'illegal-action', message: "the scenario has no inject 'cyber_outage'" });
    expect(await refusal(usa, () => usa.send({ type: 'order', order: { kind: 'withdraw' } }))).toMatchObject({ reason: 'not-instructor' });
    expect(room.opened.game.seated.orders).toBeUndefined();
    teacher.send({ type: 'order', order: { kind: 'event', event: 'tanker_incident', fires: true } });
    await until(usa, () => room.opened.game.seated.orders !== undefined);
    const journal = readFileSync(room.journal, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { type: string });
    expect(journal.filter((l) => l.type === 'order')).toEqual([{ type: 'order', order: { kind: 'event', event: 'tanker_incident', fires: true } }]);
    expect(room.log).toContain('the instructor injected: A tanker is harassed in the strait (at the next turn)');
  });

  it('refuses a flood of messages from one client, and the game goes on', async () => {
    const room = await classroom(['usa', 'russia']);
    const usa = await seat(room, room.opened.game.codes.seats['usa']!);
    await until(usa, (c) => c.view!.toMove === 'usa');
    const refused: string[] = [];
    usa.on((m) => m.type === 'refused' && refused.push(m.reason));
    for (let i = 0; i < 400; i++) usa.send({ type: 'move', turn: 999, action: 'stand_by' });
    await until(usa, () => refused.includes('slow-down'));
    // Past the burst, most of the flood is dropped unanswered, and unlogged.
    expect(refused.length).toBeLessThan(250);
    expect(room.log.length).toBeLessThan(260);
    await new Promise((resolve) => setTimeout(resolve, 300));
    usa.move('stand_by');
    expect(await usa.next('accepted')).toMatchObject({ action: 'stand_by' });
  });

  it('refuses a wrong code, and slows an address that keeps trying', async () => {
    const room = await classroom(['usa']);
    const { ClassroomClient } = await import('../../src/classroom/classroom-client.js');
    const reasons: string[] = [];
    for (let i = 0; i < 5; i++) {
      const client = new ClassroomClient(room.address, 'AAAA-AAAA', { reconnect: false });
      open.clients.push(client);
      const refused = await client.next('refused');
      reasons.push(refused.reason);
      if (i === 0) expect(refused.message).toContain('that code opens no seat in this game');
      if (i === 4) expect(refused.message).toMatch(/^too many wrong codes from this address: try again in \d+ s$/);
    }
    expect(reasons).toEqual(['wrong-code', 'wrong-code', 'wrong-code', 'wrong-code', 'slow-down']);
    // Even the right code waits out the slowing: a guesser cannot tell a right code from a wrong one by trying it sooner.
    const right = new ClassroomClient(room.address, room.opened.game.codes.seats['usa']!, { reconnect: false });
    open.clients.push(right);
    expect((await right.next('refused')).reason).toBe('slow-down');
  });

  it('refuses a second client with a seat\'s code while the first is connected, and lets it in once the first is gone', async () => {
    const room = await classroom(['usa']);
    const code = room.opened.game.codes.seats['usa']!;
    const first = await seat(room, code);
    const { ClassroomClient } = await import('../../src/classroom/classroom-client.js');
    const second = new ClassroomClient(room.address, code, { reconnect: false });
    open.clients.push(second);
    expect(await second.next('refused')).toMatchObject({ reason: 'seat-taken', message: expect.stringContaining("United States's seat is in use by another connection") });
    first.close();
    await until(first, () => !room.opened.game.isConnected('usa'));
    const third = await seat(room, code);
    expect(third.seat).toBe('usa');
  });

  it('frees the seat of a client that stops answering (a closed laptop), so its group can join again', async () => {
    open.host = await startClassroom(['usa'], { heartbeatMs: 100 });
    const room = open.host;
    const { WebSocket } = await import('ws');
    // A client that never answers pings, as a machine that went to sleep would not.
    const asleep = new WebSocket(`ws://${room.address}/play`, { autoPong: false });
    await new Promise((resolve) => asleep.once('open', resolve));
    asleep.send(JSON.stringify({ type: 'hello', code: room.opened.game.codes.seats['usa'] }));
    await until(await seatWatcher(room), () => room.opened.game.isConnected('usa'));
    await until(await seatWatcher(room), () => !room.opened.game.isConnected('usa'));
    expect(room.log.some((l) => l.includes('stopped answering; connection closed'))).toBe(true);
    const back = await seat(room, room.opened.game.codes.seats['usa']!);
    expect(back.seat).toBe('usa');
    asleep.terminate();
  });

  it('takes a dropped client back mid-turn, by itself, with its seat and turn as they were', async () => {
    const room = await classroom(['usa', 'russia']);
    const usa = await seat(room, room.opened.game.codes.seats['usa']!);
    await until(usa, (c) => c.view!.toMove === 'usa');
    const turns = usa.view!.turns.length;
    const back = usa.next('welcome');
    usa.drop();
    await back;
    expect(usa.view!.toMove).toBe('usa');
    expect(usa.view!.turns.length).toBe(turns);
    usa.move('stand_by');
    expect(await usa.next('accepted')).toMatchObject({ turn: turns + 1 });
  });

  it('serves the browser page at / with nothing loaded from elsewhere', async () => {
    const room = await classroom(['usa']);
    const response = await fetch(`http://${room.address}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    const page = await response.text();
    expect(page).not.toMatch(/(src|href)=["']?https?:/);
    expect((await fetch(`http://${room.address}/elsewhere`)).status).toBe(404);
  });

  it('appends every accepted move to the journal before acknowledging it', async () => {
    const room = await classroom(['usa', 'russia']);
    const usa = await seat(room, room.opened.game.codes.seats['usa']!, 'Table 1');
    await until(usa, (c) => c.view!.toMove === 'usa');
    const turn = usa.view!.turns.length + 1;
    usa.move('stand_by');
    await usa.next('accepted');
    const lines = readFileSync(room.journal, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({ format: 'wargame-classroom/1', scenario: 'hormuz', seed: 3, seats: ['usa', 'russia'] });
    expect(lines.slice(1)).toEqual([
      { type: 'listen', port: Number(room.address.split(':')[1]), bind: '127.0.0.1' },
      { type: 'group', seat: 'usa', group: 'Table 1' },
      { type: 'move', turn, seat: 'usa', action: 'stand_by', by: 'human' },
    ]);
  });
});
