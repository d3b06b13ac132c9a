import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/cli/ui/App.js';
import { openSeatedRun } from '../../../src/records/seated-run.js';
import type { RunRecord } from '../../../src/records/run-record.js';
import { loadScenario } from '../../../src/scenarios/load.js';
import { KEYS, mount } from '../../helpers/ink.js';

const hormuz = loadScenario('hormuz');
let ui: Awaited<ReturnType<typeof mount>> | undefined;
afterEach(() => ui?.unmount());

describe("a seat asked to answer another actor's move", () => {
  it('picks the answer itself, before its own first move, and the record credits the answer to the seat', async () => {
    const onSave = vi.fn((_: RunRecord) => ({ saved: true as const, path: 'run.json', message: 'saved' }));
    // Seed 1, playing Iran: China presses Iran on turn 1. The dice used to answer for Iran.
    ui = await mount(<App seated={openSeatedRun(hormuz, 1, ['iran'])} onSave={onSave} />);
    await ui.shows('China → Press Iran privately to step back. Your answer, Iran');
    expect(ui.frame()).toMatch(/▶ Iran steps back +the model's odds 50%/);
    expect(ui.frame()).toMatch(/ {2}Iran holds its course +the model's odds 50%/);
    expect(ui.frame()).toContain('1 China → Press Iran privately to step');
    expect(ui.frame()).toContain('Iran answers?');
    await ui.press(KEYS.down, KEYS.enter);
    await ui.shows('Iran answered: Iran holds its course');
    await ui.press(KEYS.end); // past the news of turns 2 and 3
    // Then Russia's offer of uranium, Iran's to answer too; then Iran's own moves.
    await ui.shows('Russia → Offer Iran enriched uranium instead of enrichment. Your answer, Iran');
    for (let i = 0; i < 20 && !ui.frame().includes('(by a person)'); i++) await ui.press(KEYS.enter, KEYS.end);
    await ui.press('s');
    await vi.waitFor(() => expect(onSave).toHaveBeenCalledOnce(), { timeout: 15_000 });
    const record = onSave.mock.calls[0]![0];
    expect(record.turns[0]).toMatchObject({ actor: 'china', decidedBy: 'model', chance: { outcome: 'ignored', decidedBy: 'human' } });
    expect(record.turns.every((t) => t.chance?.decidedBy !== 'human' || ['press_iran', 'offer_enriched_uranium'].includes(t.choice!))).toBe(true);
  });
});
