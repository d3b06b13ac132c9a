import { appendFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/cli/ui/App.js';
import { chooseForSeat, openSeatedRun } from '../../src/records/seated-run.js';
import { PlayAutosave, resumePlay } from '../../src/records/play-autosave.js';
import { saveRecord } from '../../src/records/save-record.js';
import { loadScenario } from '../../src/scenarios/load.js';
import { KEYS, mount } from '../helpers/ink.js';

const hormuz = loadScenario('hormuz');
let ui: Awaited<ReturnType<typeof mount>> | undefined;
afterEach(() => ui?.unmount());

/** The stepper as `play` runs it: every person's choice autosaved as it is played. */
async function playing(folder: string, autosave = new PlayAutosave('hormuz', folder, 'Table 9')) {
  const seated = openSeatedRun(hormuz, 1, ['usa']);
  ui = await mount(
    <App
      seated={seated}
      onSave={(record) => {
        const outcome = saveRecord(record, folder);
        if (outcome.saved) autosave.saved(record.seed);
        return outcome;
      }}
      onPlayed={(run, action, before) => autosave.played(run, action, before)}
      onDiscarded={(run) => autosave.discarded(run.start.seed)}
    />,
  );
  return { ui, autosave };
}

describe("play's autosave", () => {
  it("keeps each person's choice as it is played, and play --resume continues the run exactly there", async () => {
    const folder = mkdtempSync(join(tmpdir(), 'wargame-autosave-'));
    const { ui, autosave } = await playing(folder);
    await ui.shows('Your move, United States');
    await ui.press(KEYS.down, KEYS.enter);
    await ui.shows(/United States → Strike Iran's nuclea/);
    const file = join(folder, 'wargame-hormuz-table-9-seed1.autosave');
    const lines = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({ format: 'wargame-play/1', scenario: 'hormuz', seed: 1, seats: ['usa'], group: 'Table 9' });
    expect(lines[1]).toEqual({ turn: 2, seat: 'usa', action: 'strike_nuclear_sites' });
    ui.unmount();
    autosave.close();
    const resumed = resumePlay(file);
    expect(resumed.group).toBe('Table 9');
    expect(resumed.seated.turns.filter((t) => t.decidedBy === 'human').map((t) => t.choice)).toEqual(['strike_nuclear_sites']);
    expect(resumed.seated.pending?.actor.id).toBe('usa');
  });

  it('leaves no autosave once the run is saved whole', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'wargame-autosave-'));
    const { ui } = await playing(folder);
    await ui.shows('Your move, United States');
    await ui.press(KEYS.enter, KEYS.end); // a move, then past the news
    await ui.shows('Your move, United States');
    await ui.press(KEYS.enter, KEYS.end); // the last seated move: past the news is the run's end
    await ui.shows('Turn 14 · ');
    await ui.press('s');
    await ui.shows(/saved \S+\.json/);
    expect(existsSync(join(folder, 'wargame-hormuz-table-9-seed1.autosave'))).toBe(false);
    expect(existsSync(join(folder, 'wargame-hormuz-seed1.json'))).toBe(true);
  });

  it("removes the autosave when people's choices are discarded with y, and keeps it when they are not", async () => {
    const folder = mkdtempSync(join(tmpdir(), 'wargame-autosave-'));
    const { ui, autosave } = await playing(folder);
    const file = join(folder, 'wargame-hormuz-table-9-seed1.autosave');
    await ui.shows('Your move, United States');
    await ui.press(KEYS.down, KEYS.enter);
    await ui.shows(/United States → Strike Iran's nuclea/);
    await ui.press('n');
    await ui.shows('Discard 1 choice made by a person? y to discard, any other key to keep playing');
    await ui.press('x');
    await ui.shows('kept playing: nothing was discarded');
    expect(existsSync(file)).toBe(true);
    await ui.press('n');
    await ui.shows('Discard 1 choice made by a person?');
    await ui.press('y');
    await ui.shows('seed 2');
    expect(existsSync(file)).toBe(false);
    expect(autosave.unsaved.size).toBe(0);
  });

  it('on a resumed run, discarding goes back to the choices the autosave held when resumed', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'wargame-autosave-'));
    const first = await playing(folder);
    const file = join(folder, 'wargame-hormuz-table-9-seed1.autosave');
    await first.ui.shows('Your move, United States');
    await first.ui.press(KEYS.down, KEYS.enter);
    await first.ui.shows(/United States → Strike Iran's nuclea/);
    first.ui.unmount();
    first.autosave.close();
    const before = readFileSync(file, 'utf8');
    const restored = resumePlay(file);
    const autosave = new PlayAutosave('hormuz', folder, restored.group, { path: file, wholeBytes: restored.wholeBytes, seed: restored.seated.start.seed });
    ui = await mount(<App seated={restored.seated} onSave={() => ({ saved: false, message: '' })} onPlayed={(run, action, before) => autosave.played(run, action, before)} onDiscarded={(run) => autosave.discarded(run.start.seed)} />);
    await ui.shows('Your move, United States');
    await ui.press(KEYS.enter);
    await ui.shows(/United States → /);
    expect(readFileSync(file, 'utf8')).not.toBe(before);
    await ui.press('n');
    await ui.shows('Discard 1 choice made by a person?');
    await ui.press('y');
    await ui.shows('seed 2');
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect([...autosave.unsaved]).toEqual([file]);
  });

  it('refuses an altered autosave, naming the line, and drops a last line cut short', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'wargame-autosave-'));
    const { ui, autosave } = await playing(folder);
    await ui.shows('Your move, United States');
    await ui.press(KEYS.enter, KEYS.end); // a move, then past the news
    await ui.shows(/Your move, United States|Timeline 9/);
    ui.unmount();
    autosave.close();
    const file = join(folder, 'wargame-hormuz-table-9-seed1.autosave');
    const whole = readFileSync(file, 'utf8');
    appendFileSync(file, '{"turn":9,"se');
    expect(resumePlay(file).seated.turns.filter((t) => t.decidedBy === 'human')).toHaveLength(1);
    writeFileSync(file, whole.replace('"seat":"usa"', '"seat":"iran"'));
    expect(() => resumePlay(file)).toThrow(/seed1\.autosave:2: this choice does not fit the run; the autosave was altered or is corrupt/);
  });
});

describe("play's autosave of a seat that answers another actor's move", () => {
  it('journals the answer on the move it answers, and play --resume continues after it', () => {
    const folder = mkdtempSync(join(tmpdir(), 'wargame-autosave-'));
    const autosave = new PlayAutosave('hormuz', folder, undefined);
    // Seated Iran answers China's private pressure on turn 1 (China's move names Iran its respondent).
    const before = openSeatedRun(hormuz, 1, ['iran']);
    expect(before.pending?.response?.mover.id).toBe('china');
    const answer = before.pending!.response!.outcomes.at(-1)!.id;
    const after = chooseForSeat(before, answer);
    if ('ok' in after) throw new Error(after.message);
    autosave.played(after, answer, before);
    autosave.close();
    const file = join(folder, 'wargame-hormuz-seed1.autosave');
    const lines = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[1]).toEqual({ turn: 1, seat: 'iran', action: answer });
    expect(resumePlay(file).seated.turns).toEqual(after.turns);
  });
});
