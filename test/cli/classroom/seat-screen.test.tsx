import { afterEach, describe, expect, it, vi } from 'vitest';
import { SeatScreen } from '../../../src/cli/classroom/SeatScreen.js';
import { HostConsole } from '../../../src/cli/classroom/HostConsole.js';
import type { ClassroomClient } from '../../../src/classroom/classroom-client.js';
import { loadScenario } from '../../../src/scenarios/load.js';
import { KEYS, mount } from '../../helpers/ink.js';
import { type Classroom, DRILL, eventually, joinAs, startClassroom } from '../../classroom/classroom-fixture.js';
import { chanceChoices } from '../../../src/cli/classroom/order-choices.js';

const hormuz = loadScenario('hormuz');
let ui: Awaited<ReturnType<typeof mount>> | undefined;
let room: Classroom | undefined;
const clients: ClassroomClient[] = [];
afterEach(async () => {
  ui?.unmount();
  for (const c of clients.splice(0)) c.close();
  await room?.host.close();
});

describe("a group's seat in the terminal, on a real host over loopback", () => {
  it('shows its move with the stepper\'s panels, plays it through the host, and shows the others\' moves as news', async () => {
    // Russia beside the US: the US moves first (a seated Iran would first answer China's pressure).
    room = await startClassroom(['usa', 'russia']);
    const usa = await joinAs(room, room.opened.game.codes.seats['usa']!, 'Table 1');
    const russia = await joinAs(room, room.opened.game.codes.seats['russia']!, 'Table 2');
    clients.push(usa, russia);
    ui = await mount(<SeatScreen client={usa} scenario={hormuz} group="Table 1" />);
    await ui.shows('Your move, United States');
    expect(ui.frame()).toMatch(/^ Table 1 · Iran threatens to close the Strait of Hormuz · United States/m);
    expect(ui.frame()).toContain('your move');
    await ui.press(KEYS.down, KEYS.enter);
    await ui.shows(/turn 2 played|Russia to move/);
    await eventually(() => room!.opened.game.seated.turns[1]?.choice === 'strike_nuclear_sites');
    await ui.shows('Waiting for Russia');
    expect(ui.frame()).toContain("Your moves: 2. Strike Iran's nuclear sites with stealth bombers");
    // Russia plays from its own client; the US screen hears it as news.
    await eventually(() => russia.view?.yours !== undefined);
    russia.move('stay_neutral');
    await ui.shows(/\d+\. Russia: Stay neutral/);
  });

  it("keeps the model's figures hidden until the instructor opens the model view", async () => {
    room = await startClassroom(['usa']);
    const usa = await joinAs(room, room.opened.game.codes.seats['usa']!);
    clients.push(usa);
    ui = await mount(<SeatScreen client={usa} scenario={hormuz} />);
    await ui.shows('Your move, United States');
    await ui.press('m');
    await ui.shows("the instructor has not opened the model's view");
    expect(ui.frame()).not.toMatch(/score +[−-]?\d/);
    room.opened.game.setModelView(true);
    await eventually(() => usa.view?.modelView === true);
    await ui.press('m');
    await ui.shows(/score +[−-]?\d+\.\d\d +chance +\d+%/);
  });
});

