import { describe, expect, it } from 'vitest';
import { endOfRunLines } from '../../../src/cli/ui/end-of-run.js';
import { runScenario } from '../../../src/records/run.js';
import { loadScenario } from '../../../src/scenarios/load.js';

const hormuz = loadScenario('hormuz');

describe('the end-of-run screen', () => {
  it('lists the outcomes reached first, then those not reached', () => {
    const record = runScenario(hormuz, { seed: 3, choices: new Map([[7, 'close_strait']]) });
    const lines = endOfRunLines(hormuz, record).map((l) => l.text);
    const reached = hormuz.outcomes.filter((o) => record.outcomes[o.id]).map((o) => `✔ ${o.label}`);
    const missed = hormuz.outcomes.filter((o) => !record.outcomes[o.id]).map((o) => `✘ not reached: ${o.label}`);
    expect(lines.slice(0, 1 + reached.length + missed.length)).toEqual(['Outcomes reached', ...reached, ...missed]);
  });

  it("sets each person's choice beside the model's preference, by label", () => {
    const record = runScenario(hormuz, { seed: 3, choices: new Map([[7, 'close_strait']]) });
    const turn = record.turns[6]!;
    const best = turn.options.reduce((a, b) => (b.expectedUtility > a.expectedUtility ? b : a));
    const chosen = turn.options.find((o) => o.action === 'close_strait')!;
    const label = hormuz.actors.find((a) => a.id === 'iran')!.actions.find((a) => a.id === best.action)!.label;
    expect(endOfRunLines(hormuz, record).map((l) => l.text).slice(-2)).toEqual([
      "People and the model: 0 of 1 choices were the model's own preference",
      `Turn 7, Iran: Close the Strait of Hormuz; the model preferred ${label} by ${(best.expectedUtility - chosen.expectedUtility).toFixed(2)} points of Iran's score`,
    ]);
  });

  it('says nothing of people in a run the model played alone', () => {
    const lines = endOfRunLines(hormuz, runScenario(hormuz, { seed: 3 })).map((l) => l.text);
    expect(lines.some((l) => l.startsWith('People and the model'))).toBe(false);
  });
});
