import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/cli/ui/App.js';
import type { RunRecord } from '../../../src/engine/run-record.js';
import { openSeatedRun } from '../../../src/engine/seated-run.js';
import { loadScenario } from '../../../src/scenarios/load.js';
import { KEYS, mount } from '../../helpers/ink.js';

const hormuz = loadScenario('hormuz');
let ui: Awaited<ReturnType<typeof mount>> | undefined;
afterEach(() => ui?.unmount());

const stepper = async (seed = 7, seats: string[] = [], onSave = (_: RunRecord) => 'saved') => {
  ui = await mount(<App seated={openSeatedRun(hormuz, seed, seats)} onSave={onSave} />);
  return ui;
};

describe('the stepper', () => {
  it('shows the header, the world, the timeline and the decision behind the selected turn', async () => {
    const { frame } = await stepper();
    const screen = frame();
    expect(screen).toContain('Iran threatens to close the Strait of Hormuz');
    expect(screen).toContain('turn 1 of 14 · seed 7 · escalation rung 3: Solemn and formal declarations');
    expect(screen).toContain('Oil flow through Hormuz');
    expect(screen).toContain('Oil price');
    expect(screen).toMatch(/Timeline 14\/14 turns played/);
    expect(screen).toMatch(/▶ 1 China → \w+/);
    expect(screen).toContain('Turn 1 · China (decided by the model)');
    expect(screen).toMatch(/✓\w+/); // the chosen option is marked
  });

  it('steps forward with → and space, back with ←, and jumps with Home and End', async () => {
    const { frame, press } = await stepper();
    await press(KEYS.right);
    expect(frame()).toContain('turn 2 of 14');
    await press(' ');
    expect(frame()).toContain('turn 3 of 14');
    await press(KEYS.left);
    expect(frame()).toContain('turn 2 of 14');
    await press(KEYS.end);
    expect(frame()).toContain('turn 14 of 14');
    await press(KEYS.right);
    expect(frame()).toContain('turn 14 of 14');
    await press(KEYS.home);
    expect(frame()).toContain(' trigger · seed 7');
    expect(frame()).toContain('Trigger: Iran threatens to close the Strait of Hormuz');
  });

  it('selects another option with ↓ and shows its terms', async () => {
    const { frame, press } = await stepper();
    const before = /Why (\w+)/.exec(frame())![1];
    await press(KEYS.home, KEYS.right); // turn 1, the chosen option selected
    await press(KEYS.up, KEYS.up, KEYS.up, KEYS.up); // the first option
    const first = /Why (\w+)/.exec(frame())![1];
    await press(KEYS.down);
    const second = /Why (\w+)/.exec(frame())![1];
    expect(first).toBe('stay_neutral');
    expect(second).toBe('press_iran');
    expect(before).toBeDefined();
  });

  it('moves between panels with Tab and shows the article and quote behind the selected term', async () => {
    const { frame, press } = await stepper();
    expect(frame()).toContain('“A closure would thus disrupt critical energy supplies');
    await press(KEYS.tab); // to the terms panel
    await press(KEYS.down);
    expect(frame()).toContain('03-unfaithful-allies-rift-with-the-east.txt');
    expect(frame()).toMatch(/“Therefore, China is interested in containing crises\s+rather than fueling them\.”/);
    await press(KEYS.tab, KEYS.down); // to the timeline: ↓ steps the turn
    expect(frame()).toContain('turn 2 of 14');
  });

  it('opens and closes the help screen', async () => {
    const { frame, press } = await stepper();
    await press('?');
    expect(frame()).toContain('Keys');
    expect(frame()).toContain('save the run record to a JSON file');
    await press(KEYS.right); // ignored while help is open
    await press(KEYS.escape);
    expect(frame()).not.toContain('save the run record to a JSON file');
    expect(frame()).toContain('turn 1 of 14');
  });

  it('runs the scenario again with the next seed on n', async () => {
    const { frame, press } = await stepper(7);
    await press('n');
    expect(frame()).toContain('seed 8');
    expect(frame()).toContain('new run with seed 8');
  });

  it('saves the finished run on s', async () => {
    const onSave = vi.fn((record: RunRecord) => `saved run of ${record.scenario.id} seed ${record.seed}`);
    const { frame, press } = await stepper(7, [], onSave);
    await press('s');
    expect(onSave).toHaveBeenCalledOnce();
    expect(onSave.mock.calls[0]![0].turns).toHaveLength(14);
    expect(frame()).toContain('saved run of hormuz seed 7');
  });

  it('tells a terminal that is too small, and redraws when it grows', async () => {
    const { frame, resize } = await stepper();
    await resize(60, 20);
    expect(frame()).toContain('This terminal is 60×20; wargame play needs at least 80×24.');
    expect(frame()).toContain('wargame run hormuz --seed 7');
    await resize(100, 30);
    expect(frame()).toContain('turn 1 of 14');
  });
});

describe('a seat in the classroom', () => {
  it("waits at the seated actor's turn with its legal actions, the model's view hidden", async () => {
    const { frame } = await stepper(1, ['iran']);
    expect(frame()).toContain('turn 7 of 14 · your move');
    expect(frame()).toContain('Your move, Iran');
    expect(frame()).toMatch(/▶ keep_pressure\s+Keep the threat standing/);
    expect(frame()).toContain('close_strait');
    expect(frame()).not.toMatch(/EU -?\d/);
  });

  it("shows the model's expectations on m", async () => {
    const { frame, press } = await stepper(1, ['iran']);
    await press('m');
    expect(frame()).toMatch(/stand_down\s+Stand down and reopen the strait\s+EU \d+\.\d\d\s+p/);
    await press('m');
    expect(frame()).not.toMatch(/EU \d/);
  });

  it("plays the person's choice as a human decision, then the model's turns up to the next seat", async () => {
    const onSave = vi.fn((_: RunRecord) => 'saved');
    const { frame, press } = await stepper(1, ['iran'], onSave);
    await press(KEYS.down, KEYS.enter); // close_strait at turn 7
    expect(frame()).toContain('Iran chose close_strait · Iran to move');
    expect(frame()).toContain('turn 14 of 14 · your move');
    expect(frame()).toMatch(/7 Iran → close_strait \(\w+\)/);
    await press(KEYS.enter); // keep_pressure at turn 14: the run is complete
    expect(frame()).toContain('Iran chose keep_pressure');
    expect(frame()).toContain('(decided by a person)');
    await press('s');
    const record = onSave.mock.calls[0]![0];
    expect(record.turns.filter((t) => t.decidedBy === 'human').map((t) => [t.turn, t.choice])).toEqual([
      [7, 'close_strait'],
      [14, 'keep_pressure'],
    ]);
  });

  it('can step back to see earlier turns before choosing', async () => {
    const { frame, press } = await stepper(1, ['iran']);
    await press(KEYS.left);
    expect(frame()).toContain('turn 6 of 14');
    expect(frame()).toContain('Turn 6 · North Korea');
    await press(KEYS.right);
    expect(frame()).toContain('Your move, Iran');
  });
});
