import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/cli/ui/App.js';
import type { SaveOutcome } from '../../../src/records/save-record.js';
import type { RunRecord } from '../../../src/records/run-record.js';
import { openSeatedRun } from '../../../src/records/seated-run.js';
import { loadScenario } from '../../../src/scenarios/load.js';
import { withOverrides } from '../../../src/scenarios/with-overrides.js';
import { KEYS, mount } from '../../helpers/ink.js';
import { pretendSave } from '../../helpers/pretend-save.js';

const hormuz = loadScenario('hormuz');
let ui: Awaited<ReturnType<typeof mount>> | undefined;
afterEach(() => ui?.unmount());

const stepper = async (seed = 7, seats: string[] = [], onSave: (record: RunRecord) => SaveOutcome = pretendSave) => {
  ui = await mount(<App seated={openSeatedRun(hormuz, seed, seats)} onSave={onSave} />);
  return ui;
};

describe('the stepper', () => {
  it("leads the header with the group's name when one plays, and shows none otherwise", async () => {
    ui = await mount(<App seated={openSeatedRun(hormuz, 7, [])} onSave={pretendSave} group="Table 4" />);
    await ui.shows(/^ Table 4 · Iran threatens to close the Strait of Hormuz/m);
    ui.unmount();
    const plain = await stepper();
    await plain.shows(/^ Iran threatens to close the Strait of Hormuz/m);
    expect(plain.frame()).not.toContain('Table 4');
  });

  it('shows the header, the world, the timeline and the decision behind the selected turn', async () => {
    const { frame, shows } = await stepper();
    await shows('Turn 1 · China (by the model)');
    const screen = frame();
    expect(screen).toContain('Iran threatens to close the Strait of Hormuz');
    expect(screen).toContain('turn 1 of 14 · seed 7 · escalation rung 2: Political, economic and diplomatic gestures');
    expect(screen).toContain('Oil flow through Hormuz');
    expect(screen).toContain('Oil price');
    // Only the turns stepped through so far: the model's later moves are not given away.
    expect(screen).toMatch(/Timeline 1\/14 turns played/);
    expect(screen).not.toContain('United States →');
    expect(screen).toMatch(/▶ 1 China → \w+/);
    expect(screen).toContain('Turn 1 · China (by the model)');
    expect(screen).toMatch(/✓\w+/); // the chosen option is marked
  });

  it("words who decided the same way on every turn, whatever the actor's name", async () => {
    const { press, shows, frame } = await stepper();
    for (let turn = 1; turn <= 14; turn++) {
      await shows(`turn ${turn} of 14`);
      expect(frame()).toMatch(new RegExp(`Turn ${turn} · [A-Z][a-z]+(?: [A-Z]?[a-z]+)? \\(by the model\\)`));
      await press(KEYS.right);
    }
  });

  it('steps forward with → and space, back with ←, and jumps with Home and End', async () => {
    const { press, shows } = await stepper();
    await press(KEYS.right);
    await shows('turn 2 of 14');
    await press(' ');
    await shows('turn 3 of 14');
    await press(KEYS.left);
    await shows('turn 2 of 14');
    await press(KEYS.end);
    await shows('turn 14 of 14');
    await shows('Timeline 14/14 turns played');
    await press(KEYS.right); // past the last turn: what the run came to
    await shows('end of the run after turn 14');
    await shows('Outcomes reached');
    await shows('✔ China presses Iran to step back');
    await shows('✘ not reached: Iran closes the strait (flow below half)');
    await press(KEYS.left);
    await shows('turn 14 of 14');
    await press(KEYS.home);
    await shows(' trigger · seed 7');
    await shows('Trigger: Iran threatens to close the Strait of Hormuz');
  });

  it('selects another option with ↑ and ↓ and shows its terms', async () => {
    const { press, shows } = await stepper();
    await shows('Why Press Iran privately'); // turn 1: China's choice is selected
    await press(KEYS.up, KEYS.up, KEYS.up, KEYS.up);
    await shows('Why Stay neutral'); // the first option
    await press(KEYS.down);
    await shows('Why Press Iran privately');
  });

  it('moves between panels with Tab and shows the article and quote behind the selected term', async () => {
    const { press, shows } = await stepper();
    await shows(/“A closure would thus\s+disrupt critical energy supplies/);
    await press(KEYS.tab); // to the terms panel
    await press(KEYS.down);
    await shows(/03-unfaithful-allies-rift-with-t(he-east\.txt|…)/); // cut to the panel's width
    await shows(/“Therefore, China is\s+interested in containing crises/);
    await press(KEYS.tab, KEYS.down); // to the timeline: ↓ steps the turn
    await shows('turn 2 of 14');
  });

  it('marks the focused panel with ▸ in plain text, so focus shows without colour or underline', async () => {
    const { press, shows, frame } = await stepper();
    await shows('▸ Turn 1 · China');
    // The frames carry no SGR codes here, as with NO_COLOR: the marker is all there is.
    expect(frame()).not.toContain('\u001B[');
    expect(frame()).toMatch(/ {2}Timeline 1\/14/);
    expect(frame()).toMatch(/ {2}Why Press Iran privately/);
    expect(frame().match(/▸/g)).toHaveLength(1);
    await press(KEYS.tab);
    await shows('▸ Why Press Iran privately');
    await shows(/ {2}Turn 1 · China/);
    await press(KEYS.tab);
    await shows(/▸ Timeline/);
    await shows(/ {2}Why Press Iran privately/);
    expect(frame().match(/▸/g)).toHaveLength(1);
  });

  it('opens and closes the help screen', async () => {
    const { press, shows, hides } = await stepper();
    await press('?');
    await shows('Keys');
    await shows("save the finished run's record to a JSON file");
    await press(KEYS.right); // ignored while help is open
    await press(KEYS.escape);
    await hides("save the finished run's record to a JSON file");
    await shows('Turn 1 · China');
  });

  it('runs the scenario again with the next seed on n', async () => {
    const { press, shows } = await stepper(7);
    await press('n');
    await shows('seed 8');
    await shows('new run with seed 8');
  });

  it('saves the finished run on s', async () => {
    const onSave = vi.fn((record: RunRecord) => ({ saved: true, path: 'run.json', message: `saved run of ${record.scenario.id} seed ${record.seed}` }));
    const { press, shows } = await stepper(7, [], onSave);
    await press('s');
    await vi.waitFor(() => expect(onSave).toHaveBeenCalledOnce(), { timeout: 15_000 });
    expect(onSave.mock.calls[0]![0].turns).toHaveLength(14);
    await shows('saved run of hormuz seed 7');
  });

  it('tells a terminal that is too small, and redraws when it grows', async () => {
    const { resize, shows } = await stepper();
    await resize(60, 20);
    await shows('This terminal is 60×20; the UI needs at least 80×24.');
    await shows('wargame run hormuz --seed 7');
    await resize(100, 30);
    await shows('turn 1 of 14');
  });

  it("offers, when too small, the command it was given for the run's log, else one with the run's overrides", async () => {
    ui = await mount(<App seated={openSeatedRun(hormuz, 7, [])} onSave={pretendSave} logCommand={(seed) => `wargame run 'my hormuz.yaml' --seed ${seed}`} />);
    await ui.resize(60, 20);
    await ui.shows("wargame run 'my hormuz.yaml' --seed 7");
    // A new run (n) has the next seed, and so has the command.
    await ui.resize(100, 30);
    await ui.press('n');
    await ui.shows('seed 8');
    await ui.resize(60, 20);
    await ui.shows("wargame run 'my hormuz.yaml' --seed 8");
    ui.unmount();
    ui = await mount(<App seated={openSeatedRun(withOverrides(hormuz, { horizon: 10 }), 3, [])} onSave={pretendSave} />);
    await ui.resize(60, 20);
    await ui.shows('wargame run hormuz --seed 3 --set horizon=10');
  });
});

