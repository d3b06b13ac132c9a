import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/cli/ui/App.js';
import { assessTurn } from '../../../src/engine/assess-turn.js';
import { openSeatedRun } from '../../../src/records/seated-run.js';
import { loadScenario } from '../../../src/scenarios/load.js';
import { KEYS, mount } from '../../helpers/ink.js';
import { pretendSave } from '../../helpers/pretend-save.js';

// Russia made near-certain (λ 30), so that one of its options has a probability the record rounds to 0.
const s400 = loadScenario('s400', { 'russia.rationality': 30 });
let ui: Awaited<ReturnType<typeof mount>> | undefined;
afterEach(() => ui?.unmount());

/** Each option's first word, score and chance as a row of the seat panel (`▶ Label of it  score 1.23  chance  4%`) shows them. */
const seatFigures = (screen: string): string[][] =>
  [...screen.matchAll(/^[▶ ] (\S+) .* score +(\S+) +chance +(\S+)$/gm)].map((m) => [m[1]!, m[2]!, m[3]!]);
/** The same, from the decided turn's options table (`▶✓Label of it  1.23  4%`). */
const decidedFigures = (screen: string): string[][] =>
  [...screen.matchAll(/^[▶ ][✓ ](\S+).*? +(−?\d+\.\d\d) +(\S+%)/gm)].map((m) => [m[1]!, m[2]!, m[3]!]);

describe("the model's figures at a seat", () => {
  it('are the ones the record keeps, so the decided turn (and a replay) shows the same', async () => {
    const seated = openSeatedRun(s400, 1, ['russia']);
    // The case the review found: an option (here deliver_s400) with p below 5e-7, which the record rounds to 0.
    const live = assessTurn(s400, seated.run)!;
    const tiny = live.legal.findIndex((i) => s400.actors[live.actor]!.actions[i]!.id === 'deliver_s400');
    expect(live.probabilities[tiny]).toBeGreaterThan(0);
    expect(live.probabilities[tiny]).toBeLessThan(5e-7);

    ui = await mount(<App seated={seated} onSave={pretendSave} />);
    await ui.resize(100, 40); // room for all seven of Russia's options
    await ui.press('m');
    await ui.shows(/Deliver S-400 systems to Iran .* score +\S+ +chance +0%$/m); // was `chance <1%`
    const atSeat = seatFigures(ui.frame());
    expect(atSeat.length).toBe(live.legal.length);

    await ui.press(KEYS.enter); // Russia plays turn 1; the run goes on to Russia's next seat
    await ui.shows('Russia chose');
    await ui.press(KEYS.home, KEYS.right);
    await ui.shows('Turn 1 · Russia (by a person)');
    expect(decidedFigures(ui.frame())).toEqual(atSeat);
  });
});
