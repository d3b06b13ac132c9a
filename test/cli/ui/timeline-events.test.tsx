import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/cli/ui/App.js';
import { chooseForSeat, openSeatedRun, type SeatedRun } from '../../../src/records/seated-run.js';
import { loadScenario } from '../../../src/scenarios/load.js';
import { KEYS, mount } from '../../helpers/ink.js';
import { pretendSave } from '../../helpers/pretend-save.js';

const hormuz = loadScenario('hormuz');
let ui: Awaited<ReturnType<typeof mount>> | undefined;
afterEach(() => ui?.unmount());

const play = (seated: SeatedRun, action: string): SeatedRun => {
  const next = chooseForSeat(seated, action);
  if ('ok' in next) throw new Error(next.message);
  return next;
};

/** The instructor's trial: seed 1, China arms Iran, Russia offers uranium; turn 5 has a tanker incident. */
const trial = (): SeatedRun => play(play(openSeatedRun(hormuz, 1, ['china', 'russia']), 'supply_air_defence'), 'offer_enriched_uranium');

describe('the timeline', () => {
  it('names the random events that fired after a turn, under that turn', async () => {
    const seated = trial();
    expect(seated.turns[4]!.events).toContain('tanker_incident');
    ui = await mount(<App seated={seated} onSave={pretendSave} />);
    await ui.press(KEYS.home, ...Array<string>(5).fill(KEYS.right));
    await ui.shows('turn 5 of 14');
    const screen = ui.frame();
    const lines = screen.split('\n');
    const turn5 = lines.findIndex((l) => /▶ ?5 Israel → Hold fire/.test(l));
    expect(turn5).toBeGreaterThan(0);
    // The cause of the escalation and the oil price on this turn's screen is named.
    const below = lines.slice(turn5 + 1, turn5 + 4).join('\n');
    expect(below).toMatch(/event: A tanker is harassed in the/);
  });

  it('wraps long labels instead of cutting them, at 80 columns as at 100', async () => {
    ui = await mount(<App seated={trial()} onSave={pretendSave} />);
    for (const [columns, rows] of [[100, 30], [80, 24]] as const) {
      await ui.resize(columns, rows);
      await ui.press(KEYS.home, KEYS.right, KEYS.right, KEYS.right, KEYS.right);
      await ui.shows('turn 4 of 14');
      const screen = ui.frame().split('\n');
      // The timeline is beside the world, above the decision panel's heading.
      const timeline = screen
        .slice(2, screen.findIndex((l) => l.includes('Turn 4 ·')))
        .map((l) => l.slice(columns === 100 ? 56 : 48).trim())
        .join(' ');
      expect(timeline).not.toMatch(/…/);
      expect(timeline.replace(/\s+/g, ' ')).toContain('Russia → Offer Iran enriched uranium instead of enrichment');
    }
  });
});