describe('a seat in the classroom', () => {
  it("waits at the seated actor's turn with its legal actions, the model's view hidden", async () => {
    const { frame, shows } = await stepper(62, ['iran']);
    await shows('turn 7 of 14 · your move');
    await shows('Your move, Iran');
    await shows(/▶ Hold course, with no new move on the strait/);
    expect(frame()).not.toContain('keep_pressure');
    await shows('Close the Strait of Hormuz');
    expect(frame()).not.toMatch(/score\s+[−-]?\d/);
  });

  it("shows the model's expectations on m", async () => {
    const { press, shows, hides, frame } = await stepper(62, ['iran']);
    await press('m');
    await shows(/Stand down and reopen the strait\s+score\s+\d+\.\d\d\s+chance\s+\d+%/);
    // Plain words for students, not the analyst's "EU" and "p".
    expect(frame()).not.toMatch(/\bEU\b|\sp\s+\d/);
    await press('m');
    await hides(/score\s+−?\d/);
  });

  it("plays the person's choice as a human decision, then the model's turns up to the next seat", async () => {
    const onSave = vi.fn((_: RunRecord) => ({ saved: true, path: 'run.json', message: 'saved' }));
    const { press, shows } = await stepper(62, ['iran'], onSave);
    await press(KEYS.down, KEYS.enter); // close_strait at turn 7
    await shows('Iran chose Close the Strait of Hormuz · 6 turns followed: → to read them one by one');
    await shows('turn 7 of 14 · seed 62'); // the person's own turn, then the news
    await shows('News since your move');
    await press(KEYS.end); // past the news, to the next seat
    await shows('turn 14 of 14 · your move');
    await press(KEYS.enter); // keep_pressure at turn 14: the run is complete
    await shows('Iran chose Hold course, with no new move on the strait');
    await shows('(by a person)');
    await press('s');
    await vi.waitFor(() => expect(onSave).toHaveBeenCalledOnce(), { timeout: 15_000 });
    const record = onSave.mock.calls[0]![0];
    expect(record.turns.filter((t) => t.decidedBy === 'human').map((t) => [t.turn, t.choice])).toEqual([
      [7, 'close_strait'],
      [14, 'keep_pressure'],
    ]);
  });

  it("lines up the model's score and chance columns across actions, and attributes the passage under them", async () => {
    const { press, shows, frame } = await stepper(62, ['iran']);
    await press('m');
    await shows(/score\s+−?\d/);
    const rows = frame().split('\n').filter((l) => / score .* chance /.test(l));
    expect(rows.length).toBeGreaterThan(2);
    expect(new Set(rows.map((l) => l.indexOf(' score '))).size).toBe(1);
    expect(new Set(rows.map((l) => l.lastIndexOf(' chance '))).size).toBe(1);
    expect(new Set(rows.map((l) => l.length))).toHaveProperty('size', 1);
    // keep_pressure's passage is a fragment: quoted as one, under the article's name, below
    // what the action would do, which takes the rows it needs first: on a taller terminal.
    await ui!.resize(100, 40);
    await shows(/02-iran-abandoned-by-key-allies\.txt[:\s]+“…despite its fiery discourse, has refrained from militarizing\s+the strait…”/);
  });

  it('lists n among the keys at a seat, as it works there', async () => {
    const { shows, frame } = await stepper(62, ['iran']);
    await shows('Your move, Iran');
    expect(frame().split('\n').at(-1)).toBe('← back  ↑↓ pick  Enter play  m model view  n new seed  ? help  q quit');
  });

  it('asks before n discards choices made by people, and keeps playing on any other key', async () => {
    const { press, shows, hides, frame } = await stepper(62, ['iran']);
    await press(KEYS.enter); // Iran's turn 7
    await shows('Iran chose Hold course, with no new move on the strait');
    await press(KEYS.end); // past the news
    await press('n');
    await shows('Discard 1 choice made by a person? y to discard, any other key to keep playing');
    expect(frame().split('\n').at(-1)).toBe('y discard  any other key keep playing');
    await press(KEYS.down); // any other key: nothing is discarded, and the key does nothing else
    await shows('kept playing: nothing was discarded');
    await shows('turn 14 of 14 · your move · seed 62');
    await shows('▶ Hold course');
    await press(KEYS.enter); // turn 14
    await press('n');
    await shows('Discard 2 choices made by people?');
    await press('y');
    await shows('new run with seed 63');
    await hides('✋');
    await shows(/turn \d+ of 14 · your move · seed 63/);
  });

  it('does not ask once the choices are saved, but does when saving failed', async () => {
    let works = false;
    const onSave = (_: RunRecord): SaveOutcome => (works ? { saved: true, path: 'run.json', message: 'saved it' } : { saved: false, message: 'could not save: permission denied' });
    const { press, shows } = await stepper(62, ['iran'], onSave);
    await press(KEYS.enter, KEYS.end, KEYS.enter); // turns 7 and 14: the run is finished
    await shows('(by a person)');
    await press('s');
    await shows('could not save: permission denied');
    await press('n');
    await shows('Discard 2 choices made by people?');
    await press('x');
    works = true;
    await press('s');
    await shows('saved it');
    await press('n');
    await shows('new run with seed 63');
  });

  it('says why s saves nothing before the run is finished', async () => {
    const onSave = vi.fn(pretendSave);
    const { press, shows } = await stepper(62, ['iran'], onSave);
    await press('s');
    await shows('not saved: only a finished run can be saved; 8 of 14 turns still to play');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('can step back to see earlier turns before choosing', async () => {
    const { press, shows } = await stepper(62, ['iran']);
    await press(KEYS.left);
    await shows('turn 6 of 14');
    await shows('Turn 6 · North Korea');
    await press(KEYS.right);
    await shows('Your move, Iran');
  });
});
