import { afterEach, describe, expect, it } from 'vitest';
import { SeatScreen } from '../../../src/cli/classroom/SeatScreen.js';
import { HostConsole } from '../../../src/cli/classroom/HostConsole.js';
import type { ClassroomClient } from '../../../src/classroom/classroom-client.js';
import { loadScenario } from '../../../src/scenarios/load.js';
import { KEYS, mount } from '../../helpers/ink.js';
import { type Classroom, eventually, joinAs, startClassroom } from '../../classroom/classroom-fixture.js';

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