describe("a seat that answers another actor's move, in the terminal, on a real host", () => {
  it("shows the move it answers and its outcomes with their odds, and plays the group's answer", async () => {
    // Seated Iran answers China's private pressure (China's move names Iran its respondent).
    room = await startClassroom(['iran']);
    const iran = await joinAs(room, room.opened.game.codes.seats['iran']!, 'Table 1');
    clients.push(iran);
    ui = await mount(<SeatScreen client={iran} scenario={hormuz} group="Table 1" />);
    await ui.shows('China → Press Iran privately to step back. Your answer, Iran');
    expect(ui.frame()).toMatch(/Iran holds its course +the model's odds \d+%/);
    // As `play` shows it: the timeline names the move answered, the world is as it stands before the turn.
    expect(ui.frame()).toMatch(/▶ 1 China → Press Iran privately to step\n.* {3}back: Iran answers\?\n/);
    expect(ui.frame()).toContain('World before turn 1');
    await ui.press(KEYS.down, KEYS.enter);
    await eventually(() => room!.opened.game.seated.turns.length > 0);
    const turn = room.opened.game.seated.turns[0]!;
    expect(turn.actor).toBe('china');
    expect(turn.chance).toMatchObject({ outcome: 'ignored', decidedBy: 'human' });
  });
});

describe("the instructor's console", () => {
  it("shows each seat's status and pauses, opens the model view, sets the timer and ends the game from its keys", async () => {
    room = await startClassroom(['usa', 'russia']);
    const usa = await joinAs(room, room.opened.game.codes.seats['usa']!, 'Table 1');
    clients.push(usa);
    ui = await mount(<HostConsole host={room.host} welcome={['hormuz · seed 3']} log={room.log} />);
    await ui.shows(/● United States\s+Table 1\s+connected/);
    expect(ui.frame()).toMatch(/○ Russia\s+\(no group yet\)\s+not connected/);
    expect(ui.frame()).toMatch(/United States.*to move for \d+ s/);
    await ui.press('p');
    await ui.shows('PAUSED');
    expect(room.opened.game.paused).toBe(true);
    await ui.press('p', 'm', 't');
    await ui.shows('model view open · timer 60 s');
    expect(room.opened.game.modelView).toBe(true);
    await ui.press('e');
    await ui.shows('End the game for everyone?');
    await ui.press('n');
    expect(room.opened.game.ended).toBe(false);
    await ui.press('e', 'y');
    await ui.shows('the game has ended');
    expect(room.opened.game.records()).toHaveLength(2);
  });
});

/** Waits until the screen, its lines joined by single spaces (labels wrap), matches `text`. */
async function showsJoined(text: RegExp): Promise<void> {
  await vi.waitFor(() => expect(ui!.frame().replace(/\s+/g, ' ')).toMatch(text), { timeout: 15_000, interval: 10 });
}

describe("the instructor's console injects an event and decides a chance result", () => {
  it('from its keys: i and c open lists, Enter gives the order, the console shows it pending, logs it, and then logs it played', async () => {
    room = await startClassroom(['usa', 'russia'], { scenario: DRILL });
    const { game } = room.opened;
    const usa = await joinAs(room, game.codes.seats['usa']!, 'Table 1');
    clients.push(usa);
    ui = await mount(<HostConsole host={room.host} welcome={['hormuz drill · seed 3']} log={room.log} />);
    await ui.shows(/United States.*to move for/);
    // i: the scenario's random events first, then its injects.
    await ui.press('i');
    await ui.shows('Inject an event at the next turn, whatever its chance:');
    expect(ui.frame()).toMatch(/▸ A tanker is harassed in the strait \(random event; the model's chance now \d+%\)/);
    await ui.press(...Array<string>(game.scenario.events.length).fill(KEYS.down), KEYS.enter);
    await ui.shows('orders: next turn: inject A cyberattack shuts down Gulf oil terminals');
    expect(game.seated.orders?.injects).toEqual(['cyber_outage']);
    expect(room.log).toContain('the instructor injected: A cyberattack shuts down Gulf oil terminals (at the next turn)');
    // c: every outcome of every action with chance outcomes; Russia's mediation is picked here as a person would, by reading the list.
    await ui.press('c');
    await ui.shows('Decide a chance result instead of the dice:');
    const target = chanceChoices(game.scenario, game.seated.run.values).findIndex((c) => c.label.startsWith('Russia · Offer to mediate') && c.order.kind === 'outcome' && c.order.outcome === 'ignored');
    expect(target).toBeGreaterThan(0);
    await ui.press(...Array<string>(target).fill(KEYS.down));
    await ui.shows(/▸ Russia · Offer to mediate.* → .*\(the model's chance now \d+%\)/);
    await ui.press(KEYS.enter);
    await showsJoined(/next Russia “Offer to mediate” → nobody takes it up/);
    expect(game.seated.orders?.outcomes).toEqual([{ actor: 'russia', action: 'offer_mediation', outcome: 'ignored' }]);
    // Esc closes a list without an order; x withdraws what is pending.
    await ui.press('i', KEYS.escape);
    await ui.hides('Inject an event at the next turn');
    // The US moves: the inject is played at that turn, the console's log says so and the orders line keeps only the mediation.
    await eventually(() => usa.view?.yours !== undefined);
    usa.move(usa.view!.yours![0]!.action);
    await eventually(() => game.seated.turns.length >= 2);
    await ui.shows(/turn 2: the instructor injected: A cyberattack shuts down Gulf oil terminals/);
    await ui.hides('orders: next turn');
    await ui.press('x');
    await ui.hides(/next Russia/);
    expect(game.seated.orders).toBeUndefined();
  });
});

describe('the groups hear what the instructor did as news', () => {
  it("in the terminal seat and over the protocol: 'the instructor injected …', 'the instructor decided … (the model's chance was p)'", async () => {
    room = await startClassroom(['usa', 'russia'], { scenario: DRILL });
    const { game } = room.opened;
    const drill = game.scenario;
    const usa = await joinAs(room, game.codes.seats['usa']!, 'Table 1');
    const russia = await joinAs(room, game.codes.seats['russia']!, 'Table 2');
    const instructor = await joinAs(room, game.codes.instructor);
    clients.push(usa, russia, instructor);
    ui = await mount(<SeatScreen client={usa} scenario={drill} group="Table 1" />);
    await ui.shows('Your move, United States');
    // The instructor's code gives orders over the protocol, as the console does.
    instructor.send({ type: 'order', order: { kind: 'inject', inject: 'un_talks' } });
    instructor.send({ type: 'order', order: { kind: 'outcome', actor: 'russia', action: 'offer_mediation', outcome: 'heeded' } });
    await eventually(() => game.seated.orders?.outcomes.length === 1 && game.seated.orders.injects.length === 1);
    // A seat cannot.
    usa.send({ type: 'order', order: { kind: 'withdraw' } });
    await eventually(() => room!.log.some((l) => l.includes("only the instructor's code can inject an event or decide a chance result")));
    await ui.press(KEYS.enter);
    // The US's move is the next turn: the inject comes with it, in the news and the timeline.
    await showsJoined(/2\. United States: [^·]+ · the instructor injected: The UN Secretary-General calls emergency talks/);
    await eventually(() => russia.view?.yours !== undefined);
    russia.move('offer_mediation');
    await eventually(() => game.seated.turns.some((t) => t.choice === 'offer_mediation'));
    await showsJoined(/Russia: Offer to mediate \(the parties step back\).*? the instructor decided: the parties step back \(the model's chance was \d+%\)/);
    // Every client's view carries the turn records that say so, as the browser page reads them.
    const mediation = usa.view!.turns.find((t) => t.choice === 'offer_mediation')!;
    expect(mediation.chance).toMatchObject({ outcome: 'heeded', decidedBy: 'instructor' });
    expect(russia.view!.turns.find((t) => t.instructor?.injects !== undefined)?.instructor?.injects).toEqual(['un_talks']);
    expect(room.log.some((l) => /^turn \d+: the instructor decided: .+ \(the model's chance was \d+%\)$/.test(l))).toBe(true);
  });
});
